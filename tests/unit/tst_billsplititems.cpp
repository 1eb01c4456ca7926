// Splitting a bill by seat and by items. By hand, a table with shared dishes; then every seat
// count from 1 to 20 with the whole table's lines shared, and every line shared between 2..N
// diners for every N to 20, under 20 tax and service rules, against the rule (the first diner
// named pays the line's odd cents) and the invariants of every split (billsplitchecks.h).

#include "billsplitchecks.h"

#include <QTest>

using namespace tableside;
using namespace tableside::billtest;

namespace {

const QList<qint64> LineTotals{0, 1, 2, 3, 19, 20, 21, 999, 1001, 12345, 99'999'999};

QList<qint64> minorUnits(const QList<SplitPart> &parts, Money SplitPart::*field)
{
    QList<qint64> units;
    for (const SplitPart &part : parts)
        units.append((part.*field).minorUnits());
    return units;
}

Money eur(qint64 minorUnits)
{
    return Money(minorUnits, QStringLiteral("EUR"));
}

} // namespace

class TestBillSplitItems : public QObject {
    Q_OBJECT

private slots:
    void bySeat();
    void bySeatWithoutSeatsIsOnePart();
    void bySeatForEverySeatCount();
    void byItems();
    void everyLineSharedBetweenTwoToN_data();
    void everyLineSharedBetweenTwoToN();
    void untakenLinesAreReported();
    void byItemsRefusals_data();
    void byItemsRefusals();
};

// Bread (10.00) and wine (29.99) for the table; seat 1 pays their odd cents.
void TestBillSplitItems::bySeat()
{
    const Bill bill =
        makeBill({2999, 700, 1000, 1800, 2500, 1000}, {1000, false, 0}, {0, 3, 1, 2, 1, 0});
    const BillSplit split = BillSplit::bySeat(bill);
    QCOMPARE(split.parts().size(), 3);
    QCOMPARE(split.parts().at(0).seat, 1);
    QCOMPARE(split.parts().at(1).seat, 2);
    QCOMPARE(split.parts().at(2).seat, 3);
    QCOMPARE(minorUnits(split.parts(), &SplitPart::subtotal), (QList<qint64>{4835, 3132, 2032}));
    QCOMPARE(minorUnits(split.parts(), &SplitPart::tax), (QList<qint64>{484, 313, 203}));
    QCOMPARE(minorUnits(split.parts(), &SplitPart::total), (QList<qint64>{5319, 3445, 2235}));
    QCOMPARE(split.parts().at(0).lines,
             (QList<LineShare>{
                 {1, 3, eur(1001)}, {3, 1, eur(1000)}, {5, 1, eur(2500)}, {6, 3, eur(334)}}));
    QCOMPARE(split.parts().at(2).lines,
             (QList<LineShare>{{1, 3, eur(999)}, {2, 1, eur(700)}, {6, 3, eur(333)}}));
    QVERIFY(split.isComplete());
    QCOMPARE(brokenInvariant(bill, split), QString());
}

void TestBillSplitItems::bySeatWithoutSeatsIsOnePart()
{
    for (const QList<qint64> &lines : {QList<qint64>{}, QList<qint64>{1200, 350}}) {
        const Bill bill = makeBill(lines, {2400, true, 1250});
        const BillSplit split = BillSplit::bySeat(bill);
        QCOMPARE(split.parts().size(), 1);
        QCOMPARE(split.parts().first().seat, 0);
        QCOMPARE(split.parts().first().total, bill.total());
        QCOMPARE(split.parts().first().lines.size(), lines.size());
        QCOMPARE(brokenInvariant(bill, split), QString());
    }
}

