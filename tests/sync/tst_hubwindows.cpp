// Availability windows at the hub: an order of a dish outside its windows or its category's is
// refused (not_available_now, naming the dish and when it is next served) before anything is
// written, judged by the hub's clock on the venue's wall clock, across a window's edge and across
// Athens's and London's daylight-saving changes of 2026; the owner sets the venue's zone
// (venue.timeZone.set, an unknown zone refused naming it) and menu.get tells it with the windows.
#include "hubstorefixture.h"
#include "menuoperations.h"
#include "orderoperations.h"
#include "recommendoperations.h"
#include "sessionoperations.h"
#include "staffpincheck.h"
#include "stationoperations.h"
#include "venueoperations.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

const QString OwnerPin = u"2580"_s; // the demo venue's owner
const QString HostPin = u"1379"_s;

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

} // namespace

class TestHubWindows : public QObject {
    Q_OBJECT

private:
    HubStoreFixture m_store;
    std::unique_ptr<StaffPinCheck> m_pins;
    std::unique_ptr<SessionOperations> m_sessions;
    std::unique_ptr<StationOperations> m_stations;
    std::unique_ptr<MenuOperations> m_menu;
    std::unique_ptr<RecommendOperations> m_recommendations;
    std::unique_ptr<OrderOperations> m_orders;
    std::unique_ptr<VenueOperations> m_venue;
    Device m_table;
    Device m_owner;
    int m_keys = 0;

    Result<HubOutcome> order(const QString &dish)
    {
        return m_orders->place(
            m_table, {{u"key"_s, u"window-%1"_s.arg(++m_keys)},
                      {u"lines"_s, QJsonArray{HubStoreFixture::line(m_store.itemId(dish))}}});
    }

    // Replaces every window with these (owner: "item_id" or "category_id" and its id).
    void setWindows(const QList<std::tuple<QString, qint64, int, int, int>> &windows)
    {
        QVERIFY(runSql(m_store.database.connection(), u"DELETE FROM availability_windows"_s));
        int order = 0;
        for (const auto &[column, owner, days, from, until] : windows)
            QVERIFY(runSql(m_store.database.connection(),
                           u"INSERT INTO availability_windows (%1, days, from_minute, "
                           u"until_minute, sort_order) VALUES (?, ?, ?, ?, ?)"_s.arg(column),
                           {owner, days, from, until, order++}));
        m_store.work->catalog().invalidate(); // as a publish does
    }

    qint64 categoryId(const QString &key)
    {
        return m_store.scalar(u"SELECT id FROM categories WHERE key = ?"_s, {key}).toLongLong();
    }

