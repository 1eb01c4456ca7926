// End to end, one hub and three devices: a table orders, the kitchen display shows the ticket
// and the cook bumps it, the floor view shows the food ready, the waiter marks it served, and
// the table sees it served. Then the hub restarts mid-service and the kitchen, caught up from
// the open orders, has every ticket exactly once, and a bump made while it was down still
// reaches it. The floor view's alerts age by the hub's clock, across a restart too. On the display
// itself: a tap only selects, each line says its diner's seat, and "Sound off" when no chime
// can be heard.
#include "hostscreen.h"
#include "kitchenscreen.h"
#include "staffflow.h"

#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QSignalSpy>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_KitchenPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_HostPlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

// Hummus for seats 1 and 2, and a moussaka for nobody in particular.
QJsonObject placeSeatedOrder(VenueClient &table, TestHub &hub, const QString &key)
{
    const QJsonArray lines{
        QJsonObject{{u"itemId"_s, hub.itemId(u"hummus"_s)}, {u"quantity"_s, 1}, {u"seat"_s, 1}},
        QJsonObject{{u"itemId"_s, hub.itemId(u"hummus"_s)}, {u"quantity"_s, 1}, {u"seat"_s, 2}},
        QJsonObject{{u"itemId"_s, hub.itemId(u"moussaka"_s)}, {u"quantity"_s, 1}}};
    return ask(table, u"order.place"_s, {{u"key"_s, key}, {u"lines"_s, lines}})
        .value(u"order"_s)
        .toObject();
}

qint64 lineIdAt(const QJsonObject &order, int index)
{
    return order[u"lines"].toArray().at(index)[u"id"].toInteger();
}

QString shownText(QQuickWindow *window, const QString &name)
{
    QQuickItem *item = findItem(window->contentItem(), name);
    return item ? item->property("text").toString() : QString();
}

} // namespace

