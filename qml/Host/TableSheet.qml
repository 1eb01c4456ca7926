import QtQuick
import QtQuick.Controls
import Tableside.Ui

// One table's actions: seat a party (opens a session and wakes the table's screen), carry out
// what is ready, read and answer the table's messages, close the table after payment (its
// screen forgets the party).
Popup {
    id: sheet

    required property var host
    property int number: 0
    property var info: ({})
    property int partySize: 2

    function openFor(tableNumber) {
        number = tableNumber
        info = host.floor.tableInfo(tableNumber)
        partySize = Math.max(1, Math.min(info.seats || 2, 2))
        open()
        host.openChat(tableNumber)
    }

    onClosed: host.closeChat()

    modal: true
    anchors.centerIn: parent
    width: 520
    padding: Theme.spacingLarge
    background: Rectangle { color: Theme.kdsPanel; radius: 14; border.color: Theme.kdsBorder }

    Connections {
        target: sheet.host.floor
        function onFloorChanged() {
            if (sheet.opened)
                sheet.info = sheet.host.floor.tableInfo(sheet.number)
        }
    }

    contentItem: Column {
        spacing: Theme.spacing

        Text {
            text: qsTr("Table %1").arg(sheet.number)
            color: Theme.kdsInk
            font.pixelSize: Theme.textDisplay
            font.weight: Font.Black
        }
        Text {
            objectName: "tableSummary"
            // "1 guest", not "1 guests": the party is counted by the plural rules of the language.
            text: sheet.info.sessionId
                  ? qsTr("%n guest(s)", "", sheet.info.partySize) + " · " + qsTr("%1 seats").arg(sheet.info.seats)
                  : qsTr("Free · %1 seats").arg(sheet.info.seats)
            color: Theme.kdsMuted
            font.pixelSize: Theme.textTitle
        }

        // Seating: a party size in big steps, then Seat.
        Row {
            visible: !sheet.info.sessionId
            spacing: Theme.spacingSmall
            FloorButton {
                objectName: "partyLess"
                text: "−"
                width: Theme.touchTarget
                font.pixelSize: Theme.textHeadline
                enabled: sheet.partySize > 1
                Accessible.name: qsTr("Fewer guests")
                onClicked: sheet.partySize -= 1
            }
            Text {
                width: 120
                anchors.verticalCenter: parent.verticalCenter
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("%n guest(s)", "", sheet.partySize)
                color: Theme.kdsInk
                font.pixelSize: Theme.textTitle
                font.weight: Font.Bold
            }
            FloorButton {
                objectName: "partyMore"
                text: "+"
                width: Theme.touchTarget
                font.pixelSize: Theme.textHeadline
                enabled: sheet.partySize < 100
                Accessible.name: qsTr("More guests")
                onClicked: sheet.partySize += 1
            }
            FloorButton {
                objectName: "seatParty"
                text: qsTr("Seat party")
                tint: Theme.floorSeated
                onClicked: {
                    sheet.host.seat(sheet.number, sheet.partySize)
                    sheet.close()
                }
            }
        }

        Column {
            visible: (sheet.info.readyLines || []).length > 0
            spacing: 4
            Text {
                text: qsTr("🔔 Ready to carry out")
                color: Theme.floorReady
                font.pixelSize: Theme.textBody
                font.weight: Font.Bold
            }
            Repeater {
                model: sheet.info.readyLines || []
                delegate: ReadyLineRow {
                    host: sheet.host
                }
            }
        }

        ChatPanel {
            width: parent.width
            visible: !!sheet.info.sessionId
            host: sheet.host
        }

        Row {
            spacing: Theme.spacingSmall
            FloorButton {
                objectName: "serveTable"
                visible: (sheet.info.readyLines || []).length > 1
                text: qsTr("All served")
                tint: Theme.floorReady
                onClicked: sheet.host.serveTable(sheet.number)
            }
            FloorButton {
                objectName: "closeTable"
                visible: !!sheet.info.sessionId
                text: qsTr("Paid — close table")
                tint: Theme.kdsLate
                onClicked: {
                    sheet.host.closeTable(sheet.number)
                    sheet.close()
                }
            }
            FloorButton {
                objectName: "closeSheet"
                text: qsTr("Back")
                tint: "#40464f"
                onClicked: sheet.close()
            }
        }
    }
}
