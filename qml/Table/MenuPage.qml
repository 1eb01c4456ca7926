import QtQuick
import QtQuick.Controls
import Tableside.Ui

// Categories on a rail, the chosen category's dishes as cards.
Item {
    id: page

    required property var categories
    required property var dishes
    required property string venueName

    CategoryRail {
        id: rail
        objectName: "categoryRail"
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        width: 260
        venueName: page.venueName
        categories: page.categories
        onCategoryChosen: id => page.dishes.categoryId = id
    }

    GridView {
        id: grid
        objectName: "dishGrid"
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.left: rail.right
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        clip: true
        model: page.dishes
        readonly property int columns: Math.max(1, Math.floor(width / 320))
        cellWidth: Math.floor(width / columns)
        cellHeight: cellWidth * 0.62 + 150
        delegate: DishCard {
            width: grid.cellWidth
            height: grid.cellHeight
        }
    }
}
