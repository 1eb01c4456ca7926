import QtQuick
import Tableside.Ui

// A field's name above it in the dish's form.
Text {
    horizontalAlignment: Text.AlignLeft
    color: Theme.muted
    font.pixelSize: Theme.textSmall
    font.weight: Font.DemiBold
}
