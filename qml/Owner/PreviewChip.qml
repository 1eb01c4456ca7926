import QtQuick
import Tableside.Ui

// One choice of the preview (a language, an orientation): filled with the accent when chosen.
Rectangle {
    id: chip

    property string text
    property bool chosen: false
    signal picked()

    width: label.implicitWidth + 2 * Theme.spacing
    height: 48
    radius: 24
    color: chip.chosen ? Theme.accent : Theme.card
    border.color: chip.chosen ? Theme.accent : Theme.line
    border.width: 1
    Accessible.role: Accessible.RadioButton
    Accessible.checked: chip.chosen
    Accessible.name: chip.text
    Accessible.onPressAction: chip.picked()

    Text {
        id: label
        anchors.centerIn: parent
        text: chip.text
        color: chip.chosen ? Theme.accentInk : Theme.ink
        font.pixelSize: Theme.textSmall
        font.weight: chip.chosen ? Font.DemiBold : Font.Normal
    }
    TapHandler {
        onTapped: chip.picked()
    }
}
