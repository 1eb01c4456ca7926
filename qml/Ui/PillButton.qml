import QtQuick
import QtQuick.Controls

// The one button of the table: at least a touch target tall, accent or quiet, never hover-only.
Button {
    id: control

    property bool primary: false
    property bool danger: false
    property color tint: danger ? Theme.danger : Theme.accent

    implicitHeight: Math.max(Theme.touchTarget, contentItem.implicitHeight + 16)
    implicitWidth: Math.max(Theme.touchTarget, contentItem.implicitWidth + 2 * Theme.spacingLarge)
    Accessible.name: text
    font.pixelSize: Theme.textBody
    font.weight: Font.DemiBold

    contentItem: Text {
        text: control.text
        font: control.font
        color: !control.enabled ? Theme.muted
             : control.primary ? Theme.accentInk : control.tint
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: height / 2
        color: control.primary && control.enabled ? control.tint : Theme.card
        opacity: control.enabled ? 1 : 0.6
        border.width: control.primary ? Theme.borderWidth : Math.max(1, Theme.borderWidth)
        border.color: control.primary ? Theme.ink : control.tint
        scale: control.pressed ? 0.96 : 1
        Behavior on scale { NumberAnimation { duration: Theme.motionFast } }
    }
}
