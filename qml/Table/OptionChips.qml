import QtQuick
import Tableside.Table
import Tableside.Ui

// A modifier group's options as chips: a chip reaches the draft through its flow
// (chip.parent as OptionChips).
Flow {
    id: chips

    required property DishOptionsModel options
    required property DishDraft draft
    required property double groupId

    spacing: Theme.spacingSmall
    Repeater {
        model: chips.options
        delegate: Chip {
            id: chip
            required property double optionId
            required property string name
            required property string delta
            required property bool chosen
            objectName: "option_" + optionId
            text: name
            detail: delta
            checked: chosen
            checkable: false
            onClicked: {
                const flow = chip.parent as OptionChips
                flow.draft.choose(flow.groupId, chip.optionId)
            }
        }
    }
}
