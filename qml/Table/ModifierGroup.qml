import QtQuick
import Tableside.Table
import Tableside.Ui

// One group of choices with its rule ("required", "choose up to 3") and each option's price.
// When the diner asks to add the dish without a required choice, the group says so: its rule in
// words with a warning sign, and an outline (not colour alone).
Item {
    id: group

    // A row of DishDraft's groups: its rule, whether enough is chosen, and whether the sheet marks
    // it as missing (the diner asked to add the dish without it).
    required property double groupId
    required property string name
    required property int min
    required property int max
    required property bool satisfied
    required property bool missing
    required property DishOptionsModel options
    required property DishDraft draft
    required property TableScreen table

    objectName: "group_" + groupId
    implicitHeight: column.implicitHeight

    // Drawn around the group, outside its bounds: marking it moves nothing inside.
    Rectangle {
        objectName: "groupOutline_" + group.groupId
        visible: group.missing
        anchors.fill: parent
        anchors.margins: -Theme.spacingSmall
        radius: Theme.radius
        color: Theme.clear
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
                text: group.name
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
                text: group.min > 0 ? qsTr("Required") : qsTr("Optional")
                tint: group.satisfied ? Theme.muted : Theme.warning
            }
        }
        // The rule in words; marked, a warning sign leads it: a sign beside the sentence, not glued
        // into it. The row keeps the rule's height either way, so nothing below moves.
        Item {
            width: parent.width
            height: rule.implicitHeight
            Text {
                id: warningSign
                objectName: "groupWarning_" + group.groupId
                visible: group.missing
                anchors.left: parent.left
                anchors.baseline: rule.baseline
                text: "⚠"
                color: Theme.warning
                font.pixelSize: Theme.textSmall
                font.weight: Font.DemiBold
            }
            Text {
                id: rule
                objectName: "groupRule_" + group.groupId
                anchors.left: warningSign.visible ? warningSign.right : parent.left
                anchors.leftMargin: warningSign.visible ? 4 : 0
                anchors.right: parent.right
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignLeft
                text: group.max === 1 ? qsTr("Choose one")
                    : group.min > 0 ? qsTr("Choose %1 to %2").arg(group.table.number(group.min)).arg(group.table.number(group.max))
                    : qsTr("Choose up to %1").arg(group.table.number(group.max))
                color: group.missing ? Theme.warning : Theme.muted
                font.pixelSize: Theme.textSmall
                font.weight: group.missing ? Font.DemiBold : Font.Normal
            }
        }
        OptionChips {
            width: parent.width
            options: group.options
            draft: group.draft
            groupId: group.groupId
        }
    }
}
