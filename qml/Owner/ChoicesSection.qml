import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Owner

// The dish form's "Choices": which of the venue's lists the dish offers, and for each the
// dish's own minimum and maximum; a problem the hub would refuse is said on its row.
Column {
    id: section

    required property OwnerScreen owner
    readonly property DishChoices choices: section.owner.structure.choices

    spacing: Theme.spacingSmall
    Row {
        width: parent.width
        spacing: Theme.spacingSmall
        FormLabel {
            anchors.verticalCenter: parent.verticalCenter
            text: qsTr("Choices")
        }
        OwnerButton {
            objectName: "editLists"
            text: qsTr("Edit the lists")
            onClicked: section.owner.structure.openLists()
        }
    }
    Text {
        width: parent.width
        visible: section.choices.lists.count === 0
        horizontalAlignment: Text.AlignLeft
        wrapMode: Text.WordWrap
        text: qsTr("The menu has no choices lists yet.")
        color: Theme.muted
        font.pixelSize: Theme.textSmall
    }
    Repeater {
        model: section.choices.lists
        delegate: Rectangle {
            id: row
            required property string key
            required property string name
            required property int optionCount
            required property bool offered
            required property int min
            required property int max
            required property string problem
            readonly property ChoicesSection section: row.parent as ChoicesSection

            objectName: "choice_" + row.key
            width: row.section?.width ?? 0
            height: body.implicitHeight + 2 * Theme.spacingSmall
            radius: 6
            color: row.offered ? Theme.card : Theme.background
            border.color: row.problem !== "" ? Theme.danger : Theme.line
            border.width: 1
            Column {
                id: body
                x: Theme.spacingSmall
                y: Theme.spacingSmall
                width: parent.width - 2 * Theme.spacingSmall
                spacing: 4
                Row {
                    spacing: Theme.spacingSmall
                    CheckBox {
                        objectName: "offer_" + row.key
                        height: 48
                        checked: row.offered
                        text: row.name
                        font.pixelSize: Theme.textSmall
                        onToggled: row.section.choices.setOffered(row.key, checked)
                        Accessible.name: qsTr("Offer “%1”").arg(row.name)
                    }
                    Text {
                        anchors.verticalCenter: parent.verticalCenter
                        text: qsTr("%Ln option(s)", "", row.optionCount)
                        color: Theme.muted
                        font.pixelSize: 13
                    }
                }
                Flow {
                    width: parent.width
                    visible: row.offered
                    spacing: Theme.spacing
                    Row {
                        spacing: 4
                        FormLabel {
                            anchors.verticalCenter: parent.verticalCenter
                            text: qsTr("At least")
                        }
                        Stepper {
                            prefix: "min_" + row.key
                            label: qsTr("At least")
                            value: row.min
                            valueText: row.section?.owner.number(row.min) ?? ""
                            onStepped: value => row.section.choices.setMin(row.key, value)
                        }
                    }
                    Row {
                        spacing: 4
                        FormLabel {
                            anchors.verticalCenter: parent.verticalCenter
                            text: qsTr("At most")
                        }
                        Stepper {
                            prefix: "max_" + row.key
                            label: qsTr("At most")
                            from: 1
                            value: row.max
                            valueText: row.section?.owner.number(row.max) ?? ""
                            onStepped: value => row.section.choices.setMax(row.key, value)
                        }
                    }
                }
                Text {
                    objectName: "choiceProblem_" + row.key
                    width: parent.width
                    visible: text !== ""
                    horizontalAlignment: Text.AlignLeft
                    wrapMode: Text.WordWrap
                    text: row.problem
                    color: Theme.danger
                    font.pixelSize: Theme.textSmall
                }
            }
        }
    }
}
