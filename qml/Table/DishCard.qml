import QtQuick
import Tableside.Ui

// One dish: the photo leads, then name, a short description, badges and the price. Cheap: no
// loaders, one asynchronous image at the size it is shown.
Item {
    id: card

    required property double itemId
    required property string name
    required property string description
    required property string price
    required property url photo
    required property bool available
    required property bool longerWait
    // Outside its hours (or its category's) on the venue's clock: shown greyed with them.
    required property bool servedNow
    required property string servingHours
    required property list<string> dietary
    required property int spiceLevel
    // False: the photo is not read yet (its space stays empty).
    property bool photoWanted: true
    // The height of one line of description in the screen's script (MenuPage's cardMetrics).
    property real descriptionLine: 0
    signal chosen(double id)

    objectName: "dish_" + itemId
    Accessible.name: !available ? qsTr("%1, sold out").arg(name)
                   : !servedNow ? qsTr("%1, not served now. %2").arg(name).arg(servingHours)
                   : longerWait ? qsTr("%1, longer wait").arg(name) : name
    Accessible.role: Accessible.Button
    Accessible.onPressAction: card.chosen(card.itemId)

    Rectangle {
        id: surface
        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        radius: Theme.radius
        color: Theme.card
        border.width: Theme.borderWidth
        border.color: Theme.line
        // No clip: everything inside already fits, and a clip per card breaks the renderer's
        // batches while the menu scrolls.
        scale: tap.pressed ? 0.97 : 1
        Behavior on scale { NumberAnimation { duration: Theme.motionFast } }

        Image {
            id: picture
            anchors.top: parent.top
            anchors.left: parent.left
            anchors.right: parent.right
            height: Math.round(card.width * 0.56)
            source: card.photoWanted ? card.photo : ""
            // Drawn at the size it is shown: no scaling on every frame of a scroll.
            sourceSize.width: width
            sourceSize.height: height
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            opacity: card.available && card.servedNow ? 1 : 0.35
        }

        Rectangle {
            visible: !card.available
            objectName: "soldOut_" + card.itemId
            anchors.centerIn: picture
            width: soldOutLabel.implicitWidth + 2 * Theme.spacing
            height: soldOutLabel.implicitHeight + Theme.spacing
            radius: height / 2
            color: Theme.soldOut
            Text {
                id: soldOutLabel
                anchors.centerIn: parent
                // Laid out only when shown: every card has one.
                text: parent.visible ? qsTr("Sold out") : ""
                color: Theme.statusInk
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
            }
        }

        // Not served at this hour: when it is, over the greyed photo.
        Rectangle {
            visible: card.available && !card.servedNow
            objectName: "notServed_" + card.itemId
            anchors.centerIn: picture
            width: Math.min(picture.width - 2 * Theme.spacing,
                            hoursLabel.implicitWidth + 2 * Theme.spacing)
            height: hoursLabel.implicitHeight + Theme.spacing
            radius: Theme.radius
            color: Theme.soldOut
            Text {
                id: hoursLabel
                objectName: "servingHours_" + card.itemId
                anchors.centerIn: parent
                width: Math.min(implicitWidth, parent.width - 2 * Theme.spacing)
                // Laid out only when shown.
                text: parent.visible ? card.servingHours : ""
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.statusInk
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
            }
        }

        // The kitchen station of this dish is behind: say so before the diner orders it.
        Rectangle {
            visible: card.available && card.servedNow && card.longerWait
            objectName: "longerWait_" + card.itemId
            anchors.top: picture.top
            anchors.left: picture.left
            anchors.margins: Theme.spacingSmall
            width: longerWaitLabel.implicitWidth + 2 * Theme.spacing
            height: longerWaitLabel.implicitHeight + Theme.spacingSmall
            radius: height / 2
            color: Theme.warning
            // A stopwatch, then the words: a sign beside the sentence, not glued into it.
            Row {
                id: longerWaitLabel
                anchors.centerIn: parent
                spacing: 4
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    // Laid out only when shown: the stopwatch comes from a fallback font.
                    text: longerWaitLabel.parent.visible ? "⏱" : ""
                    color: Theme.statusInk
                    font.pixelSize: Theme.textSmall
                    font.weight: Font.DemiBold
                }
                Text {
                    anchors.verticalCenter: parent.verticalCenter
                    text: longerWaitLabel.parent.visible ? qsTr("Longer wait") : ""
                    color: Theme.statusInk
                    font.pixelSize: Theme.textSmall
                    font.weight: Font.DemiBold
                }
            }
        }

        // Under the photo: the name beside the price (up to three lines), the tags at
        // the foot (wrapping to more rows if they need them), and between them as much of the
        // description as the room left holds. The grid makes room for the longest name and every
        // tag (MenuPage's cardMetrics); only the description, read in full on the dish sheet,
        // gives way.
        Item {
            id: body
            anchors.top: picture.bottom
            anchors.bottom: parent.bottom
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.margins: Theme.spacing
            anchors.topMargin: Theme.spacingSmall + 2

            Item {
                id: nameRow
                width: parent.width
                height: nameText.implicitHeight
                Text {
                    id: nameText
                    objectName: "dishName_" + card.itemId
                    anchors.left: parent.left
                    anchors.right: priceText.left
                    anchors.rightMargin: Theme.spacingSmall
                    text: card.name
                    wrapMode: Text.WordWrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    horizontalAlignment: Text.AlignLeft
                    font.pixelSize: Theme.textBody
                    font.weight: Font.DemiBold
                    color: card.available && card.servedNow ? Theme.ink : Theme.soldOut
                }
                PriceTag {
                    id: priceText
                    anchors.right: parent.right
                    // On the first line of the name, however many lines it takes.
                    y: nameText.y + nameText.baselineOffset - baselineOffset
                    amount: card.price
                    color: card.available && card.servedNow ? Theme.accent : Theme.soldOut
                }
            }
            Text {
                id: descriptionText
                objectName: "dishDescription_" + card.itemId
                readonly property real room: tags.y - y - 4
                anchors.top: nameRow.bottom
                anchors.topMargin: 4
                width: parent.width
                height: Math.max(0, room)
                visible: card.descriptionLine > 0 && room >= card.descriptionLine
                text: card.description
                wrapMode: Text.WordWrap
                maximumLineCount: Math.max(1, Math.floor(room / Math.max(1, card.descriptionLine)))
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignLeft
                font.pixelSize: Theme.textSmall
                lineHeight: 1.1
                color: Theme.muted
            }
            DishTags {
                id: tags
                objectName: "dishTags_" + card.itemId
                anchors.bottom: parent.bottom
                width: parent.width
                codes: card.dietary
                spiceLevel: card.spiceLevel
            }
        }

        MouseArea {
            id: tap
            anchors.fill: parent
            onClicked: card.chosen(card.itemId)
        }
    }
}