// Seats 1..S (and S seats spread out to 20) each with a dish of their own, and five lines for
// the whole table shared by all of them.
void TestBillSplitItems::bySeatForEverySeatCount()
{
    const QList<qint64> tableLines{0, 1, 1000, 2999, 12345};
    int splits = 0;
    for (int count = 1; count <= InputLimits::MaxSeat; ++count) {
        for (bool spread : {false, true}) {
            QList<int> seats;
            QList<qint64> totals;
            for (int i = 0; i < count; ++i) {
                seats.append(spread ? InputLimits::MaxSeat - i : i + 1);
                totals.append(100 * seats.last() + 37);
            }
            for (qint64 total : tableLines) {
                seats.append(0);
                totals.append(total);
            }
            for (const BillRules &rules : everyRule()) {
                const Bill bill = makeBill(totals, rules, seats);
                const BillSplit split = BillSplit::bySeat(bill);
                QCOMPARE(split.parts().size(), count);
                const int lowest = spread ? InputLimits::MaxSeat - count + 1 : 1;
                for (int i = 0; i < count; ++i) {
                    const SplitPart &part = split.parts().at(i);
                    QCOMPARE(part.seat, lowest + i);
                    qint64 expected = 100 * part.seat + 37;
                    for (qint64 total : tableLines)
                        expected += total / count + (part.seat == lowest ? total % count : 0);
                    QCOMPARE(part.subtotal.minorUnits(), expected);
                }
                QVERIFY2(brokenInvariant(bill, split).isEmpty(),
                         qPrintable(brokenInvariant(bill, split)));
                ++splits;
            }
        }
    }
    QCOMPARE(splits, 20 * 2 * 20);
}

// Included 20 %: 31.00 of which 5.17 tax. Line 2 shared by diners 1 and 2, lines 3 and 4 by all.
void TestBillSplitItems::byItems()
{
    const Bill bill = makeBill({1000, 1001, 999, 100}, {2000, true, 0});
    const Result<BillSplit> split =
        BillSplit::byItems(bill, 3, {{1, {0}}, {2, {1, 2}}, {3, {2, 0, 1}}, {4, {1, 0, 2}}});
    QVERIFY(split.ok());
    QCOMPARE(minorUnits(split->parts(), &SplitPart::subtotal), (QList<qint64>{1366, 868, 866}));
    QCOMPARE(minorUnits(split->parts(), &SplitPart::tax), (QList<qint64>{228, 145, 144}));
    QCOMPARE(minorUnits(split->parts(), &SplitPart::preTaxSubtotal),
             (QList<qint64>{1138, 723, 722}));
    QCOMPARE(minorUnits(split->parts(), &SplitPart::total), (QList<qint64>{1366, 868, 866}));
    QCOMPARE(split->parts().at(1).lines,
             (QList<LineShare>{{2, 2, eur(501)}, {3, 3, eur(333)}, {4, 3, eur(34)}}));
    QVERIFY(split->isComplete());
    QCOMPARE(brokenInvariant(bill, split.value()), QString());
}

void TestBillSplitItems::everyLineSharedBetweenTwoToN_data()
{
    QTest::addColumn<int>("diners");
    for (int n = 2; n <= 20; ++n)
        QTest::addRow("%d diners", n) << n;
}

// Line 1 shared by k diners from `first` on (wrapping round), each diner also with a dish of
// their own (lines 2..N+1).
void TestBillSplitItems::everyLineSharedBetweenTwoToN()
{
    QFETCH(int, diners);
    int splits = 0;
    for (int k = 2; k <= diners; ++k) {
        for (qint64 shared : LineTotals) {
            QList<qint64> totals{shared};
            for (int i = 0; i < diners; ++i)
                totals.append(250 + i);
            for (int first : {0, diners - 1}) {
                QList<LineTake> takes{{1, {}}};
                for (int j = 0; j < k; ++j)
                    takes.first().diners.append((first + j) % diners);
                for (int i = 0; i < diners; ++i)
                    takes.append(LineTake{i + 2, {i}});
                for (const BillRules &rules : everyRule()) {
                    const Bill bill = makeBill(totals, rules);
                    const Result<BillSplit> split = BillSplit::byItems(bill, diners, takes);
                    QVERIFY(split.ok());
                    QVERIFY(split->isComplete());
                    for (int i = 0; i < diners; ++i) {
                        const QList<LineShare> &lines = split->parts().at(i).lines;
                        const int j = int(takes.first().diners.indexOf(i));
                        if (j < 0) {
                            QCOMPARE(lines, (QList<LineShare>{{i + 2, 1, eur(250 + i)}}));
                            continue;
                        }
                        const qint64 expected = shared / k + (j == 0 ? shared % k : 0);
                        QCOMPARE(lines.first(), (LineShare{1, k, eur(expected)}));
                    }
                    QVERIFY2(brokenInvariant(bill, split.value()).isEmpty(),
                             qPrintable(QStringLiteral("%1 between %2: ").arg(shared).arg(k) +
                                        brokenInvariant(bill, split.value())));
                    ++splits;
                }
            }
        }
    }
    QCOMPARE(splits, (diners - 1) * LineTotals.size() * 2 * 20);
}

