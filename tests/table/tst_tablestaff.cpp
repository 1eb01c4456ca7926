// End to end, a diner and the staff: the real table screen and the real floor view, offscreen,
// against one in-process hub. A diner writes to the staff by tapping and the waiter answers from
// the table's sheet; a call nobody acknowledges escalates on the floor and says "still waiting"
// at the table, both after the venue's own threshold on the hub's clock.
#include "guesttext.h"
#include "hostscreen.h"
#include "tablescreentest.h"

#include "../support/timepassing.h"

#include <QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)
Q_IMPORT_QML_PLUGIN(Tableside_HostPlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

// Types as a physical keyboard would, into whatever has the focus.
void typeText(QWindow *window, const char *text)
{
    for (const char *c = text; *c; ++c)
        QTest::keyClick(window, *c);
}

struct Floor {
    Floor(TestHub &hub)
        : client(hub.clock)
        , screen(client, hub.clock)
    {
        client.connectTo(hub.hub->url(), hub.enroll(u"Floor"_s, u"host"_s));
    }

    bool show(Fingers &fingers)
    {
        if (!screen.show() || !QTest::qWaitFor([&] { return screen.planKnown(); }, 10000))
            return false;
        fingers.window = screen.window();
        fingers.window->resize(1280, 800);
        return QTest::qWaitForWindowExposed(fingers.window);
    }

    VenueClient client;
    HostScreen screen;
};

} // namespace

class TableStaffTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void aDinerAndAWaiterTalk()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, u"en"_s, 4, {}, &hub.clock);
        Fingers table;
        QVERIFY(showScreen(diner, table));
        TableScreen &screen = *diner.screen;
        Floor floor(hub);
        Fingers waiter;
        QVERIFY(floor.show(waiter));

        QVERIFY(table.tap(u"welcomeStart"_s));
        QVERIFY(table.tap(u"chatButton"_s));
        QVERIFY(table.item(u"chatSheet"_s));
        // The quick reply reads in the diner's language and reaches the staff in the venue's.
        QCOMPARE(table.text(u"quickReply_0"_s), u"Could we have more bread?"_s);
        QVERIFY(table.tap(u"quickReply_0"_s));
        // Typed: the field brings up the on-screen keyboard.
        table.window->requestActivate(); // two screens in one test: the diner's is in front
        QVERIFY(QTest::qWaitForWindowActive(table.window));
        QVERIFY(table.tap(u"chatField"_s));
        // The offscreen platform has no input method to show it, but the screen loads it.
        QTRY_VERIFY(table.window->findChild<QObject *>(u"keyboard"_s));
        typeText(table.window, "And two forks");
        QTRY_COMPARE(screen.chatDraft(), u"And two forks"_s);
        QVERIFY(table.tap(u"chatSend"_s));
        QTRY_COMPARE(hub.scalar(u"SELECT count(*) FROM chat_messages"_s).toInt(), 2);
        QCOMPARE(hub.scalar(u"SELECT body FROM chat_messages ORDER BY id LIMIT 1"_s).toString(),
                 u"Could we have more bread?"_s);
        QCOMPARE(
            hub.scalar(u"SELECT from_role FROM chat_messages ORDER BY id LIMIT 1"_s).toString(),
            u"table"_s);
        QTRY_COMPARE(screen.chatModel().sendingCount(), 0);
        QCOMPARE(screen.chatDraft(), QString());
        QCOMPARE(table.text(u"chatText_1"_s), displayedGuestText(u"And two forks"_s));
        QCOMPARE(table.text(u"chatStamp_1"_s), u"You · 19:00"_s); // the hub's time

        // The floor: an alert with the table and the latest message, until a waiter opens it.
        QVERIFY(waiter.item(u"alert_chat-4"_s));
        QCOMPARE(waiter.text(u"alertMessage_chat-4"_s),
                 u"“"_s + displayedGuestText(u"And two forks"_s) + u"”"_s);
        QVERIFY(waiter.tap(u"resolve_chat-4"_s));
        QTRY_COMPARE(floor.screen.chatTable(), 4);
        QTRY_VERIFY(!waiter.find(u"alert_chat-4"_s));
        QCOMPARE(floor.screen.chatModel().rowCount(), 2);
        QVERIFY(waiter.item(u"hostChat_1"_s));
        waiter.window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(waiter.window));
        QVERIFY(waiter.tap(u"hostChatField"_s));
        typeText(waiter.window, "Coming right up");
        QVERIFY(waiter.tap(u"hostChatSend"_s));
        QTRY_COMPARE(
            hub.scalar(u"SELECT count(*) FROM chat_messages WHERE from_role = 'host'"_s).toInt(),
            1);
        QTRY_COMPARE(floor.screen.chatModel().rowCount(), 3);

        // The diner has the conversation open: the reply shows at once, already read.
        QTRY_COMPARE(screen.chatModel().rowCount(), 3);
        QCOMPARE(table.text(u"chatText_2"_s), displayedGuestText(u"Coming right up"_s));
        QCOMPARE(table.text(u"chatStamp_2"_s), u"Staff · 19:00"_s);
        QCOMPARE(screen.chatModel().unreadCount(), 0);

        // Closed, a second reply waits on the button's badge until the diner looks.
        QVERIFY(table.tap(u"chatClose"_s));
        QTRY_VERIFY(!table.find(u"chatSheet"_s));
        QVERIFY(!table.find(u"chatUnread"_s));
        QVERIFY(floor.screen.sendChat(u"Forks are on the way"_s));
        QTRY_VERIFY(table.find(u"chatUnread"_s));
        QCOMPARE(table.text(u"chatUnreadCount"_s), u"1"_s);
        QVERIFY(table.tap(u"chatButton"_s));
        QTRY_VERIFY(!table.find(u"chatUnread"_s));
        QCOMPARE(table.text(u"chatText_3"_s), displayedGuestText(u"Forks are on the way"_s));

        // The party leaves: the next one finds no conversation.
        QVERIFY(table.tap(u"chatClose"_s));
        const qint64 session =
            hub.scalar(u"SELECT id FROM table_sessions WHERE closed_at IS NULL"_s).toLongLong();
        floor.screen.closeTable(4);
        QTRY_COMPARE(screen.page(), u"welcome"_s);
        QCOMPARE(screen.chatModel().rowCount(), 0);
        QVERIFY(session > 0);
        QVERIFY(table.tap(u"welcomeStart"_s));
        QVERIFY(table.tap(u"chatButton"_s));
        QVERIFY(table.item(u"chatSheet"_s));
        QVERIFY(!table.find(u"chatMessage_0"_s));
    }

    void aMessageWrittenOfflineIsSentWhenTheHubIsBack()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        const quint16 port = quint16(hub.hub->url().port());
        Diner diner(hub, u"en"_s, 5, quickTableReconnect(), &hub.clock);
        Fingers table;
        QVERIFY(showScreen(diner, table));
        TableScreen &screen = *diner.screen;
        QVERIFY(table.tap(u"welcomeStart"_s));
        QVERIFY(table.tap(u"chatButton"_s));
        hub.hub.reset();
        QTRY_VERIFY_WITH_TIMEOUT(table.find(u"chatOffline"_s), 10000);
        QVERIFY(table.tap(u"quickReply_1"_s));
        QTRY_COMPARE(table.text(u"chatStamp_0"_s), u"Offline — will send when connected"_s);
        QCOMPARE(diner.outbox.pendingCount(), 1);

        hub.hub = std::make_unique<HubServer>(hub.database, hub.clock);
        QVERIFY(hub.hub->listen(QHostAddress::LocalHost, port).ok());
        QTRY_COMPARE_WITH_TIMEOUT(diner.outbox.pendingCount(), 0, 10000);
        QTRY_COMPARE(table.text(u"chatStamp_0"_s), u"You · 19:00"_s);
        QCOMPARE(hub.scalar(u"SELECT count(*) FROM chat_messages"_s).toInt(), 1);
        QCOMPARE(screen.chatModel().rowCount(), 1);
        QVERIFY(!table.find(u"chatOffline"_s));
    }

    void aCallNobodyAnswersEscalatesAfterTheVenuesThreshold()
    {
        TestHub hub;
        QCOMPARE(hub.start(u"UPDATE venue SET alert_escalate_seconds = 45"_s), QString());
        Diner diner(hub, u"en"_s, 6, {}, &hub.clock);
        Fingers table;
        QVERIFY(showScreen(diner, table));
        TableScreen &screen = *diner.screen;
        Floor floor(hub);
        Fingers waiter;
        QVERIFY(floor.show(waiter));
        QCOMPARE(screen.callsModel().escalateAfterSeconds(), 45);

        QVERIFY(table.tap(u"welcomeStart"_s));
        QVERIFY(table.tap(u"callButton"_s));
        QVERIFY(table.tap(u"call_water"_s));
        QTRY_COMPARE(screen.callsModel().stateOf(u"water"_s), u"waiting"_s);
        const qint64 request = hub.scalar(u"SELECT id FROM service_requests"_s).toLongLong();
        const QString alert = u"alert_request-%1"_s.arg(request);
        QVERIFY(waiter.item(alert));

        // The evening goes on around the call (the floor view's connection kept answered), and
        // both screens re-read the hub's clock by themselves: the table every 15 s, the floor
        // every second.
        QVERIFY(passTime(hub.clock, 44'000, {&floor.client}));
        QCOMPARE(table.text(u"callState_0"_s), u"Waiting for staff"_s);
        QCOMPARE(floor.screen.alertsModel().escalatedCount(), 0);

        QVERIFY(passTime(hub.clock, 1'000, {&floor.client}));
        QTRY_COMPARE(table.text(u"callState_0"_s),
                     u"Still waiting — we have reminded the staff."_s);
        QCOMPARE(floor.screen.alertsModel().escalatedCount(), 1);
        QCOMPARE(screen.callsModel().stateOf(u"water"_s), u"waiting"_s); // never dropped

        QVERIFY(waiter.tap(u"resolve_request-%1"_s.arg(request)));
        QTRY_COMPARE(screen.callsModel().stateOf(u"water"_s), u"acknowledged"_s);
        QTRY_VERIFY(table.text(u"callState_0"_s) !=
                    u"Still waiting — we have reminded the staff."_s);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TableStaffTest test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_tablestaff.moc"
