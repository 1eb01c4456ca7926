import QtQuick
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// The table's order before it goes to the kitchen: lines, quantities, seats, the total, and one
// button to place it. Everyone at the table adds to the same order.
Rectangle {
    id: panel

    required property TableScreen table
    signal placeRequested()

    color: Theme.card
    border.width: Theme.borderWidth
    border.color: Theme.ink

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacingSmall

        // The title beside the status button while both fit on one line, else the button under
        // the title (large text, long words): neither hides the other.
        GridLayout {
            id: header
            Layout.fillWidth: true
            columns: !statusButton.visible || title.implicitWidth + columnSpacing
                     + statusButton.implicitWidth <= width ? 2 : 1
            columnSpacing: Theme.spacingSmall
            rowSpacing: Theme.spacingSmall
            Text {
                id: title
                objectName: "cartTitle"
                Layout.fillWidth: true
                text: qsTr("Your order")
                wrapMode: Text.WordWrap
                color: Theme.ink
                font.pixelSize: Theme.textTitle
                font.weight: Font.Bold
            }
            PillButton {
                id: statusButton
                objectName: "statusButton"
                Layout.alignment: Qt.AlignRight
                visible: panel.table.orders.count > 0
                text: qsTr("Order status")
                onClicked: panel.table.page = "status"
            }
        }

        Text {
            objectName: "cartReview"
            Layout.fillWidth: true
            visible: panel.table.cart.needsReview
            text: qsTr("The menu has just changed: check the marked dishes before you order.")
            wrapMode: Text.WordWrap
            color: Theme.danger
            font.pixelSize: Theme.textSmall
            font.weight: Font.Bold
        }

        TableList {
            id: lines
            objectName: "cartList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            table: panel.table
            model: panel.table.cart
            add: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.motion } }
            remove: Transition { NumberAnimation { property: "opacity"; to: 0; duration: Theme.motionFast } }
            displaced: Transition { NumberAnimation { property: "y"; duration: Theme.motion } }
            delegate: CartLineDelegate {
                id: cartLine
                width: ListView.view.width
                table: (cartLine.ListView.view as TableList).table
            }

            Column {
                anchors.centerIn: parent
                width: parent.width - 2 * Theme.spacing
                visible: lines.count === 0
                spacing: Theme.spacingSmall
                Text {
                    width: parent.width
                    text: qsTr("Nothing here yet")
                    horizontalAlignment: Text.AlignHCenter
                    color: Theme.ink
                    font.pixelSize: Theme.textBody
                    font.weight: Font.DemiBold
                }
                Text {
                    width: parent.width
                    text: qsTr("Tap a dish to add it. Everyone at the table can add to this order.")
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.WordWrap
                    color: Theme.muted
                    font.pixelSize: Theme.textSmall
                }
            }
        }

        Recommendations {
            objectName: "orderRecommendations"
            Layout.fillWidth: true
            table: panel.table
            pairings: panel.table.orderPairings
            title: qsTr("Before you order")
        }

        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.line }

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Total")
                color: Theme.ink
                font.pixelSize: Theme.textTitle
            }
            Text {
                objectName: "cartTotal"
                text: panel.table.cart.total
                color: Theme.ink
                font.pixelSize: Theme.textTitle
                font.weight: Font.Bold
            }
        }
        PillButton {
            objectName: "placeButton"
            Layout.fillWidth: true
            primary: true
            enabled: panel.table.cart.canPlace
            text: qsTr("Place order")
            onClicked: panel.placeRequested()
        }
    }
}
