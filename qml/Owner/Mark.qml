import QtQuick
import Tableside.Ui

// A small word beside a name (Hidden, Missing translation, 2 problems): a tint and a word, never
// the colour alone.
Rectangle {
    id: mark

    property string text: ""
    property color tint: Theme.warning

    implicitWidth: label.implicitWidth + Theme.spacingSmall * 2
    implicitHeight: label.implicitHeight + 4
    radius: 4
    color: mark.tint
    Text {
        id: label
        anchors.centerIn: parent
        text: mark.text
        color: Theme.statusInk
        font.pixelSize: 13
        font.weight: Font.DemiBold
    }
}
