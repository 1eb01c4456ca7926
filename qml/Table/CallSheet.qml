import QtQuick
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// Call a waiter: help, water, cutlery or something else; each shows when staff have seen it.
Sheet {
    id: sheet

    required property TableScreen table

    objectName: "callSheet"
    panelWidth: Math.min(width - 2 * Theme.spacingLarge, 640)
    panelHeight: Math.min(height - 2 * Theme.spacingLarge, 600)
    onDismissed: open = false

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Call a waiter")
                color: Theme.ink
                font.pixelSize: Theme.textHeadline
                font.weight: Font.Bold
            }
            PillButton {
                objectName: "callClose"
                text: "✕"
                Accessible.name: qsTr("Close")
                onClicked: sheet.open = false
            }
        }
        CallButtons {
            Layout.fillWidth: true
            table: sheet.table
        }
        CallList {
            Layout.fillWidth: true
            Layout.fillHeight: true
            table: sheet.table
        }
    }
}
