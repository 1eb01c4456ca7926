import QtQuick
import Tableside.Ui
import Tableside.Owner

// One modifier list's form: its name in each language, then its options, each a row with its
// name in every language and its price change; options are added, removed and moved up or down.
Item {
    id: page

    required property OwnerScreen owner
    readonly property ModifierListForm form: page.owner.structure.listForm

    Rectangle {
        id: bar
        width: parent.width
        height: 64
        color: Theme.background
        Text {
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.right: buttons.left
            anchors.verticalCenter: parent.verticalCenter
            horizontalAlignment: Text.AlignLeft
            text: page.form.isNew ? qsTr("New choices list") : qsTr("Choices list “%1”").arg(page.form.key)
            color: Theme.ink
            font.pixelSize: Theme.textTitle
            elide: Text.ElideRight
        }
        Row {
            id: buttons
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingSmall
            OwnerButton {
                objectName: "cancelList"
                text: page.form.modified ? qsTr("Discard changes") : qsTr("Back")
                onClicked: page.owner.structure.closeList()
            }
            OwnerButton {
                objectName: "saveList"
                primary: true
                text: qsTr("Save to draft")
                enabled: page.form.canSave && !page.owner.busy
                onClicked: page.owner.structure.saveList()
            }
        }
    }

    Flickable {
        id: scroller
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        width: parent.width
        contentHeight: content.implicitHeight + 2 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        Column {
            id: content
            x: Theme.spacing
            y: Theme.spacing
            width: scroller.width - 2 * Theme.spacing
            spacing: Theme.spacing

            NameFields {
                width: Math.min(parent.width, 560)
                rows: page.form.texts
                prefix: "listName"
                onEdited: (language, text) => page.form.setName(language, text)
            }
            Text {
                objectName: "listProblem"
                width: parent.width
                visible: text !== ""
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.WordWrap
                text: page.form.problem
                color: Theme.danger
                font.pixelSize: Theme.textSmall
            }
            FormLabel {
                text: qsTr("Options")
            }
            OptionRows {
                width: parent.width
                form: page.form
            }
            OwnerButton {
                objectName: "addOption"
                text: qsTr("Add an option")
                onClicked: page.form.addOption()
            }
        }
    }
}
