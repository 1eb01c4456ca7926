import QtQuick
import Tableside.Ui
import Tableside.Owner

// A row of round choices, one of them chosen: the weeks shown, a comment's stars, the days kept.
Flow {
    id: chips

    required property var values
    required property int chosen
    required property string name // each chip's objectName is name + its value
    // What a value reads as on its chip and to a screen reader.
    property var label: value => String(value)
    property var spoken: value => chips.label(value)
    signal picked(int value)

    spacing: 6
    Repeater {
        model: chips.values
        delegate: Rectangle {
            id: chip
            required property int modelData
            readonly property VoiceChips chips: chip.parent as VoiceChips
            readonly property bool isChosen: chip.chips?.chosen === chip.modelData

            objectName: (chip.chips?.name ?? "") + chip.modelData
            width: Math.max(48, text.implicitWidth + 2 * Theme.spacingSmall)
            height: 48
            radius: 24
            color: chip.isChosen ? Theme.accent : Theme.card
            border.color: chip.isChosen ? Theme.accent : Theme.line
            Text {
                id: text
                anchors.centerIn: parent
                text: chip.chips?.label(chip.modelData) ?? ""
                color: chip.isChosen ? Theme.accentInk : Theme.ink
                font.pixelSize: Theme.textSmall
            }
            TapHandler {
                onTapped: chip.chips.picked(chip.modelData)
            }
            Accessible.role: Accessible.Button
            Accessible.name: chip.chips?.spoken(chip.modelData) ?? ""
        }
    }
}
