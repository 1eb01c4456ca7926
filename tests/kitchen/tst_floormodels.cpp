// The floor's rules: each table's status from the event log, and alerts that escalate.
#include "alertsmodel.h"
#include "floormodel.h"
#include "kitchenevents.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

QJsonArray plan()
{
    return {QJsonObject{{u"number"_s, 1},
                        {u"seats"_s, 2},
                        {u"x"_s, 0.1},
                        {u"y"_s, 0.2},
                        {u"shape"_s, u"round"_s}},
            QJsonObject{{u"number"_s, 4},
                        {u"seats"_s, 4},
                        {u"x"_s, 0.5},
                        {u"y"_s, 0.5},
                        {u"shape"_s, u"square"_s},
                        {u"session"_s, QJsonObject{{u"id"_s, 400}, {u"partySize"_s, 3}}}}};
}

QString statusOf(const FloorModel &floor, int table)
{
    return floor.index(floor.rowOf(table)).data(FloorModel::StatusRole).toString();
}

} // namespace

class TestFloorModels : public QObject {
    Q_OBJECT

private slots:
    void planPlacesTables()
    {
        ManualClock clock(Seven);
        FloorModel floor(clock);
        QAbstractItemModelTester tester(&floor);
        floor.setTables(plan());
        QCOMPARE(floor.rowCount(), 2);
        QCOMPARE(floor.index(0).data(FloorModel::XRole).toDouble(), 0.1);
        QCOMPARE(floor.index(0).data(FloorModel::ShapeRole).toString(), u"round"_s);
        QCOMPARE(statusOf(floor, 1), u"free"_s);
        QCOMPARE(statusOf(floor, 4), u"seated"_s);
        floor.applyEvent(u"session.opened"_s,
                         {{u"sessionId"_s, 900}, {u"table"_s, 9}, {u"partySize"_s, 2}});
        QCOMPARE(floor.rowCount(), 3); // a table the plan does not place still shows
        QVERIFY(floor.index(floor.rowOf(9)).data(FloorModel::XRole).toDouble() < 0);
    }

    void snapshotRequestsKeepTheHubsTime()
    {
        ManualClock clock(Seven);
        FloorModel floor(clock);
        AlertsModel alerts(floor);
        QAbstractItemModelTester tester(&alerts);
        // Heard from the log just now, but the hub says it was asked for three minutes ago.
        floor.applyEvent(u"service.requested"_s,
                         {{u"requestId"_s, 5}, {u"table"_s, 1}, {u"kind"_s, u"water"_s}});
        QCOMPARE(alerts.escalatedCount(), 0);
        floor.setTables(plan(),
                        QJsonArray{QJsonObject{{u"requestId"_s, 5},
                                               {u"table"_s, 1},
                                               {u"kind"_s, u"water"_s},
                                               {u"requestedAt"_s, isoTime(Seven.addSecs(-180))}}});
        QCOMPARE(alerts.rowCount(), 1);
        QCOMPARE(alerts.escalatedCount(), 1);
        QCOMPARE(statusOf(floor, 1), u"called"_s);
    }

