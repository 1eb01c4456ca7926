import QtQuick
import QtQuick.Controls
import Tableside.Ui

// The venue's name on top, then one large button per category.
Rectangle {
    id: rail

    required property var categories
    required property string venueName
    signal categoryChosen(var categoryId)

    color: Theme.weave

    Text {
        id: title
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: Theme.spacingLarge
        text: rail.venueName
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.textHeadline
        font.weight: Font.Bold
        color: Theme.ink
        horizontalAlignment: Text.AlignLeft
    }

    ListView {
        id: list
        anchors.top: title.bottom
        anchors.bottom: parent.bottom
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.topMargin: Theme.spacingLarge
        spacing: Theme.spacingSmall
        model: rail.categories
        currentIndex: 0
        onCountChanged: if (count > 0) rail.categoryChosen(rail.categories.categoryIdAt(currentIndex))
        delegate: ItemDelegate {
            id: entry
            required property int index
            required property var categoryId
            required property string name
            objectName: "category_" + index
            width: ListView.view.width
            height: Theme.touchTarget
            Accessible.name: name
            onClicked: {
                list.currentIndex = index
                rail.categoryChosen(categoryId)
            }
            background: Rectangle {
                color: entry.ListView.isCurrentItem ? Theme.accent : "transparent"
                radius: Theme.radius
                anchors.leftMargin: Theme.spacingSmall
                anchors.rightMargin: Theme.spacingSmall
                anchors.fill: parent
            }
            contentItem: Text {
                text: entry.name
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: Text.AlignLeft
                elide: Text.ElideRight
                font.pixelSize: Theme.textBody
                font.weight: entry.ListView.isCurrentItem ? Font.DemiBold : Font.Normal
                color: entry.ListView.isCurrentItem ? Theme.accentInk : Theme.ink
            }
        }
    }
}
