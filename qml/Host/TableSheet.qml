import QtQuick
import QtQuick.Controls
import Tableside.Ui

// One table's actions: seat a party (opens a session and wakes the table's screen), answer its
// calls (On my way), carry out what is ready, read and answer the table's messages, see what it
// ordered and its total, and close the table after payment (its screen forgets the party), which
// asks first, as nothing is paid at the table yet.
Popup {
    id: sheet

    required property var host
    property int number: 0
    property var info: ({})
    property var bill: ({})
    property int partySize: 2
    // "Paid — close table" was tapped: the sheet asks before the table is closed.
    property bool confirming: false
    readonly property bool seated: !!info.sessionId
    readonly property bool called: (info.callKind || "") !== "" || !!info.billRequested

    function openFor(tableNumber) {
        number = tableNumber
        confirming = false
        refresh()
        partySize = Math.max(1, Math.min(info.seats || 2, 2))
        open()
        host.openChat(tableNumber)
    }

    function refresh() {
        info = host.floor.tableInfo(number)
        bill = host.bill(number)
        if (!seated)
            confirming = false
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

    Connections {
        target: sheet.host.floor
        function onFloorChanged() {
            if (sheet.opened)
                sheet.refresh()
        }
    }

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
                      ? qsTr("%Ln guest(s) · %1 seats", "", sheet.info.partySize || 0).arg(sheet.host.number(sheet.info.seats || 0))
                      : qsTr("Free · %1 seats").arg(sheet.host.number(sheet.info.seats || 0))
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
                    bill: sheet.bill
                }
                Column {
                    // While closing is asked, the warning says what is still to carry out.
                    visible: (sheet.info.readyLines || []).length > 0 && !sheet.confirming
                    width: parent.width
                    spacing: 4
                    Text {
                        anchors.left: parent.left
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
                          .arg(sheet.host.number(sheet.number)).arg(sheet.bill.total || "—")
                    color: Theme.kdsInk
                    font.pixelSize: Theme.textTitle
                    font.weight: Font.Bold
                }
                Text {
                    objectName: "closeWarning"
                    width: parent.width - 2 * Theme.spacing
                    visible: text !== ""
                    wrapMode: Text.WordWrap
                    text: [(sheet.bill.preparing || 0) > 0
                           ? qsTr("⚠ %Ln dish(es) still being prepared.", "", sheet.bill.preparing) : "",
                           (sheet.bill.ready || 0) > 0
                           ? qsTr("⚠ %Ln dish(es) ready but not yet served.", "", sheet.bill.ready) : ""]
                          .filter(t => t !== "").join("\n")
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
                visible: sheet.called
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
                visible: (sheet.info.readyLines || []).length > 1
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
