// Tips: each preset percentage of a part's subtotal before tax (never of its tax or service
// charge), half away from zero; a custom amount; none; every refusal; the amount due.

#include "billsplitchecks.h"
#include "tip.h"

#include <QTest>

using namespace tableside;
using namespace tableside::billtest;

class TestTip : public QObject {
    Q_OBJECT

private slots:
    void presets();
    void tips_data();
    void tips();
    void tipOnAnEvenPart();
    void refusals_data();
    void refusals();
};

void TestTip::presets()
{
    QCOMPARE(Tip::presetBasisPoints(), (QList<int>{0, 500, 1000, 1500}));
}

void TestTip::tips_data()
{
    QTest::addColumn<qint64>("subtotal");
    QTest::addColumn<BillRules>("rules");
    QTest::addColumn<TipChoice>("choice");
    QTest::addColumn<qint64>("tip");
    QTest::addColumn<qint64>("due");

    const auto eur = [](qint64 units) { return Money(units, "EUR"); };
    // 100.00 + 24 % = 124.00: 10 % is 10.00, not the 12.40 of a tip on the tax.
    const BillRules added24{2400, false, 0};
    QTest::newRow("added 24 %, no tip")
        << qint64(10000) << added24 << TipChoice::none() << qint64(0) << qint64(12400);
    QTest::newRow("added 24 %, 0 %")
        << qint64(10000) << added24 << TipChoice::percent(0) << qint64(0) << qint64(12400);
    QTest::newRow("added 24 %, 5 %")
        << qint64(10000) << added24 << TipChoice::percent(500) << qint64(500) << qint64(12900);
    QTest::newRow("added 24 %, 10 %")
        << qint64(10000) << added24 << TipChoice::percent(1000) << qint64(1000) << qint64(13400);
    QTest::newRow("added 24 %, 15 %")
        << qint64(10000) << added24 << TipChoice::percent(1500) << qint64(1500) << qint64(13900);
    // 50.00 with 10 % included: 45.45 before tax (4.55 tax); 10 % is 4.545, up to 4.55.
    const BillRules included10{1000, true, 0};
    QTest::newRow("included 10 %, 5 %: 2.2725")
        << qint64(5000) << included10 << TipChoice::percent(500) << qint64(227) << qint64(5227);
    QTest::newRow("included 10 %, 10 %: 4.545 up")
        << qint64(5000) << included10 << TipChoice::percent(1000) << qint64(455) << qint64(5455);
    QTest::newRow("included 10 %, 15 %: 6.8175")
        << qint64(5000) << included10 << TipChoice::percent(1500) << qint64(682) << qint64(5682);
    QTest::newRow("added 5.5 %, 5 % of 10.10: 0.505 up")
        << qint64(1010) << BillRules{550, false, 0} << TipChoice::percent(500) << qint64(51)
        << qint64(1010 + 56 + 51);
    QTest::newRow("added 20 %, 15 % of 33.33: 4.9995 up")
        << qint64(3333) << BillRules{2000, false, 0} << TipChoice::percent(1500) << qint64(500)
        << qint64(3333 + 667 + 500);
    // 15.03 with 20 % included and 12.5 % service: 12.52 before tax, 16.60 due before the tip.
    QTest::newRow("with service, 10 % of the subtotal before tax")
        << qint64(1503) << BillRules{2000, true, 1250} << TipChoice::percent(1000) << qint64(125)
        << qint64(1785);
    QTest::newRow("the most, 100 %")
        << qint64(5000) << included10 << TipChoice::percent(10000) << qint64(4545) << qint64(9545);
    QTest::newRow("custom amount")
        << qint64(10000) << added24 << TipChoice::custom(eur(250)) << qint64(250) << qint64(12650);
    QTest::newRow("custom zero") << qint64(10000) << added24 << TipChoice::custom(eur(0))
                                 << qint64(0) << qint64(12400);
    QTest::newRow("custom, as much as the part pays")
        << qint64(10000) << added24 << TipChoice::custom(eur(12400)) << qint64(12400)
        << qint64(24800);
}

void TestTip::tips()
{
    QFETCH(qint64, subtotal);
    QFETCH(BillRules, rules);
    QFETCH(TipChoice, choice);
    QFETCH(qint64, tip);
    QFETCH(qint64, due);
    const SplitPart part = BillSplit::whole(makeBill({subtotal}, rules)).parts().first();
    const Result<Money> amount = Tip::amount(part, choice);
    QVERIFY(amount.ok());
    QCOMPARE(amount.value(), Money(tip, "EUR"));
    const Result<Money> amountDue = Tip::amountDue(part, choice);
    QVERIFY(amountDue.ok());
    QCOMPARE(amountDue.value(), Money(due, "EUR"));
}

// 124.00 in three: the first part's 33.34 before tax, so 10 % is 3.33 and 15 % 5.00 (5.001).
void TestTip::tipOnAnEvenPart()
{
    const Bill bill = makeBill({10000}, {2400, false, 0});
    const Result<BillSplit> split = BillSplit::evenly(bill, 3);
    QVERIFY(split.ok());
    const SplitPart &first = split->parts().first();
    QCOMPARE(first.preTaxSubtotal, Money(3334, "EUR"));
    QCOMPARE(Tip::amount(first, TipChoice::percent(1000)).value(), Money(333, "EUR"));
    QCOMPARE(Tip::amount(first, TipChoice::percent(1500)).value(), Money(500, "EUR"));
    QCOMPARE(Tip::amountDue(first, TipChoice::percent(1000)).value(), Money(4134 + 333, "EUR"));
}

void TestTip::refusals_data()
{
    QTest::addColumn<TipChoice>("choice");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    // The part: 100.00 + 24 % = 124.00.
    QTest::newRow("percent below zero") << TipChoice::percent(-1) << "tip_negative"
                                        << "A tip cannot be below zero.";
    QTest::newRow("percent above 100") << TipChoice::percent(10001) << "tip_too_large"
                                       << "A tip can be at most 100 percent; ask a waiter to add "
                                          "more.";
    QTest::newRow("amount below zero") << TipChoice::custom(Money(-1, "EUR")) << "tip_negative"
                                       << "A tip cannot be below zero.";
    QTest::newRow("amount above what the part pays")
        << TipChoice::custom(Money(12401, "EUR")) << "tip_too_large"
        << "A tip can be at most what you pay for the meal; ask a waiter to add more.";
    QTest::newRow("amount in another currency")
        << TipChoice::custom(Money(100, "USD")) << "currency_mismatch"
        << "Enter the tip in EUR.";
}

void TestTip::refusals()
{
    QFETCH(TipChoice, choice);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const SplitPart part = BillSplit::whole(makeBill({10000}, {2400, false, 0})).parts().first();
    for (const Result<Money> &result : {Tip::amount(part, choice), Tip::amountDue(part, choice)}) {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().message, message);
    }
}

QTEST_GUILESS_MAIN(TestTip)
#include "tst_tip.moc"
