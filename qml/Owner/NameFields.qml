import QtQuick
import QtQuick.Controls
import Tableside.Ui

// An entry's name in each of the venue's languages, the default first; a missing one is marked
// as the dish form marks it (the tables show the default language's there).
Column {
    id: fields

    // {language, languageName, name, nameMissing, isDefault}
    required property MapRowsModel rows
    // The fields' objectName is prefix + "_" + language.
    property string prefix: "name"
    signal edited(string language, string text)

    spacing: Theme.spacingSmall
    Repeater {
        model: fields.rows
        delegate: Column {
            id: entry
            required property string language
            required property string languageName
            required property string name
            required property bool nameMissing
            required property bool isDefault
            readonly property NameFields fields: entry.parent as NameFields

            width: entry.fields?.width ?? 0
            spacing: 4
            Row {
                spacing: Theme.spacingSmall
                FormLabel {
                    text: entry.languageName
                }
                Mark {
                    visible: entry.isDefault
                    text: qsTr("Default language")
                    tint: Theme.muted
                }
                Mark {
                    visible: !entry.isDefault && entry.nameMissing
                    text: qsTr("Translation missing")
                }
                Mark {
                    visible: entry.isDefault && entry.nameMissing
                    text: qsTr("Name needed")
                    tint: Theme.danger
                }
            }
            // No alignment is set: each text runs in its own language's direction.
            TextField {
                objectName: (entry.fields?.prefix ?? "") + "_" + entry.language
                width: parent.width
                height: 48
                text: entry.name
                placeholderText: qsTr("Name")
                font.pixelSize: Theme.textBody
                onTextEdited: entry.fields.edited(entry.language, text)
                Accessible.name: qsTr("Name in %1").arg(entry.languageName)
            }
        }
    }
}