    Result<HubOutcome> setZone(const QString &zone, const QString &pin = OwnerPin)
    {
        QJsonObject args{{u"timeZone"_s, zone}};
        if (!pin.isEmpty())
            args.insert(u"pin"_s, pin);
        return m_venue->setTimeZone(m_owner, args);
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_store.open(), QString());
        m_pins = std::make_unique<StaffPinCheck>(*m_store.work);
        m_sessions = std::make_unique<SessionOperations>(*m_store.work);
        m_stations = std::make_unique<StationOperations>(*m_store.work);
        m_menu = std::make_unique<MenuOperations>(*m_store.work, *m_stations);
        m_recommendations = std::make_unique<RecommendOperations>(*m_store.work, *m_stations);
        m_orders = std::make_unique<OrderOperations>(*m_store.work, *m_sessions, *m_pins,
                                                     *m_recommendations);
        m_venue = std::make_unique<VenueOperations>(*m_store.work, *m_pins);
        m_table = m_store.device(u"table"_s, 4);
        m_owner = m_store.device(u"owner"_s);
        // The demo venue is in Athens.
        QCOMPARE(m_store.scalar(u"SELECT time_zone FROM venue"_s).toString(), u"Europe/Athens"_s);
    }

    void init()
    {
        QVERIFY(setZone(u"Europe/Athens"_s));
        // Hummus is served for breakfast, 07:00 until 11:30, every day.
        setWindows({{u"item_id"_s, m_store.itemId(u"hummus"_s), AvailabilityWindow::EveryDay,
                     7 * 60, 11 * 60 + 30}});
    }

    void anOrderIsRefusedFromTheWindowsEnd()
    {
        // Monday 23 November: Athens is UTC+2.
        m_store.clock.set(utc(u"2026-11-23T09:29:59.999Z"_s));
        const auto before = order(u"hummus"_s);
        QVERIFY2(before, qPrintable(before ? QString() : before.error().message));
        m_store.clock.set(utc(u"2026-11-23T09:30:00Z"_s));
        const qint64 orders = m_store.count(u"orders"_s);
        const qint64 events = m_store.count(u"events"_s);
        const auto after = order(u"hummus"_s);
        QVERIFY(!after);
        QCOMPARE(after.error().code, u"not_available_now"_s);
        QCOMPARE(after.error().message,
                 u"Line 1: Hummus is not served now; it is next served tomorrow from 07:00."_s);
        QCOMPARE(m_store.count(u"orders"_s), orders);
        QCOMPARE(m_store.count(u"events"_s), events);
        // A dish without windows is served at any hour.
        QVERIFY(order(u"baba-ganoush"_s));
        // Before the start, the same day.
        m_store.clock.set(utc(u"2026-11-24T04:59:00Z"_s));
        QCOMPARE(order(u"hummus"_s).error().message,
                 u"Line 1: Hummus is not served now; it is next served today from 07:00."_s);
        m_store.clock.set(utc(u"2026-11-24T05:00:00Z"_s));
        QVERIFY(order(u"hummus"_s));
    }

    void aRefusedLineIsNamedAmongGoodOnes()
    {
        m_store.clock.set(utc(u"2026-11-23T12:00:00Z"_s));
        const qint64 sessions = m_store.count(u"table_sessions"_s);
        const auto placed = m_orders->place(
            m_table,
            {{u"key"_s, u"window-mixed"_s},
             {u"lines"_s, QJsonArray{HubStoreFixture::line(m_store.itemId(u"baba-ganoush"_s)),
                                     HubStoreFixture::line(m_store.itemId(u"hummus"_s))}}});
        QVERIFY(!placed);
        QCOMPARE(placed.error().code, u"not_available_now"_s);
        QVERIFY(placed.error().message.startsWith(u"Line 2: Hummus"_s));
        QCOMPARE(m_store.count(u"table_sessions"_s), sessions);
    }

    void theSameHourAcrossADaylightSavingChange_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDateTime>("dayBefore");
        QTest::addColumn<QDateTime>("dayOf");
        // 09:00 UTC is 11:00 in Athens on Saturday 28 March (UTC+2) and 12:00 on Sunday (UTC+3).
        QTest::newRow("Athens, spring") << u"Europe/Athens"_s << utc(u"2026-03-28T09:00:00Z"_s)
                                        << utc(u"2026-03-29T09:00:00Z"_s);
        // 10:00 UTC is 11:00 in London on Saturday 28 March (UTC) and 11:00 BST is 10:00 UTC on
        // Sunday 29 March: served then, but not at 10:45 UTC (11:45 BST), though 10:45 UTC on the
        // Saturday was 10:45 there.
        QTest::newRow("London, spring") << u"Europe/London"_s << utc(u"2026-03-28T10:45:00Z"_s)
                                        << utc(u"2026-03-29T10:45:00Z"_s);
    }
    void theSameHourAcrossADaylightSavingChange()
    {
        QFETCH(QString, zone);
        QFETCH(QDateTime, dayBefore);
        QFETCH(QDateTime, dayOf);
        QVERIFY(setZone(zone));
        m_store.clock.set(dayBefore);
        const auto served = order(u"hummus"_s);
        QVERIFY2(served, qPrintable(served ? QString() : served.error().message));
        m_store.clock.set(dayOf);
        const auto refused = order(u"hummus"_s);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, u"not_available_now"_s);
        QCOMPARE(refused.error().message,
                 u"Line 1: Hummus is not served now; it is next served tomorrow from 07:00."_s);
    }

    void theAutumnChangeGivesTheHourBack()
    {
        // 09:00 UTC is 12:00 in Athens on Saturday 24 October (UTC+3), 11:00 on Sunday (UTC+2).
        m_store.clock.set(utc(u"2026-10-24T09:00:00Z"_s));
        QVERIFY(!order(u"hummus"_s));
        m_store.clock.set(utc(u"2026-10-25T09:00:00Z"_s));
        QVERIFY(order(u"hummus"_s));
    }

    void theDishAndItsCategoryMustBothHold()
    {
        // Mezze only at lunch on weekdays, 11:00 until 15:00; hummus still until 11:30.
        setWindows({{u"item_id"_s, m_store.itemId(u"hummus"_s), AvailabilityWindow::EveryDay,
                     7 * 60, 11 * 60 + 30},
                    {u"category_id"_s, categoryId(u"mezze"_s), AvailabilityWindow::Weekdays,
                     11 * 60, 15 * 60}});
        m_store.clock.set(utc(u"2026-11-23T08:30:00Z"_s)); // Monday 10:30
        QCOMPARE(order(u"hummus"_s).error().message,
                 u"Line 1: Hummus is not served now; it is next served today from 11:00."_s);
        m_store.clock.set(utc(u"2026-11-23T09:15:00Z"_s)); // 11:15
        QVERIFY(order(u"hummus"_s));
        QVERIFY(order(u"baba-ganoush"_s));                 // a mezze without windows of its own
        m_store.clock.set(utc(u"2026-11-23T09:45:00Z"_s)); // 11:45: the dish's window ended
        QCOMPARE(order(u"hummus"_s).error().code, u"not_available_now"_s);
        QVERIFY(order(u"baba-ganoush"_s));
        m_store.clock.set(utc(u"2026-11-28T10:00:00Z"_s)); // Saturday 12:00
        QCOMPARE(
            order(u"baba-ganoush"_s).error().message,
            u"Line 1: Baba Ganoush is not served now; it is next served on Monday from 11:00."_s);
    }

    void theOwnerSetsTheZone()
    {
        const auto set = setZone(u"Europe/London"_s);
        QVERIFY(set);
        QCOMPARE(HubStoreFixture::types(set->events), QStringList{u"venue.timeZone"_s});
        QCOMPARE(set->result[u"timeZone"_s].toString(), u"Europe/London"_s);
        QCOMPARE(m_store.scalar(u"SELECT time_zone FROM venue"_s).toString(), u"Europe/London"_s);
        const auto menu = m_menu->get(m_table, {});
        QVERIFY(menu);
        QCOMPARE(HubStoreFixture::answer(*menu)[u"venue"_s][u"timeZone"_s].toString(),
                 u"Europe/London"_s);
        // Monday 23 November 11:00 UTC is 11:00 in London (served), 13:00 in Athens (not).
        m_store.clock.set(utc(u"2026-11-23T11:00:00Z"_s));
        QVERIFY(order(u"hummus"_s));
        // Empty is the hub machine's zone, which menu.get names.
        QVERIFY(setZone(QString()));
        const auto machine = m_menu->get(m_table, {});
        QCOMPARE(HubStoreFixture::answer(*machine)[u"venue"_s][u"timeZone"_s].toString(),
                 QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    }

    void aBadZoneOrPinIsRefused_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown zone")
            << u"Europe/Atlantis"_s << OwnerPin << u"bad_time_zone"_s
            << u"\"Europe/Atlantis\" is not a time zone this hub knows; name one as "
               u"\"Europe/Athens\" is named."_s;
        QTest::newRow("no pin") << u"Europe/London"_s << QString() << u"pin_required"_s
                                << u"Changing the venue's time zone needs an owner's PIN."_s;
        QTest::newRow("a host's pin") << u"Europe/London"_s << HostPin << u"forbidden"_s
                                      << u"Only an owner's PIN changes the venue's time zone."_s;
    }
    void aBadZoneOrPinIsRefused()
    {
        QFETCH(QString, zone);
        QFETCH(QString, pin);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const qint64 events = m_store.count(u"events"_s);
        const auto refused = setZone(zone, pin);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, code);
        QCOMPARE(refused.error().message, message);
        QCOMPARE(m_store.scalar(u"SELECT time_zone FROM venue"_s).toString(), u"Europe/Athens"_s);
        QCOMPARE(m_store.count(u"events"_s), events);
    }

    void menuGetCarriesTheWindows()
    {
        setWindows(
            {{u"item_id"_s, m_store.itemId(u"hummus"_s), AvailabilityWindow::Weekdays, 12 * 60,
              15 * 60},
             {u"category_id"_s, categoryId(u"mezze"_s), AvailabilityWindow::EveryDay, 17 * 60, 0}});
        const auto got = m_menu->get(m_table, {});
        QVERIFY(got);
        const QJsonObject menu = HubStoreFixture::answer(*got)[u"menu"_s].toObject();
        const QJsonObject mezze = menu[u"categories"_s][0].toObject();
        QCOMPARE(mezze[u"key"_s].toString(), u"mezze"_s);
        QCOMPARE(mezze[u"windows"_s].toArray(),
                 (QJsonArray{QJsonObject{{u"days"_s, QJsonArray{1, 2, 3, 4, 5, 6, 7}},
                                         {u"from"_s, u"17:00"_s},
                                         {u"until"_s, u"00:00"_s}}}));
        QJsonObject hummus;
        for (const QJsonValue &item : mezze[u"items"_s].toArray())
            if (item[u"key"_s].toString() == u"hummus"_s)
                hummus = item.toObject();
        QCOMPARE(hummus[u"windows"_s].toArray(),
                 (QJsonArray{QJsonObject{{u"days"_s, QJsonArray{1, 2, 3, 4, 5}},
                                         {u"from"_s, u"12:00"_s},
                                         {u"until"_s, u"15:00"_s}}}));
        // A dish without windows carries none.
        QVERIFY(!mezze[u"items"_s][1].toObject().contains(u"windows"_s));
    }
};

QTEST_GUILESS_MAIN(TestHubWindows)
#include "tst_hubwindows.moc"
