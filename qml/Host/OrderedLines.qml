import QtQuick
import Tableside.Ui
import Tableside.Host

// What a seated party ordered: every line with its quantity, dish and where it is (with the
// kitchen, ready, served), and the total of the hub's orders in the screen's money format.
Column {
    id: ordered

    required property HostScreen host
    required property TableView table

    spacing: Theme.spacingSmall

    Text {
        anchors.left: parent.left // mirrored: the right in Arabic and Persian
        text: qsTr("Ordered")
        color: Theme.kdsInk
        font.pixelSize: Theme.textBody
        font.weight: Font.Bold
    }
    Text {
        anchors.left: parent.left
        visible: ordered.table.ordered.count === 0
        text: qsTr("Nothing ordered yet.")
        color: Theme.kdsMuted
        font.pixelSize: Theme.textSmall
    }
    HostList {
        id: lines
        objectName: "billLines"
        host: ordered.host
        anchors.left: parent.left
        anchors.right: parent.right
        height: Math.min(contentHeight, 240)
        clip: true
        interactive: contentHeight > height
        model: ordered.table.ordered
        delegate: Item {
            id: line
            required property int index
            required property int quantity
            required property string name
            required property string status
            readonly property HostScreen host: (line.ListView.view as HostList).host
            // Where the line is, in words.
            readonly property string statusText: {
                switch (line.status) {
                case "placed": return qsTr("sent")
                case "accepted": return qsTr("accepted")
                case "cooking": return qsTr("cooking")
                case "ready": return qsTr("ready")
                default: return qsTr("served")
                }
            }
            objectName: "billLine_" + index
            width: ListView.view.width
            height: Math.max(dish.implicitHeight, where.implicitHeight) + 6
            Text {
                id: dish
                objectName: "billLineDish_" + line.index
                anchors.left: parent.left
                anchors.right: where.left
                anchors.rightMargin: Theme.spacingSmall
                // Explicit, so it mirrors: a dish's Latin name starts at the right in Persian too.
                horizontalAlignment: Text.AlignLeft
                text: qsTr("%1 × %2").arg(line.host.number(line.quantity)).arg(line.name)
                textFormat: Text.PlainText
                color: line.status === "served" ? Theme.kdsMuted : Theme.kdsInk
                font.pixelSize: Theme.textBody
                elide: Text.ElideRight
            }
            Text {
                id: where
                objectName: "billLineStatus_" + line.index
                anchors.right: parent.right
                text: line.statusText
                color: line.status === "ready" ? Theme.floorReady
                       : line.status === "served" ? Theme.kdsMuted : Theme.kdsCooking
                font.pixelSize: Theme.textSmall
                font.weight: Font.Bold
            }
        }
    }
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        height: 1
        color: Theme.kdsBorder
    }
    Item {
        width: parent.width
        height: totalText.implicitHeight
        Text {
            anchors.left: parent.left
            text: qsTr("Total")
            color: Theme.kdsInk
            font.pixelSize: Theme.textTitle
            font.weight: Font.Bold
        }
        Text {
            id: totalText
            objectName: "billTotal"
            anchors.right: parent.right
            text: ordered.table.total || "—"
            color: Theme.kdsInk
            font.pixelSize: Theme.textTitle
            font.weight: Font.Black
        }
    }
}
