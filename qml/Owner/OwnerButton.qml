import QtQuick
import QtQuick.Controls
import Tableside.Ui

// A plain button for the owner's screen: the accent for the one action that matters, else quiet.
Button {
    id: control

    property bool primary: false
    property bool danger: false

    implicitHeight: 48
    implicitWidth: Math.max(96, contentItem.implicitWidth + 2 * Theme.spacing)
    font.pixelSize: Theme.textSmall
    font.weight: Font.DemiBold
    Accessible.name: text

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.primary || control.danger ? Theme.accentInk : Theme.ink
        opacity: control.enabled ? 1 : 0.45
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: 8
        color: control.danger ? Theme.danger : control.primary ? Theme.accent : Theme.card
        border.color: Theme.line
        border.width: control.primary || control.danger ? 0 : 1
        opacity: control.enabled ? (control.down ? 0.75 : 1) : 0.5
    }
}
