import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Owner

// One category's form: its name in each language, its key while it is new, whether the tables
// show it, and Remove (refused in words while it holds dishes). Save sends it as one change.
Item {
    id: page

    required property OwnerScreen owner
    readonly property CategoryForm form: page.owner.structure.categoryForm

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
            text: page.form.isNew ? qsTr("New category") : qsTr("Category “%1”").arg(page.form.key)
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
                objectName: "cancelCategory"
                text: page.form.modified ? qsTr("Discard changes") : qsTr("Back")
                onClicked: page.owner.structure.closeCategory()
            }
            OwnerButton {
                objectName: "saveCategory"
                primary: true
                text: qsTr("Save to draft")
                enabled: page.form.canSave && !page.owner.busy
                onClicked: page.owner.structure.saveCategory()
            }
        }
    }

    Flickable {
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        width: parent.width
        contentHeight: Math.max(names.implicitHeight, details.implicitHeight) + 2 * Theme.spacing
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        NameFields {
            id: names
            x: page.LayoutMirroring.enabled ? parent.width - width - Theme.spacing : Theme.spacing
            y: Theme.spacing
            width: (page.width - 3 * Theme.spacing) / 2
            rows: page.form.texts
            prefix: "categoryName"
            onEdited: (language, text) => page.form.setName(language, text)
        }

        Column {
            id: details
            x: page.LayoutMirroring.enabled ? Theme.spacing : page.width / 2 + Theme.spacing / 2
            y: Theme.spacing
            width: (page.width - 3 * Theme.spacing) / 2
            spacing: Theme.spacingSmall

            FormLabel {
                text: qsTr("Key")
            }
            TextField {
                objectName: "categoryKey"
                width: parent.width
                height: 48
                visible: page.form.isNew
                text: page.form.key
                font.pixelSize: Theme.textBody
                inputMethodHints: Qt.ImhLowercaseOnly | Qt.ImhNoPredictiveText
                onTextEdited: page.form.setKey(text)
                Accessible.name: qsTr("Key")
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.WordWrap
                text: page.form.isNew
                      ? qsTr("Made from the name in the default language. It names the category in spreadsheets and cannot change once saved.")
                      : page.form.key
                color: page.form.isNew ? Theme.muted : Theme.ink
                font.pixelSize: page.form.isNew ? Theme.textSmall : Theme.textBody
            }
            Text {
                objectName: "categoryProblem"
                width: parent.width
                visible: text !== ""
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.WordWrap
                text: page.form.problem
                color: Theme.danger
                font.pixelSize: Theme.textSmall
            }
            Switch {
                objectName: "categoryHidden"
                height: 48
                text: qsTr("Hidden from the tables, with all its dishes")
                checked: page.form.hidden
                font.pixelSize: Theme.textSmall
                onToggled: page.form.setHidden(checked)
                Accessible.name: text
            }
            WindowsEditor {
                width: parent.width
                form: page.form.windows
            }
            Item {
                width: 1
                height: Theme.spacing
            }
            OwnerButton {
                objectName: "removeCategory"
                visible: !page.form.isNew
                danger: true
                text: qsTr("Remove category")
                enabled: page.form.canRemove && !page.owner.busy
                onClicked: page.owner.structure.removeCategory()
            }
            Text {
                objectName: "removeCategoryProblem"
                width: parent.width
                visible: !page.form.isNew && text !== ""
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.WordWrap
                text: page.form.removeProblem
                color: Theme.muted
                font.pixelSize: Theme.textSmall
            }
        }
    }
}
