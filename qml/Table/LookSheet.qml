import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tableside.Table
import Tableside.Ui

// The table's look: the tablecloth, large text, high contrast, and the language.
Sheet {
    id: sheet

    required property TableScreen table

    objectName: "lookSheet"
    panelWidth: Math.min(width - 2 * Theme.spacingLarge, 760)
    panelHeight: Math.min(height - 2 * Theme.spacingLarge, column.implicitHeight + 2 * Theme.spacingLarge)
    onDismissed: open = false

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacingLarge
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            Text {
                Layout.fillWidth: true
                text: qsTr("Your tablecloth")
                color: Theme.ink
                font.pixelSize: Theme.textHeadline
                font.weight: Font.Bold
            }
            PillButton {
                objectName: "lookClose"
                text: "✕"
                Accessible.name: qsTr("Close")
                onClicked: sheet.open = false
            }
        }
        ClothPicker {
            Layout.fillWidth: true
            table: sheet.table
        }
        Switch {
            objectName: "largeTextSwitch"
            text: qsTr("Large text")
            Accessible.name: text
            checked: sheet.table.largeText
            onToggled: sheet.table.largeText = checked
            font.pixelSize: Theme.textBody
            implicitHeight: Theme.touchTarget
        }
        Switch {
            objectName: "highContrastSwitch"
            text: qsTr("High contrast")
            Accessible.name: text
            checked: sheet.table.highContrast
            onToggled: sheet.table.highContrast = checked
            font.pixelSize: Theme.textBody
            implicitHeight: Theme.touchTarget
        }
        LanguagePicker {
            table: sheet.table
        }
    }
}
