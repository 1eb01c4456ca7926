// Splitting a bill whole, evenly between N and in custom amounts. Every N from 1 to 20 against
// 20 subtotals (0, 1, not divisible by N, the largest bill) under 20 tax and service rules, each
// split checked against its invariants (billsplitchecks.h) and the even rule itself: every part
// pays the total divided by N, rounded down, and the payer pays the remainder too.

#include "billsplitchecks.h"

#include <QTest>

using namespace tableside;
using namespace tableside::billtest;

namespace {

const QList<qint64> Subtotals{0,
                              1,
                              2,
                              3,
                              7,
                              19,
                              20,
                              21,
                              99,
                              100,
                              101,
                              999,
                              1001,
                              1234,
                              4999,
                              10007,
                              123457,
                              99'999'999,
                              1'000'000'000'007,
                              Bill::MaxSubtotalMinorUnits};

// `size` zeros but `value` at `index`.
QList<qint64> onlyAt(qsizetype size, qsizetype index, qint64 value)
{
    QList<qint64> list(size, 0);
    list[index] = value;
    return list;
}

QList<qint64> minorUnits(const QList<SplitPart> &parts, Money SplitPart::*field)
{
    QList<qint64> units;
    for (const SplitPart &part : parts)
        units.append((part.*field).minorUnits());
    return units;
}

} // namespace

class TestBillSplit : public QObject {
    Q_OBJECT

private slots:
    void wholeIsTheBill();
    void evenly_data();
    void evenly();
    void evenlyForEveryN_data();
    void evenlyForEveryN();
    void evenlyRefusals_data();
    void evenlyRefusals();
    void customAmounts();
    void customAmountsForEveryN_data();
    void customAmountsForEveryN();
    void customAmountRefusals_data();
    void customAmountRefusals();
};

void TestBillSplit::wholeIsTheBill()
{
    const Bill bill = makeBill({1000, 2450, 1}, {2400, false, 1250});
    const BillSplit split = BillSplit::whole(bill);
    QCOMPARE(split.parts().size(), 1);
    const SplitPart &part = split.parts().first();
    QCOMPARE(part.subtotal, bill.subtotal());
    QCOMPARE(part.tax, bill.tax());
    QCOMPARE(part.serviceCharge, bill.serviceCharge());
    QCOMPARE(part.total, bill.total());
    QCOMPARE(part.lines.size(), 3);
    QVERIFY(split.isComplete());
    QCOMPARE(brokenInvariant(bill, split), QString());
}

void TestBillSplit::evenly_data()
{
    QTest::addColumn<qint64>("subtotal");
    QTest::addColumn<BillRules>("rules");
    QTest::addColumn<int>("parts");
    QTest::addColumn<int>("payer");
    QTest::addColumn<QList<qint64>>("totals");
    QTest::addColumn<QList<qint64>>("subtotals");
    QTest::addColumn<QList<qint64>>("taxes");
    QTest::addColumn<QList<qint64>>("services");

    using L = QList<qint64>;
    // 124.00 in three: 41.34 for the first, 41.33 each for the others; 8.00 of tax each.
    QTest::newRow("124.00 between 3, the first pays the odd cent")
        << qint64(10000) << BillRules{2400, false, 0} << 3 << 0 << L{4134, 4133, 4133}
        << L{3334, 3333, 3333} << L{800, 800, 800} << L{0, 0, 0};
    QTest::newRow("124.00 between 3, the last pays the odd cent")
        << qint64(10000) << BillRules{2400, false, 0} << 3 << 2 << L{4133, 4133, 4134}
        << L{3333, 3333, 3334} << L{800, 800, 800} << L{0, 0, 0};
    QTest::newRow("0.19 between 20: all of it to the payer")
        << qint64(19) << BillRules{0, true, 0} << 20 << 7 << onlyAt(20, 7, 19) << onlyAt(20, 7, 19)
        << L(20, 0) << L(20, 0);
    // 1.94 of tax included: 0.33 in the 1.70 part, the other unit to the first tie in order.
    QTest::newRow("10.00 with 24 % included between 6")
        << qint64(1000) << BillRules{2400, true, 0} << 6 << 0 << L{170, 166, 166, 166, 166, 166}
        << L{170, 166, 166, 166, 166, 166} << L{33, 33, 32, 32, 32, 32} << L(6, 0);
    // 10.07 + 1.01 tax + 1.26 service = 12.34: 6.17 each, the payer's half-cent ties won.
    QTest::newRow("10 % added and 12.5 % service between 2, the second pays")
        << qint64(1007) << BillRules{1000, false, 1250} << 2 << 1 << L{617, 617} << L{504, 503}
        << L{50, 51} << L{63, 63};
}

