import QtQuick
import Tableside.Ui

// Any number of codes (allergens, dietary tags), each on or off: {code, name, chosen}.
Flow {
    id: chips

    required property MapRowsModel rows
    required property string kind
    signal toggled(string code)

    spacing: 6
    Repeater {
        model: chips.rows
        delegate: Rectangle {
            id: chip
            required property string code
            required property string name
            required property bool chosen
            readonly property ToggleChips chips: chip.parent as ToggleChips

            objectName: (chip.chips?.kind ?? "") + "_" + chip.code
            width: label.implicitWidth + 2 * Theme.spacing
            height: 40
            radius: 20
            color: chip.chosen ? Theme.accent : Theme.card
            border.color: chip.chosen ? Theme.accent : Theme.line
            border.width: 1
            Text {
                id: label
                anchors.centerIn: parent
                text: (chip.chosen ? "✓ " : "") + chip.name
                color: chip.chosen ? Theme.accentInk : Theme.ink
                font.pixelSize: Theme.textSmall
            }
            TapHandler {
                onTapped: chip.chips.toggled(chip.code)
            }
            Accessible.role: Accessible.CheckBox
            Accessible.checked: chip.chosen
            Accessible.name: chip.name
        }
    }
}
