import QtQuick
import Tableside.Ui

// Recall: the last tickets this display bumped, newest first, read-only (R on the bump bar).
Rectangle {
    id: panel

    required property var kitchen

    color: "#ee0e1013"
    visible: kitchen.recallShown

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
    ListView {
        id: list
        objectName: "recallList"
        anchors.fill: parent
        anchors.topMargin: title.y + title.height + Theme.spacingLarge
        anchors.margins: Theme.spacing
        orientation: ListView.Horizontal
        spacing: Theme.spacing
        clip: true
        model: panel.kitchen.recall
        delegate: Rectangle {
            id: ticket
            required property int number
            required property int table
            required property var lines
            required property var bumpedAt
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
                    text: qsTr("T%1  #%2").arg(panel.kitchen.number(ticket.table))
                                           .arg(panel.kitchen.number(ticket.number))
                    color: Theme.kdsInk
                    font.pixelSize: Theme.kdsTable
                    font.weight: Font.Black
                }
                Text {
                    text: qsTr("Bumped %1").arg(panel.kitchen.timeOfDay(ticket.bumpedAt))
                    color: Theme.kdsMuted
                    font.pixelSize: Theme.textBody
                }
                Repeater {
                    model: ticket.lines
                    delegate: Text {
                        required property var modelData
                        width: parent.width
                        wrapMode: Text.WordWrap
                        textFormat: Text.PlainText
                        text: qsTr("%1×").arg(panel.kitchen.number(modelData.quantity)) + " " + modelData.name
                              + (modelData.seat > 0
                                 ? "\n   " + qsTr("Seat %1").arg(panel.kitchen.number(modelData.seat)) : "")
                              + (modelData.options.length ? "\n   " + modelData.options.join(" · ") : "")
                              + (modelData.note ? "\n   ✎ " + modelData.note : "")
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