    void alertsAgeByTheHubsTime()
    {
        ManualClock clock(Seven);
        FloorModel floor(clock);
        floor.setTables(plan());
        floor.setThresholds(VenueThresholds::fromJson({{u"alertEscalateSeconds"_s, 120}}));
        AlertsModel alerts(floor);
        QAbstractItemModelTester tester(&alerts);
        // A replay heard now of what the hub stored 90 and 150 seconds ago.
        floor.applyEvent(u"order.placed"_s, placed(5, 105, 4, {{51, u"Steak"_s, u"grill"_s}}),
                         Seven.addSecs(-300));
        floor.applyEvent(u"order.line.status"_s, lineMoved(5, 51, u"ready"_s, 4),
                         Seven.addSecs(-90));
        floor.applyEvent(u"service.requested"_s,
                         {{u"requestId"_s, 3}, {u"table"_s, 1}, {u"kind"_s, u"bill"_s}},
                         Seven.addSecs(-150));
        QCOMPARE(alerts.rowCount(), 2);
        QCOMPARE(alerts.index(0).data(AlertsModel::KindRole).toString(), u"bill"_s);
        QVERIFY(alerts.index(0).data(AlertsModel::EscalatedRole).toBool());
        QCOMPARE(alerts.index(0).data(AlertsModel::AgeRole).toInt(), 150);
        QCOMPARE(alerts.index(1).data(AlertsModel::AgeRole).toInt(), 90);
        QVERIFY(!alerts.index(1).data(AlertsModel::EscalatedRole).toBool());
        clock.advance(30'000);
        alerts.refresh();
        QCOMPARE(alerts.escalatedCount(), 2);
    }

    void snapshotOrdersReplaceWhatWasKnown()
    {
        ManualClock clock(Seven);
        FloorModel floor(clock);
        QAbstractItemModelTester floorTester(&floor);
        floor.setTables(plan());
        AlertsModel alerts(floor);
        QAbstractItemModelTester tester(&alerts);
        floor.applyEvent(u"order.placed"_s, placed(5, 105, 4, {{51, u"Steak"_s, u"grill"_s}}));
        floor.applyEvent(u"order.line.status"_s, lineMoved(5, 51, u"ready"_s, 4),
                         Seven.addSecs(-40));
        floor.applyEvent(u"service.requested"_s,
                         {{u"requestId"_s, 3}, {u"table"_s, 1}, {u"kind"_s, u"water"_s}});
        QCOMPARE(alerts.rowCount(), 2);

        // After a reconnect: 5 was served meanwhile; 6 is ready since the hub's 18:58; 7 is
        // still cooking; the water was brought.
        auto ready = [](const QJsonObject &event, const QDateTime &at) {
            QJsonObject order = event[u"order"].toObject();
            QJsonArray lines = order[u"lines"].toArray();
            QJsonObject line = lines[0].toObject();
            line[u"status"_s] = u"ready"_s;
            line[u"readyAt"_s] = isoTime(at);
            lines[0] = line;
            order[u"lines"_s] = lines;
            return order;
        };
        floor.setOpenOrders(
            {ready(placed(6, 106, 1, {{61, u"Soup"_s, u"cold"_s}}), Seven.addSecs(-120)),
             placed(7, 107, 4, {{71, u"Cake"_s, u"pastry"_s}})[u"order"]});
        floor.setTables(plan(), QJsonArray{});
        QCOMPARE(alerts.rowCount(), 1);
        QCOMPARE(alerts.index(0).data(AlertsModel::KeyRole).toString(), u"ready-6"_s);
        QCOMPARE(alerts.index(0).data(AlertsModel::AgeRole).toInt(), 120);
        QCOMPARE(statusOf(floor, 1), u"ready"_s);
        QCOMPARE(statusOf(floor, 4), u"ordered"_s);
    }

    void statusFollowsTheEvening()
    {
        ManualClock clock(Seven);
        FloorModel floor(clock);
        QAbstractItemModelTester tester(&floor);
        floor.setTables(plan());
        floor.applyEvent(u"session.opened"_s,
                         {{u"sessionId"_s, 100}, {u"table"_s, 1}, {u"partySize"_s, 2}});
        QCOMPARE(statusOf(floor, 1), u"seated"_s);
        floor.applyEvent(
            u"order.placed"_s,
            placed(1, 101, 1, {{11, u"Steak"_s, u"grill"_s}, {12, u"Salad"_s, u"cold"_s}}));
        QCOMPARE(statusOf(floor, 1), u"ordered"_s);
        clock.advance(15 * 60'000);
        floor.refreshTimes();
        QCOMPARE(statusOf(floor, 1), u"waiting"_s);
        floor.applyEvent(u"order.line.status"_s, lineMoved(1, 11, u"ready"_s, 1));
        QCOMPARE(statusOf(floor, 1), u"ready"_s);
        QCOMPARE(floor.index(0).data(FloorModel::ReadyCountRole).toInt(), 1);
        floor.applyEvent(u"service.requested"_s,
                         {{u"requestId"_s, 7}, {u"table"_s, 1}, {u"kind"_s, u"water"_s}});
        QCOMPARE(statusOf(floor, 1), u"called"_s);
        floor.applyEvent(u"service.acknowledged"_s,
                         {{u"requestId"_s, 7}, {u"table"_s, 1}, {u"kind"_s, u"water"_s}});
        floor.applyEvent(u"order.line.status"_s, lineMoved(1, 11, u"served"_s, 1));
        floor.applyEvent(u"order.line.status"_s, lineMoved(1, 12, u"ready"_s, 1));
        floor.applyEvent(u"order.line.status"_s, lineMoved(1, 12, u"served"_s, 1));
        QCOMPARE(statusOf(floor, 1), u"seated"_s);
        floor.applyEvent(u"service.requested"_s,
                         {{u"requestId"_s, 8}, {u"table"_s, 1}, {u"kind"_s, u"bill"_s}});
        QCOMPARE(statusOf(floor, 1), u"bill"_s);
        QCOMPARE(floor.countWithStatus(u"bill"_s), 1);
        floor.applyEvent(u"session.closed"_s, {{u"sessionId"_s, 100}, {u"table"_s, 1}});
        QCOMPARE(statusOf(floor, 1), u"free"_s); // the party and its bill request are gone
        QCOMPARE(floor.state().requests().size(), 0);
    }

    // The header counts every status a table has, not only the one it shows: a table that called
    // while its food cooks is one of the "ordered" too.
    void headerCountsEveryStatusATableHas()
    {
        ManualClock clock(Seven);
        FloorModel floor(clock);
        floor.setTables(plan()); // table 4 is seated, table 1 free
        QCOMPARE(floor.countWithStatus(u"seated"_s), 1);
        QCOMPARE(floor.countWithStatus(u"free"_s), 1);
        QCOMPARE(floor.countWithStatus(u"ordered"_s), 0);
        floor.applyEvent(u"order.placed"_s, placed(5, 105, 4, {{51, u"Steak"_s, u"grill"_s}}));
        floor.applyEvent(u"service.requested"_s,
                         {{u"requestId"_s, 3}, {u"table"_s, 4}, {u"kind"_s, u"water"_s}});
        QCOMPARE(statusOf(floor, 4), u"called"_s);
        QCOMPARE(floor.countWithStatus(u"called"_s), 1);
        QCOMPARE(floor.countWithStatus(u"ordered"_s), 1);
        QCOMPARE(floor.countWithStatus(u"waiting"_s), 0);
        QCOMPARE(floor.countWithStatus(u"seated"_s), 1);
        QCOMPARE(floor.countWithStatus(u"free"_s), 1);
        clock.advance(15 * 60'000);
        QCOMPARE(floor.countWithStatus(u"waiting"_s), 1);
        QCOMPARE(floor.countWithStatus(u"ordered"_s), 1); // waiting long is still ordered
        floor.applyEvent(u"order.line.status"_s, lineMoved(5, 51, u"ready"_s, 4));
        QCOMPARE(floor.countWithStatus(u"ready"_s), 1);
        QCOMPARE(floor.countWithStatus(u"ordered"_s), 0);
        QCOMPARE(floor.countWithStatus(u"waiting"_s), 0);
    }

    // The table's sheet shows what the party ordered, served lines too, and the hub's totals,
    // across a reconnect's snapshot; the party leaving takes it away.
    void thePartysOrdersStayUntilItLeaves()
    {
        ManualClock clock(Seven);
        FloorModel floor(clock);
        floor.setTables(plan());
        const auto withTotal = [](QJsonObject event, qint64 total) {
            QJsonObject order = event[u"order"].toObject();
            order[u"total"_s] = total;
            event[u"order"_s] = order;
            return event;
        };
        floor.applyEvent(u"order.placed"_s,
                         withTotal(placed(5, 105, 4, {{51, u"Steak"_s, u"grill"_s, 2}}), 5900));
        floor.applyEvent(u"order.placed"_s,
                         withTotal(placed(6, 106, 4, {{61, u"Salad"_s, u"cold"_s}}), 850));
        for (const QString &to : {u"ready"_s, u"served"_s})
            floor.applyEvent(u"order.line.status"_s, lineMoved(5, 51, to, 4));
        QCOMPARE(statusOf(floor, 4), u"ordered"_s); // the salad is still with the kitchen
        QList<FloorLine> lines = floor.state().orderedLines(4);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].name, u"Steak"_s);
        QCOMPARE(lines[0].quantity, 2);
        QCOMPARE(lines[0].status, OrderStatus::Served);
        QCOMPARE(lines[1].status, OrderStatus::Placed);
        QCOMPARE(floor.state().orderedTotal(4), Money(6750, u"EUR"_s));

        // A reconnect: the snapshot has only the open order; the served one stays on the bill.
        floor.setOpenOrders(
            {withTotal(placed(6, 106, 4, {{61, u"Salad"_s, u"cold"_s}}), 850)[u"order"]});
        QCOMPARE(floor.state().orderedLines(4).size(), 2);
        QCOMPARE(floor.state().orderedTotal(4), Money(6750, u"EUR"_s));

        floor.applyEvent(u"session.closed"_s, {{u"sessionId"_s, 400}, {u"table"_s, 4}});
        QCOMPARE(floor.state().orderedLines(4).size(), 0);
        QCOMPARE(floor.state().orderedTotal(4).minorUnits(), 0);
        QCOMPARE(statusOf(floor, 4), u"free"_s);
    }

    void alertsEscalateToTheTop()
    {
        ManualClock clock(Seven);
        FloorModel floor(clock);
        floor.setTables(plan());
        floor.setThresholds(VenueThresholds::fromJson({{u"alertEscalateSeconds"_s, 120}}));
        AlertsModel alerts(floor);
        QAbstractItemModelTester tester(&alerts);
        QSignalSpy escalated(&alerts, &AlertsModel::escalated);
        floor.applyEvent(u"service.requested"_s,
                         {{u"requestId"_s, 1}, {u"table"_s, 1}, {u"kind"_s, u"help"_s}});
        clock.advance(60'000);
        floor.applyEvent(u"order.placed"_s, placed(5, 105, 4, {{51, u"Steak"_s, u"grill"_s, 2}}));
        floor.applyEvent(u"order.line.status"_s, lineMoved(5, 51, u"ready"_s, 4));
        clock.advance(30'000);
        floor.applyEvent(u"service.requested"_s,
                         {{u"requestId"_s, 2}, {u"table"_s, 4}, {u"kind"_s, u"bill"_s}});
        QCOMPARE(alerts.rowCount(), 3);
        // None escalated yet: newest first.
        QCOMPARE(alerts.index(0).data(AlertsModel::KindRole).toString(), u"bill"_s);
        QCOMPARE(alerts.index(1).data(AlertsModel::KindRole).toString(), u"ready"_s);
        QCOMPARE(alerts.index(1).data(AlertsModel::LinesRole).toList().size(), 1);
        QCOMPARE(alerts.index(2).data(AlertsModel::KindRole).toString(), u"help"_s);
        QCOMPARE(escalated.size(), 0);

        clock.advance(30'000); // the call is 2 minutes old
        alerts.refresh();
        QCOMPARE(alerts.index(0).data(AlertsModel::KindRole).toString(), u"help"_s);
        QVERIFY(alerts.index(0).data(AlertsModel::EscalatedRole).toBool());
        QCOMPARE(alerts.index(0).data(AlertsModel::AgeRole).toInt(), 120);
        QCOMPARE(alerts.index(1).data(AlertsModel::KindRole).toString(), u"bill"_s);
        QCOMPARE(escalated.size(), 1);
        QCOMPARE(alerts.escalatedCount(), 1);

        clock.advance(60'000); // the food has waited 2 minutes as well
        alerts.refresh();
        QCOMPARE(alerts.escalatedCount(), 2);
        QCOMPARE(alerts.index(1).data(AlertsModel::KindRole).toString(), u"ready"_s);
        QCOMPARE(escalated.size(), 2); // once per alert, not once per tick
        alerts.refresh();
        QCOMPARE(escalated.size(), 2);

        floor.applyEvent(u"service.acknowledged"_s, {{u"requestId"_s, 1}, {u"table"_s, 1}});
        floor.applyEvent(u"order.line.status"_s, lineMoved(5, 51, u"served"_s, 4));
        QCOMPARE(alerts.rowCount(), 1);
        QCOMPARE(alerts.index(0).data(AlertsModel::KindRole).toString(), u"bill"_s);
    }
};

QTEST_GUILESS_MAIN(TestFloorModels)
#include "tst_floormodels.moc"
