import QtQuick
import Tableside.Ui
import Tableside.Owner

// The chosen category's dishes, one dense row each: name, price, and marks for hidden, a missing
// translation and problems. A tap opens the dish's form.
Item {
    id: panel

    required property OwnerScreen owner

    Text {
        id: heading
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        y: Theme.spacing
        horizontalAlignment: Text.AlignLeft
        text: qsTr("Dishes")
        color: Theme.muted
        font.pixelSize: Theme.textSmall
        font.weight: Font.DemiBold
    }

    ListView {
        objectName: "dishList"
        anchors.top: heading.bottom
        anchors.topMargin: Theme.spacingSmall
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        clip: true
        spacing: 1
        model: panel.owner.dishes
        delegate: Rectangle {
            id: row
            required property string key
            required property string name
            required property string priceText
            required property bool hidden
            required property bool missing
            required property int problemCount
            readonly property DishList panel: ListView.view?.parent as DishList

            objectName: "dish_" + row.key
            width: ListView.view?.width ?? 0
            height: 52
            color: tap.pressed ? Theme.background : Theme.card
            border.color: Theme.line
            border.width: 1
            radius: 4
            Text {
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacing
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
                Mark {
                    visible: row.hidden
                    text: qsTr("Hidden")
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
            Accessible.role: Accessible.Button
            Accessible.name: row.name
        }
    }
}
