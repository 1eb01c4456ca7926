// When a dish is next served and when a table must judge it again: windows of a dish and of its
// category together, on Athens's wall clock across both of 2026's daylight-saving changes (29
// March 03:00 -> 04:00, 25 October 04:00 -> 03:00), a window that ends at midnight, none at all.
#include "availabilitywindow.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

AvailabilityWindow window(int days, const QString &from, const QString &until)
{
    return {days, QTime::fromString(from, u"HH:mm"_s), QTime::fromString(until, u"HH:mm"_s)};
}

const QTimeZone &athens()
{
    static const QTimeZone zone("Europe/Athens");
    return zone;
}

} // namespace

class TestAvailabilityWindow : public QObject {
    Q_OBJECT

private slots:
    void nextServed_data()
    {
        QTest::addColumn<ServingTimes>("times");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expected");
        const ServingTimes breakfast{{window(AvailabilityWindow::EveryDay, u"07:00"_s, u"11:30"_s)},
                                     {}};
        // Saturday 28 March 12:00 in Athens (UTC+2); Sunday 07:00 is already summer time (UTC+3).
        QTest::newRow("breakfast over the spring change")
            << breakfast << utc(u"2026-03-28T10:00:00Z"_s) << utc(u"2026-03-29T04:00:00Z"_s);
        // Saturday 24 October 12:00 (UTC+3); Sunday 07:00 is winter time again (UTC+2).
        QTest::newRow("breakfast over the autumn change")
            << breakfast << utc(u"2026-10-24T09:00:00Z"_s) << utc(u"2026-10-25T05:00:00Z"_s);
        QTest::newRow("later today")
            << breakfast << utc(u"2026-11-23T03:00:00Z"_s) << utc(u"2026-11-23T05:00:00Z"_s);
        // A weekday lunch dish (12:00-15:00) in a category open 13:00-22:00: both must hold, so
        // from Saturday it is Monday 13:00.
        const ServingTimes lunch{{window(AvailabilityWindow::Weekdays, u"12:00"_s, u"15:00"_s)},
                                 {window(AvailabilityWindow::EveryDay, u"13:00"_s, u"22:00"_s)}};
        QTest::newRow("weekday lunch in a later category")
            << lunch << utc(u"2026-11-28T12:00:00Z"_s) << utc(u"2026-11-30T11:00:00Z"_s);
        // A dish served on Mondays in a category open on Tuesdays is never served.
        const ServingTimes never{{window(1, u"12:00"_s, u"15:00"_s)},
                                 {window(2, u"12:00"_s, u"15:00"_s)}};
        QTest::newRow("never") << never << utc(u"2026-11-23T10:00:00Z"_s) << QDateTime();
    }

    void nextServed()
    {
        QFETCH(ServingTimes, times);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, expected);
        const QDateTime next = times.nextServed(now, athens());
        QCOMPARE(next, expected);
        if (expected.isValid()) {
            QVERIFY(times.isServedAt(next, athens()));
            QVERIFY(!times.isServedAt(next.addMSecs(-1), athens()));
        }
    }

    void nextEdge_data()
    {
        QTest::addColumn<ServingTimes>("times");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDateTime>("expected");
        const ServingTimes breakfast{{window(AvailabilityWindow::EveryDay, u"07:00"_s, u"11:30"_s)},
                                     {}};
        // Sunday 29 March 10:00 in Athens, already summer time: the end is 11:30 (08:30 UTC),
        // not the 09:30 UTC it was the day before.
        QTest::newRow("end after the spring change")
            << breakfast << utc(u"2026-03-29T07:00:00Z"_s) << utc(u"2026-03-29T08:30:00Z"_s);
        QTest::newRow("end before the spring change")
            << breakfast << utc(u"2026-03-28T08:00:00Z"_s) << utc(u"2026-03-28T09:30:00Z"_s);
        // A window that starts in the hour the clock skips starts when the clock jumps (04:00).
        const ServingTimes early{{window(AvailabilityWindow::EveryDay, u"03:30"_s, u"06:00"_s)},
                                 {}};
        QTest::newRow("start in the skipped hour")
            << early << utc(u"2026-03-29T00:30:00Z"_s) << utc(u"2026-03-29T01:00:00Z"_s);
        // Until midnight: the edge is the next day's 00:00.
        const ServingTimes evening{{window(AvailabilityWindow::EveryDay, u"17:00"_s, u"00:00"_s)},
                                   {}};
        QTest::newRow("until midnight")
            << evening << utc(u"2026-11-23T18:00:00Z"_s) << utc(u"2026-11-23T22:00:00Z"_s);
        // The category's edge comes first.
        const ServingTimes lunch{{window(AvailabilityWindow::Weekdays, u"12:00"_s, u"15:00"_s)},
                                 {window(AvailabilityWindow::EveryDay, u"13:00"_s, u"22:00"_s)}};
        QTest::newRow("the category's start")
            << lunch << utc(u"2026-11-23T10:30:00Z"_s) << utc(u"2026-11-23T11:00:00Z"_s);
        QTest::newRow("no windows")
            << ServingTimes{} << utc(u"2026-11-23T10:30:00Z"_s) << QDateTime();
    }

    void nextEdge()
    {
        QFETCH(ServingTimes, times);
        QFETCH(QDateTime, now);
        QFETCH(QDateTime, expected);
        QCOMPARE(times.nextEdge(now, athens()), expected);
    }

    void servedAcrossTheAutumnChange()
    {
        // 09:00 UTC is 12:00 on Saturday 24 October (UTC+3) and 11:00 on Sunday (UTC+2).
        const ServingTimes breakfast{{window(AvailabilityWindow::EveryDay, u"07:00"_s, u"11:30"_s)},
                                     {}};
        QVERIFY(!breakfast.isServedAt(utc(u"2026-10-24T09:00:00Z"_s), athens()));
        QVERIFY(breakfast.isServedAt(utc(u"2026-10-25T09:00:00Z"_s), athens()));
    }

    void zones()
    {
        QVERIFY(isKnownTimeZone(u"Europe/Athens"_s));
        QVERIFY(!isKnownTimeZone(u"Europe/Atlantis"_s));
        QVERIFY(!isKnownTimeZone(QString()));
        QCOMPARE(venueTimeZone(u"Europe/London"_s).id(), QByteArray("Europe/London"));
        QCOMPARE(venueTimeZone(QString()), QTimeZone::systemTimeZone());
    }
};

QTEST_APPLESS_MAIN(TestAvailabilityWindow)
#include "tst_availabilitywindow.moc"
