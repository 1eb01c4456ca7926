import QtQuick
import Tableside.Owner

// The menu at a glance: categories at the start side, the chosen one's dishes in the middle, and
// what stops publishing at the end side.
Item {
    id: page

    required property OwnerScreen owner

    CategoryList {
        id: categories
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: 280
        owner: page.owner
    }
    DishList {
        anchors.left: categories.right
        anchors.right: problems.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        owner: page.owner
    }
    ProblemList {
        id: problems
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: 320
        owner: page.owner
    }
}
