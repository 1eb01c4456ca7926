import QtQuick
import QtQuick.Controls
import Tableside.Ui
import Tableside.Kitchen

// The kitchen display: dark, high contrast, tickets as columns in order of arrival, all-day
// counts on the right. Touch or a bump bar: digits select, Enter bumps, R recalls, U undoes.
ApplicationWindow {
    id: window

    // Handed in by the kitchen role: the open tickets and the actions on them.
    required property KitchenScreen kitchen

    width: 1280
    height: 800
    visible: true
    title: window.kitchen.station === "" ? qsTr("Kitchen — expo")
                                         : qsTr("Kitchen — %1").arg(KitchenWords.station(window.kitchen.station))
    color: Theme.kdsBackground
    font.family: Theme.fontFamily

    // Arabic and Persian staff read right to left: tickets arrive from the right.
    LayoutMirroring.enabled: window.kitchen.rightToLeft
    LayoutMirroring.childrenInherit: true

    header: Rectangle {
        height: 72
        color: Theme.kdsPanel

        StationBar {
            id: stationBar
            kitchen: window.kitchen
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.right: headerActions.left
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
        }
        Row {
            id: headerActions
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            spacing: Theme.spacingSmall

            SoundOffBadge {
                visible: !window.kitchen.soundOn
                anchors.verticalCenter: parent.verticalCenter
            }
            Text {
                objectName: "connectionState"
                anchors.verticalCenter: parent.verticalCenter
                text: window.kitchen.online ? qsTr("● Live") : qsTr("▲ Offline — reconnecting")
                color: window.kitchen.online ? Theme.kdsOk : Theme.kdsWarn
                font.pixelSize: Theme.textBody
                font.weight: Font.Bold
            }
            KdsButton {
                objectName: "soldOutButton"
                text: qsTr("Sold out")
                tint: Theme.kdsQuiet
                font.pixelSize: Theme.textBody
                onClicked: soldOut.open()
            }
            KdsButton {
                objectName: "recallButton"
                text: qsTr("Recall (R)")
                tint: Theme.kdsQuiet
                font.pixelSize: Theme.textBody
                onClicked: window.kitchen.recallShown = !window.kitchen.recallShown
            }
        }
    }

    Item {
        id: keys
        anchors.fill: parent
        focus: true
        Keys.onPressed: event => event.accepted = window.kitchen.handleKey(event.key, event.text)

        TicketList {
            id: tickets
            objectName: "tickets"
            kitchen: window.kitchen
            anchors.left: parent.left
            anchors.right: allDay.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.margins: Theme.spacing
            // Resized tickets would leave the view part-scrolled: start again from the oldest.
            onTicketWidthChanged: rewind.restart()
            orientation: ListView.Horizontal
            spacing: Theme.spacing
            clip: true
            model: window.kitchen.tickets
            currentIndex: -1
            delegate: TicketCard {
                id: ticketCard
                readonly property TicketList list: ticketCard.ListView.view as TicketList
                height: ticketCard.list.height
                width: ticketCard.list.ticketWidth
                kitchen: ticketCard.list.kitchen
            }
            add: Transition {
                NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.motion }
                NumberAnimation { property: "scale"; from: 0.9; to: 1; duration: Theme.motion }
            }
            displaced: Transition {
                NumberAnimation { property: "x"; duration: Theme.motion }
            }
        }

        Timer {
            // Once the resized tickets are laid out, not in the middle of it.
            id: rewind
            interval: 0
            onTriggered: tickets.positionViewAtBeginning()
        }

        Text {
            visible: tickets.count === 0
            anchors.centerIn: tickets
            text: qsTr("No open tickets")
            color: Theme.kdsMuted
            font.pixelSize: Theme.textHeadline
        }

        AllDayPanel {
            id: allDay
            kitchen: window.kitchen
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            width: Math.max(250, parent.width * 0.16)
        }

        RecallPanel {
            anchors.fill: parent
            kitchen: window.kitchen
        }
    }

    footer: Rectangle {
        id: footer
        // Each side's text keeps to its side of the centred "more" pill, however long its
        // language makes it: what does not fit is elided, never drawn under the pill.
        readonly property real sideWidth:
            (width - (moreButton.visible ? moreButton.width : 0)) / 2 - 2 * Theme.spacing
        height: 52
        color: Theme.kdsPanel

        Rectangle {
            id: moreButton
            // Tickets past the far edge (the left one, right to left) are not forgotten: say
            // how many, tap to scroll. Counted from the first ticket in view, either direction.
            readonly property int firstShown: Math.max(0, tickets.indexAt(
                window.kitchen.rightToLeft ? tickets.contentX + tickets.width - 2 : tickets.contentX + 1,
                tickets.contentY + tickets.height / 2))
            readonly property int hidden: Math.max(0, tickets.count - firstShown - tickets.perScreen)
            objectName: "moreTickets"
            visible: hidden > 0
            anchors.centerIn: parent
            width: moreTickets.implicitWidth + 2 * Theme.spacing
            height: 44
            radius: 8
            color: Theme.kdsSelected
            Accessible.role: Accessible.Button
            Accessible.name: moreTickets.text
            Text {
                id: moreTickets
                anchors.centerIn: parent
                text: qsTr("%n more ▶", "", parent.hidden)
                color: Theme.kdsOnSelected
                font.pixelSize: Theme.textBody
                font.weight: Font.Black
            }
            TapHandler { onTapped: tickets.flick(window.kitchen.rightToLeft ? 3000 : -3000, 0) }
        }
        Text {
            objectName: "footerSummary"
            anchors.left: parent.left
            anchors.leftMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, footer.sideWidth)
            elide: Text.ElideRight
            text: qsTr("%n open ticket(s)   ·   ● on time   ▲ over %1 min   ■ over %2 min", "",
                       window.kitchen.tickets.count)
                  .arg(window.kitchen.number(window.kitchen.warnMinutes))
                  .arg(window.kitchen.number(window.kitchen.lateMinutes))
            color: Theme.kdsMuted
            font.pixelSize: Theme.textSmall
        }
        Text {
            objectName: "footerHint"
            anchors.right: parent.right
            anchors.rightMargin: Theme.spacing
            anchors.verticalCenter: parent.verticalCenter
            width: Math.min(implicitWidth, footer.sideWidth)
            elide: Text.ElideRight
            text: window.kitchen.lastError !== "" ? "⚠ " + window.kitchen.lastError
                : qsTr("Bump bar: 1–9 select · Enter bump · S start · U undo · R recall")
            color: window.kitchen.lastError !== "" ? Theme.kdsWarn : Theme.kdsMuted
            font.pixelSize: Theme.textSmall
        }
    }

    SoldOutPanel {
        id: soldOut
        kitchen: window.kitchen
    }

    RefusalNotice {
        parent: Overlay.overlay
        gate: window.kitchen.gate
    }
}
