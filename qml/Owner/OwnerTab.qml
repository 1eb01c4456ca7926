import QtQuick
import QtQuick.Controls
import Tableside.Ui

// One of the owner's header tabs: the chosen one underlined in the accent.
TabButton {
    id: control

    implicitHeight: 52
    implicitWidth: contentItem.implicitWidth + 2 * Theme.spacing
    font.pixelSize: Theme.textBody
    font.weight: checked ? Font.DemiBold : Font.Normal
    Accessible.name: text

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.checked ? Theme.ink : Theme.muted
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Item {
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 4
            radius: 2
            color: Theme.accent
            visible: control.checked
        }
        Rectangle {
            anchors.fill: parent
            color: Theme.line
            opacity: control.down ? 0.5 : 0
        }
    }
}
