import QtQuick
import Tableside.Table
import Tableside.Ui

// One group of choices with its rule ("required", "choose up to 3") and each option's price.
// When the diner asks to add the dish without a required choice, the group says so: its rule in
// words with a warning sign, and an outline (not colour alone).
Item {
    id: group

    required property var modelData
    required property DishDraft draft
    required property TableScreen table

    // How many of this group's options are chosen.
    readonly property int chosen: group.modelData.options.filter(
        option => group.draft.chosenOptions.includes(option.optionId)).length
    // The draft's rule (DishDraft::missingGroups), shown once the diner asked to add.
    readonly property bool missing: group.draft.missingShown
                                    && group.draft.missingGroups.includes(group.modelData.groupId)

    objectName: "group_" + modelData.groupId
    implicitHeight: column.implicitHeight

    // Drawn around the group, outside its bounds: marking it moves nothing inside.
    Rectangle {
        objectName: "groupOutline_" + group.modelData.groupId
        visible: group.missing
        anchors.fill: parent
        anchors.margins: -Theme.spacingSmall
        radius: Theme.radius
        color: "transparent"
        border.width: 2
        border.color: Theme.warning
    }

    // A Column, not a layout: the title, the rule and the chips wrap to the width they are
    // given, and a positioner always follows the heights that wrapping makes.
    Column {
        id: column
        width: parent.width
        spacing: Theme.spacingSmall

        Item {
            width: parent.width
            height: Math.max(title.implicitHeight, badge.implicitHeight)
            Text {
                id: title
                anchors.left: parent.left
                anchors.right: badge.left
                anchors.rightMargin: Theme.spacingSmall
                text: group.modelData.name
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignLeft
                color: group.missing ? Theme.warning : Theme.ink
                font.pixelSize: Theme.textTitle
                font.weight: Font.DemiBold
            }
            Badge {
                id: badge
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.topMargin: Math.max(0, (title.height / Math.max(1, title.lineCount) - height) / 2)
                text: group.modelData.min > 0 ? qsTr("Required") : qsTr("Optional")
                tint: group.modelData.min > 0 && group.chosen < group.modelData.min
                      ? Theme.warning : Theme.muted
            }
        }
        Text {
            objectName: "groupRule_" + group.modelData.groupId
            width: parent.width
            wrapMode: Text.WordWrap
            horizontalAlignment: Text.AlignLeft
            // The same words and size either way, so nothing below moves; marked, a sign leads.
            text: (group.missing ? "⚠ " : "") + (group.modelData.max === 1 ? qsTr("Choose one")
                : group.modelData.min > 0 ? qsTr("Choose %1 to %2").arg(group.table.number(group.modelData.min)).arg(group.table.number(group.modelData.max))
                : qsTr("Choose up to %1").arg(group.table.number(group.modelData.max)))
            color: group.missing ? Theme.warning : Theme.muted
            font.pixelSize: Theme.textSmall
            font.weight: group.missing ? Font.DemiBold : Font.Normal
        }
        Flow {
            width: parent.width
            spacing: Theme.spacingSmall
            Repeater {
                model: group.modelData.options
                delegate: Chip {
                    required property var modelData
                    objectName: "option_" + modelData.optionId
                    text: modelData.name
                    detail: modelData.delta
                    checked: group.draft.chosenOptions.includes(modelData.optionId)
                    checkable: false
                    onClicked: group.draft.choose(group.modelData.groupId, modelData.optionId)
                }
            }
        }
    }
}
