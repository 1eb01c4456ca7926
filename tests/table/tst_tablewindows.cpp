// A table and the menu's availability windows. Models: a dish outside its hours (or its
// category's) stays on the menu, greyed with its hours in words, cannot be added, and a cart line
// holding it is marked; the screen judges again exactly at each window's edge on its clock (not
// 1 ms before), in the venue's zone; the words are whole sentences in the screen's locale. End to
// end through the real screen against a hub: the owner's windows published, the clock moved
// across the dish's end and its category's start.
#include "cartmodel.h"
#include "categoriesmodel.h"
#include "dishdraft.h"
#include "menudocumentstore.h"
#include "menuindex.h"
#include "menuitemsmodel.h"
#include "servinghours.h"
#include "servingwatch.h"
#include "tablescreentest.h"

#include <QAbstractItemModelTester>
#include <QQmlExtensionPlugin>
#include <QSignalSpy>
#include <QTest>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

const QLocale British(QLocale::English, QLocale::UnitedKingdom);
const QTimeZone Athens("Europe/Athens");

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

AvailabilityWindow window(int days, const QString &from, const QString &until)
{
    return {days, QTime::fromString(from, u"HH:mm"_s), QTime::fromString(until, u"HH:mm"_s)};
}

// Hummus for breakfast until 11:30 among the mezze; soup in a lunch category, weekdays 12-15.
Menu windowedMenu()
{
    const QList<AvailabilityWindow> lunch{
        window(AvailabilityWindow::Weekdays, u"12:00"_s, u"15:00"_s)};
    MenuItem hummus;
    hummus.id = 1;
    hummus.categoryId = 10;
    hummus.name = u"Hummus"_s;
    hummus.price = Money(650, u"EUR"_s);
    hummus.servingTimes = {{window(AvailabilityWindow::EveryDay, u"07:00"_s, u"11:30"_s)}, {}};
    MenuItem olives;
    olives.id = 2;
    olives.categoryId = 10;
    olives.name = u"Olives"_s;
    olives.price = Money(400, u"EUR"_s);
    MenuItem soup;
    soup.id = 3;
    soup.categoryId = 20;
    soup.name = u"Lentil soup"_s;
    soup.price = Money(700, u"EUR"_s);
    soup.servingTimes = {{}, lunch};
    return Menu{u"en"_s,
                u"EUR"_s,
                {MenuCategory{10, u"mezze"_s, u"Mezze"_s, {}, {hummus, olives}, {}},
                 MenuCategory{20, u"lunch"_s, u"Lunch"_s, {}, {soup}, lunch}}};
}

// The table's models and its watch, on a clock a test moves.
struct Table {
    explicit Table(const QDateTime &start)
        : clock(start)
    {
        const Menu menu = windowedMenu();
        index.setMenu(menu, British);
        items.setMenu(menu, British);
        categories.setMenu(menu);
        watch.setTimeZone(u"Europe/Athens"_s);
        watch.judge();
    }

    bool served(int row) const
    {
        return items.index(row).data(MenuItemsModel::ServedNowRole).toBool();
    }

    ManualClock clock;
    MenuIndex index;
    MenuItemsModel items;
    CategoriesModel categories;
    CartModel cart{index};
    DishDraft draft{index};
    ServingWatch watch{
        clock, {index, items, categories, cart, draft}, [] { return ServingHours({}, British); }};
};

} // namespace

class TableWindowsTest : public QObject {
    Q_OBJECT

private:
    QQuickWindow *shown = nullptr;

    QQuickItem *item(const QString &name)
    {
        QQuickItem *found = nullptr;
        [&] { QTRY_VERIFY2((found = findItem(shown->contentItem(), name)), qPrintable(name)); }();
        return found;
    }

    void tap(const QString &name)
    {
        QQuickItem *target = item(name);
        QVERIFY2(target && tapItem(shown, target), qPrintable(name));
    }

    bool visible(const QString &name) const
    {
        QQuickItem *found = findItem(shown->contentItem(), name);
        return found && found->isVisible();
    }

private slots:
    void initTestCase() { QVERIFY(Athens.isValid()); }

