// Timers that run on the injected clock: a ManualClock fires them only as a test moves it, in
// deadline order and each at its own time; the SystemClock's are QTimers.
#include "clocktimer.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

const QDateTime Start(QDate(2026, 12, 4), QTime(20, 0), Qt::UTC);

// Each timeout as "name@ms since Start".
struct Log {
    const ManualClock &clock;
    QStringList entries;

    void watch(ClockTimer *timer, const QString &name)
    {
        QObject::connect(timer, &ClockTimer::timeout, timer, [this, name] {
            entries.append(u"%1@%2"_s.arg(name).arg(Start.msecsTo(clock.now())));
        });
    }
};

} // namespace

class TstClockTimer : public QObject {
    Q_OBJECT

private slots:
    void firesOnlyWhenTheClockPassesItsDeadline()
    {
        ManualClock clock(Start);
        QObject owner;
        ClockTimer *timer = clock.createTimer(&owner);
        timer->setSingleShot(true);
        QSignalSpy fired(timer, &ClockTimer::timeout);
        QVERIFY(!timer->isActive());
        QCOMPARE(timer->remainingTime(), -1);

        timer->start(1000);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->remainingTime(), 1000);
        clock.advance(999);
        QCOMPARE(fired.size(), 0);
        QCOMPARE(timer->remainingTime(), 1);
        clock.advance(1);
        QCOMPARE(fired.size(), 1);
        QVERIFY(!timer->isActive());
        clock.advance(10000);
        QCOMPARE(fired.size(), 1); // single shot
        QCOMPARE(clock.now(), Start.addMSecs(11000));
    }

    void firesInDeadlineOrderEachAtItsOwnTime()
    {
        ManualClock clock(Start);
        QObject owner;
        Log log{clock, {}};
        const QList<std::pair<QString, int>> timers = {
            {u"late"_s, 700}, {u"early"_s, 200}, {u"tie-first"_s, 500}, {u"tie-second"_s, 500}};
        for (const auto &[name, ms] : timers) {
            ClockTimer *timer = clock.createTimer(&owner);
            timer->setSingleShot(true);
            log.watch(timer, name);
            timer->start(ms);
        }
        clock.advance(2000);
        QCOMPARE(log.entries, (QStringList{u"early@200"_s, u"tie-first@500"_s, u"tie-second@500"_s,
                                           u"late@700"_s}));
        QCOMPARE(clock.now(), Start.addMSecs(2000));
    }

    void aRepeatingTimerIsRearmed()
    {
        ManualClock clock(Start);
        QObject owner;
        Log log{clock, {}};
        ClockTimer *every300 = clock.createTimer(&owner);
        log.watch(every300, u"tick"_s);
        every300->start(300);
        clock.advance(1000);
        QCOMPARE(log.entries, (QStringList{u"tick@300"_s, u"tick@600"_s, u"tick@900"_s}));
        QVERIFY(every300->isActive());
        QCOMPARE(every300->remainingTime(), 200);
        every300->stop();
        clock.advance(1000);
        QCOMPARE(log.entries.size(), 3);
        QCOMPARE(clock.activeTimerCount(), 0);
    }

    void restartingMovesTheDeadline()
    {
        ManualClock clock(Start);
        QObject owner;
        Log log{clock, {}};
        ClockTimer *timer = clock.createTimer(&owner);
        timer->setSingleShot(true);
        log.watch(timer, u"t"_s);
        timer->start(500);
        clock.advance(400);
        timer->start(500); // as QTimer: start() on a running timer starts it over
        clock.advance(400);
        QVERIFY(log.entries.isEmpty());
        clock.advance(100);
        QCOMPARE(log.entries, QStringList{u"t@900"_s});
    }

    // A timer started (or stopped, or deleted) by a timeout during one advance() is treated as
    // if the time had passed for real: due within the advance, it fires within it, in order.
    void timersChangedFromATimeoutDuringAdvance()
    {
        ManualClock clock(Start);
        QObject owner;
        Log log{clock, {}};
        ClockTimer *first = clock.createTimer(&owner);
        ClockTimer *chained = clock.createTimer(&owner);
        ClockTimer *beyond = clock.createTimer(&owner);
        ClockTimer *other = clock.createTimer(&owner);
        QPointer<ClockTimer> doomed = clock.createTimer(&owner);
        for (ClockTimer *timer : {first, chained, beyond, other, doomed.data()})
            timer->setSingleShot(true);
        log.watch(first, u"first"_s);
        log.watch(chained, u"chained"_s);
        log.watch(beyond, u"beyond"_s);
        log.watch(other, u"other"_s);
        log.watch(doomed, u"doomed"_s);
        int firstRuns = 0;
        connect(first, &ClockTimer::timeout, &owner, [&] {
            if (firstRuns++ > 0)
                return;
            chained->start(300); // due at 400: before `other`
            beyond->start(5000); // due at 5100: after this advance
            delete doomed.data();
        });
        connect(chained, &ClockTimer::timeout, &owner, [&] { first->start(0); });
        first->start(100);
        other->start(600);
        doomed->start(200);

        clock.advance(1000);
        // `first` fires again at 400: a 0 ms timer started from a timeout runs in the same advance.
        QCOMPARE(log.entries,
                 (QStringList{u"first@100"_s, u"chained@400"_s, u"first@400"_s, u"other@600"_s}));
        QVERIFY(doomed.isNull());
        QVERIFY(beyond->isActive());
        QCOMPARE(beyond->remainingTime(), 5100 - 1000);
        clock.advance(5000);
        QCOMPARE(log.entries.last(), u"beyond@5100"_s);
    }

    void settingTheWallTimeFiresNothing()
    {
        ManualClock clock(Start);
        QObject owner;
        ClockTimer *timer = clock.createTimer(&owner);
        QSignalSpy fired(timer, &ClockTimer::timeout);
        timer->start(1000);
        clock.set(Start.addSecs(3600));
        QCOMPARE(fired.size(), 0);
        QCOMPARE(timer->remainingTime(), 1000);
        clock.set(Start.addSecs(-3600));
        QCOMPARE(clock.elapsedMs(), 0); // spans are measured on the steady count
        clock.advance(1000);
        QCOMPARE(fired.size(), 1);
        QCOMPARE(clock.elapsedMs(), 1000);
        QCOMPARE(clock.now(), Start.addSecs(-3600).addMSecs(1000));
    }

    void singleShotRunsOnceUnlessItsContextIsGone()
    {
        ManualClock clock(Start);
        QObject kept;
        auto gone = std::make_unique<QObject>();
        int keptRan = 0;
        int goneRan = 0;
        ClockTimer::singleShot(clock, 300, &kept, [&] { ++keptRan; });
        ClockTimer::singleShot(clock, 300, gone.get(), [&] { ++goneRan; });
        gone.reset();
        clock.advance(299);
        QCOMPARE(keptRan, 0);
        clock.advance(1);
        QCOMPARE(keptRan, 1);
        clock.advance(1000);
        QCOMPARE(keptRan, 1);
        QCOMPARE(goneRan, 0);
        QCOMPARE(clock.activeTimerCount(), 0);
    }

    void aTimerOutlivingItsClockIsInert()
    {
        QObject owner;
        ClockTimer *timer = nullptr;
        {
            ManualClock clock(Start);
            timer = clock.createTimer(&owner);
            timer->start(100);
        }
        QVERIFY(!timer->isActive());
        timer->start(100);
        QVERIFY(!timer->isActive());
        QCOMPARE(timer->remainingTime(), -1);
    }

    // The wall clock's timers are QTimers: this one waits, briefly, on the real event loop.
    void systemClockTimersRunOnTheEventLoop()
    {
        SystemClock clock;
        QObject owner;
        ClockTimer *timer = clock.createTimer(&owner);
        timer->setSingleShot(true);
        QSignalSpy fired(timer, &ClockTimer::timeout);
        timer->start(20);
        QVERIFY(timer->isActive());
        QVERIFY(fired.wait(5000));
        QCOMPARE(fired.size(), 1);
        QVERIFY(!timer->isActive());
        int ran = 0;
        ClockTimer::singleShot(clock, 0, &owner, [&] { ++ran; });
        QCOMPARE(ran, 0); // from the event loop, not at once
        QTRY_COMPARE(ran, 1);
    }
};

QTEST_GUILESS_MAIN(TstClockTimer)
#include "tst_clocktimer.moc"
