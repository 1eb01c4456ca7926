import QtQuick
import Tableside.Table
import Tableside.Ui

// English, Ελληνικά, العربية, فارسی: each in its own script; switching is instant.
Row {
    id: picker

    required property TableScreen table
    spacing: Theme.spacingSmall

    Repeater {
        model: Labels.languages
        delegate: Chip {
            required property var modelData
            objectName: "language_" + modelData.code
            text: modelData.name
            checked: picker.table.language === modelData.code
            checkable: false
            onClicked: picker.table.setLanguage(modelData.code)
        }
    }
}
