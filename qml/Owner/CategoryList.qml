import QtQuick
import Tableside.Ui
import Tableside.Owner

// The menu's categories, each with its number of dishes and marks for hidden and a missing
// translation; a tap shows its dishes.
Rectangle {
    id: panel

    required property OwnerScreen owner

    color: Theme.card
    Rectangle {
        anchors.right: parent.right
        width: 1
        height: parent.height
        color: Theme.line
    }

    Text {
        id: heading
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        y: Theme.spacing
        horizontalAlignment: Text.AlignLeft
        text: qsTr("Categories")
        color: Theme.muted
        font.pixelSize: Theme.textSmall
        font.weight: Font.DemiBold
    }

    ListView {
        id: list
        objectName: "categoryList"
        anchors.top: heading.bottom
        anchors.topMargin: Theme.spacingSmall
        anchors.bottom: parent.bottom
        width: parent.width - 1
        clip: true
        model: panel.owner.categories
        delegate: Rectangle {
            id: row
            required property string key
            required property string name
            required property bool missing
            required property bool hidden
            required property string dishCount
            required property bool selected
            // The panel, reached through the view this row is in.
            readonly property CategoryList panel: ListView.view?.parent as CategoryList

            objectName: "category_" + row.key
            width: ListView.view?.width ?? 0
            height: 56
            color: row.selected ? Theme.background : Theme.clear
            Rectangle {
                anchors.left: parent.left
                width: 4
                height: parent.height
                color: Theme.accent
                visible: row.selected
            }
            Column {
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacing
                anchors.right: count.left
                anchors.rightMargin: Theme.spacingSmall
                anchors.verticalCenter: parent.verticalCenter
                spacing: 2
                Text {
                    width: parent.width
                    horizontalAlignment: Text.AlignLeft
                    text: row.name
                    color: Theme.ink
                    font.pixelSize: Theme.textBody
                    font.weight: row.selected ? Font.DemiBold : Font.Normal
                    elide: Text.ElideRight
                }
                Row {
                    spacing: 4
                    visible: row.hidden || row.missing
                    Mark {
                        visible: row.hidden
                        text: qsTr("Hidden")
                        tint: Theme.soldOut
                    }
                    Mark {
                        visible: row.missing
                        text: qsTr("Translation missing")
                    }
                }
            }
            Text {
                id: count
                anchors.right: parent.right
                anchors.rightMargin: Theme.spacing
                anchors.verticalCenter: parent.verticalCenter
                text: row.dishCount
                color: Theme.muted
                font.pixelSize: Theme.textSmall
            }
            TapHandler {
                onTapped: row.panel.owner.selectCategory(row.key)
            }
            Accessible.role: Accessible.Button
            Accessible.name: row.name
        }
    }
}
