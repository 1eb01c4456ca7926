import QtQuick
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// The one confirmation before the order goes to the kitchen.
Sheet {
    id: sheet

    required property TableScreen table

    objectName: "confirmSheet"
    panelWidth: Math.min(width - 2 * Theme.spacingLarge, 560)
    panelHeight: column.implicitHeight + 2 * Theme.spacingLarge
    onDismissed: open = false

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Send this order to the kitchen?")
            wrapMode: Text.WordWrap
            color: Theme.ink
            font.pixelSize: Theme.textTitle
            font.weight: Font.Bold
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("%Ln dish(es), total %1", "", sheet.table.cart.dishCount).arg(sheet.table.cart.total)
            wrapMode: Text.WordWrap
            color: Theme.muted
            font.pixelSize: Theme.textBody
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            PillButton {
                objectName: "confirmCancel"
                Layout.fillWidth: true
                text: qsTr("Not yet")
                onClicked: sheet.open = false
            }
            PillButton {
                objectName: "confirmPlace"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Send to kitchen")
                onClicked: {
                    sheet.open = false
                    sheet.table.placeOrder()
                }
            }
        }
    }
}
