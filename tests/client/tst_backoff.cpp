// The reconnect delay rule: doubling from 250 ms to a 10 s ceiling, ±25 % jitter.

#include "backoff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace tableside;

class TestBackoff : public QObject {
    Q_OBJECT

private slots:
    void defaults()
    {
        const Backoff::Policy policy;
        QCOMPARE(policy.initialMs, 250);
        QCOMPARE(policy.maxMs, 10000);
        QCOMPARE(policy.jitter, 0.25);
    }

    void growsToTheCeiling_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<int>("delayMs");
        QTest::newRow("first") << 0 << 250;
        QTest::newRow("second") << 1 << 500;
        QTest::newRow("third") << 2 << 1000;
        QTest::newRow("fourth") << 3 << 2000;
        QTest::newRow("fifth") << 4 << 4000;
        QTest::newRow("sixth") << 5 << 8000;
        QTest::newRow("capped") << 6 << 10000;
        QTest::newRow("stays capped") << 7 << 10000;
        QTest::newRow("long outage") << 1000 << 10000;
    }

    void growsToTheCeiling()
    {
        QFETCH(int, attempt);
        QFETCH(int, delayMs);
        // A draw of 0.5 is the middle of the jitter band: no jitter at all.
        Backoff backoff({}, [] { return 0.5; });
        int delay = 0;
        for (int i = 0; i <= attempt; ++i)
            delay = backoff.nextDelayMs();
        QCOMPARE(delay, delayMs);
        QCOMPARE(backoff.baseDelayMs(attempt), delayMs);
    }

    void jitterReachesBothEdges()
    {
        Backoff low({}, [] { return 0.0; });
        QCOMPARE(low.nextDelayMs(), 188); // 250 × 0.75 = 187.5
        QCOMPARE(low.nextDelayMs(), 375);
        Backoff high({}, [] { return 0.999999; });
        QCOMPARE(high.nextDelayMs(), 312); // just under 250 × 1.25
        QCOMPARE(high.nextDelayMs(), 625);
    }

    void jitterStaysWithinQuarter()
    {
        QRandomGenerator random(20261123);
        Backoff backoff({}, [&random] { return random.generateDouble(); });
        int belowBase = 0;
        int aboveBase = 0;
        for (int attempt = 0; attempt < 200; ++attempt) {
            const int base = backoff.baseDelayMs(backoff.attempts());
            const int delay = backoff.nextDelayMs();
            QVERIFY2(delay >= base * 0.75 - 1 && delay <= base * 1.25 + 1,
                     qPrintable(QString::number(delay)));
            belowBase += delay < base;
            aboveBase += delay > base;
        }
        // Really random: tablets restarted together must not retry in lockstep.
        QVERIFY(belowBase > 20);
        QVERIFY(aboveBase > 20);
    }

    void resetStartsOver()
    {
        Backoff backoff({}, [] { return 0.5; });
        for (int i = 0; i < 5; ++i)
            backoff.nextDelayMs();
        QCOMPARE(backoff.attempts(), 5);
        backoff.reset();
        QCOMPARE(backoff.attempts(), 0);
        QCOMPARE(backoff.nextDelayMs(), 250);
    }

    void customPolicy()
    {
        Backoff backoff({10, 40, 0.0}, [] { return 0.9; });
        QCOMPARE(backoff.nextDelayMs(), 10);
        QCOMPARE(backoff.nextDelayMs(), 20);
        QCOMPARE(backoff.nextDelayMs(), 40);
        QCOMPARE(backoff.nextDelayMs(), 40);
    }

    void nonsensePolicyIsTamed()
    {
        Backoff backoff({0, -5, 7.0}, [] { return 0.0; });
        QCOMPARE(backoff.policy().initialMs, 1);
        QCOMPARE(backoff.policy().maxMs, 1);
        QCOMPARE(backoff.policy().jitter, 1.0);
        QVERIFY(backoff.nextDelayMs() >= 1); // never a zero-delay hot loop
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
