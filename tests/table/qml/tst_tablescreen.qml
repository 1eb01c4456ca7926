import QtQuick
import QtTest
import Tableside.Table
import Tableside.Ui

// The table screen's view-model made by QML, as a window or a test would: offline, in English,
// its models typed, its rules (the bill, the allergens, the limits) answered from C++.
Item {
    id: root
    width: 800
    height: 600

    TableScreen {
        id: screen
    }
    Repeater {
        id: allergenChips
        model: screen.allergens
        delegate: Item {
            required property string code
            required property string name
        }
    }
    Repeater {
        id: replies
        model: screen.quickReplies
        delegate: Item {
            required property string text
            required property string body
        }
    }

    TestCase {
        name: "TableScreen"

        function test_startsOfflineOnTheWelcomePage() {
            compare(screen.page, "welcome")
            compare(screen.connection, "offline")
            verify(!screen.menuReady)
            compare(screen.cart.count, 0)
            compare(screen.orders.count, 0)
            screen.start()
            compare(screen.page, "menu")
            screen.resetParty()
            compare(screen.page, "welcome")
        }

        function test_theBillCanBeAskedForWithNothingOut() {
            verify(screen.calls.canRequestBill)
            compare(screen.calls.openKinds.length, 0)
        }

        function test_namesTheFourteenAllergens() {
            compare(allergenChips.count, 14)
            compare(allergenChips.itemAt(0).code, "gluten")
            compare(allergenChips.itemAt(0).name, "Gluten")
            for (var i = 0; i < allergenChips.count; ++i)
                verify(allergenChips.itemAt(i).name !== allergenChips.itemAt(i).code)
        }

        function test_quickRepliesAreReadAndSent() {
            compare(replies.count, 6)
            compare(replies.itemAt(0).text, "Could we have more bread?")
            compare(replies.itemAt(0).body, "Could we have more bread?")
        }

        function test_limitsAreTheHubs() {
            compare(ScreenLimits.messageLength, 2000)
            compare(ScreenLimits.noteLength, 200)
            compare(ScreenLimits.quantity, 50)
            compare(ScreenLimits.partySize, 100)
        }

        function test_noDishOpenSaysNoAllergens() {
            verify(!screen.draft.isOpen)
            compare(screen.dishAllergens, "")
        }
    }
}
