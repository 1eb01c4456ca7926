import QtQuick

// A small coloured label: a dietary tag, an allergen, a state. Text always, colour helps.
Rectangle {
    id: badge

    property alias text: label.text
    property color tint: Theme.accent

    implicitWidth: label.implicitWidth + Theme.spacing
    implicitHeight: label.implicitHeight + 6
    radius: height / 2
    color: Theme.tagFill(tint)

    Text {
        id: label
        anchors.centerIn: parent
        color: Theme.highContrast ? Theme.accentInk : badge.tint
        font.pixelSize: Theme.textSmall
        font.weight: Font.DemiBold
    }
}
