import QtQuick
import Tableside.Owner

// The venue's languages, each in its own name: the one chosen is the preview's.
Row {
    id: languages

    required property MenuPreview preview

    spacing: 6
    Repeater {
        model: languages.preview.languages
        delegate: PreviewChip {
            id: language
            required property string code
            required property string name
            required property bool selected
            readonly property PreviewLanguages row: language.parent as PreviewLanguages
            objectName: "previewLanguage_" + code
            text: name
            chosen: selected
            onPicked: language.row.preview.language = language.code
        }
    }
}
