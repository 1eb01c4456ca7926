import QtQuick
import QtQuick.Controls

// A toggle the diner taps on and off (filters, choices): filled when on.
AbstractButton {
    id: chip

    property string detail
    checkable: true
    implicitHeight: Theme.touchTarget - 8
    implicitWidth: row.implicitWidth + 2 * Theme.spacing
    Accessible.name: detail.length > 0 ? text + ", " + detail : text
    Accessible.role: Accessible.CheckBox
    Accessible.checked: checked

    background: Rectangle {
        radius: height / 2
        color: chip.checked ? Theme.accent : Theme.card
        border.width: Math.max(1, Theme.borderWidth)
        border.color: chip.checked ? Theme.accent : Theme.line
        Behavior on color { ColorAnimation { duration: Theme.motionFast } }
    }
    contentItem: Item {
        implicitWidth: row.implicitWidth
        implicitHeight: row.implicitHeight
        Row {
            id: row
            anchors.centerIn: parent
            spacing: Theme.spacingSmall
            Text {
                text: chip.checked ? "✓" : ""
                visible: chip.checked
                color: Theme.accentInk
                font.pixelSize: Theme.textBody
            }
            Text {
                text: chip.text
                color: chip.checked ? Theme.accentInk : Theme.ink
                font.pixelSize: Theme.textBody
            }
            Text {
                text: chip.detail
                visible: text.length > 0
                color: chip.checked ? Theme.accentInk : Theme.muted
                font.pixelSize: Theme.textSmall
                anchors.verticalCenter: parent.verticalCenter
            }
        }
    }
}
