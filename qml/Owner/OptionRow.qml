import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Owner

// One option of a modifier list: its name in every language (the columns, the default first),
// its price change, and buttons to move it up or down or remove it.
Rectangle {
    id: option

    required property int index
    required property string key
    required property var names
    required property string priceText
    required property string priceError
    required property bool first
    required property bool last
    readonly property ModifierListForm form: (option.parent as OptionRows)?.form ?? null
    // Each language's field shares what the price and the buttons leave of the row.
    readonly property real nameWidth: (optionBody.width - priceColumn.width - moves.width
                                       - 2 * Theme.spacingSmall)
                                      / Math.max(1, option.form?.languages.length ?? 1)
                                      - Theme.spacingSmall

    objectName: "option_" + option.index
    width: (option.parent as OptionRows)?.width ?? 0
    height: optionBody.implicitHeight + 2 * Theme.spacingSmall
    radius: 6
    color: Theme.card
    border.color: option.priceError !== "" ? Theme.danger : Theme.line
    border.width: 1
    Column {
        id: optionBody
        x: Theme.spacingSmall
        y: Theme.spacingSmall
        width: parent.width - 2 * Theme.spacingSmall
        spacing: 4
        Row {
            spacing: Theme.spacingSmall
            Repeater {
                model: option.form?.languages ?? []
                delegate: Column {
                    id: nameField
                    required property int index
                    required property string modelData
                    // The option this field names: the Row, its Column, the option.
                    readonly property OptionRow option: nameField.parent?.parent?.parent as OptionRow
                    readonly property var entry: nameField.option?.names[nameField.index] ?? ({})

                    width: nameField.option?.nameWidth ?? 0
                    spacing: 2
                    Row {
                        spacing: 4
                        FormLabel {
                            text: nameField.entry.languageName ?? ""
                        }
                        Mark {
                            visible: (nameField.entry.nameMissing ?? false) && !(nameField.entry.isDefault ?? false)
                            text: qsTr("Translation missing")
                        }
                        Mark {
                            visible: (nameField.entry.nameMissing ?? false) && (nameField.entry.isDefault ?? false)
                            text: qsTr("Name needed")
                            tint: Theme.danger
                        }
                    }
                    TextField {
                        objectName: "optionName_" + (nameField.option?.index ?? 0) + "_" + nameField.modelData
                        width: parent.width
                        height: 48
                        text: nameField.entry.name ?? ""
                        placeholderText: qsTr("Name")
                        font.pixelSize: Theme.textSmall
                        onTextEdited: nameField.option.form.setOptionName(nameField.option.index, nameField.modelData, text)
                        Accessible.name: qsTr("Name of option %1 in %2").arg((nameField.option?.index ?? 0) + 1).arg(nameField.entry.languageName ?? "")
                    }
                }
            }
            Column {
                id: priceColumn
                width: 120
                spacing: 2
                FormLabel {
                    text: qsTr("Price change")
                }
                TextField {
                    objectName: "optionPrice_" + option.index
                    width: parent.width
                    height: 48
                    text: option.priceText
                    font.pixelSize: Theme.textSmall
                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                    onTextEdited: option.form.setOptionPrice(option.index, text)
                    Accessible.name: qsTr("Price change of option %1").arg(option.index + 1)
                }
            }
            Row {
                id: moves
                anchors.bottom: parent.bottom
                spacing: 4
                OwnerButton {
                    objectName: "optionUp_" + option.index
                    implicitWidth: 48
                    text: "↑"
                    enabled: !option.first
                    Accessible.name: qsTr("Move option %1 up").arg(option.index + 1)
                    onClicked: option.form.moveOption(option.index, option.index - 1)
                }
                OwnerButton {
                    objectName: "optionDown_" + option.index
                    implicitWidth: 48
                    text: "↓"
                    enabled: !option.last
                    Accessible.name: qsTr("Move option %1 down").arg(option.index + 1)
                    onClicked: option.form.moveOption(option.index, option.index + 1)
                }
                OwnerButton {
                    objectName: "optionRemove_" + option.index
                    implicitWidth: 48
                    text: "✕"
                    Accessible.name: qsTr("Remove option %1").arg(option.index + 1)
                    onClicked: option.form.removeOption(option.index)
                }
            }
        }
        Text {
            width: parent.width
            visible: text !== ""
            horizontalAlignment: Text.AlignLeft
            wrapMode: Text.WordWrap
            text: option.priceError
            color: Theme.danger
            font.pixelSize: Theme.textSmall
        }
    }
}
