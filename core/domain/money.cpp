#include "money.h"

#include <QtNumeric>

#include <array>
#include <utility>

namespace tableside {

namespace {

// ISO 4217 exponents that differ from 2. IRR is listed as 0: its rial has no coins in use and
// CLDR (and QLocale) show it without decimals.
constexpr std::array<std::pair<const char *, int>, 26> NonDefaultExponents{{
    {"BIF", 0}, {"CLP", 0}, {"DJF", 0}, {"GNF", 0}, {"IRR", 0}, {"ISK", 0}, {"JPY", 0},
    {"KMF", 0}, {"KRW", 0}, {"PYG", 0}, {"RWF", 0}, {"UGX", 0}, {"UYI", 0}, {"VND", 0},
    {"VUV", 0}, {"XAF", 0}, {"XOF", 0}, {"XPF", 0}, {"BHD", 3}, {"IQD", 3}, {"JOD", 3},
    {"KWD", 3}, {"LYD", 3}, {"OMR", 3}, {"TND", 3}, {"CLF", 4},
}};

// QLocale only knows the symbol of a locale's own currency; these are the CLDR symbols of
// foreign currencies a venue is likely to show. Anything else is shown by its ISO code.
constexpr std::array<std::pair<const char *, const char16_t *>, 11> ForeignSymbols{{
    {"EUR", u"€"},
    {"GBP", u"£"},
    {"USD", u"US$"},
    {"JPY", u"¥"},
    {"INR", u"₹"},
    {"ILS", u"₪"},
    {"KRW", u"₩"},
    {"TRY", u"₺"},
    {"UAH", u"₴"},
    {"NGN", u"₦"},
    {"VND", u"₫"},
}};

// Stands in for the symbol while we ask QLocale where it puts the symbol (private-use code point).
constexpr QChar SymbolProbe(0xE000);
// A known integer whose QLocale rendering we can find again inside a currency string.
constexpr qlonglong NumberProbe = 1234567;

QString currencySymbol(const QString &currency, const QLocale &locale)
{
    if (currency == locale.currencySymbol(QLocale::CurrencyIsoCode))
        return locale.currencySymbol(QLocale::CurrencySymbol);
    for (const auto &[code, symbol] : ForeignSymbols) {
        if (currency == QLatin1String(code))
            return QString::fromUtf16(symbol);
    }
    return currency;
}

bool isBidiMark(QChar c)
{
    return c == QChar(0x200E) || c == QChar(0x200F) || c == QChar(0x061C);
}

// CLDR currencySpacing: a symbol that does not end in a symbol character ("KWD", "US$" does)
// gets a no-break space where it would otherwise touch the digits.
bool needsSpacing(const QString &symbol, bool symbolFirst)
{
    if (symbol.isEmpty())
        return false;
    const QList<uint> codePoints = symbol.toUcs4();
    const uint edge = symbolFirst ? codePoints.last() : codePoints.first();
    const auto category = QChar::category(char32_t(edge));
    const bool isSymbol = category >= QChar::Symbol_Math && category <= QChar::Symbol_Other;
    const bool isSpace =
        category >= QChar::Separator_Space && category <= QChar::Separator_Paragraph;
    return !isSymbol && !isSpace;
}

// Puts `number` and `symbol` where QLocale put the probes in `probe`.
QString fillPattern(QString probe, const QString &probeNumber, const QString &number,
                    QString symbol)
{
    const qsizetype numberAt = probe.indexOf(probeNumber);
    const qsizetype symbolAt = probe.indexOf(SymbolProbe);
    if (numberAt < 0 || symbolAt < 0)
        return number + QChar(QChar::Nbsp) + symbol;

    const bool symbolFirst = symbolAt < numberAt;
    const bool touching =
        symbolFirst ? symbolAt + 1 == numberAt : numberAt + probeNumber.size() == symbolAt;
    if (touching && needsSpacing(symbol, symbolFirst))
        symbol = symbolFirst ? symbol + QChar(QChar::Nbsp) : QChar(QChar::Nbsp) + symbol;

    // Replace the later one first so the earlier index stays valid.
    if (symbolFirst) {
        probe.replace(numberAt, probeNumber.size(), number);
        probe.replace(symbolAt, 1, symbol);
    } else {
        probe.replace(symbolAt, 1, symbol);
        probe.replace(numberAt, probeNumber.size(), number);
    }
    return probe;
}

QString leadingBidiMarks(const QString &text)
{
    qsizetype n = 0;
    while (n < text.size() && isBidiMark(text.at(n)))
        ++n;
    return text.left(n);
}

// Qt 6.4 carries CLDR's *accounting* pattern for negatives in some locales ("(€2.50)"). A diner
// reading a refund or discount expects a minus sign, so those are rebuilt as sign + amount.
bool isAccountingNegative(const QString &probe)
{
    const QString body = probe.mid(leadingBidiMarks(probe).size());
    return body.startsWith(QLatin1Char('(')) && body.endsWith(QLatin1Char(')'));
}

QString withNegativeSign(const QString &positive, const QLocale &locale)
{
    const QString marks = leadingBidiMarks(positive);
    const QString sign = locale.negativeSign();
    const QString body = positive.mid(marks.size());
    // A sign that carries its own direction mark (fa: LRM + U+2212) replaces the amount's mark.
    if (!sign.isEmpty() && isBidiMark(sign.front()))
        return sign + body;
    return marks + sign + body;
}

// The magnitude in the locale's digits and decimal point, built from integers only.
QString formatMagnitude(quint64 magnitude, int digits, const QLocale &locale)
{
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;

    QString text = locale.toString(magnitude / scale);
    if (digits == 0)
        return text;

    QLocale ungrouped = locale;
    ungrouped.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    const quint64 fraction = magnitude % scale;
    const auto leadingZeros = digits - QString::number(fraction).size();
    text += locale.decimalPoint();
    text += locale.zeroDigit().repeated(leadingZeros);
    text += ungrouped.toString(fraction);
    return text;
}

} // namespace

Money::Money(qint64 minorUnits, QString currency)
    : m_minorUnits(minorUnits)
    , m_currency(std::move(currency))
{}

int Money::minorDigits(const QString &currency)
{
    for (const auto &[code, digits] : NonDefaultExponents) {
        if (currency == QLatin1String(code))
            return digits;
    }
    return 2;
}

bool Money::isCurrencyCode(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return false;
    }
    return true;
}

