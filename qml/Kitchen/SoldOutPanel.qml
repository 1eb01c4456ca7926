import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Kitchen

// Sold out / back: every dish of this station with one big switch; every table screen follows.
Drawer {
    id: drawer

    required property KitchenScreen kitchen

    // From the far side of the Sold out button, whichever way the screen reads.
    edge: drawer.kitchen.rightToLeft ? Qt.LeftEdge : Qt.RightEdge
    width: Math.min(parent ? parent.width * 0.45 : 520, 560)
    height: parent ? parent.height : 800
    background: Rectangle { color: Theme.kdsPanel }
    // A drawer lives on the window's overlay, outside the mirrored content: it mirrors itself.
    contentItem: Item {
        LayoutMirroring.enabled: drawer.kitchen.rightToLeft
        LayoutMirroring.childrenInherit: true
    }

    Text {
        id: title
        // Anchored, not placed by x, so right to left it starts at the right.
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        text: qsTr("Sold out")
        color: Theme.kdsInk
        font.pixelSize: Theme.textHeadline
        font.weight: Font.Bold
    }
    KitchenList {
        id: list
        objectName: "soldOutList"
        kitchen: drawer.kitchen
        anchors.fill: parent
        anchors.topMargin: title.y + title.height + Theme.spacing
        anchors.margins: Theme.spacingSmall
        clip: true
        spacing: 4
        model: drawer.kitchen.soldOut
        delegate: Rectangle {
            id: item
            required property double itemId
            required property string name
            required property bool available
            width: ListView.view.width
            height: Theme.touchTarget + 8
            radius: 6
            color: item.available ? Theme.kdsLine : Theme.kdsSoldOutLine
            Text {
                anchors.left: parent.left
                anchors.leftMargin: Theme.spacing
                anchors.right: toggle.left
                anchors.verticalCenter: parent.verticalCenter
                text: item.name
                color: Theme.kdsInk
                font.pixelSize: Theme.textBody
                font.strikeout: !item.available
                elide: Text.ElideRight
            }
            KdsButton {
                id: toggle
                objectName: "soldOut_" + item.itemId
                anchors.right: parent.right
                anchors.rightMargin: 4
                anchors.verticalCenter: parent.verticalCenter
                width: 190
                text: item.available ? qsTr("Mark sold out") : qsTr("✕ Sold out — back")
                tint: item.available ? Theme.kdsQuiet : Theme.kdsLate
                font.pixelSize: Theme.textSmall
                Accessible.name: (item.available ? qsTr("Mark %1 sold out")
                                                 : qsTr("Make %1 available again"))
                                 .arg(item.name)
                onClicked: (item.ListView.view as KitchenList).kitchen
                           .setAvailable(item.itemId, !item.available)
            }
        }
    }
}