    void hoursInWords_data()
    {
        QTest::addColumn<QList<AvailabilityWindow>>("windows");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("words");
        QTest::newRow("until midnight")
            << QList{window(AvailabilityWindow::EveryDay, u"17:00"_s, u"00:00"_s)} << British
            << u"Served from 17:00."_s;
        QTest::newRow("weekday lunch")
            << QList{window(AvailabilityWindow::Weekdays, u"12:00"_s, u"15:00"_s)} << British
            << u"Served 12:00–15:00 on weekdays."_s;
        QTest::newRow("weekend brunch")
            << QList{window(AvailabilityWindow::Weekend, u"10:00"_s, u"14:00"_s)} << British
            << u"Served 10:00–14:00 at weekends."_s;
        QTest::newRow("some days") << QList{window(0b0010101, u"18:00"_s, u"22:00"_s)} << British
                                   << u"Served 18:00–22:00 on Monday, Wednesday and Friday."_s;
        QTest::newRow("twice a day")
            << QList{window(AvailabilityWindow::EveryDay, u"07:00"_s, u"11:30"_s),
                     window(AvailabilityWindow::EveryDay, u"18:00"_s, u"22:00"_s)}
            << British << u"Served 07:00–11:30 and 18:00–22:00."_s;
        QTest::newRow("two sets of days")
            << QList{window(AvailabilityWindow::Weekdays, u"12:00"_s, u"15:00"_s),
                     window(AvailabilityWindow::Weekend, u"10:00"_s, u"16:00"_s)}
            << British << u"Served 12:00–15:00 on weekdays. Served 10:00–16:00 at weekends."_s;
        // An American week starts on Sunday.
        QTest::newRow("a week from Sunday")
            << QList{window(0b1000001, u"18:00"_s, u"00:00"_s)}
            << QLocale(QLocale::English, QLocale::UnitedStates)
            << u"Served from %1 on Sunday and Monday."_s.arg(
                   QLocale(QLocale::English, QLocale::UnitedStates)
                       .toString(QTime(18, 0), QLocale::ShortFormat));
        QTest::newRow("always") << QList<AvailabilityWindow>{} << British << QString();
    }
    void hoursInWords()
    {
        QFETCH(QList<AvailabilityWindow>, windows);
        QFETCH(QLocale, locale);
        QFETCH(QString, words);
        QCOMPARE(ServingHours({}, locale).describe(windows), words);
    }

