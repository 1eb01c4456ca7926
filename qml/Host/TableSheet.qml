import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Host

// One table's actions: seat a party (opens a session and wakes the table's screen), answer its
// calls (On my way), carry out what is ready, read and answer the table's messages, see what it
// ordered and its total, and close the table after payment (its screen forgets the party), which
// asks first, as nothing is paid at the table yet.
Popup {
    id: sheet

    required property HostScreen host
    property int number: 0
    property int partySize: 2
    // "Paid — close table" was tapped: the sheet asks before the table is closed.
    property bool confirming: false
    readonly property bool seated: tableView.seated

    function openFor(tableNumber) {
        number = tableNumber
        confirming = false
        partySize = tableView.suggestedPartySize
        open()
        host.openChat(tableNumber)
    }

    // The table as the sheet shows it, kept current from the floor: the rules are TableView's.
    TableView {
        id: tableView
        host: sheet.host
        number: sheet.number
        onChanged: {
            if (!tableView.seated)
                sheet.confirming = false
        }
    }

    onClosed: {
        confirming = false
        host.closeChat()
    }

    objectName: "tableSheet"
    modal: true
    anchors.centerIn: parent
    // One width for every table: a sheet that widened as it opened left some lines at the old one.
    width: Math.min(parent.width - 2 * Theme.spacingLarge, 980)
    padding: Theme.spacingLarge
    background: Rectangle { color: Theme.kdsPanel; radius: Theme.radius; border.color: Theme.kdsBorder }

    contentItem: Column {
        spacing: Theme.spacing

        Row {
            anchors.left: parent.left // mirrored: starts at the right in Arabic and Persian
            spacing: Theme.spacing
            Text {
                text: qsTr("Table %1").arg(sheet.host.number(sheet.number))
                color: Theme.kdsInk
                font.pixelSize: Theme.textHeadline
                font.weight: Font.Black
            }
            Text {
                objectName: "tableSummary"
                anchors.bottom: parent.bottom
                // "1 guest", not "1 guests": the party is counted by the plural rules of the language.
                text: sheet.seated
                      ? qsTr("%Ln guest(s) · %1 seats", "", tableView.partySize).arg(sheet.host.number(tableView.seats))
                      : qsTr("Free · %1 seats").arg(sheet.host.number(tableView.seats))
                color: Theme.kdsMuted
                font.pixelSize: Theme.textTitle
            }
        }

        // Seating: a party size in big steps, then Seat.
        Row {
            visible: !sheet.seated
            anchors.left: parent.left
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
                text: qsTr("%Ln guest(s)", "", sheet.partySize)
                color: Theme.kdsInk
                font.pixelSize: Theme.textTitle
                font.weight: Font.Bold
            }
            FloorButton {
                objectName: "partyMore"
                text: "+"
                width: Theme.touchTarget
                font.pixelSize: Theme.textHeadline
                enabled: sheet.partySize < sheet.host.maxPartySize
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

        // Seated: what the party ordered on one side, its messages on the other.
        Row {
            visible: sheet.seated
            width: parent.width
            spacing: Theme.spacingLarge

            Column {
                width: (parent.width - parent.spacing) / 2
                spacing: Theme.spacing
                OrderedLines {
                    width: parent.width
                    host: sheet.host
                    table: tableView
                }
                ReadyLines {
                    // While closing is asked, the warning says what is still to carry out.
                    visible: tableView.readyLines.count > 0 && !sheet.confirming
                    width: parent.width
                    host: sheet.host
                    table: tableView
                }
            }
            ChatPanel {
                width: (parent.width - parent.spacing) / 2
                host: sheet.host
            }
        }

        // Closing asks first: the total to take, and a warning while food is still coming.
        Rectangle {
            objectName: "closeConfirm"
            visible: sheet.confirming
            width: parent.width
            height: children[0].implicitHeight
            radius: Theme.spacingSmall
            color: Theme.kdsCard
            border.color: Theme.kdsLate
            border.width: 2
            Column {
                width: parent.width
                padding: Theme.spacing
                spacing: Theme.spacingSmall
                Text {
                    objectName: "confirmQuestion"
                    width: parent.width - 2 * Theme.spacing
                    wrapMode: Text.WordWrap
                    text: qsTr("Has table %1 paid %2? Closing clears its screen for the next party.")
                          .arg(sheet.host.number(sheet.number)).arg(tableView.total || "—")
                    color: Theme.kdsInk
                    font.pixelSize: Theme.textTitle
                    font.weight: Font.Bold
                }
                Text {
                    objectName: "closeWarning"
                    width: parent.width - 2 * Theme.spacing
                    visible: text !== ""
                    wrapMode: Text.WordWrap
                    // Each warning a sentence of its own, on a line of its own.
                    readonly property string preparingText: tableView.preparing > 0
                        ? qsTr("⚠ %Ln dish(es) still being prepared.", "", tableView.preparing) : ""
                    readonly property string readyText: tableView.ready > 0
                        ? qsTr("⚠ %Ln dish(es) ready but not yet served.", "", tableView.ready) : ""
                    text: preparingText !== "" && readyText !== "" ? preparingText + "\n" + readyText
                                                                   : preparingText + readyText
                    color: Theme.kdsWarn
                    font.pixelSize: Theme.textBody
                    font.weight: Font.Bold
                }
                Row {
                    anchors.left: parent.left
                    anchors.leftMargin: Theme.spacing // the column's padding, which anchors skip
                    spacing: Theme.spacingSmall
                    FloorButton {
                        objectName: "confirmClose"
                        text: qsTr("Paid — close table %1").arg(sheet.host.number(sheet.number))
                        tint: Theme.kdsLate
                        onClicked: {
                            sheet.host.closeTable(sheet.number)
                            sheet.close()
                        }
                    }
                    FloorButton {
                        objectName: "cancelClose"
                        text: qsTr("Not yet")
                        tint: Theme.kdsBorder
                        onClicked: sheet.confirming = false
                    }
                }
            }
        }

        Row {
            visible: !sheet.confirming
            anchors.left: parent.left
            spacing: Theme.spacingSmall
            FloorButton {
                objectName: "tableOnMyWay"
                visible: tableView.called
                text: qsTr("On my way")
                tint: Theme.floorCalled
                ink: Theme.kdsWarnInk
                Accessible.name: qsTr("Acknowledge table %1").arg(sheet.host.number(sheet.number))
                onClicked: {
                    sheet.host.acknowledgeTable(sheet.number)
                    sheet.close()
                }
            }
            FloorButton {
                objectName: "serveTable"
                visible: tableView.canServeAll
                text: qsTr("All served")
                tint: Theme.floorReady
                onClicked: sheet.host.serveTable(sheet.number)
            }
            FloorButton {
                objectName: "closeTable"
                visible: sheet.seated
                text: qsTr("Paid — close table")
                tint: Theme.kdsLate
                onClicked: sheet.confirming = true
            }
            FloorButton {
                objectName: "closeSheet"
                text: qsTr("Back")
                tint: Theme.kdsBorder
                onClicked: sheet.close()
            }
        }
    }
}
