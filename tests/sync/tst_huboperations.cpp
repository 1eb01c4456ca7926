// The hub's operations over real sockets: the order round trip between a table and the kitchen,
// subscriptions that resume from a seq, and the other operations of PROTOCOL.md.

#include "eventlog.h"
#include "hubtestsupport.h"
#include "staffrepository.h"

#include <QScopeGuard>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubOperations : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestHub> m_venue;
    QString m_tableToken; // table 4
    QString m_kitchenToken;
    QString m_hostToken;

    QUrl url() const { return m_venue->hub->url(); }

    QJsonObject orderArgs(const QString &key, const QString &dish, int quantity = 1)
    {
        return {{u"key"_s, key},
                {u"lines"_s, QJsonArray{QJsonObject{{u"itemId"_s, m_venue->itemId(dish)},
                                                    {u"quantity"_s, quantity}}}}};
    }

private slots:
    void init()
    {
        m_venue = std::make_unique<TestHub>();
        const QString failure = m_venue->start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_tableToken = m_venue->enroll(u"Table 4 tablet"_s, u"table"_s, 4);
        m_kitchenToken = m_venue->enroll(u"Pass"_s, u"kitchen"_s);
        m_hostToken = m_venue->enroll(u"Floor"_s, u"host"_s);
        QVERIFY(!m_tableToken.isEmpty() && !m_kitchenToken.isEmpty() && !m_hostToken.isEmpty());
    }
    void cleanup() { m_venue.reset(); }

    void anOrderGoesFromTableToKitchenAndBack()
    {
        TestClient kitchen;
        TestClient table;
        QVERIFY(kitchen.connectAs(url(), m_kitchenToken));
        QVERIFY(table.connectAs(url(), m_tableToken));
        QCOMPARE(kitchen.request(u"subscribe"_s, {{u"since"_s, 0}})[u"result"_s][u"latestSeq"_s]
                     .toInteger(),
                 0);
        QVERIFY(table.request(u"subscribe"_s, {{u"since"_s, 0}})[u"ok"_s].toBool());

        const QJsonObject placed =
            table.request(u"order.place"_s, orderArgs(u"k-1"_s, u"hummus"_s, 2));
        QVERIFY2(placed[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(placed)));
        const QJsonObject order = placed[u"result"_s][u"order"_s].toObject();
        QCOMPARE(order[u"table"_s].toInt(), 4);
        QCOMPARE(order[u"status"_s].toString(), u"placed"_s);
        QCOMPARE(order[u"total"_s].toInteger(), 1300); // 2 x 6.50 from the menu
        QCOMPARE(order[u"currency"_s].toString(), u"EUR"_s);
        const QJsonObject line = order[u"lines"_s][0].toObject();
        QCOMPARE(line[u"name"_s].toString(), u"Hummus"_s);

        // The party sat down alone: the hub opened the session, then took the order.
        QVERIFY(kitchen.waitForEvents(2));
        QCOMPARE(kitchen.eventTypes(), (QStringList{u"session.opened"_s, u"order.placed"_s}));
        QCOMPARE(kitchen.events()[1][u"data"_s][u"order"_s].toObject(), order);
        QCOMPARE(kitchen.events()[1][u"seq"_s].toInteger(), 2);

        const qint64 lineId = line[u"id"_s].toInteger();
        const QJsonObject cooking = kitchen.request(
            u"order.line.advance"_s, {{u"lineId"_s, lineId}, {u"to"_s, u"cooking"_s}});
        QVERIFY2(cooking[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(cooking)));

        // Placed -> cooking is two moves, and the table sees both, in order.
        QVERIFY(table.waitForEvents(4));
        const QList<QJsonObject> seen = table.events();
        QCOMPARE(table.eventTypes(), (QStringList{u"session.opened"_s, u"order.placed"_s,
                                                  u"order.line.status"_s, u"order.line.status"_s}));
        QCOMPARE(seen[2][u"data"_s][u"status"_s].toString(), u"accepted"_s);
        QCOMPARE(seen[3][u"data"_s][u"status"_s].toString(), u"cooking"_s);
        QCOMPARE(seen[3][u"data"_s][u"orderStatus"_s].toString(), u"cooking"_s);
        QCOMPARE(seen[3][u"data"_s][u"lineId"_s].toInteger(), lineId);
        QCOMPARE(seen[3][u"data"_s][u"table"_s].toInt(), 4);
        for (qsizetype i = 0; i < seen.size(); ++i)
            QCOMPARE(seen[i][u"seq"_s].toInteger(), i + 1);
        QCOMPARE(
            m_venue->scalar(u"SELECT status FROM order_lines WHERE id = ?"_s, {lineId}).toString(),
            u"cooking"_s);

        // Another table's order reaches the kitchen but not this tablet.
        TestClient host;
        QVERIFY(host.connectAs(url(), m_hostToken));
        QJsonObject forFive = orderArgs(u"k-2"_s, u"tzatziki"_s);
        forFive.insert(u"table"_s, 5);
        QVERIFY(host.request(u"order.place"_s, forFive)[u"ok"_s].toBool());
        QVERIFY(kitchen.waitForEvents(6));
        // Events are pushed before any later reply on the same socket, so this round trip
        // proves none is on its way to the tablet.
        QVERIFY(table.request(u"menu.get"_s, {})[u"ok"_s].toBool());
        QCOMPARE(table.events().size(), 4);
    }

    void subscribingFromASeqReplaysExactlyTheMissedEvents()
    {
        TestClient host;
        QVERIFY(host.connectAs(url(), m_hostToken));
        for (int table : {1, 2, 3})
            QVERIFY(
                host.request(u"session.seat"_s, {{u"table"_s, table}, {u"partySize"_s, 2}})[u"ok"_s]
                    .toBool());
        QCOMPARE(m_venue->scalar(u"SELECT max(seq) FROM events"_s).toInt(), 3);

        TestClient kitchen;
        QVERIFY(kitchen.connectAs(url(), m_kitchenToken));
        QCOMPARE(kitchen.request(u"subscribe"_s, {{u"since"_s, 1}})[u"result"_s][u"latestSeq"_s]
                     .toInteger(),
                 3);
        QVERIFY(kitchen.waitForEvents(2));
        QVERIFY(host.request(u"session.seat"_s, {{u"table"_s, 6}})[u"ok"_s].toBool());
        QVERIFY(kitchen.waitForEvents(3));
        QVERIFY(kitchen.request(u"menu.get"_s, {})[u"ok"_s].toBool()); // nothing else in flight
        const QList<QJsonObject> events = kitchen.events();
        QCOMPARE(events.size(), 3);
        QList<qint64> seqs;
        QList<int> tables;
        for (const QJsonObject &event : events) {
            seqs.append(event[u"seq"_s].toInteger());
            tables.append(event[u"data"_s][u"table"_s].toInt());
        }
        QCOMPARE(seqs, (QList<qint64>{2, 3, 4}));
        QCOMPARE(tables, (QList<int>{2, 3, 6}));
        QCOMPARE(events[0][u"event"_s].toString(), u"session.opened"_s);
        QCOMPARE(events[0][u"at"_s].toString(), u"2026-11-23T19:00:00.000Z"_s);
        QCOMPARE(events[0][u"data"_s][u"partySize"_s].toInt(), 2);
    }

    void aLongCatchUpAndLiveEventsArriveExactlyOnceInOrder()
    {
        // More than two replay batches already in the log.
        const int stored = HubServer::ReplayBatch * 2 + 37;
        {
            EventLog log(m_venue->database.connection(), m_venue->clock);
            Transaction transaction(m_venue->database.connection());
            for (int i = 0; i < stored; ++i)
                QVERIFY(
                    log.append(u"menu.availability"_s, {{u"itemId"_s, 1}, {u"available"_s, true}})
                        .ok());
            QVERIFY(transaction.commit().ok());
        }
        // The hub owns the log: it reads where the log ends as it starts listening.
        m_venue->hub = std::make_unique<HubServer>(m_venue->database, m_venue->clock);
        QVERIFY(m_venue->hub->listen(QHostAddress::LocalHost, 0).ok());
        TestClient kitchen;
        TestClient owner;
        QVERIFY(kitchen.connectAs(url(), m_kitchenToken));
        QVERIFY(owner.connectAs(url(), m_venue->enroll(u"Office"_s, u"owner"_s)));
        // Live changes race the catch-up on purpose.
        kitchen.send(u"subscribe"_s, {});
        QStringList ids;
        for (int i = 0; i < 5; ++i)
            ids.append(
                owner.send(u"menu.setAvailable"_s, {{u"itemId"_s, m_venue->itemId(u"hummus"_s)},
                                                    {u"available"_s, i % 2 == 0}}));
        for (const QString &id : ids)
            QVERIFY(owner.replyTo(id)[u"ok"_s].toBool());
        QVERIFY(kitchen.waitForEvents(stored + 5, 10000));
        QVERIFY(kitchen.request(u"menu.get"_s, {})[u"ok"_s].toBool());
        const QList<QJsonObject> events = kitchen.events();
        QCOMPARE(events.size(), stored + 5);
        for (qsizetype i = 0; i < events.size(); ++i)
            QCOMPARE(events[i][u"seq"_s].toInteger(), i + 1);
    }

    void aSubscribeRightAfterAnOrderIsAnsweredAfterItAndSeesItOnce()
    {
        TestClient table;
        QVERIFY(table.connectAs(url(), m_tableToken));
        // Both frames in one go: the subscribe is handled while the order's commit is still
        // on its way to disk.
        const QString placeId = table.send(u"order.place"_s, orderArgs(u"k-1"_s, u"hummus"_s));
        const QString subscribeId = table.send(u"subscribe"_s, {{u"since"_s, 0}});
        QVERIFY(table.replyTo(subscribeId)[u"ok"_s].toBool());
        QVERIFY(table.waitForEvents(2));
        QVERIFY(table.request(u"menu.get"_s, {})[u"ok"_s].toBool()); // nothing else in flight
        QStringList said; // in the order the table heard it
        for (const QJsonObject &frame : std::as_const(table.frames)) {
            if (frame[u"type"_s] == u"reply"_s)
                said.append(frame[u"id"_s].toString());
            else if (frame[u"type"_s] == u"event"_s)
                said.append(frame[u"event"_s].toString());
        }
        said.removeLast(); // menu.get
        // The order seated the table, then was placed.
        QCOMPARE(said, (QStringList{placeId, subscribeId, u"session.opened"_s, u"order.placed"_s}));
        QCOMPARE(table.replyTo(subscribeId)[u"result"_s][u"latestSeq"_s].toInteger(),
                 table.events().constLast()[u"seq"_s].toInteger());
    }

    void theMenuComesInTheAskedLanguage_data()
    {
        QTest::addColumn<QString>("asked");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("hummus");
        QTest::newRow("english") << u"en"_s << u"en"_s << u"Hummus"_s;
        QTest::newRow("greek") << u"el"_s << u"el"_s << u"Χούμους"_s;
        QTest::newRow("unknown: the venue's") << u"xx"_s << u"en"_s << u"Hummus"_s;
        QTest::newRow("none: the venue's") << QString() << u"en"_s << u"Hummus"_s;
    }
    void theMenuComesInTheAskedLanguage()
    {
        QFETCH(QString, asked);
        QFETCH(QString, language);
        QFETCH(QString, hummus);
        TestClient table;
        QVERIFY(table.connectAs(url(), m_tableToken));
        const QJsonObject reply = table.request(
            u"menu.get"_s, asked.isNull() ? QJsonObject() : QJsonObject{{u"language"_s, asked}});
        QVERIFY(reply[u"ok"_s].toBool());
        const QJsonObject menu = reply[u"result"_s][u"menu"_s].toObject();
        QCOMPARE(menu[u"language"_s].toString(), language);
        QCOMPARE(menu[u"currency"_s].toString(), u"EUR"_s);
        QString found;
        for (const QJsonValue &category : menu[u"categories"_s].toArray())
            for (const QJsonValue &item : category[u"items"_s].toArray())
                if (item[u"key"_s] == u"hummus"_s)
                    found = item[u"name"_s].toString();
        QCOMPARE(found, hummus);
    }

    void aStationFallingBehindShowsLongerWaitOnEveryTable()
    {
        TestClient kitchen;
        TestClient table;
        QVERIFY(kitchen.connectAs(url(), m_kitchenToken));
        QVERIFY(table.connectAs(url(), m_tableToken));
        QVERIFY(table.request(u"subscribe"_s, {{u"since"_s, 0}})[u"ok"_s].toBool());
        const auto longerWait = [&](const QString &key) {
            const QJsonObject menu =
                table.request(u"menu.get"_s, {})[u"result"_s][u"menu"_s].toObject();
            for (const QJsonValue category : menu[u"categories"_s].toArray())
                for (const QJsonValue item : category[u"items"_s].toArray())
                    if (item[u"key"_s].toString() == key)
                        return item[u"longerWait"_s].toBool();
            return false;
        };
        const auto loads = [&] {
            QList<QJsonObject> seen;
            for (const QJsonObject &event : table.events())
                if (event[u"event"_s].toString() == u"station.load"_s)
                    seen.append(event[u"data"_s].toObject());
            return seen;
        };

        // The hub judges the stations every StationJudgeMs of its clock, from its start. Six
        // open tickets at the cold station is the venue's limit, not over it. (A menu read is a
        // round trip after the judgement: its events would have come before the answer.)
        QList<qint64> lines;
        for (int i = 0; i < 7; ++i) {
            const QJsonObject placed =
                table.request(u"order.place"_s, orderArgs(u"cold-%1"_s.arg(i), u"hummus"_s));
            QVERIFY(placed[u"ok"_s].toBool());
            lines.append(placed[u"result"_s][u"order"_s][u"lines"_s][0][u"id"_s].toInteger());
            if (i == 5) {
                m_venue->clock.advance(HubServer::StationJudgeMs);
                QVERIFY(!longerWait(u"hummus"_s));
                QVERIFY(loads().isEmpty());
            }
        }
        // The seventh is over it: the next judgement says so, not a moment before.
        m_venue->clock.advance(HubServer::StationJudgeMs - 1);
        QVERIFY(!longerWait(u"hummus"_s));
        QVERIFY(loads().isEmpty());
        m_venue->clock.advance(1);
        QTRY_COMPARE(loads().size(), 1);
        QCOMPARE(loads()[0][u"station"_s].toString(), u"cold"_s);
        QCOMPARE(loads()[0][u"behind"_s].toBool(), true);
        QCOMPARE(loads()[0][u"openTickets"_s].toInt(), 7);
        QVERIFY(longerWait(u"hummus"_s));
        QVERIFY(!longerWait(u"grilled-halloumi"_s)); // the grill keeps up
        QCOMPARE(
            m_venue->scalar(u"SELECT behind FROM station_loads WHERE station = 'cold'"_s).toInt(),
            1);

        // One ticket ready: the station catches up, and says so once.
        for (const QString &to : {u"accepted"_s, u"cooking"_s, u"ready"_s})
            QVERIFY(kitchen
                        .request(u"order.line.advance"_s,
                                 {{u"lineId"_s, lines[0]}, {u"to"_s, to}})[u"ok"_s]
                        .toBool());
        m_venue->clock.advance(HubServer::StationJudgeMs);
        QTRY_COMPARE(loads().size(), 2);
        QCOMPARE(loads()[1][u"behind"_s].toBool(), false);
        QCOMPARE(loads()[1][u"openTickets"_s].toInt(), 6);
        QVERIFY(!longerWait(u"hummus"_s));
        m_venue->clock.advance(HubServer::StationJudgeMs);
        QVERIFY(!longerWait(u"hummus"_s));
        QCOMPARE(loads().size(), 2);

        // Nothing changes but the time: the six tickets waiting past the warn time (8 minutes)
        // put the station behind again, at the first judgement past it.
        m_venue->clock.advance(9 * 60 * 1000);
        QTRY_COMPARE(loads().size(), 3);
        QCOMPARE(loads()[2][u"behind"_s].toBool(), true);
        QCOMPARE(loads()[2][u"averageWaitSeconds"_s].toInteger(), 8 * 60 + 1);
        QVERIFY(longerWait(u"hummus"_s));
    }

    void cancellingNeedsAStaffPin()
    {
        QVERIFY(StaffRepository(m_venue->database.connection(), m_venue->clock)
                    .add(u"Maria"_s, u"host"_s, u"4821"_s)
                    .ok());
        TestClient table;
        TestClient host;
        QVERIFY(table.connectAs(url(), m_tableToken));
        QVERIFY(host.connectAs(url(), m_hostToken));
        const qint64 realOrder =
            table
                .request(u"order.place"_s,
                         orderArgs(u"k-1"_s, u"tzatziki"_s))[u"result"_s][u"order"_s][u"id"_s]
                .toInteger();
        QVERIFY(realOrder > 0);
        const QJsonObject args{{u"orderId"_s, realOrder}, {u"reason"_s, u"Guest left"_s}};
        QCOMPARE(TestClient::errorCode(table.request(u"order.cancel"_s, args)), u"forbidden"_s);
        QCOMPARE(TestClient::errorCode(host.request(u"order.cancel"_s, args)), u"pin_required"_s);
        QJsonObject wrong = args;
        wrong.insert(u"pin"_s, u"1111"_s);
        QCOMPARE(TestClient::errorCode(host.request(u"order.cancel"_s, wrong)), u"pin_wrong"_s);
        QJsonObject right = args;
        right.insert(u"pin"_s, u"4821"_s);
        QVERIFY(host.request(
                        u"subscribe"_s,
                        {{u"since"_s,
                          m_venue->scalar(u"SELECT max(seq) FROM events"_s).toLongLong()}})[u"ok"_s]
                    .toBool());
        const QJsonObject cancelled = host.request(u"order.cancel"_s, right);
        QVERIFY2(cancelled[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(cancelled)));
        QCOMPARE(cancelled[u"result"_s][u"order"_s][u"status"_s].toString(), u"cancelled"_s);
        QVERIFY(host.waitForEvents(1));
        QCOMPARE(host.eventTypes(), QStringList{u"order.cancelled"_s});
        QCOMPARE(host.events()[0][u"data"_s][u"reason"_s].toString(), u"Guest left"_s);
        QCOMPARE(host.events()[0][u"data"_s][u"table"_s].toInt(), 4);

        // The fifth wrong PIN in a row locks: the count survives each refusal's rollback.
        for (int i = 0; i < 4; ++i)
            QCOMPARE(TestClient::errorCode(host.request(u"order.cancel"_s, wrong)), u"pin_wrong"_s);
        QCOMPARE(TestClient::errorCode(host.request(u"order.cancel"_s, wrong)), u"pin_locked"_s);
        QCOMPARE(TestClient::errorCode(host.request(u"order.cancel"_s, right)), u"pin_locked"_s);
    }

    void aHostMayOnlyServe()
    {
        TestClient table;
        TestClient host;
        QVERIFY(table.connectAs(url(), m_tableToken));
        QVERIFY(host.connectAs(url(), m_hostToken));
        const qint64 lineId =
            table
                .request(u"order.place"_s,
                         orderArgs(u"k-1"_s,
                                   u"tzatziki"_s))[u"result"_s][u"order"_s][u"lines"_s][0][u"id"_s]
                .toInteger();
        QVERIFY(lineId > 0);
        QCOMPARE(TestClient::errorCode(host.request(
                     u"order.line.advance"_s, {{u"lineId"_s, lineId}, {u"to"_s, u"cooking"_s}})),
                 u"forbidden"_s);
        QCOMPARE(TestClient::errorCode(host.request(
                     u"order.line.advance"_s, {{u"lineId"_s, lineId}, {u"to"_s, u"served"_s}})),
                 u"illegal_transition"_s);
        QCOMPARE(TestClient::errorCode(host.request(
                     u"order.line.advance"_s, {{u"lineId"_s, lineId}, {u"to"_s, u"cancelled"_s}})),
                 u"bad_request"_s);
    }

    // order.place runs without a savepoint of its own (HubOperations::beginBatch). A first order
    // with a dish that does not exist is refused before it seats its table, so it costs only
    // itself: the round is not rolled back and handled again, the refused order leaves nothing
    // and the orders beside it are stored once.
    void aRefusedFirstOrderSpoilsNothingOfItsRound()
    {
        // A round takes its sockets in the order they connected, so six, connected last, comes
        // after the two orders it would spoil.
        // The hub says so (an info line) when it handles a round again.
        static QStringList heard;
        heard.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                      const QString &message) { heard.append(message); });
        const auto restore = qScopeGuard([previous] { qInstallMessageHandler(previous); });
        TestClient seven, eight, six;
        QVERIFY(seven.connectAs(url(), m_venue->enroll(u"Table 7 tablet"_s, u"table"_s, 7)));
        QVERIFY(eight.connectAs(url(), m_venue->enroll(u"Table 8 tablet"_s, u"table"_s, 8)));
        QVERIFY(six.connectAs(url(), m_venue->enroll(u"Table 6 tablet"_s, u"table"_s, 6)));
        const auto before = m_venue->counts();

        // Sent together, read in one round. Each table is empty, so each order first seats it;
        // six's then names a dish that does not exist.
        QJsonObject unknownDish = orderArgs(u"six-1"_s, u"hummus"_s);
        unknownDish[u"lines"_s] =
            QJsonArray{QJsonObject{{u"itemId"_s, 999999}, {u"quantity"_s, 1}}};
        const QString sevenId = seven.send(u"order.place"_s, orderArgs(u"seven-1"_s, u"hummus"_s));
        const QString eightId = eight.send(u"order.place"_s, orderArgs(u"eight-1"_s, u"hummus"_s));
        const QString sixId = six.send(u"order.place"_s, unknownDish);

        QCOMPARE(TestClient::errorCode(six.replyTo(sixId)), u"unknown_item"_s);
        QVERIFY(seven.replyTo(sevenId)[u"ok"_s].toBool());
        QVERIFY(eight.replyTo(eightId)[u"ok"_s].toBool());
        auto after = m_venue->counts();
        QCOMPARE(after[u"orders"_s] - before[u"orders"_s], 2);
        QCOMPARE(after[u"table_sessions"_s] - before[u"table_sessions"_s], 2); // not table 6
        QCOMPARE(after[u"events"_s] - before[u"events"_s], 4); // two seatings, two orders
        QVERIFY2(!heard.join(u'\n').contains(u"failed after writing"_s),
                 qPrintable(heard.join(u'\n')));
        QCOMPARE(m_venue
                     ->scalar(u"SELECT count(*) FROM table_sessions s JOIN dining_tables t "
                              u"ON t.id = s.table_id WHERE t.number = 6"_s)
                     .toInt(),
                 0);

        // Later rounds are batched as before: six orders a real dish and is seated for it.
        QVERIFY(
            six.request(u"order.place"_s, orderArgs(u"six-2"_s, u"hummus"_s))[u"ok"_s].toBool());
        QCOMPARE(m_venue->counts()[u"orders"_s] - before[u"orders"_s], 3);
    }

    void seatingAndClosingATable()
    {
        TestClient host;
        QVERIFY(host.connectAs(url(), m_hostToken));
        const QJsonObject seated =
            host.request(u"session.seat"_s, {{u"table"_s, 3}, {u"partySize"_s, 4}});
        QVERIFY(seated[u"ok"_s].toBool());
        const qint64 sessionId = seated[u"result"_s][u"sessionId"_s].toInteger();
        QCOMPARE(TestClient::errorCode(host.request(u"session.seat"_s, {{u"table"_s, 3}})),
                 u"table_occupied"_s);
        QCOMPARE(TestClient::errorCode(host.request(u"session.seat"_s, {{u"table"_s, 99}})),
                 u"unknown_table"_s);
        QVERIFY(host.request(u"session.close"_s, {{u"sessionId"_s, sessionId}})[u"ok"_s].toBool());
        QVERIFY(host.request(u"subscribe"_s, {})[u"ok"_s].toBool());
        QVERIFY(host.waitForEvents(2));
        QCOMPARE(host.eventTypes(), (QStringList{u"session.opened"_s, u"session.closed"_s}));
        QCOMPARE(host.events()[1][u"data"_s][u"table"_s].toInt(), 3);
    }

    void dinersAndStaffTalk()
    {
        TestClient table;
        TestClient host;
        QVERIFY(table.connectAs(url(), m_tableToken));
        QVERIFY(host.connectAs(url(), m_hostToken));
        QVERIFY(host.request(u"subscribe"_s, {})[u"ok"_s].toBool());

        const QJsonObject call = table.request(u"service.call"_s, {{u"kind"_s, u"water"_s}});
        QVERIFY(call[u"ok"_s].toBool());
        QCOMPARE(TestClient::errorCode(table.request(u"service.call"_s, {{u"kind"_s, u"cake"_s}})),
                 u"bad_request"_s);
        QVERIFY(host.request(u"service.acknowledge"_s,
                             {{u"requestId"_s, call[u"result"_s][u"requestId"_s]}})[u"ok"_s]
                    .toBool());
        QVERIFY(table.request(u"chat.send"_s, {{u"body"_s, u"Dessert menu, please?"_s}})[u"ok"_s]
                    .toBool());
        QVERIFY(host.request(u"chat.send"_s, {{u"table"_s, 4}, {u"body"_s, u"Coming!"_s}})[u"ok"_s]
                    .toBool());
        QCOMPARE(TestClient::errorCode(host.request(u"chat.send"_s, {{u"body"_s, u"Hi"_s}})),
                 u"bad_request"_s); // staff name the table
        // The visit's card; a dish's stars out of range are refused.
        QVERIFY(table.request(u"visit.rate"_s, {{u"food"_s, 5}})[u"ok"_s].toBool());
        QCOMPARE(TestClient::errorCode(
                     table.request(u"feedback.give"_s, {{u"itemId"_s, 1}, {u"rating"_s, 6}})),
                 u"bad_request"_s);
        const QJsonObject idea = table.request(u"idea.submit"_s, {{u"body"_s, u"Kids' menu"_s}});
        QVERIFY(idea[u"ok"_s].toBool());
        const QJsonObject vote{{u"ideaId"_s, idea[u"result"_s][u"ideaId"_s]}};
        QCOMPARE(TestClient::errorCode(table.request(u"idea.vote"_s, vote)), u"already_voted"_s);

        // The floor hears no ratings: service is the venue's, nobody is scored during it.
        QVERIFY(host.waitForEvents(6));
        QCOMPARE(host.eventTypes(), (QStringList{u"session.opened"_s, u"service.requested"_s,
                                                 u"service.acknowledged"_s, u"chat.message"_s,
                                                 u"chat.message"_s, u"idea.submitted"_s}));
        const QList<QJsonObject> events = host.events();
        QCOMPARE(events[1][u"data"_s][u"kind"_s].toString(), u"water"_s);
        QCOMPARE(events[3][u"data"_s][u"from"_s].toString(), u"table"_s);
        QCOMPARE(events[4][u"data"_s][u"from"_s].toString(), u"host"_s);
        QCOMPARE(events[4][u"data"_s][u"body"_s].toString(), u"Coming!"_s);
    }
};

QTEST_GUILESS_MAIN(TestHubOperations)
#include "tst_huboperations.moc"
