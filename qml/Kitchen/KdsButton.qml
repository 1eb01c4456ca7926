import QtQuick
import QtQuick.Controls
import Tableside.Ui

// A big, flat, high-contrast button for wet hands: the whole face is the target.
Button {
    id: control

    property color tint: Theme.kdsAction
    property color ink: Theme.kdsInk

    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget * 2, contentItem.implicitWidth + 2 * Theme.spacing)
    font.pixelSize: Theme.textTitle
    font.weight: Font.Bold
    Accessible.name: text

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: 8
        color: control.down ? Qt.darker(control.tint, 1.4) : control.tint
        border.color: control.visualFocus ? Theme.kdsSelected : Theme.kdsClear
        border.width: 3
    }
}
