import QtQuick
import QtQuick.Layouts
import Tableside.Ui

// One group of choices with its rule ("required", "choose up to 3") and each option's price.
ColumnLayout {
    id: group

    required property var modelData
    required property var draft
    required property var table

    // How many of this group's options are chosen.
    readonly property int chosen: group.modelData.options.filter(
        option => group.draft.chosenOptions.includes(option.optionId)).length

    spacing: Theme.spacingSmall

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingSmall
        Text {
            Layout.fillWidth: true
            text: group.modelData.name
            color: Theme.ink
            font.pixelSize: Theme.textTitle
            font.weight: Font.DemiBold
        }
        Badge {
            text: group.modelData.min > 0 ? qsTr("Required") : qsTr("Optional")
            tint: group.modelData.min > 0 && group.chosen < group.modelData.min
                  ? Theme.warning : Theme.muted
        }
    }
    Text {
        text: group.modelData.max === 1 ? qsTr("Choose one")
            : group.modelData.min > 0 ? qsTr("Choose %1 to %2").arg(group.table.number(group.modelData.min)).arg(group.table.number(group.modelData.max))
            : qsTr("Choose up to %1").arg(group.table.number(group.modelData.max))
        color: Theme.muted
        font.pixelSize: Theme.textSmall
    }
    Flow {
        Layout.fillWidth: true
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