    void aDishLeavesItsWindowAtItsEdge()
    {
        // Monday 23 November, 11:00 in Athens (UTC+2).
        Table table(utc(u"2026-11-23T09:00:00Z"_s));
        QAbstractItemModelTester itemsTester(&table.items);
        QAbstractItemModelTester cartTester(&table.cart);
        QVERIFY(table.served(0));
        QVERIFY(table.served(1));
        QVERIFY(!table.served(2)); // soup: its category opens at 12:00
        QCOMPARE(table.items.index(2).data(MenuItemsModel::ServingHoursRole).toString(),
                 u"Served 12:00–15:00 on weekdays."_s);
        QCOMPARE(table.categories.index(1).data(CategoriesModel::HoursRole).toString(),
                 u"Served 12:00–15:00 on weekdays."_s);
        QVERIFY(!table.categories.index(1).data(CategoriesModel::ServedNowRole).toBool());
        QVERIFY(table.categories.index(0).data(CategoriesModel::ServedNowRole).toBool());
        QCOMPARE(table.watch.nextJudgement(), utc(u"2026-11-23T09:30:00Z"_s)); // hummus ends

        table.cart.add(CartLine{1});
        table.cart.add(CartLine{2});
        QVERIFY(table.cart.canPlace());
        QVERIFY(table.draft.open(1, {}));
        QVERIFY(table.draft.canAdd());
        QVERIFY(table.draft.open(3, {}));
        QVERIFY(!table.draft.canAdd()); // no soup before 12:00

        QSignalSpy rows(&table.items, &QAbstractItemModel::dataChanged);
        table.clock.advance(30 * 60 * 1000 - 1);
        QVERIFY(table.served(0));
        QCOMPARE(rows.count(), 0);
        table.clock.advance(1);
        QVERIFY(!table.served(0));
        QCOMPARE(rows.count(), 1);
        QCOMPARE(rows.first().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(table.items.index(0).data(MenuItemsModel::ServingHoursRole).toString(),
                 u"Served 07:00–11:30."_s);
        // The cart marks the line as it marks a dish gone, but the menu did not change.
        QCOMPARE(table.cart.changeOf(table.cart.lines().at(0)), CartModel::Change::NotServedNow);
        QVERIFY(table.cart.index(0).data(CartModel::NotServedNowRole).toBool());
        QCOMPARE(table.cart.index(0).data(CartModel::ServingHoursRole).toString(),
                 u"Served 07:00–11:30."_s);
        QVERIFY(!table.cart.index(1).data(CartModel::NotServedNowRole).toBool());
        QVERIFY(!table.cart.canPlace());
        QVERIFY(!table.cart.needsReview());
        QVERIFY(table.draft.open(1, {}));
        QVERIFY(!table.draft.canAdd());
        QVERIFY(!table.draft.servedNow());
        QCOMPARE(table.draft.servingHours(), u"Served 07:00–11:30."_s);
        table.cart.remove(0);
        QVERIFY(table.cart.canPlace());

        // The lunch category opens at 12:00 exactly.
        QCOMPARE(table.watch.nextJudgement(), utc(u"2026-11-23T10:00:00Z"_s));
        table.clock.advance(30 * 60 * 1000);
        QVERIFY(table.served(2));
        QVERIFY(table.categories.index(1).data(CategoriesModel::ServedNowRole).toBool());
        QVERIFY(table.draft.open(3, {}));
        QVERIFY(table.draft.canAdd());
    }

    void theWeekendWaitsForMonday()
    {
        // Saturday 28 November, 16:00 in Athens: no lunch until Monday 12:00; the next edge is
        // hummus's start on Sunday 07:00.
        Table table(utc(u"2026-11-28T14:00:00Z"_s));
        QVERIFY(!table.served(2));
        QCOMPARE(table.watch.nextJudgement(), utc(u"2026-11-29T05:00:00Z"_s));
        table.clock.advance(qint64(24 + 15) * 3600 * 1000); // Sunday 07:00 -> Monday 07:00
        QVERIFY(table.served(0));
        QVERIFY(!table.served(2));
    }

    void theVenuesZoneDecides()
    {
        // 09:45 UTC is 11:45 in Athens (no hummus) and 09:45 in London (hummus).
        Table table(utc(u"2026-11-23T09:45:00Z"_s));
        QVERIFY(!table.served(0));
        table.watch.setTimeZone(u"Europe/London"_s);
        QVERIFY(table.served(0));
        QCOMPARE(table.watch.nextJudgement(), utc(u"2026-11-23T11:30:00Z"_s));
    }

    // End to end: the owner publishes hummus for breakfast and salads for weekday lunch, in
    // Athens; a diner at 11:29 puts hummus in the cart; at 11:30 on the hub's clock the card
    // greys with its hours, the line is marked and Place is off; salads open at 12:00.
    void theScreenFollowsTheWindows()
    {
        TestHub hub;
        hub.clock.set(utc(u"2026-11-23T09:29:00Z"_s)); // Monday 11:29 in Athens
        QCOMPARE(hub.start(u"UPDATE venue SET time_zone = 'Europe/Athens'"_s), QString());
        MenuDocument document = *MenuDocumentStore(hub.database.connection()).live();
        for (DocumentItem &dish : document.items)
            if (dish.key == u"hummus"_s)
                dish.windows = {window(AvailabilityWindow::EveryDay, u"07:00"_s, u"11:30"_s)};
        for (DocumentCategory &category : document.categories)
            if (category.key == u"salads"_s)
                category.windows = {window(AvailabilityWindow::Weekdays, u"12:00"_s, u"15:00"_s)};
        QVERIFY(hub.hub->publishMenu(document));
        const qint64 hummus = hub.itemId(u"hummus"_s);
        const qint64 horiatiki = hub.itemId(u"horiatiki"_s);

        Diner diner(hub, u"en"_s, 3, {}, &hub.clock);
        Fingers fingers;
        QVERIFY(showScreen(diner, fingers));
        shown = fingers.window;
        TableScreen &screen = *diner.screen;
        tap(u"welcomeStart"_s);
        // Salads (the second category) show their hours in the rail.
        QTRY_VERIFY(visible(u"categoryHours_1"_s));
        QCOMPARE(item(u"categoryHours_1"_s)->property("text").toString(),
                 u"Served 12:00–15:00 on weekdays."_s);
        QVERIFY(!visible(u"notServed_%1"_s.arg(hummus)));
        tap(u"dish_%1"_s.arg(hummus));
        tap(u"dishAdd"_s);
        QTRY_COMPARE(screen.cartModel().rowCount(), 1);
        QTRY_VERIFY(!findItem(shown->contentItem(), u"dishSheet"_s));
        QVERIFY(item(u"placeButton"_s)->isEnabled());

        hub.clock.advance(60 * 1000 - 1); // 11:29:59.999
        QVERIFY(!visible(u"notServed_%1"_s.arg(hummus)));
        hub.clock.advance(1); // 11:30
        QTRY_VERIFY(visible(u"notServed_%1"_s.arg(hummus)));
        QCOMPARE(item(u"servingHours_%1"_s.arg(hummus))->property("text").toString(),
                 u"Served 07:00–11:30."_s);
        QTRY_VERIFY(visible(u"cartNotServed_0"_s));
        QVERIFY(!item(u"placeButton"_s)->isEnabled());
        QVERIFY(!visible(u"cartReview"_s));
        if (const QString shot = qEnvironmentVariable("TABLESIDE_WINDOWS_SHOT"); !shot.isEmpty())
            QVERIFY(shown->grabWindow().save(shot));
        tap(u"dish_%1"_s.arg(hummus));
        QTRY_VERIFY(visible(u"dishServingHours"_s));
        QVERIFY(!item(u"dishAdd"_s)->isEnabled());
        QVERIFY(!screen.addDraftToCart());
        tap(u"dishClose"_s);
        tap(u"cartRemove_0"_s);
        QTRY_COMPARE(screen.cartModel().rowCount(), 0);

        // The salads open at 12:00.
        tap(u"category_1"_s);
        QTRY_VERIFY(visible(u"notServed_%1"_s.arg(horiatiki)));
        hub.clock.advance(30 * 60 * 1000);
        QTRY_VERIFY(!visible(u"categoryHours_1"_s));
        QTRY_VERIFY(!visible(u"notServed_%1"_s.arg(horiatiki)));
        tap(u"dish_%1"_s.arg(horiatiki));
        QTRY_VERIFY(item(u"dishAdd"_s)->isEnabled());
        tap(u"dishClose"_s);

        // The owner moves the venue to London: 12:00 in Athens is 10:00 there, breakfast time.
        tap(u"category_0"_s);
        QTRY_VERIFY(visible(u"notServed_%1"_s.arg(hummus)));
        TestClient owner;
        QVERIFY(owner.connectAs(hub.hub->url(), hub.enroll(u"Office"_s, u"owner"_s)));
        QVERIFY(owner
                    .request(u"venue.timeZone.set"_s,
                             {{u"pin"_s, u"2580"_s}, {u"timeZone"_s, u"Europe/London"_s}})[u"ok"_s]
                    .toBool());
        QTRY_VERIFY(!visible(u"notServed_%1"_s.arg(hummus)));
        QCOMPARE(screen.menuIndex().item(hummus)->servedNow, true);
    }
};

QTEST_MAIN(TableWindowsTest)
#include "tst_tablewindows.moc"
