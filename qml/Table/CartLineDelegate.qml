import QtQuick
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// One line of the cart: dish, choices, note, seat, quantity stepper, remove.
Rectangle {
    id: line

    required property TableScreen table
    required property int index
    required property string name
    required property string options
    required property string note
    required property int quantity
    required property int seat
    required property string lineTotal
    required property bool available
    required property bool canDecrease
    required property bool canIncrease
    required property bool priceChanged // a published menu changed it: confirm or remove
    required property bool gone
    required property bool notServedNow // the dish's hours ended before the order was placed
    required property string servingHours
    required property string unitPrice
    required property string agreedUnitPrice

    objectName: "cartLine_" + index
    implicitHeight: content.height + 2 * Theme.spacingSmall
    radius: Theme.radius
    color: Theme.background
    border.width: Theme.borderWidth
    border.color: Theme.line

    // A Column, not a layout: the name, choices and note wrap to the line's width, and a
    // positioner always follows the heights that wrapping makes (no line under the next).
    Column {
        id: content
        x: Theme.spacingSmall
        y: Theme.spacingSmall
        width: parent.width - 2 * Theme.spacingSmall
        spacing: 2

        Item {
            width: parent.width
            height: Math.max(nameText.implicitHeight, totalText.implicitHeight)
            Text {
                id: nameText
                anchors.left: parent.left
                anchors.right: totalText.left
                anchors.rightMargin: Theme.spacingSmall
                text: line.name
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignLeft
                color: line.available && !line.gone && !line.notServedNow ? Theme.ink : Theme.soldOut
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
            }
            Text {
                id: totalText
                anchors.right: parent.right
                text: line.lineTotal
                color: Theme.ink
                font.pixelSize: Theme.textBody
            }
        }
        Text {
            width: parent.width
            visible: line.options.length > 0
            text: line.options
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignLeft
            color: Theme.muted
            font.pixelSize: Theme.textSmall
        }
        Text {
            width: parent.width
            visible: line.note.length > 0
            text: qsTr("Note: %1").arg(line.note)
            textFormat: Text.PlainText // a note is shown as typed, never as markup
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft
            color: Theme.muted
            font.pixelSize: Theme.textSmall
            font.italic: true
        }
        Text {
            width: parent.width
            visible: !line.available
            text: qsTr("Sold out: remove it to place the order")
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignLeft
            color: Theme.danger
            font.pixelSize: Theme.textSmall
        }
        Text {
            objectName: "cartGone_" + line.index
            width: parent.width
            visible: line.gone
            text: qsTr("No longer on the menu: remove it to place the order")
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignLeft
            color: Theme.danger
            font.pixelSize: Theme.textSmall
        }
        Text {
            objectName: "cartNotServed_" + line.index
            width: parent.width
            visible: line.notServedNow
            text: qsTr("Not served at this hour: remove it to place the order. %1")
                      .arg(line.servingHours)
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignLeft
            color: Theme.danger
            font.pixelSize: Theme.textSmall
        }
        Item {
            width: parent.width
            height: visible ? Math.max(priceNews.implicitHeight, keepButton.implicitHeight) : 0
            visible: line.priceChanged
            Text {
                id: priceNews
                anchors.left: parent.left
                anchors.right: keepButton.left
                anchors.rightMargin: Theme.spacingSmall
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("The price is now %1 each, not %2.").arg(line.unitPrice)
                                                                  .arg(line.agreedUnitPrice)
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignLeft
                color: Theme.danger
                font.pixelSize: Theme.textSmall
                font.weight: Font.DemiBold
            }
            PillButton {
                id: keepButton
                objectName: "cartConfirm_" + line.index
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Keep it")
                Accessible.name: qsTr("Keep this dish at its new price")
                onClicked: line.table.cart.confirm(line.index)
            }
        }
        // In a narrow cart (a table screen on its side) the seat takes a row of its own rather
        // than being cut to "Se…".
        GridLayout {
            readonly property bool roomForSeat: width >= quantity.implicitWidth
                                                + seatButton.implicitWidth + 48 + 2 * columnSpacing
            width: parent.width
            columnSpacing: Theme.spacingSmall
            rowSpacing: Theme.spacingSmall
            Stepper {
                id: quantity
                Layout.row: 0
                Layout.column: 0
                name: "cartQuantity_" + line.index
                buttonSize: 48
                valueText: line.table.number(line.quantity)
                canDecrease: line.canDecrease
                canIncrease: line.canIncrease
                onDecreased: line.table.cart.decrease(line.index)
                onIncreased: line.table.cart.increase(line.index)
            }
            PillButton {
                id: seatButton
                objectName: "cartSeat_" + line.index
                Layout.row: parent.roomForSeat ? 0 : 1
                Layout.column: parent.roomForSeat ? 1 : 0
                Layout.columnSpan: parent.roomForSeat ? 1 : 3
                text: line.seat > 0 ? qsTr("Seat %1").arg(line.table.number(line.seat))
                                    : qsTr("Table")
                Accessible.name: qsTr("Choose the seat for this dish")
                onClicked: line.table.cart.nextSeat(line.index)
            }
            PillButton {
                objectName: "cartRemove_" + line.index
                Layout.row: 0
                Layout.column: parent.roomForSeat ? 2 : 1
                Layout.preferredWidth: 48
                Layout.alignment: Qt.AlignLeft
                text: "✕"
                danger: true
                Accessible.name: qsTr("Remove")
                onClicked: line.table.cart.remove(line.index)
            }
        }
    }
}
