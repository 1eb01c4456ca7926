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
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: Theme.clothNames
                delegate: AbstractButton {
                    id: swatch
                    required property string modelData
                    objectName: "cloth_" + modelData
                    width: 120
                    height: 120
                    Accessible.name: Labels.cloth(modelData)
                    Accessible.role: Accessible.RadioButton
                    Accessible.checked: sheet.table.tablecloth === modelData
                    onClicked: sheet.table.tablecloth = modelData
                    background: Rectangle {
                        radius: Theme.radius
                        color: Theme.cloths[swatch.modelData].base
                        border.width: sheet.table.tablecloth === swatch.modelData ? 4 : 1
                        border.color: sheet.table.tablecloth === swatch.modelData ? Theme.accent : Theme.line
                        Rectangle {
                            anchors.centerIn: parent
                            width: 44
                            height: 44
                            radius: 22
                            color: Theme.cloths[swatch.modelData].accent
                        }
                    }
                    contentItem: Text {
                        text: Labels.cloth(swatch.modelData)
                        verticalAlignment: Text.AlignBottom
                        horizontalAlignment: Text.AlignHCenter
                        bottomPadding: Theme.spacingSmall
                        color: Theme.cloths[swatch.modelData].ink
                        font.pixelSize: Theme.textSmall
                    }
                }
            }
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
