import QtQuick
import Tableside.Ui
import Tableside.Owner

// The chosen category's dishes, one dense row each: name, price, and marks for hidden, sold out
// or only so many left, a missing translation and problems. A tap opens the dish's form; its
// handle drags it to another place in the category (one move of the draft when it is let go).
Item {
    id: panel

    required property OwnerScreen owner
    // The gap a dragged row would land in (-1: none), and whether a handle is held.
    property int dropAt: -1
    property bool holding: false
    readonly property int pitch: 53 // a row and the line between rows

    Text {
        id: heading
        anchors.left: parent.left
        anchors.right: addDish.left
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacingSmall
        anchors.verticalCenter: addDish.verticalCenter
        horizontalAlignment: Text.AlignLeft
        text: qsTr("Dishes")
        color: Theme.muted
        font.pixelSize: Theme.textSmall
        font.weight: Font.DemiBold
        elide: Text.ElideRight
    }
    OwnerButton {
        id: lists
        objectName: "openLists"
        anchors.right: addDish.left
        anchors.rightMargin: Theme.spacingSmall
        y: Theme.spacingSmall
        text: qsTr("Choices lists")
        onClicked: panel.owner.structure.openLists()
    }
    OwnerButton {
        id: addDish
        objectName: "addDish"
        anchors.right: parent.right
        anchors.rightMargin: Theme.spacing
        y: Theme.spacingSmall
        text: qsTr("New dish")
        enabled: panel.owner.category !== "" && !panel.owner.busy
        onClicked: panel.owner.structure.addDish()
    }

    ListView {
        id: list
        objectName: "dishList"
        anchors.top: addDish.bottom
        anchors.topMargin: Theme.spacingSmall
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        clip: true
        spacing: 1
        interactive: !panel.holding
        model: panel.owner.dishes
        delegate: Item {
            id: row
            required property int index
            required property string key
            required property string name
            required property string priceText
            required property bool hidden
            required property bool missing
            required property int problemCount
            required property string stockText
            // The guests' average and how many rated it, in the Guest voice page's weeks.
            required property string ratingText
            readonly property DishList panel: ListView.view?.parent as DishList
            // The row this one would take if let go now, and the gap it would land in.
            readonly property int target: Math.max(0, Math.min((ListView.view?.count ?? 1) - 1,
                                                               row.index + Math.round(body.y / (row.height + 1))))
            readonly property int gap: row.target === row.index ? -1
                                       : row.target > row.index ? row.target + 1 : row.target

            objectName: "dish_" + row.key
            width: ListView.view?.width ?? 0
            height: 52
            z: drag.active ? 2 : 0
            onGapChanged: {
                if (drag.active)
                    row.panel.dropAt = row.gap
            }

            Rectangle {
                id: body
                width: row.width
                height: row.height
                color: tap.pressed || drag.active ? Theme.background : Theme.card
                border.color: drag.active ? Theme.accent : Theme.line
                border.width: drag.active ? 2 : 1
                radius: 4
                Item {
                    id: handle
                    objectName: "dishHandle_" + row.key
                    anchors.left: parent.left
                    width: 48
                    height: parent.height
                    Text {
                        anchors.centerIn: parent
                        text: "⠿"
                        color: Theme.muted
                        font.pixelSize: Theme.textTitle
                    }
                    PointHandler {
                        onActiveChanged: row.panel.holding = active
                    }
                    DragHandler {
                        id: drag
                        target: body
                        xAxis.enabled: false
                        grabPermissions: PointerHandler.CanTakeOverFromAnything
                        onActiveChanged: {
                            if (active)
                                return
                            const to = row.target
                            body.y = 0
                            row.panel.dropAt = -1
                            row.panel.owner.structure.moveDish(row.index, to)
                        }
                    }
                    Accessible.role: Accessible.Button
                    Accessible.name: qsTr("Drag to move “%1”").arg(row.name)
                }
                Text {
                    anchors.left: handle.right
                    anchors.right: marks.left
                    anchors.rightMargin: Theme.spacingSmall
                    anchors.verticalCenter: parent.verticalCenter
                    horizontalAlignment: Text.AlignLeft
                    text: row.name
                    color: row.hidden ? Theme.muted : Theme.ink
                    font.pixelSize: Theme.textBody
                    elide: Text.ElideRight
                }
                Row {
                    id: marks
                    anchors.right: price.left
                    anchors.rightMargin: Theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: 4
                    Text {
                        objectName: "dishRating_" + row.key
                        anchors.verticalCenter: parent.verticalCenter
                        visible: row.ratingText !== ""
                        text: row.ratingText
                        color: Theme.muted
                        font.pixelSize: Theme.textSmall
                    }
                    Mark {
                        visible: row.hidden
                        text: qsTr("Hidden")
                        tint: Theme.soldOut
                    }
                    Mark {
                        objectName: "dishStock_" + row.key
                        visible: row.stockText !== ""
                        text: row.stockText
                        tint: Theme.soldOut
                    }
                    Mark {
                        visible: row.missing
                        text: qsTr("Translation missing")
                    }
                    Mark {
                        visible: row.problemCount > 0
                        text: qsTr("%n problem(s)", "", row.problemCount)
                        tint: Theme.danger
                    }
                }
                Text {
                    id: price
                    anchors.right: parent.right
                    anchors.rightMargin: Theme.spacing
                    anchors.verticalCenter: parent.verticalCenter
                    width: 96
                    horizontalAlignment: Text.AlignRight
                    text: row.priceText
                    color: Theme.ink
                    font.pixelSize: Theme.textBody
                    font.weight: Font.DemiBold
                }
                TapHandler {
                    id: tap
                    onTapped: row.panel.owner.openDish(row.key)
                }
            }
            Accessible.role: Accessible.Button
            Accessible.name: row.name
        }
    }
    Rectangle {
        objectName: "dishDropLine"
        visible: panel.dropAt >= 0
        x: list.x
        y: list.y + panel.dropAt * panel.pitch - list.contentY - 2
        width: list.width
        height: 3
        color: Theme.accent
    }
}
