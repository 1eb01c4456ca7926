import QtQuick

// A magnifying glass drawn with two rectangles: no font fallback for a symbol glyph at start.
Item {
    id: icon

    property color color: Theme.muted

    implicitWidth: 18
    implicitHeight: 18

    Rectangle {
        width: icon.width * 0.7
        height: width
        radius: width / 2
        color: Theme.clear
        border.width: Math.max(1.5, icon.width / 9)
        border.color: icon.color
    }
    Rectangle {
        x: icon.width * 0.56
        y: icon.height * 0.68
        width: icon.width * 0.42
        height: Math.max(1.5, icon.width / 9)
        radius: height / 2
        rotation: 45
        transformOrigin: Item.Left
        color: icon.color
    }
}
