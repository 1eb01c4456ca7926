import QtQuick
import Tableside.Ui

// One ticket as a column: position (what a bump bar's digit selects), table large, order number,
// the timer band, which stations are done (expo), every line, then Start and a big Bump. A bump
// waits a few seconds with Undo before it reaches the hub.
Rectangle {
    id: card

    required property var kitchen
    required property var orderId
    required property int number
    required property int table
    required property var lines
    required property int elapsed
    required property string urgency
    required property var stations
    required property bool pending
    required property int position
    required property var allergens

    readonly property bool selected: kitchen.selectedOrderId === orderId
    readonly property bool expo: kitchen.station === ""
    readonly property bool anyPending: lines.some(l => l.pending)
    readonly property bool anyUnstarted: lines.some(l => l.open && !l.pending
                                                      && (l.status === "placed" || l.status === "accepted"))

    objectName: "ticket_" + number
    radius: 10
    color: Theme.kdsCard
    border.color: selected ? Theme.kdsSelected
                 : urgency === "late" ? Theme.kdsLate
                 : urgency === "warn" ? Theme.kdsWarn : Theme.kdsBorder
    border.width: selected ? 5 : urgency === "ok" ? 2 : 4
    Accessible.name: qsTr("Table %1, order %2").arg(table).arg(number)

    TapHandler { onTapped: card.kitchen.select(card.orderId) }

    Column {
        id: head
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
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
                    text: card.position
                    color: card.selected ? "#000000" : Theme.kdsInk
                    font.pixelSize: Theme.textBody
                    font.weight: Font.Black
                }
            }
            Text {
                id: tableText
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("T%1").arg(card.table)
                color: Theme.kdsInk
                font.pixelSize: Theme.kdsTable
                font.weight: Font.Black
            }
            Text {
                anchors.baseline: tableText.baseline
                text: "#" + card.number
                color: Theme.kdsMuted
                font.pixelSize: Theme.textBody
                font.weight: Font.DemiBold
            }
        }
        TicketTimer {
            elapsed: card.elapsed
            urgency: card.urgency
        }
        Flow {
            width: parent.width
            spacing: 6
            visible: card.expo && card.stations.length > 1
            Repeater {
                model: card.expo ? card.stations : []
                delegate: Rectangle {
                    required property var modelData
                    height: 28
                    width: stationText.implicitWidth + 16
                    radius: 14
                    color: modelData.done ? Theme.kdsOk : Theme.kdsLine
                    Text {
                        id: stationText
                        anchors.centerIn: parent
                        text: (parent.modelData.done ? "✓ " : parent.modelData.open + " ")
                              + parent.modelData.station
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
        // Counted, not the lines themselves: a line changing status then updates its row in
        // place, and the cook keeps the place they scrolled to.
        model: card.lines.length
        boundsBehavior: Flickable.StopAtBounds
        delegate: TicketLine {
            id: ticketLine
            required property int index
            entry: card.lines[ticketLine.index]
            width: ListView.view.width
            showStation: card.expo
            onTapped: ticketLine.entry.status === "cooking"
                      ? card.kitchen.bumpLine(card.orderId, ticketLine.entry.lineId)
                      : card.kitchen.startLine(ticketLine.entry.lineId)
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
        height: Theme.kdsBump
        readonly property int shown: (start.visible ? 1 : 0) + (bump.visible ? 1 : 0) + (undo.visible ? 1 : 0)
        readonly property real share: (width - (shown - 1) * spacing) / Math.max(1, shown)

        KdsButton {
            id: start
            objectName: "start_" + card.number
            visible: card.anyUnstarted && !card.pending
            width: parent.share
            height: parent.height
            text: qsTr("Start")
            tint: "#5b4a2a"
            Accessible.name: qsTr("Start table %1").arg(card.table)
            onClicked: card.kitchen.startTicket(card.orderId)
        }
        KdsButton {
            id: bump
            objectName: "bump_" + card.number
            visible: !card.pending
            width: parent.share
            height: parent.height
            text: qsTr("Bump")
            tint: Theme.kdsOk
            font.pixelSize: Theme.textHeadline
            Accessible.name: qsTr("Bump table %1").arg(card.table)
            onClicked: card.kitchen.bumpTicket(card.orderId)
        }
        KdsButton {
            id: undo
            objectName: "undo_" + card.number
            visible: card.anyPending
            width: parent.share
            height: parent.height
            text: qsTr("↶ Undo")
            tint: Theme.kdsWarn
            ink: Theme.kdsWarnInk
            font.pixelSize: Theme.textHeadline
            Accessible.name: qsTr("Undo bump of table %1").arg(card.table)
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
                duration: 5000
            }
        }
    }
}
