import QtQuick
import Tableside.Ui
import Tableside.Kitchen

// One ticket as a column: position (what a bump bar's digit selects), table large, order number,
// the timer band, which stations are done (expo), every line. A tap selects the ticket (a
// "Selected" banner and a thick frame); only the selected ticket offers Start and a big Bump. A
// bump waits a few seconds with Undo before it reaches the hub.
Rectangle {
    id: card

    required property KitchenScreen kitchen
    required property double orderId
    required property int number
    required property int table
    required property int elapsed
    required property string urgency
    required property int position

    readonly property bool selected: view.selected
    readonly property bool expo: kitchen.station === ""

    // Its lines and stations as models, and what it offers (Start, Bump, Undo): the kitchen's
    // rules, in C++.
    TicketView {
        id: view
        kitchen: card.kitchen
        orderId: card.orderId
    }

    objectName: "ticket_" + number
    radius: 10
    color: Theme.kdsCard
    border.color: selected ? Theme.kdsSelected
                 : urgency === "late" ? Theme.kdsLate
                 : urgency === "warn" ? Theme.kdsWarn : Theme.kdsBorder
    border.width: selected ? 5 : urgency === "ok" ? 2 : 4
    Accessible.name: qsTr("Table %1, order %2").arg(kitchen.number(table)).arg(kitchen.number(number))

    Accessible.selected: selected

    TapHandler { onTapped: card.kitchen.tapTicket(card.orderId) }

    // The selection in words and shape, not only the frame's colour.
    Rectangle {
        id: banner
        objectName: "selected_" + card.number
        visible: card.selected
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: visible ? 30 : 0
        radius: card.radius
        color: Theme.kdsSelected
        Text {
            anchors.centerIn: parent
            text: qsTr("▼ Selected")
            color: Theme.kdsOnSelected
            font.pixelSize: Theme.textSmall
            font.weight: Font.Black
        }
    }

    Column {
        id: head
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: banner.visible ? banner.bottom : parent.top
        anchors.margins: Theme.spacingSmall + 4
        spacing: Theme.spacingSmall

        Row {
            width: parent.width
            spacing: Theme.spacingSmall
            Rectangle {
                width: 36
                height: 36
                radius: 18
                anchors.verticalCenter: parent.verticalCenter
                color: card.selected ? Theme.kdsSelected : Theme.kdsLine
                Text {
                    anchors.centerIn: parent
                    text: card.kitchen.language ? card.kitchen.number(card.position) : ""
                    color: card.selected ? Theme.kdsOnSelected : Theme.kdsInk
                    font.pixelSize: Theme.textBody
                    font.weight: Font.Black
                }
            }
            Text {
                id: tableText
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("T%1").arg(card.kitchen.number(card.table))
                color: Theme.kdsInk
                font.pixelSize: Theme.kdsTable
                font.weight: Font.Black
            }
            Text {
                anchors.baseline: tableText.baseline
                text: qsTr("#%1").arg(card.kitchen.number(card.number))
                color: Theme.kdsMuted
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
            }
        }
        TicketTimer {
            kitchen: card.kitchen
            elapsed: card.elapsed
            urgency: card.urgency
        }
        Flow {
            width: parent.width
            spacing: 6
            visible: card.expo && view.stations.count > 1
            Repeater {
                model: card.expo ? view.stations : null
                delegate: Rectangle {
                    id: stationChip
                    required property string station
                    required property string openText
                    required property bool done
                    height: 28
                    width: stationText.implicitWidth + 16
                    radius: 14
                    color: done ? Theme.kdsOk : Theme.kdsLine
                    Text {
                        id: stationText
                        anchors.centerIn: parent
                        text: stationChip.done
                              ? qsTr("✓ %1").arg(KitchenWords.station(stationChip.station))
                              : qsTr("%1 %2").arg(stationChip.openText)
                                             .arg(KitchenWords.station(stationChip.station))
                        color: Theme.kdsInk
                        font.pixelSize: Theme.textSmall
                        font.weight: Font.Bold
                    }
                }
            }
        }
    }

    // Lines that do not fit scroll, and the "more" pill then takes its own strip below them, so
    // it never covers a line. Tapping it pages down (no flick needed with wet hands), at the end
    // back to the top.
    readonly property real linesRoom: actions.y - head.y - head.height - 2 * (Theme.spacingSmall + 4)
    readonly property bool overflowing: lineList.contentHeight > linesRoom + 1

    ListView {
        id: lineList
        objectName: "lines_" + card.number
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: head.bottom
        anchors.bottom: card.overflowing ? more.top : actions.top
        anchors.margins: Theme.spacingSmall + 4
        clip: true
        spacing: 6
        // A model whose rows keep their place: a line changing status updates its row in
        // place, and the cook keeps the place they scrolled to.
        model: view.lines
        boundsBehavior: Flickable.StopAtBounds
        delegate: TicketLine {
            id: ticketLine
            // The card this list is in (a delegate reaches outside itself only through its view).
            readonly property TicketCard ticket: ticketLine.ListView.view.parent as TicketCard
            kitchen: ticketLine.ticket.kitchen
            width: ListView.view.width
            showStation: ticketLine.ticket.expo
            selected: ticketLine.ticket.kitchen.selectedLineId === ticketLine.lineId
            onTapped: ticketLine.ticket.kitchen.tapLine(ticketLine.ticket.orderId, ticketLine.lineId)
            onStartTapped: ticketLine.ticket.kitchen.tapStart(ticketLine.ticket.orderId, ticketLine.lineId)
            onDoneTapped: ticketLine.ticket.kitchen.tapDone(ticketLine.ticket.orderId, ticketLine.lineId)
        }
    }
    Rectangle {
        id: more
        objectName: "more_" + card.number
        anchors.bottom: actions.top
        anchors.horizontalCenter: parent.horizontalCenter
        visible: card.overflowing
        width: moreText.implicitWidth + 2 * Theme.spacing
        height: 40
        radius: height / 2
        color: lineList.atYEnd ? Theme.kdsLine : Theme.kdsWarn
        Accessible.role: Accessible.Button
        Accessible.name: moreText.text
        Text {
            id: moreText
            anchors.centerIn: parent
            text: lineList.atYEnd ? qsTr("▲ top") : qsTr("▼ more")
            color: lineList.atYEnd ? Theme.kdsInk : Theme.kdsWarnInk
            font.pixelSize: Theme.textSmall
            font.weight: Font.Black
        }
        TapHandler {
            margin: 8
            onTapped: lineList.contentY = lineList.atYEnd
                      ? lineList.originY
                      : Math.min(lineList.contentY + lineList.height * 0.8,
                                 lineList.originY + lineList.contentHeight - lineList.height)
        }
    }

    Row {
        id: actions
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.spacingSmall + 4
        spacing: Theme.spacingSmall
        // Start and Bump on the selected ticket only; Undo wherever a bump is waiting. Counted
        // from the rules, not from the buttons' visible, which follows the row's own.
        readonly property bool showStart: view.canStart
        readonly property bool showBump: view.canBump
        readonly property bool showUndo: view.canUndo
        readonly property int shown: (showStart ? 1 : 0) + (showBump ? 1 : 0) + (showUndo ? 1 : 0)
        visible: shown > 0
        height: shown > 0 ? Theme.kdsBump : 0
        readonly property real share: (width - (shown - 1) * spacing) / Math.max(1, shown)

        KdsButton {
            id: start
            objectName: "start_" + card.number
            visible: actions.showStart
            width: parent.share
            height: parent.height
            text: qsTr("Start")
            tint: Theme.kdsStart
            Accessible.name: qsTr("Start table %1").arg(card.kitchen.number(card.table))
            onClicked: card.kitchen.tapStart(card.orderId)
        }
        KdsButton {
            id: bump
            objectName: "bump_" + card.number
            visible: actions.showBump
            width: parent.share
            height: parent.height
            text: qsTr("Bump")
            tint: Theme.kdsOk
            font.pixelSize: Theme.textHeadline
            Accessible.name: qsTr("Bump table %1").arg(card.kitchen.number(card.table))
            onClicked: card.kitchen.tapDone(card.orderId)
        }
        KdsButton {
            id: undo
            objectName: "undo_" + card.number
            visible: actions.showUndo
            width: parent.share
            height: parent.height
            text: qsTr("↶ Undo")
            tint: Theme.kdsWarn
            ink: Theme.kdsWarnInk
            font.pixelSize: Theme.textHeadline
            Accessible.name: qsTr("Undo bump of table %1").arg(card.kitchen.number(card.table))
            onClicked: card.kitchen.undoBump(card.orderId)

            // How long is left to undo: the bar runs out as the bump leaves for the hub.
            Rectangle {
                anchors.left: parent.left
                anchors.bottom: parent.bottom
                height: 6
                radius: 3
                color: Theme.kdsWarnInk
                width: parent.width * undo.remaining
            }
            property real remaining // run from 1 to 0 by the animation below
            NumberAnimation on remaining {
                running: undo.visible
                from: 1
                to: 0
                duration: card.kitchen.bumpDelayMs
            }
        }
    }
}
