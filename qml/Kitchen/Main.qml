import QtQuick
import QtQuick.Controls
import Tableside.Ui

// The kitchen display: dark, high contrast, tickets as columns in order of arrival.
ApplicationWindow {
    id: window

    // Handed in by the kitchen role: the open tickets and the actions on them.
    required property var kitchen

    width: 1280
    height: 800
    visible: true
    title: qsTr("Kitchen")
    color: "#101214"
    font.family: Theme.fontFamily

    header: Rectangle {
        height: 64
        color: "#1b1e22"
        Text {
            anchors.verticalCenter: parent.verticalCenter
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacingLarge
            text: qsTr("Kitchen — %n open ticket(s)", "", window.kitchen.tickets.count)
            color: "#f5f5f5"
            font.pixelSize: Theme.textTitle
            font.weight: Font.Bold
        }
        Text {
            objectName: "connectionState"
            anchors.verticalCenter: parent.verticalCenter
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacingLarge
            text: window.kitchen.online ? qsTr("● Live") : qsTr("▲ Offline — reconnecting")
            color: window.kitchen.online ? "#7bd88f" : "#ffb454"
            font.pixelSize: Theme.textBody
            font.weight: Font.DemiBold
        }
    }

    ListView {
        id: tickets
        objectName: "tickets"
        anchors.fill: parent
        anchors.margins: Theme.spacing
        orientation: ListView.Horizontal
        spacing: Theme.spacing
        model: window.kitchen.tickets
        delegate: TicketCard {
            height: tickets.height
            width: 340
            kitchen: window.kitchen
        }
    }

    Text {
        visible: tickets.count === 0
        anchors.centerIn: parent
        text: qsTr("No open tickets")
        color: "#8a9099"
        font.pixelSize: Theme.textHeadline
    }
}
