import QtQuick
import Tableside.Ui
import Tableside.Kitchen

// Recall: the last tickets this display bumped, newest first, read-only (R on the bump bar).
Rectangle {
    id: panel

    required property KitchenScreen kitchen

    color: Theme.kdsScrim
    visible: panel.kitchen.recallShown

    Text {
        id: title
        // Anchored, not placed by x, so right to left it starts at the right, clear of Close.
        anchors.left: parent.left
        anchors.right: closeButton.left
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        text: qsTr("Recall — last bumped tickets")
        color: Theme.kdsInk
        font.pixelSize: Theme.textHeadline
        font.weight: Font.Bold
        elide: Text.ElideRight
    }
    KdsButton {
        id: closeButton
        objectName: "closeRecall"
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        text: qsTr("Close")
        onClicked: panel.kitchen.recallShown = false
    }
    KitchenList {
        id: list
        objectName: "recallList"
        kitchen: panel.kitchen
        anchors.fill: parent
        anchors.topMargin: title.y + title.height + Theme.spacingLarge
        anchors.margins: Theme.spacing
        orientation: ListView.Horizontal
        spacing: Theme.spacing
        clip: true
        model: panel.kitchen.recall
        delegate: Rectangle {
            id: ticket
            required property int index
            required property int number
            required property int table
            required property date bumpedAt
            readonly property KitchenScreen kitchen: (ticket.ListView.view as KitchenList).kitchen
            width: 300
            height: ListView.view.height
            radius: 10
            color: Theme.kdsCard
            border.color: Theme.kdsBorder
            border.width: 2
            Column {
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacingSmall
                Text {
                    text: qsTr("T%1  #%2").arg(ticket.kitchen.number(ticket.table))
                                           .arg(ticket.kitchen.number(ticket.number))
                    color: Theme.kdsInk
                    font.pixelSize: Theme.kdsTable
                    font.weight: Font.Black
                }
                Text {
                    text: qsTr("Bumped %1").arg(ticket.kitchen.timeOfDay(ticket.bumpedAt))
                    color: Theme.kdsMuted
                    font.pixelSize: Theme.textBody
                }
                Repeater {
                    model: RecallLines {
                        kitchen: ticket.kitchen
                        row: ticket.index
                    }
                    delegate: Text {
                        id: recalled
                        required property string quantityText
                        required property string name
                        required property string seatText
                        required property string optionsText
                        required property string note
                        width: parent.width
                        wrapMode: Text.WordWrap
                        textFormat: Text.PlainText
                        // The dish, then its seat, choices and note each on a line of its own.
                        text: recalled.quantityText + " " + recalled.name
                              + (recalled.seatText !== "" ? "\n   " + recalled.seatText : "")
                              + (recalled.optionsText !== "" ? "\n   " + recalled.optionsText : "")
                              + (recalled.note !== "" ? "\n   ✎ " + recalled.note : "")
                        color: Theme.kdsInk
                        font.pixelSize: Theme.textBody
                    }
                }
            }
        }
    }
    Text {
        anchors.centerIn: parent
        visible: list.count === 0
        text: qsTr("Nothing bumped yet")
        color: Theme.kdsMuted
        font.pixelSize: Theme.textTitle
    }
}
