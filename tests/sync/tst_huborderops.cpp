// OrderOperations: order.place (priced here, a table's first order seats it, a key placed twice
// answers the first order), order.line.advance (the order state machine's moves, one event
// each), order.cancel (a staff PIN, a reason); a dish counted down is sold out at zero.
#include "hubstorefixture.h"
#include "menuoperations.h"
#include "orderoperations.h"
#include "recommendoperations.h"
#include "sessionoperations.h"
#include "staffpincheck.h"
#include "stationoperations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubOrderOps : public QObject {
    Q_OBJECT

private:
    HubStoreFixture m_store;
    std::unique_ptr<StaffPinCheck> m_pins;
    std::unique_ptr<StationOperations> m_stations;
    std::unique_ptr<RecommendOperations> m_recommendations;
    std::unique_ptr<SessionOperations> m_sessions;
    std::unique_ptr<OrderOperations> m_orders;
    Device m_table;
    Device m_kitchen;
    Device m_host;
    int m_keys = 0;

    QJsonObject orderArgs(const QString &dish, int quantity = 1)
    {
        return {{u"key"_s, u"key-%1"_s.arg(++m_keys)},
                {u"lines"_s, QJsonArray{HubStoreFixture::line(m_store.itemId(dish), quantity)}}};
    }

    // A line placed now, at table 4.
    qint64 placedLine()
    {
        auto placed = m_orders->place(m_table, orderArgs(u"hummus"_s));
        if (!placed)
            return 0;
        const QJsonObject reply = QJsonDocument::fromJson(placed->resultJson).object();
        return reply[u"order"_s][u"lines"_s][0][u"id"_s].toInteger();
    }

    Result<HubOutcome> advance(const Device &caller, qint64 lineId, const QString &to)
    {
        return m_orders->advanceLine(caller, {{u"lineId"_s, lineId}, {u"to"_s, to}});
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_store.open(), QString());
        m_pins = std::make_unique<StaffPinCheck>(*m_store.work);
        m_sessions = std::make_unique<SessionOperations>(*m_store.work);
        m_stations = std::make_unique<StationOperations>(*m_store.work);
        m_recommendations = std::make_unique<RecommendOperations>(*m_store.work, *m_stations);
        m_orders = std::make_unique<OrderOperations>(*m_store.work, *m_sessions, *m_pins,
                                                     *m_recommendations);
        m_table = m_store.device(u"table"_s, 4);
        m_kitchen = m_store.device(u"kitchen"_s);
        m_host = m_store.device(u"host"_s);
    }

    void aTablesFirstOrderSeatsItAndIsPricedHere()
    {
        QJsonObject args = orderArgs(u"grilled-halloumi"_s, 2);
        args.insert(u"total"_s, 1); // a client's figure is never read
        const auto placed = m_orders->place(m_table, args);
        QVERIFY2(placed, qPrintable(placed ? QString() : placed.error().message));
        QCOMPARE(HubStoreFixture::types(placed->events),
                 (QStringList{u"session.opened"_s, u"order.placed"_s}));
        const QJsonObject order =
            QJsonDocument::fromJson(placed->resultJson).object()[u"order"_s].toObject();
        QCOMPARE(order[u"table"_s].toInt(), 4);
        QCOMPARE(order[u"total"_s].toInteger(), 2 * 850);
        // The second order finds the table seated.
        const auto second = m_orders->place(m_table, orderArgs(u"hummus"_s));
        QVERIFY(second);
        QCOMPARE(HubStoreFixture::types(second->events), QStringList{u"order.placed"_s});
    }

    void aKeyPlacedTwiceAnswersTheFirstOrder()
    {
        const QJsonObject args = orderArgs(u"tzatziki"_s);
        const auto first = m_orders->place(m_table, args);
        QVERIFY(first);
        const qint64 orders = m_store.count(u"orders"_s);
        const auto again = m_orders->place(m_table, args);
        QVERIFY(again);
        QVERIFY(!again->keep);
        QVERIFY(again->events.isEmpty());
        QCOMPARE(again->result[u"order"_s][u"id"_s],
                 QJsonDocument::fromJson(first->resultJson).object()[u"order"_s][u"id"_s]);
        QCOMPARE(m_store.count(u"orders"_s), orders);
        // Another table's tablet never gets it back.
        const auto other = m_orders->place(m_store.device(u"table"_s, 7), args);
        QCOMPARE(other.error().code, u"forbidden"_s);
    }

    void aBadOrderIsRefusedBeforeTheTableIsSeated()
    {
        const qint64 sessions = m_store.count(u"table_sessions"_s);
        const auto refused =
            m_orders->place(m_store.device(u"table"_s, 9), orderArgs(u"hummus"_s, 51));
        QCOMPARE(refused.error().code, u"quantity_too_large"_s);
        QCOMPARE(m_store.count(u"table_sessions"_s), sessions);
    }

    void cookingAPlacedLineAcceptsItFirst()
    {
        const qint64 lineId = placedLine();
        QVERIFY(lineId > 0);
        const auto cooking = advance(m_kitchen, lineId, u"cooking"_s);
        QVERIFY(cooking);
        QCOMPARE(cooking->events.size(), 2);
        QCOMPARE(cooking->events[0].data[u"status"_s].toString(), u"accepted"_s);
        QCOMPARE(cooking->events[1].data[u"status"_s].toString(), u"cooking"_s);
        QCOMPARE(cooking->result[u"status"_s].toString(), u"cooking"_s);
        QCOMPARE(cooking->result[u"lineId"_s].toInteger(), lineId);
        // Every other move is the one asked for, or refused.
        QCOMPARE(advance(m_kitchen, lineId, u"ready"_s)->events.size(), 1);
        QCOMPARE(advance(m_kitchen, lineId, u"cooking"_s).error().code, u"illegal_transition"_s);
        QCOMPARE(advance(m_host, lineId, u"served"_s)->result[u"orderStatus"_s].toString(),
                 u"served"_s);
        QCOMPARE(advance(m_kitchen, lineId, u"cooking"_s).error().code, u"already_final"_s);
        const qint64 accepted = placedLine();
        QCOMPARE(advance(m_kitchen, accepted, u"accepted"_s)->events.size(), 1);
        QCOMPARE(advance(m_kitchen, accepted, u"cooking"_s)->events.size(), 1);
    }

    void advanceRefusals_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("knownLine");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("to placed") << u"kitchen"_s << u"placed"_s << true << u"bad_request"_s;
        QTest::newRow("to cancelled") << u"kitchen"_s << u"cancelled"_s << true << u"bad_request"_s;
        QTest::newRow("to nowhere") << u"kitchen"_s << u"done"_s << true << u"bad_request"_s;
        QTest::newRow("a host cooks") << u"host"_s << u"cooking"_s << true << u"forbidden"_s;
        QTest::newRow("skipping") << u"kitchen"_s << u"ready"_s << true << u"illegal_transition"_s;
        QTest::newRow("unknown line") << u"kitchen"_s << u"cooking"_s << false << u"unknown_line"_s;
    }
    void advanceRefusals()
    {
        QFETCH(QString, role);
        QFETCH(QString, to);
        QFETCH(bool, knownLine);
        QFETCH(QString, refusal);
        const qint64 lineId = knownLine ? placedLine() : 999999;
        const qint64 events = m_store.count(u"events"_s);
        const auto refused = advance(m_store.device(role), lineId, to);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, refusal);
        QCOMPARE(m_store.count(u"events"_s), events);
    }

    void cancellingNeedsAPinAndAReason()
    {
        const auto placed = m_orders->place(m_table, orderArgs(u"hummus"_s));
        QVERIFY(placed);
        const qint64 orderId =
            QJsonDocument::fromJson(placed->resultJson).object()[u"order"_s][u"id"_s].toInteger();
        QVERIFY(orderId > 0);
        auto cancel = [&](const QString &reason, const QString &pin) {
            QJsonObject args{{u"orderId"_s, orderId}, {u"reason"_s, reason}};
            if (!pin.isEmpty())
                args.insert(u"pin"_s, pin);
            return m_orders->cancel(m_host, args);
        };
        QCOMPARE(cancel(u"Guest left"_s, {}).error().code, u"pin_required"_s);
        QCOMPARE(cancel(u"  "_s, u"1379"_s).error().code, u"reason_required"_s);
        QCOMPARE(cancel(u"Guest left"_s, u"0000"_s).error().code, u"pin_wrong"_s);
        const auto cancelled = cancel(u"Guest left"_s, u"1379"_s);
        QVERIFY(cancelled);
        QCOMPARE(cancelled->result[u"order"_s][u"status"_s].toString(), u"cancelled"_s);
        QCOMPARE(HubStoreFixture::types(cancelled->events), QStringList{u"order.cancelled"_s});
        QCOMPARE(cancelled->events[0].data[u"reason"_s].toString(), u"Guest left"_s);
    }

    // The kitchen counts a dish down: each order takes from what is left, one that wants more
    // is refused naming its line, and at zero the dish is sold out everywhere.
    void aCountedDishIsSoldOutAtZero()
    {
        StationOperations stations(*m_store.work);
        MenuOperations menu(*m_store.work, stations);
        const qint64 baklava = m_store.itemId(u"baklava"_s);
        const auto counted = menu.setStock(m_kitchen, {{u"itemId"_s, baklava}, {u"count"_s, 3}});
        QVERIFY(counted.ok());
        QCOMPARE(HubStoreFixture::types(counted->events), QStringList{u"menu.stock"_s});
        QCOMPARE(counted->result[u"stockLeft"_s].toInt(), 3);

        auto placed = m_orders->place(m_table, orderArgs(u"baklava"_s, 2));
        QVERIFY(placed.ok());
        QCOMPARE(HubStoreFixture::types(placed->events).mid(placed->events.size() - 2),
                 (QStringList{u"order.placed"_s, u"menu.stock"_s})); // after session.opened
        QCOMPARE(placed->events.last().data[u"stockLeft"_s].toInt(), 1);
        QCOMPARE(placed->events.last().data[u"available"_s].toBool(), true);

        const auto tooMany = m_orders->place(m_table, orderArgs(u"baklava"_s, 2));
        QCOMPARE(tooMany.error().code, u"not_enough_left"_s);
        QVERIFY2(tooMany.error().message.contains(u"Only 1 left of"_s),
                 qPrintable(tooMany.error().message));

        placed = m_orders->place(m_table, orderArgs(u"baklava"_s, 1));
        QVERIFY(placed.ok());
        QCOMPARE(placed->events.last().data[u"stockLeft"_s].toInt(), 0);
        QCOMPARE(placed->events.last().data[u"available"_s].toBool(), false);
        QCOMPARE(m_orders->place(m_table, orderArgs(u"baklava"_s, 1)).error().code,
                 u"item_unavailable"_s);
        QCOMPARE(
            m_store.scalar(u"SELECT available FROM menu_items WHERE id = ?"_s, {baklava}).toInt(),
            0);
        // Counted again: on the menu again; no longer counted: stays as it is.
        QVERIFY(menu.setStock(m_kitchen, {{u"itemId"_s, baklava}, {u"count"_s, 5}}).ok());
        QVERIFY(m_orders->place(m_table, orderArgs(u"baklava"_s, 5)).ok());
        QVERIFY(menu.setStock(m_kitchen, {{u"itemId"_s, baklava}}).ok());
        QCOMPARE(m_orders->place(m_table, orderArgs(u"baklava"_s, 1)).error().code,
                 u"item_unavailable"_s);
    }
};

QTEST_GUILESS_MAIN(TestHubOrderOps)
#include "tst_huborderops.moc"
