import QtQuick

// How hot a dish is: one chilli per level on a tinted pill. Drawn from a picture, not the emoji,
// so a menu page does not load a colour-emoji font.
Rectangle {
    id: badge

    property int level: 0

    visible: level > 0
    implicitWidth: row.implicitWidth + Theme.spacing
    implicitHeight: Math.round(Theme.textSmall * 1.36) + 6
    radius: height / 2
    color: Theme.tagFill(Theme.danger)
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Spicy")

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 1
        Repeater {
            model: Math.max(0, badge.level)
            delegate: Image {
                width: Theme.textSmall
                height: Theme.textSmall
                sourceSize.width: width
                sourceSize.height: height
                source: "icons/chili.svg"
                asynchronous: true
            }
        }
    }
}