void TestBillSplitItems::untakenLinesAreReported()
{
    const Bill bill = makeBill({1000, 2450, 300, 777}, {2400, false, 1000});
    const Result<BillSplit> partial = BillSplit::byItems(bill, 2, {{1, {0}}, {3, {1, 0}}, {4, {}}});
    QVERIFY(partial.ok());
    QVERIFY(!partial->isComplete());
    QCOMPARE(partial->untaken().lines, (QList<LineShare>{{2, 1, eur(2450)}, {4, 1, eur(777)}}));
    QCOMPARE(partial->untaken().subtotal, eur(3227));
    QCOMPARE(minorUnits(partial->parts(), &SplitPart::subtotal), (QList<qint64>{1150, 150}));
    QCOMPARE(brokenInvariant(bill, partial.value()), QString());

    const Result<BillSplit> complete =
        BillSplit::byItems(bill, 2, {{1, {0}}, {2, {1}}, {3, {1, 0}}, {4, {0, 1}}});
    QVERIFY(complete.ok());
    QVERIFY(complete->isComplete());
    QCOMPARE(complete->untaken().total.minorUnits(), 0);
    QCOMPARE(brokenInvariant(bill, complete.value()), QString());
}

void TestBillSplitItems::byItemsRefusals_data()
{
    QTest::addColumn<int>("diners");
    QTest::addColumn<qint64>("lineId");
    QTest::addColumn<QList<int>>("takers");
    QTest::addColumn<int>("payer");
    QTest::addColumn<QString>("code");

    using D = QList<int>;
    QTest::newRow("a line not on the bill") << 2 << qint64(99) << D{0} << 0 << "unknown_line";
    QTest::newRow("a line taken twice") << 2 << qint64(1) << D{1} << 0 << "line_taken_twice";
    QTest::newRow("diner below zero") << 2 << qint64(2) << D{-1} << 0 << "diner_invalid";
    QTest::newRow("diner not paying") << 2 << qint64(2) << D{0, 2} << 0 << "diner_invalid";
    QTest::newRow("diner named twice") << 2 << qint64(2) << D{1, 0, 1} << 0 << "diner_named_twice";
    QTest::newRow("nobody") << 0 << qint64(2) << D{} << 0 << "parts_invalid";
    QTest::newRow("more than a party")
        << BillSplit::MaxParts + 1 << qint64(2) << D{0} << 0 << "parts_invalid";
    QTest::newRow("payer not paying") << 2 << qint64(2) << D{0} << 2 << "payer_invalid";
}

// Line 1 is taken by diner 0 first; the row's take comes second.
void TestBillSplitItems::byItemsRefusals()
{
    QFETCH(int, diners);
    QFETCH(qint64, lineId);
    QFETCH(QList<int>, takers);
    QFETCH(int, payer);
    QFETCH(QString, code);
    const Bill bill = makeBill({1000, 500}, {2400, false, 0});
    const Result<BillSplit> split =
        BillSplit::byItems(bill, diners, {{1, {0}}, {lineId, takers}}, payer);
    QVERIFY(!split.ok());
    QCOMPARE(split.error().code, code);
    QVERIFY(!split.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestBillSplitItems)
#include "tst_billsplititems.moc"
