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
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacing
            Repeater {
                model: Labels.serviceKinds
                delegate: PillButton {
                    required property string modelData
                    objectName: "call_" + modelData
                    Layout.fillWidth: true
                    Layout.preferredHeight: Theme.touchTarget * 1.4
                    text: Labels.serviceKind(modelData)
                    primary: true
                    enabled: !sheet.table.calls.openKinds.includes(modelData)
                    onClicked: sheet.table.callStaff(modelData)
                }
            }
        }
        CallList {
            Layout.fillWidth: true
            Layout.fillHeight: true
            table: sheet.table
        }
    }
}
