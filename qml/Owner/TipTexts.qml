import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Owner

// A place's description and opening hours in each of the venue's languages, the default first; a
// missing description is marked (the tables show the default language's there).
Column {
    id: texts

    required property TipForm form

    spacing: Theme.spacing
    Repeater {
        model: texts.form.texts
        delegate: Column {
            id: entry
            required property string language
            required property string languageName
            required property string description
            required property string hours
            required property bool descriptionMissing
            required property bool isDefault
            readonly property TipTexts texts: entry.parent as TipTexts

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
                    visible: !entry.isDefault && entry.descriptionMissing
                    text: qsTr("Translation missing")
                }
                Mark {
                    visible: entry.isDefault && entry.descriptionMissing
                    text: qsTr("Description needed")
                    tint: Theme.danger
                }
            }
            // No alignment is set: each text runs in its own language's direction.
            TextArea {
                objectName: "tipDescription_" + entry.language
                width: parent.width
                wrapMode: TextEdit.Wrap
                background: Rectangle {
                    color: Theme.card
                    border.color: Theme.line
                    border.width: 1
                }
                text: entry.description
                placeholderText: qsTr("What a visitor finds there, and why you like it")
                font.pixelSize: Theme.textSmall
                onTextChanged: {
                    if (text !== entry.description)
                        entry.texts.form.setDescription(entry.language, text)
                }
                Accessible.name: qsTr("Description in %1").arg(entry.languageName)
            }
            FormLabel {
                text: qsTr("Opening hours (optional)")
            }
            TextField {
                objectName: "tipHours_" + entry.language
                width: parent.width
                text: entry.hours
                placeholderText: qsTr("Tue–Sun 10:00–18:00")
                font.pixelSize: Theme.textSmall
                onTextEdited: entry.texts.form.setHours(entry.language, text)
                Accessible.name: qsTr("Opening hours in %1").arg(entry.languageName)
            }
        }
    }
    FieldError {
        objectName: "tipDescriptionError"
        text: texts.form.descriptionError
    }
    FieldError {
        objectName: "tipHoursError"
        text: texts.form.hoursError
    }
}
