import QtQuick
import Tableside.Ui
import Tableside.Kitchen

// All day: how many of each dish are open right now (for this station), most first.
Rectangle {
    id: panel

    required property KitchenScreen kitchen

    color: Theme.kdsPanel

    Text {
        id: title
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        text: qsTr("All day")
        color: Theme.kdsMuted
        font.pixelSize: Theme.textBody
        font.weight: Font.Bold
        font.capitalization: Font.AllUppercase
    }
    KitchenList {
        id: list
        objectName: "allDay"
        kitchen: panel.kitchen
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: title.bottom
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingSmall
        clip: true
        model: panel.kitchen.allDay
        delegate: Item {
            id: row
            required property string name
            required property int quantity
            required property bool rush // so many open that the count stands out
            readonly property KitchenScreen kitchen: (row.ListView.view as KitchenList).kitchen
            width: ListView.view.width
            height: 40
            Text {
                id: count
                objectName: "allDayCount_" + row.name
                width: 48
                anchors.left: parent.left // an anchor, so a right-to-left layout mirrors it
                anchors.verticalCenter: parent.verticalCenter
                horizontalAlignment: Text.AlignRight
                text: row.kitchen.language ? row.kitchen.number(row.quantity) : ""
                color: row.rush ? Theme.kdsWarn : Theme.kdsInk
                font.pixelSize: Theme.textTitle
                font.weight: Font.Black
            }
            Text {
                objectName: "allDayName_" + row.name
                anchors.left: count.right
                anchors.leftMargin: Theme.spacingSmall
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                text: row.name
                color: Theme.kdsInk
                font.pixelSize: Theme.textBody
                elide: Text.ElideRight
            }
        }
    }
    Text {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("Nothing open")
        color: Theme.kdsMuted
        font.pixelSize: Theme.textBody
    }
}
