import QtQuick
import Tableside.Ui
import Tableside.Table as Table
import Tableside.Owner

// The dish being edited on the table's own card, as a diner will see it once published: in the
// preview's language (right to left in Arabic and Persian), updated with every keystroke.
Column {
    id: live

    required property OwnerScreen owner
    readonly property int cardWidth: 300
    // The card takes a list of strings; the dish gives a QStringList, which QML converts.
    readonly property var dietaryCodes: dish.dietary

    spacing: Theme.spacingSmall

    EditedDishCard {
        id: dish
        owner: live.owner
    }

    FormLabel {
        text: dish.hidden ? qsTr("On the tables: hidden, so no table shows it")
                          : qsTr("On the tables")
    }

    Item {
        width: live.cardWidth
        height: card.height
        LayoutMirroring.enabled: dish.rightToLeft
        LayoutMirroring.childrenInherit: true

        // One line of each kind in the card's script, as the table's menu measures its cells.
        Text {
            id: nameProbe
            visible: false
            text: dish.name.length > 0 ? dish.name : "Ag"
            font.pixelSize: Theme.textBody
            font.weight: Font.DemiBold
        }
        Text {
            id: descriptionProbe
            visible: false
            text: dish.description.length > 0 ? dish.description : "Ag"
            font.pixelSize: Theme.textSmall
            lineHeight: 1.1
        }
        Table.DishTags {
            id: tagsProbe
            visible: false
            width: live.cardWidth - 2 * Theme.spacingSmall - 2 * Theme.spacing
            codes: dish.dietary
            spiceLevel: dish.spiceLevel
        }

        Table.DishCard {
            id: card
            objectName: "liveDishCard"
            width: live.cardWidth
            height: Math.round(width * 0.56) + Math.ceil(
                        Math.max(3 * nameProbe.implicitHeight,
                                 nameProbe.implicitHeight + 4 + 2 * descriptionProbe.implicitHeight)
                        + 4 + tagsProbe.implicitHeight + Theme.spacingSmall + 2 + Theme.spacing
                        + 2 * Theme.spacingSmall)
            opacity: dish.hidden ? 0.5 : 1
            itemId: 0
            name: dish.name
            description: dish.description
            price: dish.price
            photo: dish.photo
            available: true
            longerWait: false
            // As when it is served: its hours are the form's "When it is served".
            servedNow: true
            servingHours: ""
            dietary: live.dietaryCodes
            spiceLevel: dish.spiceLevel
            descriptionLine: descriptionProbe.implicitHeight
        }
    }
}
