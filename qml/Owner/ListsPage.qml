import QtQuick
import Tableside.Ui
import Tableside.Owner

// The venue's modifier lists, each written once and offered on any number of dishes: its
// options, the dishes that offer it, and Remove for one no dish offers. A tap opens its form.
Item {
    id: page

    required property OwnerScreen owner

    Rectangle {
        id: bar
        width: parent.width
        height: 64
        color: Theme.background
        Column {
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.right: buttons.left
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Choices lists")
                color: Theme.ink
                font.pixelSize: Theme.textTitle
                elide: Text.ElideRight
            }
            Text {
                width: parent.width
                horizontalAlignment: Text.AlignLeft
                text: qsTr("Each list is written once; every dish that offers it sets its own minimum and maximum.")
                color: Theme.muted
                font.pixelSize: Theme.textSmall
                elide: Text.ElideRight
            }
        }
        Row {
            id: buttons
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingSmall
            OwnerButton {
                objectName: "closeLists"
                text: qsTr("Back to the menu")
                onClicked: page.owner.structure.closeLists()
            }
            OwnerButton {
                objectName: "addList"
                primary: true
                text: qsTr("New list")
                enabled: !page.owner.busy
                onClicked: page.owner.structure.addList()
            }
        }
    }

    ListView {
        objectName: "listList"
        anchors.top: bar.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        clip: true
        spacing: Theme.spacingSmall
        model: page.owner.structure.lists
        delegate: Rectangle {
            id: row
            required property string key
            required property string name
            required property string optionsText
            required property string offeredText
            required property bool canRemove
            required property string removeProblem
            readonly property ListsPage page: ListView.view?.parent as ListsPage

            objectName: "list_" + row.key
            width: ListView.view?.width ?? 0
            height: Math.max(64, body.implicitHeight + 2 * Theme.spacingSmall)
            radius: 6
            color: tap.pressed ? Theme.background : Theme.card
            border.color: Theme.line
            border.width: 1
            Column {
                id: body
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacing
                anchors.right: actions.left
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                spacing: 2
                Row {
                    spacing: Theme.spacingSmall
                    Text {
                        text: row.name
                        color: Theme.ink
                        font.pixelSize: Theme.textBody
                        font.weight: Font.DemiBold
                    }
                    Text {
                        anchors.baseline: parent.children[0].baseline
                        text: row.optionsText
                        color: Theme.muted
                        font.pixelSize: Theme.textSmall
                    }
                }
                Text {
                    objectName: "listOffered_" + row.key
                    width: parent.width
                    horizontalAlignment: Text.AlignLeft
                    wrapMode: Text.WordWrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    text: row.offeredText
                    color: Theme.ink
                    font.pixelSize: Theme.textSmall
                }
                Text {
                    width: parent.width
                    visible: text !== ""
                    horizontalAlignment: Text.AlignLeft
                    wrapMode: Text.WordWrap
                    text: row.removeProblem
                    color: Theme.muted
                    font.pixelSize: 13
                }
            }
            TapHandler {
                id: tap
                onTapped: row.page.owner.structure.openList(row.key)
            }
            Row {
                id: actions
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                spacing: Theme.spacingSmall
                OwnerButton {
                    objectName: "removeList_" + row.key
                    visible: row.canRemove
                    danger: true
                    text: qsTr("Remove")
                    Accessible.name: qsTr("Remove the list “%1”").arg(row.name)
                    enabled: !(row.page?.owner.busy ?? true)
                    onClicked: row.page.owner.structure.removeList(row.key)
                }
            }
            Accessible.role: Accessible.Button
            Accessible.name: row.name
        }
    }
}
