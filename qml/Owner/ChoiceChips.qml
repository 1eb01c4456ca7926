import QtQuick
import Tableside.Ui
import Tableside.Owner

// One of several codes (a course, a station, a spice level), each named by the form.
Flow {
    id: chips

    required property DishForm form
    required property string kind
    required property var codes
    required property string chosen
    signal picked(string code)

    spacing: 6
    Repeater {
        model: chips.codes
        delegate: Rectangle {
            id: chip
            required property string modelData
            readonly property ChoiceChips chips: chip.parent as ChoiceChips
            readonly property bool isChosen: chip.chips?.chosen === chip.modelData

            objectName: (chip.chips?.kind ?? "") + "_" + chip.modelData
            width: label.implicitWidth + 2 * Theme.spacing
            height: 40
            radius: 20
            color: chip.isChosen ? Theme.accent : Theme.card
            border.color: chip.isChosen ? Theme.accent : Theme.line
            border.width: 1
            Text {
                id: label
                anchors.centerIn: parent
                text: chip.chips?.form.label(chip.chips.kind, chip.modelData) ?? ""
                color: chip.isChosen ? Theme.accentInk : Theme.ink
                font.pixelSize: Theme.textSmall
            }
            TapHandler {
                onTapped: chip.chips.picked(chip.modelData)
            }
            Accessible.role: Accessible.RadioButton
            Accessible.checked: chip.isChosen
            Accessible.name: label.text
        }
    }
}
