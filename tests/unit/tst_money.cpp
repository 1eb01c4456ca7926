// Money: integer arithmetic and locale formatting. The expected strings are what QLocale 6.4.2
// (CLDR 42) prints on Debian 12; invisible characters are spelled as escapes.

#include "money.h"

#include <QTest>

#include <limits>

using namespace tableside;

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void minorDigits_data();
    void minorDigits();
    void isCurrencyCode_data();
    void isCurrencyCode();
    void arithmetic();
    void defaultMoneyStartsASum();
    void format_data();
    void format();
    void formatWholeAmountsLikeQLocale_data();
    void formatWholeAmountsLikeQLocale();
    void formatNegativesWithASignInEveryLocale();
    void formatExtremes();
};

void TestMoney::minorDigits_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("digits");
    QTest::newRow("EUR") << "EUR" << 2;
    QTest::newRow("USD") << "USD" << 2;
    QTest::newRow("GBP") << "GBP" << 2;
    QTest::newRow("JPY") << "JPY" << 0;
    QTest::newRow("KRW") << "KRW" << 0;
    QTest::newRow("IRR") << "IRR" << 0;
    QTest::newRow("KWD") << "KWD" << 3;
    QTest::newRow("BHD") << "BHD" << 3;
    QTest::newRow("JOD") << "JOD" << 3;
    QTest::newRow("CLF") << "CLF" << 4;
    QTest::newRow("unknown code") << "XYZ" << 2;
    QTest::newRow("lower case is not a code") << "jpy" << 2;
    QTest::newRow("empty") << "" << 2;
}

void TestMoney::minorDigits()
{
    QFETCH(QString, currency);
    QFETCH(int, digits);
    QCOMPARE(Money::minorDigits(currency), digits);
}

void TestMoney::isCurrencyCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("EUR") << "EUR" << true;
    QTest::newRow("lower case") << "eur" << false;
    QTest::newRow("two letters") << "EU" << false;
    QTest::newRow("four letters") << "EURO" << false;
    QTest::newRow("digit") << "E1R" << false;
    QTest::newRow("non-ASCII letter") << QStringLiteral("ÉUR") << false;
    QTest::newRow("empty") << "" << false;
}

void TestMoney::isCurrencyCode()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(Money::isCurrencyCode(code), valid);
}

void TestMoney::arithmetic()
{
    const Money steak(2450, "EUR");
    const Money chips(300, "EUR");

    QCOMPARE(steak.minorUnits(), 2450);
    QCOMPARE(steak.currency(), "EUR");

    const Money sum = steak + chips;
    QCOMPARE(sum.minorUnits(), 2750);
    QCOMPARE(sum.currency(), "EUR");

    Money running = steak;
    running += Money(-500, "EUR");
    QCOMPARE(running.minorUnits(), 1950);

    const Money triple = sum * 3;
    QCOMPARE(triple.minorUnits(), 8250);
    QCOMPARE(triple.currency(), "EUR");
    QCOMPARE((sum * 0).minorUnits(), 0);

    QVERIFY(steak == Money(2450, "EUR"));
    QVERIFY(steak != Money(2450, "GBP"));
    QVERIFY(steak != Money(2451, "EUR"));
    QVERIFY(Money() != Money(0, "EUR"));
}

void TestMoney::defaultMoneyStartsASum()
{
    const Money empty;
    QCOMPARE(empty.minorUnits(), 0);
    QCOMPARE(empty.currency(), QString());

    Money total;
    for (qint64 price : {2450, 350, 1200})
        total += Money(price, "JPY");
    QCOMPARE(total, Money(4000, "JPY"));

    QCOMPARE(Money(700, "EUR") + Money(), Money(700, "EUR"));
}

