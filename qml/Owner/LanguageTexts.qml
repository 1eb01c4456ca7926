import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Owner

// A dish's name and description in each of the venue's languages, the default first; a missing
// one is marked (the tables show the default language's there).
Column {
    id: texts

    required property DishForm form

    spacing: Theme.spacing
    Repeater {
        model: texts.form.texts
        delegate: Column {
            id: entry
            required property string language
            required property string languageName
            required property string name
            required property string description
            required property bool nameMissing
            required property bool descriptionMissing
            required property bool isDefault
            readonly property LanguageTexts texts: entry.parent as LanguageTexts

            width: entry.texts?.width ?? 0
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
                    visible: !entry.isDefault && (entry.nameMissing || entry.descriptionMissing)
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
                objectName: "name_" + entry.language
                width: parent.width
                text: entry.name
                placeholderText: qsTr("Name")
                font.pixelSize: Theme.textBody
                onTextEdited: entry.texts.form.setName(entry.language, text)
                Accessible.name: qsTr("Name in %1").arg(entry.languageName)
            }
            TextArea {
                objectName: "description_" + entry.language
                width: parent.width
                wrapMode: TextEdit.Wrap
                // Framed like the name's field above it, so it reads as a field to fill.
                background: Rectangle {
                    color: Theme.card
                    border.color: Theme.line
                    border.width: 1
                }
                text: entry.description
                placeholderText: qsTr("Description")
                font.pixelSize: Theme.textSmall
                // Sent as typed (TextArea has no textEdited): the same text sent back changes nothing.
                onTextChanged: {
                    if (text !== entry.description)
                        entry.texts.form.setDescription(entry.language, text)
                }
                Accessible.name: qsTr("Description in %1").arg(entry.languageName)
            }
        }
    }
}
