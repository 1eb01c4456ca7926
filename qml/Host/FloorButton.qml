import QtQuick
import QtQuick.Controls
import Tableside.Ui

// A large, plain button for the floor view.
Button {
    id: control

    property color tint: Theme.kdsAction
    property color ink: Theme.floorInk

    implicitHeight: Theme.touchTarget
    implicitWidth: Math.max(Theme.touchTarget * 2, contentItem.implicitWidth + 2 * Theme.spacing)
    font.pixelSize: Theme.textBody
    font.weight: Font.Bold
    Accessible.name: text

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.ink
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        // A label longer in another language ("Σερβιρίστηκε ✓") shrinks before it is cut.
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Theme.textSmall
        elide: Text.ElideRight
    }
    background: Rectangle {
        radius: 8
        color: control.enabled ? (control.down ? Qt.darker(control.tint, 1.4) : control.tint) : Theme.floorDisabled
    }
}
