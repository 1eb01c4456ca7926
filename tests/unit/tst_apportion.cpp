// Apportion: the one rounding rule of a bill (half away from zero) and the two ways an amount is
// shared out. Hand-worked rows where the rules differ from banker's rounding or truncation, and an
// exhaustive sweep of small amounts against exact fractions.

#include "apportion.h"

#include <QTest>

#include <limits>
#include <numeric>

using namespace tableside;

class TestApportion : public QObject {
    Q_OBJECT

private slots:
    void scaledRounded_data();
    void scaledRounded();
    void evenly_data();
    void evenly();
    void proportionally_data();
    void proportionally();
    void proportionallyStaysWithinOneUnitOfTheExactShare();
};

void TestApportion::scaledRounded_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");

    // Banker's rounding gives 2, 12, 16 and 100 for the halves below; truncation the lower one.
    QTest::newRow("2.5 -> 3") << qint64(5) << qint64(1) << qint64(2) << qint64(3);
    QTest::newRow("12.5 -> 13") << qint64(25) << qint64(1) << qint64(2) << qint64(13);
    QTest::newRow("16.5 -> 17: 5.5 % of 3.00")
        << qint64(300) << qint64(550) << qint64(10000) << qint64(17);
    QTest::newRow("100.5 -> 101: 10 % of 10.05")
        << qint64(1005) << qint64(1000) << qint64(10000) << qint64(101);
    QTest::newRow("-12.5 -> -13") << qint64(-25) << qint64(1) << qint64(2) << qint64(-13);
    QTest::newRow("2.4 -> 2") << qint64(24) << qint64(1) << qint64(10) << qint64(2);
    QTest::newRow("2.6 -> 3") << qint64(26) << qint64(1) << qint64(10) << qint64(3);
    QTest::newRow("-2.6 -> -3") << qint64(-26) << qint64(1) << qint64(10) << qint64(-3);
    QTest::newRow("just under a half") << qint64(4999) << qint64(1) << qint64(10000) << qint64(0);
    QTest::newRow("exactly a half") << qint64(5000) << qint64(1) << qint64(10000) << qint64(1);
    QTest::newRow("zero") << qint64(0) << qint64(2400) << qint64(12400) << qint64(0);
    // 20 % included in 15.03: 1503 / 6 = 250.5.
    QTest::newRow("inclusive 20 % half")
        << qint64(1503) << qint64(2000) << qint64(12000) << qint64(251);
    // The product needs more than 64 bits.
    const qint64 max = std::numeric_limits<qint64>::max();
    QTest::newRow("largest amount x 10000") << max << qint64(10000) << qint64(10000) << max;
    QTest::newRow("largest amount x 24 % included")
        << max << qint64(2400) << qint64(12400) << qint64(1785168781326730801);
}

void TestApportion::scaledRounded()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(Apportion::scaledRounded(amount, numerator, denominator), expected);
}

void TestApportion::evenly_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("parts");
    QTest::addColumn<int>("remainderTo");
    QTest::addColumn<QList<qint64>>("expected");

    using Shares = QList<qint64>;
    QTest::newRow("one part") << qint64(1001) << 1 << 0 << Shares{1001};
    QTest::newRow("10.00 in 3, first") << qint64(1000) << 3 << 0 << Shares{334, 333, 333};
    QTest::newRow("10.00 in 3, last") << qint64(1000) << 3 << 2 << Shares{333, 333, 334};
    QTest::newRow("0.19 in 20") << qint64(19) << 20 << 5 << Shares{0, 0, 0, 0, 0, 19, 0, 0, 0, 0,
                                                                   0, 0, 0, 0, 0, 0,  0, 0, 0, 0};
    QTest::newRow("1.00 in 6: 4 cents to one")
        << qint64(100) << 6 << 1 << Shares{16, 20, 16, 16, 16, 16};
    QTest::newRow("zero") << qint64(0) << 4 << 3 << Shares{0, 0, 0, 0};
}

void TestApportion::evenly()
{
    QFETCH(qint64, amount);
    QFETCH(int, parts);
    QFETCH(int, remainderTo);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(Apportion::evenly(amount, parts, remainderTo), expected);
}

void TestApportion::proportionally_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<int>("firstInLine");
    QTest::addColumn<QList<qint64>>("expected");

    using List = QList<qint64>;
    QTest::newRow("ties to the first in line") << qint64(10) << List{1, 1, 1} << 0 << List{4, 3, 3};
    QTest::newRow("ties to the first in line, then in order")
        << qint64(11) << List{1, 1, 1} << 2 << List{4, 3, 4};
    // Exact 1.67, 3.33, 5: the unit left goes to the largest fraction, not the first in line.
    QTest::newRow("largest fraction first") << qint64(10) << List{1, 2, 3} << 2 << List{2, 3, 5};
    // Floor-plus-remainder would give the last 4 units of tax for a part that pays 1.
    QTest::newRow("no share above its weight") << qint64(4) << List{1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
                                               << 9 << List{1, 1, 1, 0, 0, 0, 0, 0, 0, 1};
    QTest::newRow("a zero weight gets nothing")
        << qint64(7) << List{0, 5, 0, 2} << 0 << List{0, 5, 0, 2};
    QTest::newRow("all weights zero: evenly") << qint64(7) << List{0, 0, 0} << 1 << List{2, 3, 2};
    QTest::newRow("amounts past 64-bit products")
        << qint64(1'000'000'000'000'000) << List{1'000'000'000'000'000, 2'000'000'000'000'000} << 0
        << List{333'333'333'333'333, 666'666'666'666'667};
}

void TestApportion::proportionally()
{
    QFETCH(qint64, amount);
    QFETCH(QList<qint64>, weights);
    QFETCH(int, firstInLine);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(Apportion::proportionally(amount, weights, firstInLine), expected);
}

// Every amount up to the weights' sum, over every list of up to 4 weights from 0 to 4, for every
// first in line: the shares add up and each is its exact share rounded down or up.
void TestApportion::proportionallyStaysWithinOneUnitOfTheExactShare()
{
    int cases = 0;
    QList<QList<qint64>> lists{{}};
    for (int size = 1; size <= 4; ++size) {
        QList<QList<qint64>> longer;
        for (const QList<qint64> &list : lists) {
            for (qint64 w = 0; w <= 4; ++w)
                longer.append(list + QList<qint64>{w});
        }
        lists = longer;
        for (const QList<qint64> &weights : lists) {
            const qint64 sum = std::accumulate(weights.cbegin(), weights.cend(), qint64(0));
            for (qint64 amount = 0; amount <= sum; ++amount) {
                for (int first = 0; first < size; ++first) {
                    const QList<qint64> shares = Apportion::proportionally(amount, weights, first);
                    QCOMPARE(shares.size(), weights.size());
                    QCOMPARE(std::accumulate(shares.cbegin(), shares.cend(), qint64(0)), amount);
                    for (int i = 0; i < size && sum > 0; ++i) {
                        // share x sum within one sum of amount x weight, and never above weight.
                        const qint64 exact = amount * weights.at(i);
                        QVERIFY(shares.at(i) * sum > exact - sum);
                        QVERIFY(shares.at(i) * sum < exact + sum);
                        QVERIFY(shares.at(i) <= weights.at(i));
                    }
                    ++cases;
                }
            }
        }
    }
    QVERIFY(cases > 10000);
}

QTEST_GUILESS_MAIN(TestApportion)
#include "tst_apportion.moc"
