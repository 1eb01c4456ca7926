import QtQuick
import Tableside.Ui

// Why the field above it is refused, in one sentence; takes no room when it is not.
Text {
    width: parent?.width ?? 0
    visible: text !== ""
    horizontalAlignment: Text.AlignLeft
    wrapMode: Text.WordWrap
    color: Theme.danger
    font.pixelSize: Theme.textSmall
}
