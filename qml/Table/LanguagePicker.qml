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
            id: chip
            required property var modelData
            // A chip reaches the screen through the row it is in.
            readonly property TableScreen table: (chip.parent as LanguagePicker)?.table ?? null
            objectName: "language_" + modelData.code
            text: modelData.name
            checked: chip.table !== null && chip.table.language === modelData.code
            checkable: false
            onClicked: chip.table.setLanguage(modelData.code)
        }
    }
}
