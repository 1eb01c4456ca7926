import QtQuick
import Tableside.Table
import Tableside.Ui

// The venue's name on top, then one large button per category.
Rectangle {
    id: rail

    required property TableScreen table

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
        font.pixelSize: Theme.textTitle
        font.weight: Font.Bold
        color: Theme.ink
        horizontalAlignment: Text.AlignLeft
    }

    TableList {
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
        table: rail.table
        model: rail.table.categories
        boundsBehavior: Flickable.StopAtBounds
        // Plain Qt Quick, no Controls: the rail is on the menu's first frame.
        delegate: Item {
            id: entry
            required property int index
            required property double categoryId
            required property string name
            // Outside its hours on the venue's clock: its dishes cannot be added, its hours say when.
            required property bool servedNow
            required property string hours
            readonly property MenuFilterModel dishes: (entry.ListView.view as TableList).table.dishes
            readonly property bool current: entry.dishes.categoryId === categoryId
                                            && entry.dishes.searchText.length === 0
            objectName: "category_" + index
            width: ListView.view.width
            // A long name wraps to a second line and the button grows with it.
            height: Math.max(Theme.touchTarget + (Theme.largeText ? 12 : 0),
                             label.implicitHeight + hoursRoom + 2 * Theme.spacingSmall)
            // The hours under the name, when the category is closed now.
            readonly property real hoursRoom: hoursText.visible
                                              ? hoursText.implicitHeight + Theme.spacingSmall : 0
            Accessible.name: servedNow ? name : qsTr("%1, not served now. %2").arg(name).arg(hours)
            Accessible.role: Accessible.Button
            Accessible.onPressAction: entry.choose()

            function choose() {
                entry.dishes.searchText = ""
                entry.dishes.categoryId = entry.categoryId
            }

            Rectangle {
                anchors.fill: parent
                anchors.leftMargin: Theme.spacingSmall
                anchors.rightMargin: Theme.spacingSmall
                radius: Theme.radius
                color: entry.current ? Theme.accent : Theme.clear
                Behavior on color { ColorAnimation { duration: Theme.motionFast } }
            }
            Text {
                id: label
                objectName: "categoryName_" + entry.index
                anchors.fill: parent
                anchors.bottomMargin: entry.hoursRoom
                anchors.leftMargin: 12
                anchors.rightMargin: 12
                text: entry.name
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                verticalAlignment: Text.AlignVCenter
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
                font.pixelSize: Theme.textBody
                font.weight: entry.current ? Font.DemiBold : Font.Normal
                color: entry.current ? Theme.accentInk : entry.servedNow ? Theme.ink : Theme.soldOut
            }
            Text {
                id: hoursText
                objectName: "categoryHours_" + entry.index
                anchors.bottom: parent.bottom
                anchors.bottomMargin: Theme.spacingSmall
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.leftMargin: 12 + Theme.spacing
                anchors.rightMargin: 12 + Theme.spacing
                visible: !entry.servedNow
                text: visible ? entry.hours : ""
                horizontalAlignment: Text.AlignLeft
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.textSmall
                color: entry.current ? Theme.accentInk : Theme.muted
            }
            MouseArea {
                anchors.fill: parent
                onClicked: entry.choose()
            }
        }
    }
}