void TestBillSplit::evenly()
{
    QFETCH(qint64, subtotal);
    QFETCH(BillRules, rules);
    QFETCH(int, parts);
    QFETCH(int, payer);
    QFETCH(QList<qint64>, totals);
    QFETCH(QList<qint64>, subtotals);
    QFETCH(QList<qint64>, taxes);
    QFETCH(QList<qint64>, services);

    const Bill bill = makeBill({subtotal}, rules);
    const Result<BillSplit> split = BillSplit::evenly(bill, parts, payer);
    QVERIFY(split.ok());
    QCOMPARE(split->payer(), payer);
    QCOMPARE(minorUnits(split->parts(), &SplitPart::total), totals);
    QCOMPARE(minorUnits(split->parts(), &SplitPart::subtotal), subtotals);
    QCOMPARE(minorUnits(split->parts(), &SplitPart::tax), taxes);
    QCOMPARE(minorUnits(split->parts(), &SplitPart::serviceCharge), services);
    QCOMPARE(brokenInvariant(bill, split.value()), QString());
}

void TestBillSplit::evenlyForEveryN_data()
{
    QTest::addColumn<int>("parts");
    for (int n = 1; n <= 20; ++n)
        QTest::addRow("%d", n) << n;
    QTest::newRow("the most") << BillSplit::MaxParts;
}

void TestBillSplit::evenlyForEveryN()
{
    QFETCH(int, parts);
    int splits = 0;
    for (const BillRules &rules : everyRule()) {
        for (qint64 subtotal : Subtotals) {
            const Bill bill = makeBill({subtotal}, rules);
            const qint64 total = bill.total().minorUnits();
            for (int payer : {0, parts / 2, parts - 1}) {
                const Result<BillSplit> split = BillSplit::evenly(bill, parts, payer);
                QVERIFY(split.ok());
                QCOMPARE(split->parts().size(), parts);
                const QString context = QStringLiteral("%1 at %2 (%3), payer %4")
                                            .arg(subtotal)
                                            .arg(rules.taxRateBasisPoints)
                                            .arg(rules.pricesIncludeTax ? "included" : "added")
                                            .arg(payer);
                QVERIFY2(brokenInvariant(bill, split.value()).isEmpty(),
                         qPrintable(context + ": " + brokenInvariant(bill, split.value())));
                for (int i = 0; i < parts; ++i) {
                    const qint64 expected = total / parts + (i == payer ? total % parts : 0);
                    QVERIFY2(split->parts().at(i).total.minorUnits() == expected,
                             qPrintable(context + QStringLiteral(", part %1").arg(i)));
                }
                ++splits;
            }
        }
    }
    QCOMPARE(splits, 20 * Subtotals.size() * 3);
}

void TestBillSplit::evenlyRefusals_data()
{
    QTest::addColumn<int>("parts");
    QTest::addColumn<int>("payer");
    QTest::addColumn<QString>("code");
    QTest::newRow("nobody") << 0 << 0 << "parts_invalid";
    QTest::newRow("below zero") << -1 << 0 << "parts_invalid";
    QTest::newRow("more than a party") << BillSplit::MaxParts + 1 << 0 << "parts_invalid";
    QTest::newRow("payer below zero") << 3 << -1 << "payer_invalid";
    QTest::newRow("payer not among them") << 3 << 3 << "payer_invalid";
}

void TestBillSplit::evenlyRefusals()
{
    QFETCH(int, parts);
    QFETCH(int, payer);
    QFETCH(QString, code);
    const Result<BillSplit> split = BillSplit::evenly(makeBill({1000}, {}), parts, payer);
    QVERIFY(!split.ok());
    QCOMPARE(split.error().code, code);
    QVERIFY(!split.error().message.isEmpty());
}

