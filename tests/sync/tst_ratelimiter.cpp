// The per-socket token bucket: bursts up to the limit, then the average rate, on a test clock.

#include "ratelimiter.h"

#include <QTest>

using namespace tableside;

class TestRateLimiter : public QObject {
    Q_OBJECT

private:
    qint64 m_now = 1'000'000;
    RateLimiter makeLimiter(double perSecond = 50, double burst = 100)
    {
        return RateLimiter(perSecond, burst, [this] { return m_now; });
    }
    static int drain(RateLimiter &limiter, int attempts)
    {
        int granted = 0;
        for (int i = 0; i < attempts; ++i)
            granted += limiter.tryAcquire() ? 1 : 0;
        return granted;
    }

private slots:
    void init() { m_now = 1'000'000; }

    void aFreshBucketAllowsTheWholeBurstThenRefuses()
    {
        RateLimiter limiter = makeLimiter();
        QCOMPARE(limiter.available(), 100);
        QCOMPARE(drain(limiter, 1000), 100);
        QVERIFY(!limiter.tryAcquire());
        QCOMPARE(limiter.available(), 0);
    }

    void refillsAtTheAverageRate_data()
    {
        QTest::addColumn<qint64>("waitMs");
        QTest::addColumn<int>("granted");
        QTest::newRow("10 ms: not yet a token") << qint64(10) << 0;
        QTest::newRow("20 ms: one token") << qint64(20) << 1;
        QTest::newRow("1 s: fifty") << qint64(1000) << 50;
        QTest::newRow("1.99 s: ninety-nine") << qint64(1990) << 99;
        QTest::newRow("an hour: capped at the burst") << qint64(3'600'000) << 100;
    }
    void refillsAtTheAverageRate()
    {
        QFETCH(qint64, waitMs);
        QFETCH(int, granted);
        RateLimiter limiter = makeLimiter();
        QCOMPARE(drain(limiter, 100), 100);
        m_now += waitMs;
        QCOMPARE(drain(limiter, 1000), granted);
    }

    void sustainedFloodGetsTheAverageOnly()
    {
        RateLimiter limiter = makeLimiter();
        int granted = 0;
        // 200 attempts a second for ten seconds, one every 5 ms.
        for (int i = 0; i < 2000; ++i) {
            granted += limiter.tryAcquire() ? 1 : 0;
            m_now += 5;
        }
        QVERIFY2(granted >= 100 + 500 - 2 && granted <= 100 + 500 + 1,
                 qPrintable(QString::number(granted)));
    }

    void aClockGoingBackAddsNothing()
    {
        RateLimiter limiter = makeLimiter();
        QCOMPARE(drain(limiter, 100), 100);
        m_now -= 60'000;
        QCOMPARE(drain(limiter, 10), 0);
        m_now += 20; // still before the last reading: no time has passed for the bucket
        QCOMPARE(drain(limiter, 10), 0);
    }

    void limitersAreIndependent()
    {
        RateLimiter flooding = makeLimiter();
        RateLimiter quiet = makeLimiter();
        QCOMPARE(drain(flooding, 500), 100);
        QVERIFY(quiet.tryAcquire());
    }

    void theSteadyClockNeverGoesBack()
    {
        const qint64 first = RateLimiter::steadyMilliseconds();
        QVERIFY(RateLimiter::steadyMilliseconds() >= first);
        RateLimiter limiter(50, 100); // the real clock: a burst is there at once
        QVERIFY(limiter.tryAcquire());
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
