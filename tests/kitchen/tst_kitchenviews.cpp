// The kitchen's and the floor's view-model rules, moved out of QML: what a ticket offers
// (Start, Bump, Undo) and how many of its lines are still to start, what a line's corner says,
// when an all-day count stands out, the status icons, and rows that keep their place; and that
// the screens tick on their own clock.
#include "alldaymodel.h"
#include "hostscreen.h"
#include "kitchenscreen.h"
#include "maprowsmodel.h"
#include "ticketview.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

QVariantMap line(qint64 id, const QString &status, bool open, bool pending)
{
    return {{u"lineId"_s, id},      {u"name"_s, u"Dish %1"_s.arg(id)},
            {u"quantity"_s, 1},     {u"options"_s, QStringList{}},
            {u"status"_s, status},  {u"open"_s, open},
            {u"pending"_s, pending}};
}

} // namespace

class TestKitchenViews : public QObject {
    Q_OBJECT

private slots:
    void ticketActions_data()
    {
        QTest::addColumn<QList<QVariantMap>>("lines");
        QTest::addColumn<bool>("selected");
        QTest::addColumn<int>("unstarted");
        QTest::addColumn<bool>("start");
        QTest::addColumn<bool>("bump");
        QTest::addColumn<bool>("undo");
        const auto placed = line(1, u"placed"_s, true, false);
        const auto accepted = line(2, u"accepted"_s, true, false);
        const auto cooking = line(3, u"cooking"_s, true, false);
        const auto bumped = line(4, u"cooking"_s, true, true);
        const auto bumpedUnstarted = line(5, u"placed"_s, true, true);
        const auto ready = line(6, u"ready"_s, false, false);
        QTest::newRow("not selected: nothing but undo")
            << QList{placed, cooking} << false << 1 << false << false << false;
        QTest::newRow("selected, placed and accepted to start")
            << QList{placed, accepted, cooking} << true << 2 << true << true << false;
        QTest::newRow("selected, all cooking: bump only")
            << QList{cooking} << true << 0 << false << true << false;
        QTest::newRow("a bumped line does not count as unstarted")
            << QList{bumpedUnstarted, cooking} << true << 0 << false << true << true;
        QTest::newRow("all bumped: only undo")
            << QList{bumped, bumpedUnstarted} << true << 0 << false << false << true;
        QTest::newRow("undo shows on a ticket not selected")
            << QList{bumped, placed} << false << 1 << false << false << true;
        QTest::newRow("ready lines are not open")
            << QList{ready} << true << 0 << false << false << false;
        QTest::newRow("no lines") << QList<QVariantMap>{} << true << 0 << false << false << false;
    }
    void ticketActions()
    {
        QFETCH(QList<QVariantMap>, lines);
        QFETCH(bool, selected);
        const TicketView::Actions actions = TicketView::actionsFor(lines, selected);
        QTEST(actions.unstarted, "unstarted");
        QTEST(actions.start, "start");
        QTEST(actions.bump, "bump");
        QTEST(actions.undo, "undo");
    }

    void lineStage_data()
    {
        QTest::addColumn<QVariantMap>("line");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<bool>("done");
        QTest::addColumn<bool>("unstarted");
        QTest::newRow("placed") << line(1, u"placed"_s, true, false) << QString() << false << true;
        QTest::newRow("accepted") << line(1, u"accepted"_s, true, false) << QString() << false
                                  << true;
        QTest::newRow("cooking") << line(1, u"cooking"_s, true, false) << u"cooking"_s << false
                                 << false;
        QTest::newRow("bumped beats cooking")
            << line(1, u"cooking"_s, true, true) << u"bumped"_s << true << false;
        QTest::newRow("ready") << line(1, u"ready"_s, false, false) << u"ready"_s << true << false;
        QTest::newRow("served") << line(1, u"served"_s, false, false) << QString() << true << false;
    }
    void lineStage()
    {
        QFETCH(QVariantMap, line);
        const QVariantMap row = TicketView::lineRow(line, u"Milk"_s);
        QTEST(row[u"stage"_s].toString(), "stage");
        QTEST(row[u"done"_s].toBool(), "done");
        QTEST(row[u"unstarted"_s].toBool(), "unstarted");
        QCOMPARE(row[u"allergensText"_s].toString(), u"Milk"_s);
    }

    void optionsAreOneText()
    {
        QVariantMap withOptions = line(1, u"placed"_s, true, false);
        withOptions[u"options"_s] = QStringList{u"Rare"_s, u"Hand-cut fries"_s};
        QCOMPARE(TicketView::lineRow(withOptions, {})[u"optionsText"_s].toString(),
                 u"Rare · Hand-cut fries"_s);
    }

