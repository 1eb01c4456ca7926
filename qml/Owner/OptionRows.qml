import QtQuick
import Tableside.Ui
import Tableside.Owner

// A modifier list's options, one OptionRow each, in the list's order.
Column {
    id: rows

    required property ModifierListForm form

    spacing: Theme.spacingSmall
    Repeater {
        model: rows.form.options
        delegate: OptionRow {}
    }
}
