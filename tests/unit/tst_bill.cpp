// The bill: subtotal, tax included or added, service charge on the subtotal before tax, total.
// Hand-worked rows where half away from zero differs from banker's rounding and from rounding
// line by line; a sweep of every subtotal to 30.00 at each rate checked against the exact
// fractions; every refusal; the total as Arabic and Persian diners read it.

#include "bill.h"

#include <QTest>

#include <limits>

using namespace tableside;

namespace {

BillLine line(qint64 id, qint64 total, const QString &currency = QStringLiteral("EUR"))
{
    return {
        .lineId = id, .name = QStringLiteral("Dish %1").arg(id), .total = Money(total, currency)};
}

// |result x den - exact| is at most half of den, and an exact half rounds away from zero.
bool roundedHalfAwayFromZero(qint64 result, qint64 amount, qint64 rate, qint64 den)
{
    const qint64 exact = amount * rate; // amounts of the sweep stay far below 64 bits
    const qint64 error = 2 * (result * den - exact);
    return error <= den && error > -den;
}

} // namespace

class TestBill : public QObject {
    Q_OBJECT

private slots:
    void amounts_data();
    void amounts();
    void everySubtotalRoundsHalfAwayFromZero();
    void keepsTheLinesNotCancelledInOrder();
    void refusals_data();
    void refusals();
    void totalInTheDinersLanguage_data();
    void totalInTheDinersLanguage();
};