class TestKitchenFlow : public QObject {
    Q_OBJECT

private slots:
    void orderToServedAcrossThreeScreens()
    {
        ThreeDevices devices;
        QCOMPARE(devices.connect(), QString());
        auto &[hub, screensClock, table, kitchenClient, hostClient] = devices;
        KitchenScreen kitchen(kitchenClient, screensClock, {});
        HostScreen host(hostClient, screensClock);
        kitchen.setLanguage(u"en"_s);
        QVERIFY(kitchen.show().ok());
        QVERIFY(host.show().ok());
        QVERIFY(QTest::qWaitForWindowExposed(kitchen.window()));
        QVERIFY(QTest::qWaitForWindowExposed(host.window()));
        QVERIFY(online(table) && online(kitchenClient) && online(hostClient));
        QList<QJsonObject> tableEvents;
        connect(&table, &VenueClient::event, this,
                [&](qint64, const QString &type, const QJsonObject &data) {
                    if (type == u"order.line.status"_s)
                        tableEvents.append(data);
                });

        // The table orders: the ticket appears on the kitchen display, with its note, and chimes.
        const QJsonObject order = placeOrder(table, hub, u"flow-1"_s);
        const int number = order[u"number"].toInt();
        const qint64 orderId = order[u"id"].toInteger();
        QVERIFY(number > 0);
        QVERIFY(waitForItem(kitchen.window(), u"ticket_%1"_s.arg(number)));
        QCOMPARE(kitchen.chimesPlayed(), 1);
        // In English words, not "ticket(s)".
        QQuickItem *summary = waitForItem(kitchen.window(), u"footerSummary"_s);
        QVERIFY(summary);
        QTRY_VERIFY(summary->property("text").toString().startsWith(u"1 open ticket   ·"_s));
        QCOMPARE(kitchen.allDayModel().quantityOf(hub.itemId(u"hummus"_s)), 2);

        // The cook selects the ticket, then bumps it whole: it waits with Undo, then goes to the
        // hub.
        QVERIFY(tap(kitchen.window(), u"ticket_%1"_s.arg(number)));
        QTRY_COMPARE(kitchen.selectedOrderId(), orderId);
        QVERIFY(tap(kitchen.window(), u"bump_%1"_s.arg(number)));
        QVERIFY(waitForItem(kitchen.window(), u"undo_%1"_s.arg(number)));
        QCOMPARE(kitchen.pendingBumps(), 1);
        screensClock.advance(KitchenScreen::BumpDelayMs);
        QTRY_COMPARE_WITH_TIMEOUT(kitchen.ticketsModel().rowCount(), 0, 10000);
        QCOMPARE(kitchen.recallModel().rowCount(), 1); // recall remembers it

        // The floor shows the food ready, as a table status and as an alert.
        const QString alert = u"ready-%1"_s.arg(orderId);
        QVERIFY(waitForItem(host.window(), u"alert_"_s + alert));
        FloorModel &floor = host.floorModel();
        QCOMPARE(floor.index(floor.rowOf(4)).data(FloorModel::StatusRole).toString(), u"ready"_s);
        QCOMPARE(floor.index(floor.rowOf(4)).data(FloorModel::ReadyCountRole).toInt(), 3);

        // The waiter carries it out: the table sees every line served.
        QVERIFY(tap(host.window(), u"resolve_"_s + alert));
        QTRY_COMPARE_WITH_TIMEOUT(host.alertsModel().rowCount(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(std::ranges::count_if(tableEvents,
                                                       [](const QJsonObject &e) {
                                                           return e[u"status"].toString() ==
                                                                  u"served"_s;
                                                       }) == 2,
                                 10000);
        QCOMPARE(tableEvents.constLast()[u"orderStatus"].toString(), u"served"_s);
        QCOMPARE(floor.index(floor.rowOf(4)).data(FloorModel::StatusRole).toString(), u"seated"_s);
        QCOMPARE(hub.scalar(u"SELECT count(*) FROM order_lines WHERE status = 'served'"_s).toInt(),
                 2);
    }

    void aTapSelectsAndDoneTakesASecondTap()
    {
        ThreeDevices devices;
        QCOMPARE(devices.connect(), QString());
        auto &[hub, screensClock, table, kitchenClient, hostClient] = devices;
        KitchenScreen kitchen(kitchenClient, screensClock, {});
        kitchen.setLanguage(u"en"_s);
        QVERIFY(kitchen.show().ok());
        kitchen.window()->resize(1280, 800);
        QVERIFY(online(table) && online(kitchenClient));
        const QJsonObject order = placeOrder(table, hub, u"tap-1"_s);
        const QJsonObject other = placeOrder(table, hub, u"tap-2"_s);
        const int number = order[u"number"].toInt();
        const qint64 orderId = order[u"id"].toInteger();
        const qint64 hummus = lineIdAt(order, 0);
        QVERIFY(waitForItem(kitchen.window(), u"ticket_%1"_s.arg(number)));
        QVERIFY(waitForItem(kitchen.window(), u"ticket_%1"_s.arg(other[u"number"].toInt())));
        auto shown = [&](const QString &name) {
            return findItem(kitchen.window()->contentItem(), name) != nullptr;
        };
        auto linesIn = [&](const QString &status) {
            return hub.scalar(u"SELECT count(*) FROM order_lines WHERE status = '%1'"_s.arg(status))
                .toInt();
        };

        // Nothing selected: no ticket offers Bump, no line offers Done.
        QVERIFY(!shown(u"bump_%1"_s.arg(number)));
        QVERIFY(!shown(u"lineDone_%1"_s.arg(hummus)));

        // One tap on a line selects it, marked in words and shape, and changes nothing else.
        QVERIFY(tap(kitchen.window(), u"line_%1"_s.arg(hummus)));
        QTRY_COMPARE(kitchen.selectedLineId(), hummus);
        QCOMPARE(kitchen.selectedOrderId(), orderId);
        QVERIFY(waitForItem(kitchen.window(), u"selectedMark_%1"_s.arg(hummus)));
        QVERIFY(waitForItem(kitchen.window(), u"selected_%1"_s.arg(number)));
        QVERIFY(waitForItem(kitchen.window(), u"lineDone_%1"_s.arg(hummus)));
        kitchen.tapLine(orderId, hummus); // tapped again: still only selected
        QCOMPARE(kitchen.selectedLineId(), hummus);
        QCOMPARE(kitchen.pendingBumps(), 0);

        // Its Start, then its Done: the line cooks, then waits out its undo as bumped.
        QVERIFY(tap(kitchen.window(), u"lineStart_%1"_s.arg(hummus)));
        QTRY_COMPARE_WITH_TIMEOUT(linesIn(u"cooking"_s), 1, 10000);
        QCOMPARE(linesIn(u"ready"_s), 0); // neither tap before it sent anything
        QTRY_VERIFY(findItem(kitchen.window()->contentItem(), u"line_%1"_s.arg(hummus))
                        ->property("cooking")
                        .toBool());
        QVERIFY(tap(kitchen.window(), u"lineDone_%1"_s.arg(hummus)));
        QCOMPARE(kitchen.pendingBumps(), 1);
        QCOMPARE(kitchen.selectedLineId(), 0); // the ticket stays selected, the line is done
        QCOMPARE(kitchen.selectedOrderId(), orderId);

        // Undo is as it was: the line is back, nothing reached the hub.
        QVERIFY(tap(kitchen.window(), u"undo_%1"_s.arg(number)));
        QCOMPARE(kitchen.pendingBumps(), 0);

        // Where another ticket's Bump would be, a tap only selects that ticket.
        kitchen.tapDone(other[u"id"].toInteger());
        QCOMPARE(kitchen.selectedOrderId(), other[u"id"].toInteger());
        QCOMPARE(kitchen.pendingBumps(), 0);
        QTRY_VERIFY(!shown(u"bump_%1"_s.arg(number)));

        // The selected ticket's Bump bumps it whole, after its undo delay.
        QVERIFY(tap(kitchen.window(), u"ticket_%1"_s.arg(number)));
        QTRY_COMPARE(kitchen.selectedOrderId(), orderId);
        QVERIFY(tap(kitchen.window(), u"bump_%1"_s.arg(number)));
        QCOMPARE(kitchen.pendingBumps(), 1);
        screensClock.advance(KitchenScreen::BumpDelayMs);
        QTRY_COMPARE_WITH_TIMEOUT(linesIn(u"ready"_s), 2, 10000);
    }

    void linesShowTheDinersSeatAndAllDayCountsTheDish()
    {
        ThreeDevices devices;
        QCOMPARE(devices.connect(), QString());
        auto &[hub, screensClock, table, kitchenClient, hostClient] = devices;
        KitchenScreen kitchen(kitchenClient, screensClock, {});
        kitchen.setLanguage(u"en"_s);
        QVERIFY(kitchen.show().ok());
        kitchen.window()->resize(1280, 800);
        QVERIFY(online(table) && online(kitchenClient));
        const QJsonObject order = placeSeatedOrder(table, hub, u"seats-1"_s);
        QVERIFY(waitForItem(kitchen.window(), u"ticket_%1"_s.arg(order[u"number"].toInt())));

        QTRY_COMPARE(shownText(kitchen.window(), u"seat_%1"_s.arg(lineIdAt(order, 0))),
                     u"Seat 1"_s);
        QCOMPARE(shownText(kitchen.window(), u"seat_%1"_s.arg(lineIdAt(order, 1))), u"Seat 2"_s);
        QVERIFY(!findItem(kitchen.window()->contentItem(), // no seat chosen: no label
                          u"seat_%1"_s.arg(lineIdAt(order, 2))));
        // All day: one row for the hummus of both seats.
        QTRY_COMPARE(shownText(kitchen.window(), u"allDayCount_Hummus"_s), u"2"_s);
        QCOMPARE(kitchen.allDayModel().rowCount(), 2);
    }

    // A note that tries to turn the ticket's text around reaches the kitchen as sent, in the
    // store, and is shown isolated, its override left out, on the kitchen's ticket.
    void aNoteCannotReorderTheTicket()
    {
        ThreeDevices devices;
        QCOMPARE(devices.connect(), QString());
        auto &[hub, screensClock, table, kitchenClient, hostClient] = devices;
        KitchenScreen kitchen(kitchenClient, screensClock, {});
        kitchen.setLanguage(u"en"_s);
        QVERIFY(kitchen.show().ok());
        QVERIFY(online(table) && online(kitchenClient));
        const QString sent = u"\u202Eallergic to nuts\u200B\u0007"_s;
        const QJsonObject placed =
            ask(table, u"order.place"_s,
                {{u"key"_s, u"note-1"_s},
                 {u"lines"_s, QJsonArray{QJsonObject{{u"itemId"_s, hub.itemId(u"hummus"_s)},
                                                     {u"quantity"_s, 1},
                                                     {u"note"_s, sent}}}}});
        QVERIFY2(placed.contains(u"order"_s), qPrintable(QJsonDocument(placed).toJson()));
        const QJsonObject order = placed[u"order"_s].toObject();
        QCOMPARE(hub.scalar(u"SELECT note FROM order_lines WHERE id = ?"_s, {lineIdAt(order, 0)})
                     .toString(),
                 sent);
        QTRY_COMPARE(shownText(kitchen.window(), u"note_%1"_s.arg(lineIdAt(order, 0))),
                     u"✎ \u2068allergic to nuts\uFFFD\u2069"_s);
    }

    void soundOffIsShownWhenNoChimeCanBeHeard()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        ManualClock screensClock(hub.clock.now());
        VenueClient kitchenClient(screensClock);
        kitchenClient.connectTo(hub.hub->url(), hub.enroll(u"Kitchen"_s, u"kitchen"_s));
        KitchenScreen kitchen(kitchenClient, screensClock, {});
        kitchen.setLanguage(u"en"_s);
        QVERIFY(kitchen.show().ok());
        auto badge = [&] { return findItem(kitchen.window()->contentItem(), u"soundOff"_s); };

        // The machine's own answer, from its audio outputs: a test machine has no sound server.
        QCOMPARE(kitchen.soundOn(), Chime::systemHasAudioOutput());
        QCOMPARE(badge() != nullptr, !Chime::systemHasAudioOutput());
        if (!Chime::systemHasAudioOutput())
            QCOMPARE(shownText(kitchen.window(), u"soundOffText"_s), u"Sound off"_s);

        // A machine that can be heard shows nothing; one that cannot, says so.
        kitchen.chime().setOutputProbe([] { return true; });
        QVERIFY(kitchen.soundOn());
        QTRY_VERIFY(!badge());
        kitchen.chime().setOutputProbe([] { return false; });
        QTRY_VERIFY(badge());
        QCOMPARE(shownText(kitchen.window(), u"soundOffText"_s), u"Sound off"_s);
    }

    void undoKeepsTheTicketAndSendsNothing()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        ManualClock screensClock(hub.clock.now());
        VenueClient table(screensClock), kitchenClient(screensClock);
        table.connectTo(hub.hub->url(), hub.enroll(u"T4"_s, u"table"_s, 4));
        kitchenClient.connectTo(hub.hub->url(), hub.enroll(u"Kitchen"_s, u"kitchen"_s));
        KitchenScreen kitchen(kitchenClient, screensClock, u"cold"_s);
        QVERIFY(kitchen.show().ok());
        QVERIFY(online(table) && online(kitchenClient));
        const int number = placeOrder(table, hub, u"undo-1"_s)[u"number"].toInt();
        QVERIFY(waitForItem(kitchen.window(), u"ticket_%1"_s.arg(number)));
        // Only the cold station's hummus is on this display.
        QCOMPARE(kitchen.ticketsModel().index(0).data(TicketsModel::LinesRole).toList().size(), 1);

        // The bump bar: 1 selects, Enter bumps, U undoes.
        QVERIFY(kitchen.handleKey(Qt::Key_1, u"1"_s));
        QVERIFY(kitchen.selectedOrderId() != 0);
        QVERIFY(kitchen.handleKey(Qt::Key_Return, {}));
        QCOMPARE(kitchen.pendingBumps(), 1);
        QVERIFY(passTime(screensClock, 3000, {&table, &kitchenClient}));
        QVERIFY(tap(kitchen.window(), u"undo_%1"_s.arg(number)));
        QCOMPARE(kitchen.pendingBumps(), 0);
        QVERIFY(passTime(screensClock, 10000, {&table, &kitchenClient}));
        // A bump the display had sent would have been handled before a request it makes now.
        QVERIFY(ask(kitchenClient, u"orders.open"_s, {}).contains(u"orders"_s));
        QCOMPARE(kitchen.ticketsModel().rowCount(), 1);
        QCOMPARE(hub.scalar(u"SELECT count(*) FROM order_lines WHERE status = 'ready'"_s).toInt(),
                 0);
        QVERIFY(kitchen.handleKey(Qt::Key_R, u"r"_s));
        QVERIFY(kitchen.recallShown());
    }

