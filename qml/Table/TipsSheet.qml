import QtQuick
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// Explore the area, over the menu (the order stays as it is): the places the owner recommends to
// visitors, as a waiter would, each with the QR code of its link for the diner's phone.
Sheet {
    id: sheet

    required property TableScreen table

    objectName: "tipsSheet"
    panelWidth: Math.min(width - 2 * Theme.spacingLarge, 960)
    panelHeight: height - 2 * Theme.spacingLarge
    onDismissed: open = false
    onOpenChanged: table.tipsOpen = open

    Connections {
        target: sheet.table
        function onTipsOpenChanged() {
            if (!sheet.table.tipsOpen)
                sheet.open = false
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Explore the area")
                    wrapMode: Text.WordWrap
                    color: Theme.ink
                    font.pixelSize: Theme.textHeadline
                    font.weight: Font.Bold
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Our favourite places nearby, as we would tell you at the table.")
                    wrapMode: Text.WordWrap
                    color: Theme.muted
                    font.pixelSize: Theme.textBody
                }
            }
            PillButton {
                objectName: "tipsClose"
                text: "✕"
                Accessible.name: qsTr("Close")
                onClicked: sheet.open = false
            }
        }

        TableList {
            id: list
            objectName: "tipsList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacingSmall
            table: sheet.table
            model: sheet.table.localTips
            delegate: TipCard {
                id: tip
                width: ListView.view.width
                table: (tip.ListView.view as TableList).table
            }
        }
    }
}