Money Money::operator+(const Money &other) const
{
    Money sum = *this;
    sum += other;
    return sum;
}

Money &Money::operator+=(const Money &other)
{
    // `Money total; for (...) total += line;` must just work, so an empty zero adopts a currency.
    if (m_currency.isEmpty() && m_minorUnits == 0)
        m_currency = other.m_currency;
    Q_ASSERT_X(m_currency == other.m_currency ||
                   (other.m_currency.isEmpty() && other.m_minorUnits == 0),
               "Money::operator+=", "adding amounts in different currencies");
    const bool overflow = qAddOverflow(m_minorUnits, other.m_minorUnits, &m_minorUnits);
    Q_ASSERT_X(!overflow, "Money::operator+=", "amount out of range");
    Q_UNUSED(overflow);
    return *this;
}

Money Money::operator*(int quantity) const
{
    Money product = *this;
    const bool overflow = qMulOverflow(m_minorUnits, qint64(quantity), &product.m_minorUnits);
    Q_ASSERT_X(!overflow, "Money::operator*", "amount out of range");
    Q_UNUSED(overflow);
    return product;
}

QString Money::format(const QLocale &locale) const
{
    const bool negative = m_minorUnits < 0;
    // Via unsigned so that the most negative qint64 has a magnitude too.
    const quint64 magnitude = negative ? 0 - quint64(m_minorUnits) : quint64(m_minorUnits);
    const QString number = formatMagnitude(magnitude, minorDigits(m_currency), locale);

    if (m_currency.isEmpty())
        return negative ? locale.negativeSign() + number : number;

    const QString symbol = currencySymbol(m_currency, locale);
    const QString probeNumber = locale.toString(NumberProbe);
    const QString positiveProbe = locale.toCurrencyString(NumberProbe, QString(SymbolProbe));
    if (!negative)
        return fillPattern(positiveProbe, probeNumber, number, symbol);

    const QString negativeProbe = locale.toCurrencyString(-NumberProbe, QString(SymbolProbe));
    if (isAccountingNegative(negativeProbe))
        return withNegativeSign(fillPattern(positiveProbe, probeNumber, number, symbol), locale);
    // Otherwise the locale's own sign and its place stay around the number.
    return fillPattern(negativeProbe, probeNumber, number, symbol);
}

} // namespace tableside
