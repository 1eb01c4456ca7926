import QtQuick
import QtQuick.Layouts
import Tableside.Ui

// One line of the cart: dish, choices, note, seat, quantity stepper, remove.
Rectangle {
    id: line

    required property var table
    required property int index
    required property string name
    required property string options
    required property string note
    required property int quantity
    required property int seat
    required property string lineTotal
    required property bool available

    objectName: "cartLine_" + index
    implicitHeight: content.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radius
    color: Theme.background
    border.width: Theme.borderWidth
    border.color: Theme.line

    ColumnLayout {
        id: content
        anchors.fill: parent
        anchors.margins: Theme.spacingSmall
        spacing: 2

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: line.name
                elide: Text.ElideRight
                color: line.available ? Theme.ink : Theme.soldOut
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
            }
            Text {
                text: line.lineTotal
                color: Theme.ink
                font.pixelSize: Theme.textBody
            }
        }
        Text {
            Layout.fillWidth: true
            visible: line.options.length > 0
            text: line.options
            wrapMode: Text.WordWrap
            color: Theme.muted
            font.pixelSize: Theme.textSmall
        }
        Text {
            Layout.fillWidth: true
            visible: line.note.length > 0
            text: qsTr("Note: %1").arg(line.note)
            elide: Text.ElideRight
            color: Theme.muted
            font.pixelSize: Theme.textSmall
            font.italic: true
        }
        Text {
            visible: !line.available
            text: qsTr("Sold out: remove it to place the order")
            color: Theme.danger
            font.pixelSize: Theme.textSmall
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Stepper {
                name: "cartQuantity_" + line.index
                buttonSize: 48
                valueText: line.table.number(line.quantity)
                canDecrease: line.quantity > 1
                onDecreased: line.table.cart.decrease(line.index)
                onIncreased: line.table.cart.increase(line.index)
            }
            PillButton {
                objectName: "cartSeat_" + line.index
                Layout.fillWidth: true
                Layout.maximumWidth: 130
                text: line.seat > 0 ? qsTr("Seat %1").arg(line.table.number(line.seat))
                                    : qsTr("Table")
                Accessible.name: qsTr("Choose the seat for this dish")
                onClicked: line.table.cart.nextSeat(line.index)
            }
            PillButton {
                objectName: "cartRemove_" + line.index
                Layout.preferredWidth: 48
                text: "✕"
                danger: true
                Accessible.name: qsTr("Remove")
                onClicked: line.table.cart.remove(line.index)
            }
        }
    }
}
