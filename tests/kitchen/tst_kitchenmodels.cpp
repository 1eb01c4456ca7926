// The kitchen's rules: tickets per station and on the expo, the timer's band, all-day counts,
// bumps held for undo, recall, when a station is behind, and what a tap does.
#include "alldaymodel.h"
#include "bumpqueue.h"
#include "kitchenevents.h"
#include "kitchentap.h"
#include "recallmodel.h"
#include "stationload.h"
#include "ticketsmodel.h"
#include "wireformat.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

Q_DECLARE_METATYPE(tableside::KitchenSelection)
Q_DECLARE_METATYPE(tableside::TapTarget)
Q_DECLARE_METATYPE(tableside::LineProgress)
Q_DECLARE_METATYPE(tableside::TapOutcome)

namespace {
// Ticket 1 with lines 11 and 12, ticket 2 with line 21: what may be selected when line 11 or
// ticket 1 is tapped.
const QList<std::pair<const char *, KitchenSelection>> Selections{
    {"nothing", {}},
    {"another ticket", {2, 0}},
    {"a line of another ticket", {2, 21}},
    {"this ticket", {1, 0}},
    {"another line of this ticket", {1, 12}},
    {"this line", {1, 11}},
};
struct Target {
    const char *name;
    TapTarget target;
    qint64 lineId;
};
const QList<Target> Targets{
    {"ticket face", TapTarget::Ticket, 0}, {"line face", TapTarget::Line, 11},
    {"line Start", TapTarget::Start, 11},  {"line Done", TapTarget::Done, 11},
    {"ticket Start", TapTarget::Start, 0}, {"ticket Bump", TapTarget::Done, 0},
};
// Per selection (rows, as above) and target (columns, as above), the outcome for an unstarted,
// a cooking and a finished line (or ticket): '-' nothing, 'T' select the ticket, 'L' select the
// line, 'S' start, 'B' bump. Only a control of what is already selected acts.
const QList<QStringList> Outcomes{
    {u"TTT"_s, u"LLT"_s, u"LLT"_s, u"LLT"_s, u"TTT"_s, u"TTT"_s},
    {u"TTT"_s, u"LLT"_s, u"LLT"_s, u"LLT"_s, u"TTT"_s, u"TTT"_s},
    {u"TTT"_s, u"LLT"_s, u"LLT"_s, u"LLT"_s, u"TTT"_s, u"TTT"_s},
    {u"---"_s, u"LL-"_s, u"LL-"_s, u"LL-"_s, u"S--"_s, u"BB-"_s},
    {u"---"_s, u"LL-"_s, u"LL-"_s, u"LL-"_s, u"S--"_s, u"BB-"_s},
    {u"---"_s, u"---"_s, u"S--"_s, u"BB-"_s, u"S--"_s, u"BB-"_s},
};
} // namespace

class TestKitchenModels : public QObject {
    Q_OBJECT

private slots:
    void aTapSelectsAndOnlyTheSelectedControlsAct_data()
    {
        QTest::addColumn<KitchenSelection>("selected");
        QTest::addColumn<TapTarget>("target");
        QTest::addColumn<qint64>("lineId");
        QTest::addColumn<LineProgress>("progress");
        QTest::addColumn<TapOutcome>("expected");
        const std::pair<const char *, LineProgress> progresses[] = {
            {"unstarted", LineProgress::Unstarted},
            {"cooking", LineProgress::Cooking},
            {"finished", LineProgress::Finished}};
        for (qsizetype s = 0; s < Selections.size(); ++s) {
            for (qsizetype t = 0; t < Targets.size(); ++t) {
                for (int p = 0; p < 3; ++p) {
                    const KitchenSelection selected = Selections[s].second;
                    TapOutcome expected{TapEffect::None, selected};
                    switch (Outcomes[s][t][p].toLatin1()) {
                    case 'T':
                        expected = {TapEffect::Select, {1, 0}};
                        break;
                    case 'L':
                        expected = {TapEffect::Select, {1, 11}};
                        break;
                    case 'S':
                        expected = {TapEffect::Start, selected};
                        break;
                    case 'B': // the bumped line is gone; its ticket stays selected
                        expected = {TapEffect::Bump, {1, 0}};
                        break;
                    }
                    QTest::addRow("%s, %s of a %s line", Selections[s].first, Targets[t].name,
                                  progresses[p].first)
                        << selected << Targets[t].target << Targets[t].lineId
                        << progresses[p].second << expected;
                }
            }
        }
    }
    void aTapSelectsAndOnlyTheSelectedControlsAct()
    {
        QFETCH(KitchenSelection, selected);
        QFETCH(TapTarget, target);
        QFETCH(qint64, lineId);
        QFETCH(LineProgress, progress);
        QFETCH(TapOutcome, expected);
        const TapOutcome outcome = decideTap(selected, target, 1, lineId, progress);
        QCOMPARE(int(outcome.effect), int(expected.effect));
        QCOMPARE(outcome.selection.orderId, expected.selection.orderId);
        QCOMPARE(outcome.selection.lineId, expected.selection.lineId);
    }