    void longTicketKeepsEveryLineClearOfTheMorePill()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        ManualClock screensClock(hub.clock.now());
        VenueClient table(screensClock), kitchenClient(screensClock);
        table.connectTo(hub.hub->url(), hub.enroll(u"T4"_s, u"table"_s, 4));
        kitchenClient.connectTo(hub.hub->url(), hub.enroll(u"Kitchen"_s, u"kitchen"_s));
        KitchenScreen kitchen(kitchenClient, screensClock, {});
        QVERIFY(kitchen.show().ok());
        kitchen.window()->resize(1280, 800);
        QVERIFY(online(table) && online(kitchenClient));

        // Nine dishes, each with a note and the first choice of every group it offers.
        QJsonArray lines;
        for (const QJsonValue &category :
             ask(table, u"menu.get"_s, {})[u"menu"_s][u"categories"].toArray()) {
            for (const QJsonValue &item : category[u"items"].toArray()) {
                QJsonArray options;
                for (const QJsonValue &group : item[u"groups"].toArray())
                    options.append(group[u"options"][0][u"id"]);
                if (lines.size() < 9)
                    lines.append(QJsonObject{{u"itemId"_s, item[u"id"]},
                                             {u"optionIds"_s, options},
                                             {u"quantity"_s, 1 + int(lines.size()) % 3},
                                             {u"note"_s, u"no onion, sauce on the side"_s}});
            }
        }
        const QJsonObject order =
            ask(table, u"order.place"_s, {{u"key"_s, u"long-1"_s}, {u"lines"_s, lines}})
                .value(u"order"_s)
                .toObject();
        const int number = order[u"number"].toInt();
        QVERIFY(number > 0);
        QVERIFY(waitForItem(kitchen.window(), u"ticket_%1"_s.arg(number)));
        auto *list =
            qobject_cast<QQuickItem *>(waitForItem(kitchen.window(), u"lines_%1"_s.arg(number)));
        QVERIFY(list);
        QQuickItem *pill = waitForItem(kitchen.window(), u"more_%1"_s.arg(number));
        QVERIFY2(pill, "a ticket this long scrolls, and says so");

