import QtQuick

// A speech bubble drawn with rectangles (outline, tail and three dots): no emoji font is looked
// for at start, which costs more than the rest of the menu's text together.
Item {
    id: icon

    property color color: Theme.accent
    // The colour behind the icon, seen inside the bubble.
    property color holeColor: Theme.card

    implicitWidth: 22
    implicitHeight: 20

    readonly property real stroke: Math.max(1.5, width / 11)

    Rectangle {
        id: tail
        x: icon.width * 0.16
        y: body.height - height * 0.75
        width: icon.width * 0.3
        height: width
        rotation: 45
        color: icon.color
    }
    Rectangle {
        id: body
        width: icon.width
        height: Math.round(icon.height * 0.78)
        radius: height * 0.42
        color: icon.color
        Rectangle {
            anchors.fill: parent
            anchors.margins: icon.stroke
            radius: height * 0.42
            color: icon.holeColor
        }
        Row {
            anchors.centerIn: parent
            spacing: icon.width * 0.1
            Rectangle { width: icon.stroke * 1.3; height: width; radius: width / 2; color: icon.color }
            Rectangle { width: icon.stroke * 1.3; height: width; radius: width / 2; color: icon.color }
            Rectangle { width: icon.stroke * 1.3; height: width; radius: width / 2; color: icon.color }
        }
    }
}
