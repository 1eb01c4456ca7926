import QtQuick
import QtQuick.Controls
import Tableside.Ui

// The venue's name on top, then one large button per category.
Rectangle {
    id: rail

    required property var table

    color: Theme.weave
    border.width: Theme.borderWidth
    border.color: Theme.ink

    Text {
        id: title
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacingLarge
        text: rail.table.venueName
        visible: text.length > 0
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.textTitle + 4
        font.weight: Font.Bold
        color: Theme.ink
        horizontalAlignment: Text.AlignLeft
    }

    ListView {
        id: list
        objectName: "categoryList"
        anchors.top: title.visible ? title.bottom : parent.top
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.topMargin: Theme.spacing
        anchors.bottomMargin: Theme.spacing
        spacing: 4
        clip: true
        model: rail.table.categories
        boundsBehavior: Flickable.StopAtBounds
        delegate: ItemDelegate {
            id: entry
            required property int index
            required property var categoryId
            required property string name
            readonly property bool current: rail.table.dishes.categoryId === categoryId
                                            && rail.table.dishes.searchText.length === 0
            objectName: "category_" + index
            width: ListView.view.width
            height: Theme.touchTarget + (Theme.largeText ? 12 : 0)
            Accessible.name: name
            onClicked: {
                rail.table.dishes.searchText = ""
                rail.table.dishes.categoryId = categoryId
            }
            background: Rectangle {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingSmall
                anchors.rightMargin: Theme.spacingSmall
                radius: Theme.radius
                color: entry.current ? Theme.accent : "transparent"
                Behavior on color { ColorAnimation { duration: Theme.motionFast } }
            }
            contentItem: Text {
                text: entry.name
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideRight
                font.pixelSize: Theme.textBody
                font.weight: entry.current ? Font.DemiBold : Font.Normal
                color: entry.current ? Theme.accentInk : Theme.ink
            }
        }
    }
}