        // The pill has its own strip: the list (which clips its lines) ends above it.
        QTRY_VERIFY(sceneRect(list).bottom() <= sceneRect(pill).top());
        // Tapping the pill pages down to the last line, which is then wholly in view.
        const qint64 lastLine = order[u"lines"].toArray().last()[u"id"].toInteger();
        for (int page = 0; page < 10 && !list->property("atYEnd").toBool(); ++page) {
            QVERIFY(tap(kitchen.window(), u"more_%1"_s.arg(number)));
            QVERIFY(QQuickTest::qWaitForPolish(kitchen.window())); // the page is laid out
        }
        QVERIFY(list->property("atYEnd").toBool());
        QQuickItem *last = waitForItem(kitchen.window(), u"line_%1"_s.arg(lastLine));
        QVERIFY(last);
        QVERIFY(shows(list, last));
        QVERIFY(sceneRect(last).bottom() <= sceneRect(pill).top());

        // The cook keeps their place while the ticket changes under them: another cook starts
        // the first line, and then the display reconnects and catches up from the open tickets.
        const QPointer<QQuickItem> shownList(list);
        const QPointer<QQuickItem> shownLast(last);
        const qint64 firstLine = order[u"lines"].toArray().first()[u"id"].toInteger();
        QVERIFY(ask(kitchenClient, u"order.line.advance"_s,
                    {{u"lineId"_s, firstLine}, {u"to"_s, u"cooking"_s}})
                    .contains(u"orderStatus"_s));
        QTRY_COMPARE(kitchen.ticketsModel()
                         .data(kitchen.ticketsModel().index(0), TicketsModel::LinesRole)
                         .toList()
                         .first()
                         .toMap()[u"status"_s],
                     u"cooking"_s);
        QVERIFY(QQuickTest::qWaitForPolish(kitchen.window())); // the changed line is laid out
        QVERIFY2(list->property("atYEnd").toBool(), "a line starting elsewhere keeps the place");
        QVERIFY(shows(list, last));
        QSignalSpy snapshots(&kitchenClient, &VenueClient::snapshotReceived);
        kitchenClient.disconnectFromHub();
        kitchenClient.connectTo(hub.hub->url(), hub.enroll(u"Kitchen 2"_s, u"kitchen"_s));
        QVERIFY(snapshots.wait(5000));
        QVERIFY(QQuickTest::qWaitForPolish(kitchen.window())); // the caught-up tickets are laid out
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // what it let go of
        QVERIFY2(shownList && shownLast, "the ticket and its lines stay, not made anew");
        QVERIFY(list->property("atYEnd").toBool());
        QVERIFY(shows(list, last));