void TestBillSplit::customAmounts()
{
    const Bill bill = makeBill({10000}, {2400, false, 0});
    const QList<Money> amounts{Money(5000, "EUR"), Money(4000, "EUR"), Money(3400, "EUR")};
    const Result<BillSplit> split = BillSplit::customAmounts(bill, amounts);
    QVERIFY(split.ok());
    QCOMPARE(minorUnits(split->parts(), &SplitPart::total), (QList<qint64>{5000, 4000, 3400}));
    // Exact 9.6774, 7.7419, 6.5806 of tax: the unit left to the largest fraction.
    QCOMPARE(minorUnits(split->parts(), &SplitPart::tax), (QList<qint64>{968, 774, 658}));
    QCOMPARE(minorUnits(split->parts(), &SplitPart::subtotal), (QList<qint64>{4032, 3226, 2742}));
    QCOMPARE(brokenInvariant(bill, split.value()), QString());

    // 1.00 + 0.24 tax + 0.13 service (12.5 %, 0.125 up) = 1.37 paid as 0.09 and 1.28. What is
    // added on top, 0.37, is shared first (0.02 and 0.35), then the tax within it (0.01 and
    // 0.23): the tax alone shared by the amounts would give 0.02 and 0.22, and no service to 0.09.
    const Bill small = makeBill({100}, {2400, false, 1250});
    const Result<BillSplit> uneven =
        BillSplit::customAmounts(small, {Money(9, "EUR"), Money(128, "EUR")});
    QVERIFY(uneven.ok());
    QCOMPARE(minorUnits(uneven->parts(), &SplitPart::subtotal), (QList<qint64>{7, 93}));
    QCOMPARE(minorUnits(uneven->parts(), &SplitPart::tax), (QList<qint64>{1, 23}));
    QCOMPARE(minorUnits(uneven->parts(), &SplitPart::serviceCharge), (QList<qint64>{1, 12}));
    QCOMPARE(brokenInvariant(small, uneven.value()), QString());
}

void TestBillSplit::customAmountsForEveryN_data()
{
    evenlyForEveryN_data();
}

// Uneven amounts (in proportion 1, 2, 3, 4, 5, 1, 2 …, the last part the rest), and everything
// on one part with nothing on the others.
void TestBillSplit::customAmountsForEveryN()
{
    QFETCH(int, parts);
    for (const BillRules &rules : everyRule()) {
        for (qint64 subtotal : Subtotals) {
            const Bill bill = makeBill({subtotal}, rules);
            const qint64 total = bill.total().minorUnits();
            QList<qint64> uneven;
            qint64 weights = 0;
            for (int i = 0; i < parts; ++i)
                weights += i % 5 + 1;
            qint64 left = total;
            for (int i = 0; i + 1 < parts; ++i) {
                uneven.append(qint64((__extension__(__int128) total * (i % 5 + 1)) / weights));
                left -= uneven.last();
            }
            uneven.append(left);
            const QList<qint64> oneHas = onlyAt(parts, parts / 2, total);

            for (const QList<qint64> &amounts : {uneven, oneHas}) {
                QList<Money> money;
                for (qint64 amount : amounts)
                    money.append(Money(amount, "EUR"));
                const Result<BillSplit> split = BillSplit::customAmounts(bill, money, parts - 1);
                QVERIFY(split.ok());
                QCOMPARE(minorUnits(split->parts(), &SplitPart::total), amounts);
                QVERIFY2(
                    brokenInvariant(bill, split.value()).isEmpty(),
                    qPrintable(
                        QStringLiteral("%1 at %2: ").arg(subtotal).arg(rules.taxRateBasisPoints) +
                        brokenInvariant(bill, split.value())));
            }
        }
    }
}

void TestBillSplit::customAmountRefusals_data()
{
    QTest::addColumn<QList<qint64>>("amounts");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("payer");
    QTest::addColumn<QString>("code");

    // The bill: 100.00 + 24 % = 124.00.
    using L = QList<qint64>;
    QTest::newRow("a cent short") << L{6200, 6199} << "EUR" << 0 << "amounts_do_not_add_up";
    QTest::newRow("a cent over") << L{6200, 6201} << "EUR" << 0 << "amounts_do_not_add_up";
    QTest::newRow("one short of a part") << L{6200} << "EUR" << 0 << "amounts_do_not_add_up";
    QTest::newRow("below zero") << L{-100, 12500} << "EUR" << 0 << "amount_negative";
    QTest::newRow("more than the bill") << L{12401, 0} << "EUR" << 0 << "amount_too_large";
    QTest::newRow("another currency") << L{6200, 6200} << "USD" << 0 << "currency_mismatch";
    QTest::newRow("nobody") << L{} << "EUR" << 0 << "parts_invalid";
    QTest::newRow("more than a party")
        << onlyAt(BillSplit::MaxParts + 1, 0, 12400) << "EUR" << 0 << "parts_invalid";
    QTest::newRow("payer not among them") << L{6200, 6200} << "EUR" << 2 << "payer_invalid";
}

void TestBillSplit::customAmountRefusals()
{
    QFETCH(QList<qint64>, amounts);
    QFETCH(QString, currency);
    QFETCH(int, payer);
    QFETCH(QString, code);
    QList<Money> money;
    for (qint64 amount : amounts)
        money.append(Money(amount, currency));
    const Bill bill = makeBill({10000}, {2400, false, 0});
    const Result<BillSplit> split = BillSplit::customAmounts(bill, money, payer);
    QVERIFY(!split.ok());
    QCOMPARE(split.error().code, code);
    QVERIFY(!split.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestBillSplit)
#include "tst_billsplit.moc"