    void rowsKeepTheirPlace()
    {
        MapRowsModel rows({"lineId", "status"}, "lineId");
        QAbstractItemModelTester tester(&rows);
        rows.setRows({{{u"lineId"_s, 1}, {u"status"_s, u"placed"_s}},
                      {{u"lineId"_s, 2}, {u"status"_s, u"placed"_s}}});
        QSignalSpy reset(&rows, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&rows, &QAbstractItemModel::dataChanged);
        rows.setRows({{{u"lineId"_s, 1}, {u"status"_s, u"placed"_s}},
                      {{u"lineId"_s, 2}, {u"status"_s, u"cooking"_s}}});
        QCOMPARE(reset.count(), 0); // same lines: updated in place
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toModelIndex().row(), 1);
        QCOMPARE(rows.index(1).data(Qt::UserRole + 2).toString(), u"cooking"_s);
        rows.setRows({{{u"lineId"_s, 2}, {u"status"_s, u"cooking"_s}}});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(rows.rowCount(), 1);
        QCOMPARE(rows.roleNames().value(Qt::UserRole + 1), QByteArray("lineId"));
    }

    void allDayRush_data()
    {
        QTest::addColumn<int>("quantity");
        QTest::addColumn<bool>("rush");
        QTest::newRow("3") << 3 << false;
        QTest::newRow("4") << 4 << true;
        QTest::newRow("7") << 7 << true;
    }
    void allDayRush()
    {
        QFETCH(int, quantity);
        OrderRecord order;
        order.id = 1;
        OrderLineRecord open;
        open.id = 10;
        open.itemId = 5;
        open.name = u"Hummus"_s;
        open.quantity = quantity;
        open.status = OrderStatus::Cooking;
        order.lines = {open};
        AllDayModel allDay;
        allDay.recompute({order}, {});
        QCOMPARE(allDay.rowCount(), 1);
        QCOMPARE(allDay.roleNames().value(AllDayModel::RushRole), QByteArray("rush"));
        QTEST(allDay.index(0).data(AllDayModel::RushRole).toBool(), "rush");
    }

    void statusIcons()
    {
        QSet<QString> icons;
        for (const QString &status : FloorState::Statuses)
            icons.insert(HostScreen::statusIcon(status));
        QCOMPARE(icons.size(), FloorState::Statuses.size()); // one shape each, never colour alone
        QCOMPARE(HostScreen::statusIcon(u"called"_s), u"✋"_s);
        QCOMPARE(HostScreen::statusIcon(u"free"_s), u"○"_s);
    }

    void screensMadeAloneAreOffline()
    {
        KitchenScreen kitchen;
        QVERIFY(!kitchen.online());
        QCOMPARE(kitchen.stationChoices()->rowCount(), 1); // the expo
        QCOMPARE(kitchen.bumpDelayMs(), KitchenScreen::BumpDelayMs);
        HostScreen host;
        QVERIFY(!host.online());
        QVERIFY(!host.canSend(u"Hello"_s)); // no table open, no hub
        QCOMPARE(host.legend()->rowCount(), FloorState::Statuses.size());
        QCOMPARE(host.maxPartySize(), InputLimits::MaxPartySize);
    }

    // Each screen re-reads its own clock every second of it, by itself: a ticket's age and the
    // floor's move on when a second has passed on that clock, not a moment before.
    void screensTickEverySecondOfTheirClock()
    {
        ManualClock clock(QDateTime(QDate(2026, 11, 23), QTime(19, 0), QTimeZone::utc()));
        VenueClient kitchenClient(clock), hostClient(clock);
        KitchenScreen kitchen(kitchenClient, clock, {});
        OrderRecord order;
        order.id = 1;
        order.number = 1;
        order.tableNumber = 4;
        order.placedAt = clock.now();
        order.total = Money(0, u"EUR"_s);
        OrderLineRecord hummus;
        hummus.id = 11;
        hummus.itemId = 1;
        hummus.name = u"Hummus"_s;
        hummus.quantity = 1;
        hummus.unitPrice = hummus.total = Money(0, u"EUR"_s);
        order.lines.append(hummus);
        kitchen.ticketsModel().resetTo({order});
        QCOMPARE(kitchen.ticketsModel().rowCount(), 1);
        HostScreen host(hostClient, clock);
        host.setFallbackTables({QJsonObject{{u"number"_s, 4}, {u"seats"_s, 4}}});
        QCOMPARE(host.floorModel().rowCount(), 1);
        QSignalSpy ticketsTicked(&kitchen.ticketsModel(), &QAbstractItemModel::dataChanged);
        QSignalSpy floorTicked(&host.floorModel(), &QAbstractItemModel::dataChanged);

        clock.advance(999);
        QCOMPARE(ticketsTicked.size(), 0);
        QCOMPARE(floorTicked.size(), 0);
        clock.advance(1);
        QCOMPARE(ticketsTicked.size(), 1);
        QCOMPARE(floorTicked.size(), 1);
        QCOMPARE(kitchen.ticketsModel().index(0).data(TicketsModel::ElapsedRole).toInt(), 1);
        clock.advance(60'000);
        QCOMPARE(ticketsTicked.size(), 61);
        QCOMPARE(kitchen.ticketsModel().index(0).data(TicketsModel::ElapsedRole).toInt(), 61);
    }

    void ticketViewOfAnUnknownTicket()
    {
        KitchenScreen kitchen;
        TicketView view;
        QSignalSpy changed(&view, &TicketView::changed);
        view.setKitchen(&kitchen);
        view.setOrderId(42);
        QCOMPARE(view.lines()->rowCount(), 0);
        QVERIFY(!view.canBump());
        QVERIFY(!view.canStart());
        QCOMPARE(view.unstartedCount(), 0);
    }
};

QTEST_MAIN(TestKitchenViews)
#include "tst_kitchenviews.moc"
