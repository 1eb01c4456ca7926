import QtQuick
import Tableside.Ui
import Tableside.Owner

// The days of one window, in the screen's week order and names ({day, name, chosen}), each
// toggled by a tap.
Flow {
    id: chips

    required property WindowsForm form
    required property int row
    required property var days

    spacing: 6
    Repeater {
        model: chips.days
        delegate: Rectangle {
            id: chip
            required property var modelData
            readonly property DayChips chips: chip.parent as DayChips

            objectName: "window_" + (chip.chips?.row ?? 0) + "_day_" + chip.modelData.day
            width: Math.max(48, label.implicitWidth + 2 * Theme.spacingSmall)
            height: 48
            radius: 24
            color: chip.modelData.chosen ? Theme.accent : Theme.background
            border.color: chip.modelData.chosen ? Theme.accent : Theme.line
            border.width: 1
            Text {
                id: label
                anchors.centerIn: parent
                text: chip.modelData.name
                color: chip.modelData.chosen ? Theme.accentInk : Theme.ink
                font.pixelSize: Theme.textSmall
                font.weight: chip.modelData.chosen ? Font.DemiBold : Font.Normal
            }
            TapHandler {
                onTapped: chip.chips.form.toggleDay(chip.chips.row, chip.modelData.day)
            }
            Accessible.role: Accessible.CheckBox
            Accessible.checked: chip.modelData.chosen
            Accessible.name: chip.modelData.name
        }
    }
}
