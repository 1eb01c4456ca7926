// An order's life after placing: the kitchen's moves and the derived order status, illegal
// moves, cancelling, and the open and per-session lists.
#include "orderfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestOrderLifecycle : public QObject, private OrderFixture {
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        QVERIFY(m_store->open());
    }

    void linesMoveThroughEveryStateAndTheOrderFollows()
    {
        const OrderRecord order = placeAt(9, {line(u"hummus"_s), line(u"baklava"_s)});
        QCOMPARE(order.lines.size(), 2);
        const qint64 lineIds[2] = {order.lines[0].id, order.lines[1].id};
        struct Step {
            int line;
            OrderStatus to;
            const char *orderStatus; // least advanced live line, worked out by hand
        };
        const Step steps[] = {
            {0, OrderStatus::Accepted, "placed"},  {1, OrderStatus::Accepted, "accepted"},
            {0, OrderStatus::Cooking, "accepted"}, {0, OrderStatus::Ready, "accepted"},
            {1, OrderStatus::Cooking, "cooking"},  {0, OrderStatus::Served, "cooking"},
            {1, OrderStatus::Ready, "ready"},      {1, OrderStatus::Served, "served"},
        };
        int history = m_store->count(u"order_status_history"_s);
        QString lastOrderStatus = u"placed"_s;
        for (const Step &step : steps) {
            auto change = orders().advanceLine(lineIds[step.line], step.to, 0);
            QVERIFY2(change.ok(), qPrintable(change.ok() ? QString() : change.error().message));
            QCOMPARE(change->orderId, order.id);
            QCOMPARE(change->lineId, lineIds[step.line]);
            QCOMPARE(change->tableNumber, 9);
            QCOMPARE(code(change->lineStatus), code(step.to));
            QCOMPARE(code(*orders().lineStatus(lineIds[step.line])), code(step.to));
            QCOMPARE(code(change->orderStatus), QString::fromLatin1(step.orderStatus));
            QCOMPARE(
                m_store
                    ->scalar(u"SELECT status FROM order_lines WHERE id = ?"_s, {lineIds[step.line]})
                    .toString(),
                code(step.to));
            QCOMPARE(
                m_store->scalar(u"SELECT status FROM orders WHERE id = ?"_s, {order.id}).toString(),
                QString::fromLatin1(step.orderStatus));
            // One row for the line, one more when the order's own status moved.
            history += lastOrderStatus == QLatin1String(step.orderStatus) ? 1 : 2;
            lastOrderStatus = QString::fromLatin1(step.orderStatus);
            QCOMPARE(m_store->count(u"order_status_history"_s), history);
        }
        auto served = orders().order(order.id, u"en"_s);
        QVERIFY(served.ok());
        QCOMPARE(code(served->status), u"served"_s);
        QVERIFY(orders().openOrders(u"en"_s)->isEmpty());
    }

    void illegalMovesAreRefused_data()
    {
        QTest::addColumn<int>("stepsFirst"); // forward moves before the attempt
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("code");
        QTest::newRow("placed -> cooking") << 0 << u"cooking"_s << u"illegal_transition"_s;
        QTest::newRow("placed -> served") << 0 << u"served"_s << u"illegal_transition"_s;
        QTest::newRow("placed -> placed") << 0 << u"placed"_s << u"no_change"_s;
        QTest::newRow("placed -> cancelled") << 0 << u"cancelled"_s << u"reason_required"_s;
        QTest::newRow("cooking -> accepted") << 2 << u"accepted"_s << u"illegal_transition"_s;
        QTest::newRow("served -> ready") << 4 << u"ready"_s << u"already_final"_s;
    }
    void illegalMovesAreRefused()
    {
        QFETCH(int, stepsFirst);
        QFETCH(QString, to);
        QFETCH(QString, code);
        const OrderRecord order = placeAt(10, {line(u"hummus"_s)});
        QCOMPARE(order.lines.size(), 1);
        const qint64 lineId = order.lines[0].id;
        OrderStatus status = OrderStatus::Placed;
        for (int i = 0; i < stepsFirst; ++i) {
            status = *OrderStateMachine::nextStatus(status);
            QVERIFY(orders().advanceLine(lineId, status, 0).ok());
        }
        const int history = m_store->count(u"order_status_history"_s);
        auto refused = orders().advanceLine(lineId, *orderStatusFromCode(to), 0);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QCOMPARE(
            m_store->scalar(u"SELECT status FROM order_lines WHERE id = ?"_s, {lineId}).toString(),
            orderStatusCode(status));
        QCOMPARE(m_store->count(u"order_status_history"_s), history);
    }

    void unknownIdsAreRefused()
    {
        auto line = orders().advanceLine(424242, OrderStatus::Accepted, 0);
        QVERIFY(!line.ok());
        QCOMPARE(line.error().code, u"unknown_line"_s);
        QCOMPARE(orders().lineStatus(424242).error().code, u"unknown_line"_s);
        auto order = orders().order(424242, u"en"_s);
        QVERIFY(!order.ok());
        QCOMPARE(order.error().code, u"unknown_order"_s);
        auto cancel = orders().cancel(424242, u"Guest left"_s, 0, u"en"_s);
        QVERIFY(!cancel.ok());
        QCOMPARE(cancel.error().code, u"unknown_order"_s);
    }

    void cancelCancelsWhatIsNotServed()
    {
        const OrderRecord order =
            placeAt(11, {line(u"hummus"_s), line(u"baklava"_s), line(u"dolmades"_s)});
        QCOMPARE(order.lines.size(), 3);
        for (OrderStatus to :
             {OrderStatus::Accepted, OrderStatus::Cooking, OrderStatus::Ready, OrderStatus::Served})
            QVERIFY(orders().advanceLine(order.lines[0].id, to, 0).ok());

        auto noReason = orders().cancel(order.id, u"  "_s, 0, u"en"_s);
        QVERIFY(!noReason.ok());
        QCOMPARE(noReason.error().code, u"reason_required"_s);
        QCOMPARE(m_store->count(u"order_lines WHERE status = 'cancelled'"_s), 0);

        auto cancelled = orders().cancel(order.id, u"Guest left"_s, 0, u"en"_s);
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled->lines.size(), 3);
        QCOMPARE(code(cancelled->lines[0].status), u"served"_s);
        QCOMPARE(code(cancelled->lines[1].status), u"cancelled"_s);
        QCOMPARE(code(cancelled->lines[2].status), u"cancelled"_s);
        QCOMPARE(cancelled->lines[1].cancelReason, u"Guest left"_s);
        QCOMPARE(cancelled->cancelReason, u"Guest left"_s);
        QCOMPARE(code(cancelled->status), u"served"_s); // the served line is what is left
        QCOMPARE(m_store->count(u"order_lines WHERE status = 'cancelled'"_s), 2);

        auto twice = orders().cancel(order.id, u"Guest left"_s, 0, u"en"_s);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, u"already_final"_s);
    }

    void cancellingEveryLineCancelsTheOrder()
    {
        const OrderRecord order = placeAt(12, {line(u"hummus"_s), line(u"baklava"_s)});
        QCOMPARE(order.lines.size(), 2);
        QVERIFY(orders().advanceLine(order.lines[1].id, OrderStatus::Accepted, 0).ok());
        auto cancelled = orders().cancel(order.id, u"Kitchen closed"_s, 0, u"en"_s);
        QVERIFY(cancelled.ok());
        QCOMPARE(code(cancelled->status), u"cancelled"_s);
        QCOMPARE(
            m_store->scalar(u"SELECT status FROM orders WHERE id = ?"_s, {order.id}).toString(),
            u"cancelled"_s);
        QCOMPARE(m_store->count(u"order_status_history WHERE to_status = 'cancelled'"_s), 3);
    }

    void openAndSessionOrders()
    {
        const OrderRecord a = placeAt(1, {line(u"hummus"_s)});
        const OrderRecord b = placeAt(2, {line(u"baklava"_s)});
        const OrderRecord c = placeAt(1, {line(u"dolmades"_s)});
        QVERIFY(a.id > 0 && b.lines.size() == 1 && c.id > 0);
        for (OrderStatus to :
             {OrderStatus::Accepted, OrderStatus::Cooking, OrderStatus::Ready, OrderStatus::Served})
            QVERIFY(orders().advanceLine(b.lines[0].id, to, 0).ok());

        auto open = orders().openOrders(u"en"_s);
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 2);
        QCOMPARE(open->at(0), a);
        QCOMPARE(open->at(1).id, c.id);

        auto atTableOne = orders().sessionOrders(a.sessionId, u"en"_s);
        QVERIFY(atTableOne.ok());
        QCOMPARE(atTableOne->size(), 2);
        QCOMPARE(atTableOne->at(1), c);

        QVERIFY(orders().cancel(c.id, u"Changed their mind"_s, 0, u"en"_s).ok());
        QCOMPARE(orders().openOrders(u"en"_s)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOrderLifecycle)
#include "tst_orderlifecycle.moc"
