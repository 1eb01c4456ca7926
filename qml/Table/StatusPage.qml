import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// After ordering: every line's progress with its estimate, the running bill, order more, the bill.
Item {
    id: page

    required property TableScreen table
    signal callRequested()
    signal chatRequested()

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacingLarge

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            radius: Theme.radius * 1.5
            color: Theme.card
            border.width: Theme.borderWidth
            border.color: Theme.ink

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.spacingLarge
                spacing: Theme.spacing

                Text {
                    text: qsTr("Your order")
                    color: Theme.ink
                    font.pixelSize: Theme.textHeadline
                    font.weight: Font.Bold
                }
                Text {
                    visible: page.table.orders.sendingCount > 0
                    objectName: "sendingNotice"
                    text: page.table.online ? qsTr("Sending to the kitchen…")
                                            : qsTr("Offline — your order will be sent when the connection is back.")
                    wrapMode: Text.WordWrap
                    Layout.fillWidth: true
                    color: Theme.warning
                    font.pixelSize: Theme.textBody
                    font.weight: Font.DemiBold
                }
                TableList {
                    id: lines
                    objectName: "statusList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    spacing: Theme.spacingSmall
                    table: page.table
                    model: page.table.orders
                    section.property: "orderNumber"
                    section.delegate: Text {
                        id: sectionHead
                        required property string section
                        width: ListView.view.width
                        topPadding: Theme.spacing
                        bottomPadding: 4
                        text: section === "0" ? qsTr("Being sent")
                                              : qsTr("Order %1").arg((sectionHead.ListView.view as TableList)
                                                                     .table.number(Number(section)))
                        color: Theme.muted
                        font.pixelSize: Theme.textSmall
                        font.weight: Font.DemiBold
                    }
                    delegate: StatusLine {
                        id: statusLine
                        width: ListView.view.width
                        table: (statusLine.ListView.view as TableList).table
                    }
                }
            }
        }

        ColumnLayout {
            Layout.preferredWidth: 360
            Layout.maximumWidth: 360
            Layout.fillWidth: false
            Layout.fillHeight: true
            spacing: Theme.spacing

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: billColumn.implicitHeight + 2 * Theme.spacingLarge
                radius: Theme.radius * 1.5
                color: Theme.card
                border.width: Theme.borderWidth
                border.color: Theme.ink
                ColumnLayout {
                    id: billColumn
                    anchors.fill: parent
                    anchors.margins: Theme.spacingLarge
                    Text {
                        text: qsTr("Bill so far")
                        color: Theme.muted
                        font.pixelSize: Theme.textBody
                    }
                    Text {
                        objectName: "billTotal"
                        text: page.table.orders.bill
                        color: Theme.ink
                        font.pixelSize: Theme.textDisplay
                        font.weight: Font.Bold
                    }
                }
            }
            PillButton {
                objectName: "orderMore"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Order more")
                onClicked: page.table.page = "menu"
            }
            PillButton {
                objectName: "callFromStatus"
                Layout.fillWidth: true
                text: qsTr("Call waiter")
                onClicked: page.callRequested()
            }
            MessageButton {
                objectName: "chatFromStatus"
                Layout.fillWidth: true
                table: page.table
                onClicked: page.chatRequested()
            }
            PillButton {
                objectName: "requestBill"
                Layout.fillWidth: true
                enabled: page.table.calls.canRequestBill
                text: qsTr("Request the bill")
                onClicked: page.table.callStaff("bill")
            }
            PillButton {
                objectName: "rateVisit"
                Layout.fillWidth: true
                visible: !page.table.calls.canRequestBill && !page.table.visitCard.sent
                text: qsTr("Rate your visit")
                onClicked: page.table.visitCardOpen = true
            }
            Text {
                Layout.fillWidth: true
                objectName: "billNotice"
                visible: text.length > 0
                text: page.table.billNotice
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignHCenter
                color: Theme.ink
                font.pixelSize: Theme.textBody
            }
            CallList {
                Layout.fillWidth: true
                Layout.fillHeight: true
                table: page.table
            }
        }
    }
}
