import QtQuick
import Tableside.Ui

// One dish: the photo leads, then name, a short description, badges and the price.
Item {
    id: card

    required property var itemId
    required property string name
    required property string description
    required property string price
    required property url photo
    required property bool available
    required property var dietary

    objectName: "dish_" + itemId
    Accessible.name: name

    Rectangle {
        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        radius: Theme.radius
        color: Theme.card
        clip: true

        Image {
            id: picture
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            height: width * 0.62
            source: card.photo
            sourceSize.width: 480
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            opacity: card.available ? 1 : 0.45
        }

        Rectangle {
            visible: !card.available
            anchors.centerIn: picture
            width: soldOutLabel.implicitWidth + 2 * Theme.spacing
            height: soldOutLabel.implicitHeight + Theme.spacing
            radius: height / 2
            color: Theme.soldOut
            Text {
                id: soldOutLabel
                anchors.centerIn: parent
                text: qsTr("Sold out")
                color: "white"
                font.pixelSize: Theme.textBody
                font.weight: Font.Bold
            }
        }

        Column {
            anchors.top: picture.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.spacing
            spacing: 4

            Text {
                width: parent.width
                text: card.name
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.textTitle - 4
                font.weight: Font.DemiBold
                color: card.available ? Theme.ink : Theme.soldOut
            }
            Text {
                width: parent.width
                text: card.description
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.textSmall
                color: Theme.muted
            }
            Row {
                spacing: Theme.spacingSmall
                PriceTag { amount: card.price }
                Repeater {
                    model: card.dietary
                    delegate: Text {
                        required property string modelData
                        text: modelData === "vegan" ? qsTr("Vegan")
                            : modelData === "vegetarian" ? qsTr("Vegetarian")
                            : modelData === "gluten-free" ? qsTr("Gluten-free")
                            : qsTr("Halal")
                        font.pixelSize: Theme.textSmall
                        color: Theme.muted
                    }
                }
            }
        }
    }
}
