import QtQuick

// A price as the store formatted it for the diner's language.
Text {
    required property string amount
    text: amount
    font.pixelSize: Theme.textBody
    font.weight: Font.DemiBold
    color: Theme.accent
}
