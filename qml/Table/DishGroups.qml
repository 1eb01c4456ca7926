import QtQuick
import Tableside.Table
import Tableside.Ui

// The dish's modifier groups, one under the other as the sheet's own lines: a group reaches the
// draft and the screen through this column (group.parent as DishGroups).
Column {
    id: column

    required property TableScreen table
    readonly property int count: repeater.count

    spacing: Theme.spacing

    // The first group the draft marks as missing, if any.
    function firstMissing(): ModifierGroup {
        for (let i = 0; i < repeater.count; ++i) {
            const group = repeater.itemAt(i) as ModifierGroup
            if (group && group.missing)
                return group
        }
        return null
    }

    Repeater {
        id: repeater
        model: column.table.draft.groups
        delegate: ModifierGroup {
            id: group
            readonly property DishGroups groups: group.parent as DishGroups
            width: group.groups?.width ?? 0
            draft: group.groups?.table.draft ?? null
            table: group.groups?.table ?? null
        }
    }
}
