import QtQuick
import QtTest
import Tableside.Kitchen
import Tableside.Host

// The kitchen's and the floor's view-models made from QML, as a screen's QML names them.
Item {
    KitchenScreen {
        id: kitchen
    }
    TicketView {
        id: ticket
        kitchen: kitchen
        orderId: 7
    }
    RecallLines {
        id: recalled
        kitchen: kitchen
        row: 0
    }
    HostScreen {
        id: host
    }
    TableView {
        id: table
        host: host
        number: 3
    }
    AlertLines {
        id: dishes
        host: host
        key: "ready-1"
    }

    TestCase {
        name: "StaffViews"

        function test_kitchenScreen() {
            verify(!kitchen.online)
            compare(kitchen.station, "")
            compare(kitchen.tickets.count, 0)
            compare(kitchen.stationChoices.count, 1) // the expo
            compare(kitchen.soldOut.count, 0)
            compare(kitchen.bumpDelayMs, 5000)
            kitchen.language = "ar"
            compare(kitchen.language, "ar")
            verify(kitchen.rightToLeft)
            compare(kitchen.number(12), "١٢")
            kitchen.language = "en"
            compare(kitchen.number(12), "12")
        }

        function test_ticketOfNoTicket() {
            compare(ticket.orderId, 7)
            compare(ticket.lines.count, 0)
            compare(ticket.stations.count, 0)
            verify(!ticket.selected)
            verify(!ticket.canStart)
            verify(!ticket.canBump)
            verify(!ticket.canUndo)
            compare(ticket.unstartedCount, 0)
            compare(recalled.count, 0)
        }

        function test_hostScreen() {
            verify(!host.online)
            compare(host.chatTable, 0)
            compare(host.maxPartySize, 100)
            compare(host.maxMessageLength, 2000)
            compare(host.legend.count, 7)
            verify(!host.canSend("Of course"))
            compare(host.statusIcon("ready"), "🔔")
        }

        function test_tableOfAnEmptyFloor() {
            compare(table.number, 3)
            verify(!table.seated)
            verify(!table.called)
            compare(table.suggestedPartySize, 2)
            compare(table.ordered.count, 0)
            compare(table.readyLines.count, 0)
            verify(!table.canServeAll)
            compare(table.total, "")
            compare(dishes.lines.count, 0)
            compare(dishes.text, "")
        }
    }
}