void TestMoney::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minorUnits");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *locale, qint64 minor, const char *currency,
                        const QString &expected) {
        QTest::addRow("%s %s %lld", locale, currency, qlonglong(minor))
            << QString::fromLatin1(locale) << minor << QString::fromLatin1(currency) << expected;
    };

    // Qt itself writes negatives here as "(€2.50)" (CLDR accounting); we show a minus sign.
    for (const char *english : {"en_GB", "en_US"}) {
        row(english, 0, "EUR", QStringLiteral("€0.00"));
        row(english, 5, "EUR", QStringLiteral("€0.05"));
        row(english, 1250, "EUR", QStringLiteral("€12.50"));
        row(english, 123456789, "EUR", QStringLiteral("€1,234,567.89"));
        row(english, -250, "EUR", QStringLiteral("-€2.50"));
        row(english, 1250, "JPY", QStringLiteral("¥1,250"));
        row(english, -250, "JPY", QStringLiteral("-¥250"));
        // A letter code gets a no-break space where a symbol would touch the digits (CLDR).
        row(english, 1250, "KWD", QStringLiteral("KWD\u00A01.250"));
        row(english, 5, "KWD", QStringLiteral("KWD\u00A00.005"));
        row(english, -250, "KWD", QStringLiteral("-KWD\u00A00.250"));
    }
    row("en_GB", 1250, "GBP", QStringLiteral("£12.50"));
    row("en_GB", 1250, "USD", QStringLiteral("US$12.50"));
    row("en_US", 1250, "USD", QStringLiteral("$12.50"));

    row("el_GR", 0, "EUR", QStringLiteral("0,00\u00A0€"));
    row("el_GR", 5, "EUR", QStringLiteral("0,05\u00A0€"));
    row("el_GR", 1250, "EUR", QStringLiteral("12,50\u00A0€"));
    row("el_GR", 123456789, "EUR", QStringLiteral("1.234.567,89\u00A0€"));
    row("el_GR", -250, "EUR", QStringLiteral("-2,50\u00A0€"));
    row("el_GR", 1250, "JPY", QStringLiteral("1.250\u00A0¥"));
    row("el_GR", 123456789, "KWD", QStringLiteral("123.456,789\u00A0KWD"));
    row("el_GR", -250, "KWD", QStringLiteral("-0,250\u00A0KWD"));

    // Arabic-Indic digits, U+066B decimal point, U+066C group separator; the minus is
    // preceded by U+061C ARABIC LETTER MARK.
    for (const char *arabic : {"ar_EG", "ar_SA"}) {
        row(arabic, 0, "EUR", QStringLiteral("٠٫٠٠\u00A0€"));
        row(arabic, 5, "EUR", QStringLiteral("٠٫٠٥\u00A0€"));
        row(arabic, 1250, "EUR", QStringLiteral("١٢٫٥٠\u00A0€"));
        row(arabic, 123456789, "EUR", QStringLiteral("١٬٢٣٤٬٥٦٧٫٨٩\u00A0€"));
        row(arabic, -250, "EUR", QStringLiteral("\u061C-٢٫٥٠\u00A0€"));
        row(arabic, 1250, "JPY", QStringLiteral("١٬٢٥٠\u00A0¥"));
        row(arabic, 1250, "KWD", QStringLiteral("١٫٢٥٠\u00A0KWD"));
    }
    row("ar_EG", 1250, "EGP", QStringLiteral("١٢٫٥٠\u00A0ج.م.\u200F"));

    // Persian digits; the amount starts with U+200E LEFT-TO-RIGHT MARK, the symbol comes first
    // and the minus is U+2212.
    row("fa_IR", 0, "EUR", QStringLiteral("\u200E€\u00A0۰٫۰۰"));
    row("fa_IR", 5, "EUR", QStringLiteral("\u200E€\u00A0۰٫۰۵"));
    row("fa_IR", 1250, "EUR", QStringLiteral("\u200E€\u00A0۱۲٫۵۰"));
    row("fa_IR", 123456789, "EUR", QStringLiteral("\u200E€\u00A0۱٬۲۳۴٬۵۶۷٫۸۹"));
    row("fa_IR", -250, "EUR", QStringLiteral("\u200E\u2212€\u00A0۲٫۵۰"));
    row("fa_IR", 1250, "JPY", QStringLiteral("\u200E¥\u00A0۱٬۲۵۰"));
    row("fa_IR", 123456789, "KWD", QStringLiteral("\u200EKWD\u00A0۱۲۳٬۴۵۶٫۷۸۹"));
    row("fa_IR", 1250, "IRR", QStringLiteral("\u200Eریال\u00A0۱٬۲۵۰"));
    row("fa_IR", -250, "IRR", QStringLiteral("\u200E\u2212ریال\u00A0۲۵۰"));

    // No currency: just the number.
    row("en_GB", -1250, "", QStringLiteral("-12.50"));
    row("el_GR", 1250, "", QStringLiteral("12,50"));
}

void TestMoney::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minorUnits);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(Money(minorUnits, currency).format(QLocale(locale)), expected);
}

void TestMoney::formatWholeAmountsLikeQLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    QTest::newRow("ja_JP JPY") << "ja_JP"
                               << "JPY";
    QTest::newRow("fa_IR IRR") << "fa_IR"
                               << "IRR";
    QTest::newRow("ko_KR KRW") << "ko_KR"
                               << "KRW";
}

// For a locale's own zero-digit currency, QLocale's integer toCurrencyString is an oracle.
void TestMoney::formatWholeAmountsLikeQLocale()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    const QLocale qlocale(locale);
    QCOMPARE(qlocale.currencySymbol(QLocale::CurrencyIsoCode), currency);
    for (qint64 amount : {0, 7, 1250, 98765432}) {
        QCOMPARE(Money(amount, currency).format(qlocale),
                 qlocale.toCurrencyString(qlonglong(amount)));
    }
}

void TestMoney::formatNegativesWithASignInEveryLocale()
{
    const auto locales =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    QVERIFY(locales.size() > 300);
    for (const QLocale &locale : locales) {
        const QString positive = Money(250, "EUR").format(locale);
        const QString negative = Money(-250, "EUR").format(locale);
        const QString context = locale.name() + QLatin1Char(' ') + negative;
        QVERIFY2(positive.contains(QStringLiteral("€")), qPrintable(context));
        QVERIFY2(negative.contains(QStringLiteral("€")), qPrintable(context));
        QVERIFY2(negative.contains(locale.toString(50)), qPrintable(context));
        QVERIFY2(!negative.contains(QLatin1Char('(')), qPrintable(context));
        QVERIFY2(negative.contains(locale.negativeSign()), qPrintable(context));
        QVERIFY2(!positive.contains(locale.negativeSign()), qPrintable(context));
    }
}

void TestMoney::formatExtremes()
{
    const QLocale english("en_GB");
    QCOMPARE(Money(std::numeric_limits<qint64>::min(), "EUR").format(english),
             QStringLiteral("-€92,233,720,368,547,758.08"));
    QCOMPARE(Money(std::numeric_limits<qint64>::max(), "JPY").format(english),
             QStringLiteral("¥9,223,372,036,854,775,807"));
    QCOMPARE(Money(123456789, "CLF").format(english), QStringLiteral("CLF\u00A012,345.6789"));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