        // Back at the top, the first line shows what the other cook did.
        QVERIFY(tap(kitchen.window(), u"more_%1"_s.arg(number)));
        QTRY_VERIFY(!list->property("atYEnd").toBool());
        QQuickItem *first = waitForItem(kitchen.window(), u"line_%1"_s.arg(firstLine));
        QVERIFY(first);
        QTRY_VERIFY(first->property("cooking").toBool());
    }

    void hubRestartLosesAndRepeatsNoTicket()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        const quint16 port = quint16(hub.hub->url().port());
        ManualClock screensClock(hub.clock.now());
        VenueClient table(screensClock), kitchenClient(screensClock), expo(screensClock);
        table.setTiming(quickReconnect());
        expo.setTiming(quickReconnect());
        // The display comes back well after the others: what happens meanwhile it never hears.
        VenueClient::Timing slow = quickReconnect();
        slow.reconnect.initialMs = slow.reconnect.maxMs = 1500;
        slow.reconnect.jitter = 0;
        kitchenClient.setTiming(slow);
        table.connectTo(hub.hub->url(), hub.enroll(u"T4"_s, u"table"_s, 4));
        kitchenClient.connectTo(hub.hub->url(), hub.enroll(u"Kitchen"_s, u"kitchen"_s));
        expo.connectTo(hub.hub->url(), hub.enroll(u"Expo"_s, u"kitchen"_s));
        KitchenScreen kitchen(kitchenClient, screensClock, {});
        QSignalSpy arrived(&kitchen.ticketsModel(), &TicketsModel::ticketArrived);
        QSignalSpy snapshots(&kitchenClient, &VenueClient::snapshotReceived);
        QList<qint64> placedEvents; // order.placed as the display heard them
        connect(&kitchenClient, &VenueClient::event, this,
                [&](qint64, const QString &type, const QJsonObject &data) {
                    if (type == u"order.placed"_s)
                        placedEvents.append(data[u"order"][u"id"].toInteger());
                });
        QVERIFY(online(table) && online(kitchenClient) && online(expo));
        QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 1, 10000);

        QList<qint64> orderIds;
        for (int i = 0; i < 3; ++i)
            orderIds.append(placeOrder(table, hub, u"before-%1"_s.arg(i))[u"id"].toInteger());
        QTRY_COMPARE_WITH_TIMEOUT(kitchen.ticketsModel().rowCount(), 3, 10000);
        kitchen.bumpTicket(orderIds[0]);

        hub.hub.reset(); // the hub goes away mid-service
        const auto allOffline = [&] {
            return std::ranges::all_of(
                std::initializer_list<VenueClient *>{&table, &kitchenClient, &expo},
                [](VenueClient *client) { return client->state() == VenueClient::State::Offline; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allOffline(), 10000);
        // The bump falls due while the hub is down: it is kept, not lost. Meanwhile every screen
        // tries the hub again, in vain.
        screensClock.advance(KitchenScreen::BumpDelayMs);
        QTRY_VERIFY_WITH_TIMEOUT(allOffline(), 10000);

        // The hub is back: the table and the expo find it within their backoff (at most
        // 625 ms), the display only after its 1500 ms.
        hub.hub = std::make_unique<HubServer>(hub.database, hub.clock);
        QVERIFY(hub.hub->listen(QHostAddress::LocalHost, port).ok());
        screensClock.advance(1000);
        QVERIFY(online(table) && online(expo));
        // While the display is still away: a new ticket, and another screen bumps the second.
        const qint64 meanwhile = placeOrder(table, hub, u"meanwhile"_s)[u"id"].toInteger();
        QVERIFY(meanwhile > 0);
        const QJsonObject second = ask(expo, u"orders.open"_s, {})[u"orders"_s][1].toObject();
        QCOMPARE(second[u"id"].toInteger(), orderIds[1]);
        QVERIFY(cookUntilReady(expo, second));
        QCOMPARE(kitchenClient.state(), VenueClient::State::Offline);

        screensClock.advance(slow.reconnect.initialMs);
        QVERIFY(online(kitchenClient));
        QTRY_COMPARE_WITH_TIMEOUT(snapshots.size(), 2, 10000);
        // Caught up from orders.open: the ticket placed meanwhile came in the snapshot, not as
        // a replayed event.
        QVERIFY(!placedEvents.contains(meanwhile));
        for (int i = 0; i < 2; ++i)
            orderIds.append(placeOrder(table, hub, u"after-%1"_s.arg(i))[u"id"].toInteger());

        // The third, the one placed meanwhile and the two after: each once. The first (bumped
        // here while the hub was down) and the second (bumped elsewhere meanwhile) are gone.
        QTRY_COMPARE_WITH_TIMEOUT(kitchen.ticketsModel().rowCount(), 4, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(
            hub.scalar(u"SELECT count(*) FROM order_lines WHERE status = 'ready'"_s).toInt(), 4,
            10000);
        // Whatever the hub sent the display before its answer to a request made now (a
        // duplicate among it) has reached the display when the answer does.
        QVERIFY(ask(kitchenClient, u"orders.open"_s, {}).contains(u"orders"_s));
        QCOMPARE(kitchen.ticketsModel().rowCount(), 4);
        QCOMPARE(arrived.size(), 6);
        QSet<qint64> shown;
        for (int row = 0; row < kitchen.ticketsModel().rowCount(); ++row)
            shown.insert(kitchen.ticketsModel().orderIdAt(row));
        QCOMPARE(shown, (QSet<qint64>{orderIds[2], meanwhile, orderIds[3], orderIds[4]}));
        QCOMPARE(placedEvents.size(), 5); // three before, two after; none replayed twice
    }

    void floorKeepsTheHubsClocksAcrossReconnects()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        const quint16 port = quint16(hub.hub->url().port());
        ManualClock screensClock(hub.clock.now());
        VenueClient table(screensClock), kitchenClient(screensClock), hostClient(screensClock);
        table.setTiming(quickReconnect());
        kitchenClient.setTiming(quickReconnect());
        hostClient.setTiming(quickReconnect());
        table.connectTo(hub.hub->url(), hub.enroll(u"T4"_s, u"table"_s, 4));
        kitchenClient.connectTo(hub.hub->url(), hub.enroll(u"Kitchen"_s, u"kitchen"_s));
        const QString hostToken = hub.enroll(u"Host"_s, u"host"_s);
        QVERIFY(online(table) && online(kitchenClient));

        // The food is made ready and the table asks for water: at the hub's 19:00.
        const QJsonObject order = placeOrder(table, hub, u"clock-1"_s);
        QVERIFY(cookUntilReady(kitchenClient, order));
        QVERIFY(ask(table, u"service.call"_s, {{u"kind"_s, u"water"_s}}).contains(u"requestId"_s));

        // A floor view that starts 100 s later sees both as 100 s old, not as new.
        hub.clock.advance(100'000);
        screensClock.advance(100'000);
        hostClient.connectTo(hub.hub->url(), hostToken);
        HostScreen host(hostClient, screensClock);
        QVERIFY(host.show().ok());
        const QString ready = u"ready-%1"_s.arg(order[u"id"].toInteger());
        QVERIFY(waitForItem(host.window(), u"alert_"_s + ready));
        QTRY_COMPARE_WITH_TIMEOUT(host.alertsModel().rowCount(), 2, 10000);
        AlertsModel &alerts = host.alertsModel();
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(alerts.index(row).data(AlertsModel::AgeRole).toInt(), 100);
            QVERIFY(!alerts.index(row).data(AlertsModel::EscalatedRole).toBool());
        }
        QVERIFY(waitForItem(host.window(), u"age_"_s + ready));

        // The hub restarts; the floor view reconnects by itself and its clocks run on.
        hub.hub.reset();
        QTRY_VERIFY_WITH_TIMEOUT(hostClient.state() != VenueClient::State::Online, 10000);
        hub.clock.advance(30'000);
        screensClock.advance(30'000);
        hub.hub = std::make_unique<HubServer>(hub.database, hub.clock);
        QVERIFY(hub.hub->listen(QHostAddress::LocalHost, port).ok());
        QVERIFY(online(hostClient));
        QTRY_COMPARE_WITH_TIMEOUT(alerts.escalatedCount(), 2, 10000); // 130 s > 120 s
        QCOMPARE(alerts.rowCount(), 2);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(alerts.index(row).data(AlertsModel::AgeRole).toInt(), 130);
        QTRY_VERIFY_WITH_TIMEOUT(host.chimesPlayed() >= 1, 10000);
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestKitchenFlow test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_kitchenflow.moc"
