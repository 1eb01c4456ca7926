import QtQuick

// A cog drawn with rectangles (eight teeth, a hub and its hole): no font fallback at start.
Item {
    id: icon

    property color color: Theme.accent
    // The colour behind the icon, seen through the hub's hole.
    property color holeColor: Theme.card

    implicitWidth: 20
    implicitHeight: 20

    // Eight teeth: four bars across the hub, an eighth of a turn apart.
    component Tooth: Rectangle {
        anchors.centerIn: parent
        width: parent.width * 0.22
        height: parent.height
        radius: width / 4
    }
    Tooth { rotation: 0; color: icon.color }
    Tooth { rotation: 45; color: icon.color }
    Tooth { rotation: 90; color: icon.color }
    Tooth { rotation: 135; color: icon.color }
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
