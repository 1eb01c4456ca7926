// When a kitchen station counts as behind: open tickets over the owner's limit, or open lines
// that waited longer than the warn time on average; and how the lines are counted per station.

#include "stationloadrule.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

const QDateTime Now = QDateTime::fromString(u"2026-11-23T20:00:00.000Z"_s, Qt::ISODateWithMs);

OpenStationLine line(qint64 order, const QString &station, int minutesAgo)
{
    return {order, station, Now.addSecs(-60 * minutesAgo)};
}

} // namespace

class TestStationLoadRule : public QObject {
    Q_OBJECT

private slots:
    void behind_data()
    {
        QTest::addColumn<int>("openTickets");
        QTest::addColumn<qint64>("averageWaitSeconds");
        QTest::addColumn<bool>("behind");
        QTest::newRow("quiet") << 0 << qint64(0) << false;
        QTest::newRow("at the ticket limit") << 6 << qint64(60) << false;
        QTest::newRow("one ticket over") << 7 << qint64(60) << true;
        QTest::newRow("exactly the warn time") << 2 << qint64(8 * 60) << false;
        QTest::newRow("a second past the warn time") << 2 << qint64(8 * 60 + 1) << true;
        QTest::newRow("both over") << 9 << qint64(20 * 60) << true;
    }
    void behind()
    {
        QFETCH(int, openTickets);
        QFETCH(qint64, averageWaitSeconds);
        QFETCH(bool, behind);
        QCOMPARE(isStationBehind(openTickets, averageWaitSeconds, {6, 8}), behind);
    }

    void onlyUnfinishedLinesHoldAStation_data()
    {
        QTest::addColumn<OrderStatus>("status");
        QTest::addColumn<bool>("holds");
        QTest::newRow("placed") << OrderStatus::Placed << true;
        QTest::newRow("accepted") << OrderStatus::Accepted << true;
        QTest::newRow("cooking") << OrderStatus::Cooking << true;
        QTest::newRow("ready") << OrderStatus::Ready << false;
        QTest::newRow("served") << OrderStatus::Served << false;
        QTest::newRow("cancelled") << OrderStatus::Cancelled << false;
    }
    void onlyUnfinishedLinesHoldAStation()
    {
        QFETCH(OrderStatus, status);
        QFETCH(bool, holds);
        QCOMPARE(holdsStation(status), holds);
    }

    void ticketsAreOrdersAndTheWaitIsAnAverageOverLines()
    {
        // Order 1 has two grill lines: one ticket, two lines. Order 2 spans grill and bar.
        const QList<OpenStationLine> lines{line(1, u"grill"_s, 10), line(1, u"grill"_s, 10),
                                           line(2, u"grill"_s, 4), line(2, u"bar"_s, 4)};
        const QList<StationLoad> loads =
            measureStationLoads(lines, {u"cold"_s, u"grill"_s}, Now, {6, 8});
        QCOMPARE(loads.size(), 3);
        QCOMPARE(loads[0], (StationLoad{u"cold"_s, 0, 0, 0, false}));
        // (10 + 10 + 4) / 3 = 8 minutes: exactly the warn time is not behind.
        QCOMPARE(loads[1], (StationLoad{u"grill"_s, 2, 3, 8 * 60, false}));
        QCOMPARE(loads[2], (StationLoad{u"bar"_s, 1, 1, 4 * 60, false}));
    }

    void aTicketTooManyOrALongWaitPutsAStationBehind()
    {
        QList<OpenStationLine> lines;
        for (int order = 1; order <= 3; ++order)
            lines.append(line(order, u"dessert"_s, 0));
        QVERIFY(!measureStationLoads(lines, {}, Now, {3, 8})[0].behind);
        lines.append(line(4, u"dessert"_s, 0));
        QVERIFY(measureStationLoads(lines, {}, Now, {3, 8})[0].behind);
        QVERIFY(measureStationLoads({line(9, u"bar"_s, 12)}, {}, Now, {3, 8})[0].behind);
    }

    void aLineWithoutATimeOrFromTheFutureWaitedNothing()
    {
        const QList<OpenStationLine> lines{{1, u"bar"_s, {}}, line(2, u"bar"_s, -5)};
        const StationLoad load = measureStationLoads(lines, {}, Now, {6, 8})[0];
        QCOMPARE(load.openLines, 2);
        QCOMPARE(load.averageWaitSeconds, 0);
    }

    void onlyAChangedVerdictIsNews_data()
    {
        QTest::addColumn<bool>("judgedBefore");
        QTest::addColumn<bool>("wasBehind");
        QTest::addColumn<bool>("isBehind");
        QTest::addColumn<bool>("news");
        QTest::newRow("never judged, keeping up") << false << false << false << false;
        QTest::newRow("never judged, behind") << false << false << true << true;
        QTest::newRow("still keeping up") << true << false << false << false;
        QTest::newRow("falls behind") << true << false << true << true;
        QTest::newRow("still behind") << true << true << true << false;
        QTest::newRow("catches up") << true << true << false << true;
    }
    void onlyAChangedVerdictIsNews()
    {
        QFETCH(bool, judgedBefore);
        QFETCH(bool, wasBehind);
        QFETCH(bool, isBehind);
        QFETCH(bool, news);
        QHash<QString, StationLoad> previous;
        if (judgedBefore)
            previous.insert(u"grill"_s, {u"grill"_s, 7, 7, 60, wasBehind});
        // The bar, never judged and keeping up, is never news; it keeps the order of measuring.
        const QList<StationLoad> measured{{u"bar"_s, 1, 1, 60, false},
                                          {u"grill"_s, 3, 4, 90, isBehind}};
        const QList<StationLoad> changed = changedStationLoads(measured, previous);
        QCOMPARE(changed, news ? QList<StationLoad>{measured[1]} : QList<StationLoad>{});
    }
};

QTEST_GUILESS_MAIN(TestStationLoadRule)
#include "tst_stationloadrule.moc"
