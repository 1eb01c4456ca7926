import QtQuick

// A cog drawn with rectangles (eight teeth, a hub and its hole): no font fallback at start.
Item {
    id: icon

    property color color: Theme.accent
    // The colour behind the icon, seen through the hub's hole.
    property color holeColor: Theme.card

    implicitWidth: 20
    implicitHeight: 20

    Repeater {
        model: 4
        delegate: Rectangle {
            required property int index
            anchors.centerIn: parent
            width: icon.width * 0.22
            height: icon.height
            radius: width / 4
            rotation: index * 45
            color: icon.color
        }
    }
    Rectangle {
        anchors.centerIn: parent
        width: icon.width * 0.74
        height: width
        radius: width / 2
        color: icon.color
    }
    Rectangle {
        anchors.centerIn: parent
        width: icon.width * 0.32
        height: width
        radius: width / 2
        color: icon.holeColor
    }
}