void TestBill::amounts_data()
{
    QTest::addColumn<QList<qint64>>("lines");
    QTest::addColumn<QList<qint64>>("cancelled");
    QTest::addColumn<int>("taxRate");
    QTest::addColumn<bool>("included");
    QTest::addColumn<int>("service");
    QTest::addColumn<qint64>("subtotal");
    QTest::addColumn<qint64>("tax");
    QTest::addColumn<qint64>("preTax");
    QTest::addColumn<qint64>("serviceCharge");
    QTest::addColumn<qint64>("total");

    using L = QList<qint64>;
    const auto row = [](const char *name, L lines, L cancelled, int rate, bool included,
                        int service, qint64 subtotal, qint64 tax, qint64 preTax, qint64 charge,
                        qint64 total) {
        QTest::newRow(name) << lines << cancelled << rate << included << service << subtotal << tax
                            << preTax << charge << total;
    };
    row("added 24 %", {1000, 2450}, {}, 2400, false, 0, 3450, 828, 3450, 0, 4278);
    row("included 24 %: 667.74", {1000, 2450}, {}, 2400, true, 0, 3450, 668, 2782, 0, 3450);
    row("included 10 %: 95.45", {1050}, {}, 1000, true, 0, 1050, 95, 955, 0, 1050);
    row("added 10 %: 100.5 up", {1005}, {}, 1000, false, 0, 1005, 101, 1005, 0, 1106);
    row("included 20 %: 250.5 up", {1503}, {}, 2000, true, 0, 1503, 251, 1252, 0, 1503);
    row("added 5.5 %: 16.5 up", {300}, {}, 550, false, 0, 300, 17, 300, 0, 317);
    row("included 5.5 %: 52.13", {400, 600}, {}, 550, true, 0, 1000, 52, 948, 0, 1000);
    row("no tax, included", {1234}, {}, 0, true, 0, 1234, 0, 1234, 0, 1234);
    row("no tax, added", {1234}, {}, 0, false, 0, 1234, 0, 1234, 0, 1234);
    // One rounding for the bill: line by line, 0.5 + 0.5 + 0.5 would be 3.
    row("tax rounded once, not per line", {5, 5, 5}, {}, 1000, false, 0, 15, 2, 15, 0, 17);
    row("service 12.5 %: 126.5 up", {1012}, {}, 1000, false, 1250, 1012, 101, 1012, 127, 1240);
    // Service on the 100.00 before tax, not on the 124.00 the diner sees.
    row("service 10 % of the subtotal before tax", {12400}, {}, 2400, true, 1000, 12400, 2400,
        10000, 1000, 13400);
    row("service 12.5 % included 20 %: 156.5 up", {1503}, {}, 2000, true, 1250, 1503, 251, 1252,
        157, 1660);
    row("service 10 % added 20 %", {2000, 999}, {}, 2000, false, 1000, 2999, 600, 2999, 300, 3899);
    row("cancelled lines left off", {1000}, {5000, 250}, 2000, false, 0, 1000, 200, 1000, 0, 1200);
    row("empty bill", {}, {}, 2400, false, 1000, 0, 0, 0, 0, 0);
    row("everything cancelled", {}, {700}, 2400, false, 1000, 0, 0, 0, 0, 0);
    row("one cent, added 24 %", {1}, {}, 2400, false, 0, 1, 0, 1, 0, 1);
    row("two cents, added 24 %: 0.48", {2}, {}, 2400, false, 0, 2, 0, 2, 0, 2);
    row("three cents, added 24 %: 0.72", {3}, {}, 2400, false, 0, 3, 1, 3, 0, 4);
    row("largest bill, included 24 %, service 25 %", {1'000'000'000'000'000}, {}, 2400, true, 2500,
        1'000'000'000'000'000, 193'548'387'096'774, 806'451'612'903'226, 201'612'903'225'807,
        1'201'612'903'225'807);
}

void TestBill::amounts()
{
    QFETCH(QList<qint64>, lines);
    QFETCH(QList<qint64>, cancelled);
    QFETCH(int, taxRate);
    QFETCH(bool, included);
    QFETCH(int, service);
    QFETCH(qint64, subtotal);
    QFETCH(qint64, tax);
    QFETCH(qint64, preTax);
    QFETCH(qint64, serviceCharge);
    QFETCH(qint64, total);

    QList<BillLine> billLines;
    for (qint64 amount : lines)
        billLines.append(line(billLines.size() + 1, amount));
    for (qint64 amount : cancelled) {
        billLines.append(line(billLines.size() + 1, amount));
        billLines.last().cancelled = true;
    }
    const Result<Bill> bill = Bill::make(billLines, {taxRate, included, service}, "EUR");
    QVERIFY2(bill.ok(), qPrintable(bill.ok() ? QString() : bill.error().message));
    QCOMPARE(bill->lines().size(), lines.size());
    QCOMPARE(bill->subtotal(), Money(subtotal, "EUR"));
    QCOMPARE(bill->tax(), Money(tax, "EUR"));
    QCOMPARE(bill->preTaxSubtotal(), Money(preTax, "EUR"));
    QCOMPARE(bill->serviceCharge(), Money(serviceCharge, "EUR"));
    QCOMPARE(bill->total(), Money(total, "EUR"));
}

// Every subtotal from 0 to 30.00 at each rate, included and added, with and without a service
// charge: each amount within half a cent of its exact fraction, halves away from zero.
void TestBill::everySubtotalRoundsHalfAwayFromZero()
{
    int bills = 0;
    for (int rate : {0, 550, 1000, 2000, 2400}) {
        for (bool included : {true, false}) {
            for (int service : {0, 1000, 1250}) {
                for (qint64 subtotal = 0; subtotal <= 3000; ++subtotal) {
                    const Result<Bill> made =
                        Bill::make({line(1, subtotal)}, {rate, included, service}, "EUR");
                    QVERIFY(made.ok());
                    const Bill &bill = made.value();
                    const qint64 tax = bill.tax().minorUnits();
                    const qint64 preTax = bill.preTaxSubtotal().minorUnits();
                    const qint64 charge = bill.serviceCharge().minorUnits();
                    const QByteArray context =
                        QByteArray::number(subtotal) + " at " + QByteArray::number(rate);
                    QVERIFY2(roundedHalfAwayFromZero(tax, subtotal, rate,
                                                     included ? 10000 + rate : 10000),
                             context);
                    QCOMPARE(preTax, included ? subtotal - tax : subtotal);
                    QVERIFY2(roundedHalfAwayFromZero(charge, preTax, service, 10000), context);
                    QCOMPARE(bill.total().minorUnits(), subtotal + charge + (included ? 0 : tax));
                    QVERIFY(tax >= 0 && preTax >= 0 && charge >= 0);
                    ++bills;
                }
            }
        }
    }
    QCOMPARE(bills, 5 * 2 * 3 * 3001);
}

void TestBill::keepsTheLinesNotCancelledInOrder()
{
    BillLine soup{1, "Soup", "", 2, 1, Money(650, "EUR"), false};
    BillLine steak{2, "Ribeye steak", "Medium, chips", 1, 1, Money(2900, "EUR"), true};
    BillLine wine{3, "House red", "Glass", 0, 3, Money(1800, "EUR"), false};
    const Result<Bill> bill = Bill::make({soup, steak, wine}, {2400, true, 0}, "EUR");
    QVERIFY(bill.ok());
    QCOMPARE(bill->lines(), (QList<BillLine>{soup, wine}));
    QCOMPARE(bill->currency(), QStringLiteral("EUR"));
    QCOMPARE(bill->rules().taxRateBasisPoints, 2400);
}

void TestBill::refusals_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("tax rate below zero")
        << "tax -1"
        << "tax_rate_invalid"
        << "The venue's tax rate must be from 0 to 100 percent; ask the owner to correct it in "
           "the settings.";
    QTest::newRow("tax rate above 100 %") << "tax 10001"
                                          << "tax_rate_invalid"
                                          << "The venue's tax rate must be from 0 to 100 "
                                             "percent; ask the owner to correct it in the "
                                             "settings.";
    QTest::newRow("service charge below zero")
        << "service -1"
        << "service_charge_invalid"
        << "The venue's service charge must be from 0 to 25 percent; ask the owner to correct "
           "it in the settings.";
    QTest::newRow("service charge above 25 %")
        << "service 2501"
        << "service_charge_invalid"
        << "The venue's service charge must be from 0 to 25 percent; ask the owner to correct "
           "it in the settings.";
    QTest::newRow("no currency") << "currency none"
                                 << "currency_invalid"
                                 << "The venue's currency is not set; ask the owner to set it.";
    QTest::newRow("a line in another currency")
        << "line USD"
        << "currency_mismatch"
        << "Dish 2 is priced in USD, not in the venue's EUR; ask a waiter.";
    QTest::newRow("a negative line") << "line -1"
                                     << "line_invalid"
                                     << "Dish 2 cannot be put on the bill as it was ordered; ask "
                                        "a waiter.";
    QTest::newRow("quantity 0") << "quantity 0"
                                << "line_invalid"
                                << "Dish 2 cannot be put on the bill as it was ordered; ask a "
                                   "waiter.";
    QTest::newRow("seat 21") << "seat 21"
                             << "line_invalid"
                             << "Dish 2 cannot be put on the bill as it was ordered; ask a "
                                "waiter.";
    QTest::newRow("seat -1") << "seat -1"
                             << "line_invalid"
                             << "Dish 2 cannot be put on the bill as it was ordered; ask a "
                                "waiter.";
    QTest::newRow("a line twice") << "line id 1"
                                  << "duplicate_line"
                                  << "Dish 2 appears twice on the bill; ask a waiter.";
    QTest::newRow("past the largest bill")
        << "too large"
        << "bill_too_large"
        << "This bill is too large to be paid at the table; ask a waiter.";
    QTest::newRow("a line past any bill")
        << "line too large"
        << "bill_too_large"
        << "This bill is too large to be paid at the table; ask a waiter.";
}

void TestBill::refusals()
{
    QFETCH(QString, fixture);
    QFETCH(QString, code);
    QFETCH(QString, message);

    BillRules rules{2400, true, 0};
    QString currency = QStringLiteral("EUR");
    QList<BillLine> lines{line(1, 1000), line(2, 500)};
    const QStringList words = fixture.split(QLatin1Char(' '));
    const qint64 value = words.last().toLongLong();
    if (words.first() == QLatin1String("tax"))
        rules.taxRateBasisPoints = int(value);
    else if (words.first() == QLatin1String("service"))
        rules.serviceChargeBasisPoints = int(value);
    else if (fixture == QLatin1String("currency none"))
        currency.clear();
    else if (fixture == QLatin1String("line USD"))
        lines[1].total = Money(500, "USD");
    else if (fixture == QLatin1String("line -1"))
        lines[1].total = Money(-1, "EUR");
    else if (words.first() == QLatin1String("quantity"))
        lines[1].quantity = int(value);
    else if (words.first() == QLatin1String("seat"))
        lines[1].seat = int(value);
    else if (fixture == QLatin1String("line id 1"))
        lines[1].lineId = 1;
    else if (fixture == QLatin1String("too large"))
        lines[1].total = Money(Bill::MaxSubtotalMinorUnits - 999, "EUR");
    else if (fixture == QLatin1String("line too large"))
        lines[1].total = Money(std::numeric_limits<qint64>::max(), "EUR");
    else
        QFAIL("unknown fixture");

    const Result<Bill> bill = Bill::make(lines, rules, currency);
    QVERIFY(!bill.ok());
    QCOMPARE(bill.error().code, code);
    QCOMPARE(bill.error().message, message);

    // The same line cancelled is no longer on the bill, and no longer in the way.
    if (fixture.startsWith(QLatin1String("line")) || fixture.startsWith(QLatin1String("seat")) ||
        fixture.startsWith(QLatin1String("quantity")) || fixture == QLatin1String("too large")) {
        lines[1].cancelled = true;
        QVERIFY(Bill::make(lines, rules, currency).ok());
    }
}

void TestBill::totalInTheDinersLanguage_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    // 10.00 + 23.45 + 24 % added = 41.48; in KWD 10.000 + 23.450 + 24 % = 41.478; in rials 41478.
    QTest::newRow("en_GB") << "en_GB"
                           << "EUR" << QStringLiteral("€41.48");
    QTest::newRow("el_GR") << "el_GR"
                           << "EUR" << QStringLiteral("41,48\u00A0€");
    QTest::newRow("ar_EG: Arabic-Indic digits") << "ar_EG"
                                                << "EUR" << QStringLiteral("٤١٫٤٨\u00A0€");
    QTest::newRow("ar_SA, three decimals") << "ar_SA"
                                           << "KWD" << QStringLiteral("٤١٫٤٧٨\u00A0KWD");
    QTest::newRow("fa_IR: Persian digits, left-to-right mark")
        << "fa_IR"
        << "EUR" << QStringLiteral("\u200E€\u00A0۴۱٫۴۸");
    QTest::newRow("fa_IR, rials") << "fa_IR"
                                  << "IRR" << QStringLiteral("\u200Eریال\u00A0۴۱٬۴۷۸");
}

void TestBill::totalInTheDinersLanguage()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const qint64 unit = currency == QLatin1String("EUR") ? 1 : 10;
    const Result<Bill> bill =
        Bill::make({line(1, 1000 * unit, currency), line(2, 2345 * unit, currency)},
                   {2400, false, 0}, currency);
    QVERIFY(bill.ok());
    QCOMPARE(bill->total().format(QLocale(locale)), expected);
}

QTEST_GUILESS_MAIN(TestBill)
#include "tst_bill.moc"