    void noTicketNoTap()
    {
        const KitchenSelection selected{1, 11};
        for (TapTarget target : {TapTarget::Ticket, TapTarget::Line, TapTarget::Done})
            QCOMPARE(decideTap(selected, target, 0, 11, LineProgress::Cooking),
                     (TapOutcome{TapEffect::None, selected}));
    }

    void linesCarryTheirSeat()
    {
        TicketsModel tickets;
        tickets.applyEvent(u"order.placed"_s, placed(1, 101, 4,
                                                     {{11, u"Steak"_s, u"grill"_s, 1, 7, 2},
                                                      {12, u"Salad"_s, u"cold"_s, 1, 8}}));
        const QVariantList lines = tickets.index(0).data(TicketsModel::LinesRole).toList();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].toMap()[u"seat"_s].toInt(), 2);
        QCOMPARE(lines[1].toMap()[u"seat"_s].toInt(), 0); // no seat chosen
    }

    void urgencyBands_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("urgency");
        QTest::newRow("fresh") << 0 << u"ok"_s;
        QTest::newRow("just under warn") << 8 * 60 - 1 << u"ok"_s;
        QTest::newRow("warn") << 8 * 60 << u"warn"_s;
        QTest::newRow("just under late") << 15 * 60 - 1 << u"warn"_s;
        QTest::newRow("late") << 15 * 60 << u"late"_s;
    }
    void urgencyBands()
    {
        QFETCH(int, seconds);
        QFETCH(QString, urgency);
        QCOMPARE(ticketUrgency(seconds, VenueThresholds{}), urgency);
    }

    void ownerThresholdsMoveTheBands()
    {
        const auto thresholds = VenueThresholds::fromJson({{u"ticketWarnMinutes"_s, 5},
                                                           {u"ticketLateMinutes"_s, 3},
                                                           {u"alertEscalateSeconds"_s, 60}});
        QCOMPARE(thresholds.ticketWarnMinutes, 5);
        QCOMPARE(thresholds.ticketLateMinutes, 5); // never before warn
        QCOMPARE(thresholds.alertEscalateSeconds, 60);
        QCOMPARE(VenueThresholds::fromJson({}), VenueThresholds{});
    }

    void timerFollowsTheClock()
    {
        ManualClock clock(Seven);
        TicketsModel tickets(clock);
        QAbstractItemModelTester tester(&tickets);
        tickets.applyEvent(u"order.placed"_s, placed(1, 101, 4, {{11, u"Hummus"_s, u"cold"_s}}));
        const QModelIndex ticket = tickets.index(0);
        QCOMPARE(ticket.data(TicketsModel::UrgencyRole).toString(), u"ok"_s);
        QSignalSpy changed(&tickets, &QAbstractItemModel::dataChanged);
        clock.advance(9 * 60'000);
        tickets.refreshTimes();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ticket.data(TicketsModel::ElapsedRole).toInt(), 9 * 60);
        QCOMPARE(ticket.data(TicketsModel::UrgencyRole).toString(), u"warn"_s);
        tickets.setThresholds(VenueThresholds::fromJson(
            {{u"ticketWarnMinutes"_s, 10}, {u"ticketLateMinutes"_s, 12}}));
        QCOMPARE(ticket.data(TicketsModel::UrgencyRole).toString(), u"ok"_s);
    }

    void snapshotReplacesTheTicketsAndChimesOnlyForNewOnes()
    {
        ManualClock clock(Seven);
        TicketsModel tickets(clock);
        QAbstractItemModelTester tester(&tickets);
        QSignalSpy arrived(&tickets, &TicketsModel::ticketArrived);
        QSignalSpy bumped(&tickets, &TicketsModel::ticketBumped);
        tickets.applyEvent(u"order.placed"_s, placed(1, 101, 4, {{11, u"Hummus"_s, u"cold"_s}}));
        tickets.applyEvent(u"order.placed"_s, placed(2, 102, 5, {{21, u"Steak"_s, u"grill"_s}}));
        tickets.setPending({11}, true); // a bump waiting out its undo when the hub went away
        QCOMPARE(arrived.size(), 2);
        QSignalSpy reset(&tickets, &TicketsModel::modelReset);
        QSignalSpy removed(&tickets, &TicketsModel::rowsRemoved);
        QSignalSpy inserted(&tickets, &TicketsModel::rowsInserted);

        // orders.open after a reconnect: 2 was done elsewhere, 3 came meanwhile, 1 still open.
        auto order = [](const QJsonObject &event) {
            return orderFromJson(event[u"order"].toObject());
        };
        OrderRecord done = order(placed(2, 102, 5, {{21, u"Steak"_s, u"grill"_s}}));
        done.lines[0].status = OrderStatus::Ready;
        tickets.resetTo({order(placed(1, 101, 4, {{11, u"Hummus"_s, u"cold"_s}})), done,
                         order(placed(3, 103, 6, {{31, u"Soup"_s, u"cold"_s}})),
                         order(placed(3, 103, 6, {{31, u"Soup"_s, u"cold"_s}}))});
        QCOMPARE(tickets.rowCount(), 2);
        QCOMPARE(tickets.orderIdAt(0), 1);
        QCOMPARE(tickets.orderIdAt(1), 3);
        QCOMPARE(arrived.size(), 3); // only the one new to this screen
        QCOMPARE(arrived.last().at(0).toInt(), 103);
        // The ticket still open keeps its row (and a cook their place in it): one row goes, one
        // comes, nothing is made anew.
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(bumped.size(), 0); // done elsewhere is not what this screen bumped
        QVERIFY(tickets.index(0).data(TicketsModel::PendingRole).toBool());
        QVERIFY(tickets.openLines(1).isEmpty());

        // A snapshot that orders the same tickets otherwise is shown in its order.
        tickets.resetTo({order(placed(3, 103, 6, {{31, u"Soup"_s, u"cold"_s}})),
                         order(placed(1, 101, 4, {{11, u"Hummus"_s, u"cold"_s}}))});
        QCOMPARE(tickets.orderIdAt(0), 3);
        QCOMPARE(tickets.orderIdAt(1), 1);
        QCOMPARE(arrived.size(), 3);

        // Replayed events after the snapshot change nothing twice.
        tickets.applyEvent(u"order.placed"_s, placed(3, 103, 6, {{31, u"Soup"_s, u"cold"_s}}));
        QCOMPARE(tickets.rowCount(), 2);
        QCOMPARE(arrived.size(), 3);
    }

    void stationShowsOnlyItsLinesAndLetsGoWhenTheyAreDone()
    {
        ManualClock clock(Seven);
        TicketsModel grill(clock);
        TicketsModel expo(clock);
        QAbstractItemModelTester grillTester(&grill);
        QAbstractItemModelTester expoTester(&expo);
        grill.setStation(u"grill"_s);
        QSignalSpy grillArrived(&grill, &TicketsModel::ticketArrived);
        QSignalSpy grillBumped(&grill, &TicketsModel::ticketBumped);
        const auto steak =
            placed(1, 101, 4, {{11, u"Steak"_s, u"grill"_s}, {12, u"Salad"_s, u"cold"_s}});
        const auto drinks = placed(2, 102, 5, {{21, u"Lemonade"_s, u"bar"_s}});
        for (TicketsModel *model : {&grill, &expo}) {
            model->applyEvent(u"order.placed"_s, steak);
            model->applyEvent(u"order.placed"_s, drinks);
        }
        QCOMPARE(grill.rowCount(), 1); // the drinks never reach the grill
        QCOMPARE(grillArrived.size(), 1);
        QCOMPARE(grill.index(0).data(TicketsModel::LinesRole).toList().size(), 1);
        QCOMPARE(expo.rowCount(), 2);
        QCOMPARE(expo.index(0).data(TicketsModel::LinesRole).toList().size(), 2);

        for (TicketsModel *model : {&grill, &expo})
            model->applyEvent(u"order.line.status"_s, lineMoved(1, 11, u"ready"_s));
        QCOMPARE(grill.rowCount(), 0); // the grill is done with it
        QCOMPARE(grillBumped.size(), 1);
        QCOMPARE(expo.rowCount(), 2); // the salad is still open
        const QVariantList stations = expo.index(0).data(TicketsModel::StationsRole).toList();
        QCOMPARE(stations.size(), 2);
        QCOMPARE(stations[0].toMap()[u"station"_s].toString(), u"grill"_s);
        QCOMPARE(stations[0].toMap()[u"done"_s].toBool(), true);
        QCOMPARE(stations[1].toMap()[u"done"_s].toBool(), false);

        expo.applyEvent(u"order.line.status"_s, lineMoved(1, 12, u"ready"_s));
        QCOMPARE(expo.rowCount(), 1); // every station done: the expo completes it
        QCOMPARE(expo.index(0).data(TicketsModel::NumberRole).toInt(), 102);
        QCOMPARE(expo.index(0).data(TicketsModel::PositionRole).toInt(), 1);

        grill.setStation({}); // the same model as an expo: the salad and the drinks are open
        QCOMPARE(grill.rowCount(), 2);
    }

    void replayedAndCancelledTickets()
    {
        TicketsModel tickets;
        QAbstractItemModelTester tester(&tickets);
        QSignalSpy bumped(&tickets, &TicketsModel::ticketBumped);
        const auto order = placed(1, 101, 4, {{11, u"Hummus"_s, u"cold"_s}});
        tickets.applyEvent(u"order.placed"_s, order);
        tickets.applyEvent(u"order.placed"_s, order);
        QCOMPARE(tickets.rowCount(), 1);
        tickets.applyEvent(u"order.cancelled"_s, {{u"orderId"_s, 1}, {u"table"_s, 4}});
        QCOMPARE(tickets.rowCount(), 0);
        QCOMPARE(bumped.size(), 0); // a cancelled ticket is not recalled
    }

    void pendingLinesAreShownBumpedButStayOpen()
    {
        TicketsModel tickets;
        QAbstractItemModelTester tester(&tickets);
        tickets.applyEvent(
            u"order.placed"_s,
            placed(1, 101, 4, {{11, u"Steak"_s, u"grill"_s}, {12, u"Chips"_s, u"grill"_s}}));
        QCOMPARE(tickets.openLines(1), (QList<qint64>{11, 12}));
        tickets.setPending({11}, true);
        QCOMPARE(tickets.openLines(1), QList<qint64>{12});
        QCOMPARE(tickets.index(0).data(TicketsModel::PendingRole).toBool(), false);
        tickets.setPending({12}, true);
        QCOMPARE(tickets.index(0).data(TicketsModel::PendingRole).toBool(), true);
        QCOMPARE(tickets.rowCount(), 1);
        tickets.setPending({11, 12}, false);
        QCOMPARE(tickets.openLines(1).size(), 2);
    }

    void bumpsWaitForUndo()
    {
        ManualClock clock(Seven);
        BumpQueue bumps(clock, 5000);
        QSignalSpy committed(&bumps, &BumpQueue::committed);
        bumps.bump(1, {11, 12});
        bumps.bump(2, {21});
        QCOMPARE(bumps.secondsLeft(1), 5);
        clock.advance(4000);
        QCOMPARE(committed.size(), 0);
        QCOMPARE(bumps.undo(2), QList<qint64>{21});
        QCOMPARE(bumps.lastOrderId(), 1);
        clock.advance(999);
        QCOMPARE(committed.size(), 0);
        clock.advance(1); // the queue's own timer sends it when due, with no tick from a screen
        QCOMPARE(committed.size(), 1);
        QCOMPARE(committed[0][0].toLongLong(), 1);
        QCOMPARE(committed[0][1].value<QList<qint64>>(), (QList<qint64>{11, 12}));
        QCOMPARE(bumps.count(), 0);
        QCOMPARE(bumps.undo(1), QList<qint64>{}); // too late: it has gone to the hub
    }

    void recallKeepsTheLastBumpedNewestFirst()
    {
        RecallModel recall(3);
        QAbstractItemModelTester tester(&recall);
        for (int i = 1; i <= 5; ++i)
            recall.remember(
                {{u"orderId"_s, i}, {u"number"_s, 100 + i}, {u"lines"_s, QVariantList{}}});
        QCOMPARE(recall.rowCount(), 3);
        QCOMPARE(recall.index(0).data(RecallModel::NumberRole).toInt(), 105);
        QCOMPARE(recall.index(2).data(RecallModel::NumberRole).toInt(), 103);
        recall.remember({{u"orderId"_s, 3}, {u"number"_s, 103}});
        QCOMPARE(recall.rowCount(), 3);
        QCOMPARE(recall.index(0).data(RecallModel::NumberRole).toInt(), 103);
    }

    void allDayCountsOpenPortions()
    {
        TicketsModel tickets;
        AllDayModel allDay;
        QAbstractItemModelTester tester(&allDay);
        tickets.applyEvent(u"order.placed"_s, placed(1, 101, 4,
                                                     {{11, u"Steak"_s, u"grill"_s, 2, 7},
                                                      {12, u"Salad"_s, u"cold"_s, 1, 8}}));
        tickets.applyEvent(u"order.placed"_s,
                           placed(2, 102, 5, {{21, u"Steak"_s, u"grill"_s, 1, 7}}));
        allDay.recompute(tickets.orders(), {});
        QCOMPARE(allDay.rowCount(), 2);
        QCOMPARE(allDay.index(0).data(AllDayModel::NameRole).toString(), u"Steak"_s);
        QCOMPARE(allDay.quantityOf(7), 3);
        allDay.recompute(tickets.orders(), u"cold"_s);
        QCOMPARE(allDay.rowCount(), 1);
        tickets.applyEvent(u"order.line.status"_s, lineMoved(1, 11, u"ready"_s));
        allDay.recompute(tickets.orders(), {});
        QCOMPARE(allDay.quantityOf(7), 1); // ready portions are no longer open
    }

    void allDayCountsADishOnceWhateverTheSeats()
    {
        TicketsModel tickets;
        AllDayModel allDay;
        QAbstractItemModelTester tester(&allDay);
        tickets.applyEvent(u"order.placed"_s, placed(1, 101, 4,
                                                     {{11, u"Steak"_s, u"grill"_s, 1, 7, 1},
                                                      {12, u"Steak"_s, u"grill"_s, 1, 7, 2},
                                                      {13, u"Steak"_s, u"grill"_s, 2, 7}}));
        allDay.recompute(tickets.orders(), {});
        QCOMPARE(allDay.rowCount(), 1); // one dish row, not one per seat
        QCOMPARE(allDay.index(0).data(AllDayModel::NameRole).toString(), u"Steak"_s);
        QCOMPARE(allDay.index(0).data(AllDayModel::QuantityRole).toInt(), 4);
    }

    void stationFallsBehindAndCatchesUp()
    {
        ManualClock clock(Seven);
        TicketsModel tickets(clock);
        VenueThresholds thresholds; // behind: > 6 tickets or > 8 minutes on average
        for (int i = 1; i <= 7; ++i)
            tickets.applyEvent(u"order.placed"_s,
                               placed(i, 100 + i, i, {{i * 10, u"Steak"_s, u"grill"_s}}));
        tickets.applyEvent(u"order.placed"_s, placed(9, 109, 9, {{90, u"Tea"_s, u"bar"_s}}));
        auto loads = stationLoads(tickets.orders(), {u"cold"_s, u"grill"_s, u"bar"_s}, clock.now(),
                                  thresholds);
        QCOMPARE(loads.size(), 3);
        QCOMPARE(loads[0].openTickets, 0);
        QCOMPARE(loads[1].openTickets, 7);
        QVERIFY(loads[1].behind);
        QVERIFY(!loads[2].behind);
        tickets.applyEvent(u"order.line.status"_s, lineMoved(1, 10, u"ready"_s));
        loads = stationLoads(tickets.orders(), {u"grill"_s, u"bar"_s}, clock.now(), thresholds);
        QVERIFY(!loads[0].behind); // caught up
        clock.advance(9 * 60'000);
        loads = stationLoads(tickets.orders(), {u"grill"_s, u"bar"_s}, clock.now(), thresholds);
        QVERIFY(loads[1].behind); // the tea has waited 9 minutes on average
        QCOMPARE(loads[1].averageWaitSeconds, 9 * 60);
    }
};

QTEST_GUILESS_MAIN(TestKitchenModels)
#include "tst_kitchenmodels.moc"
