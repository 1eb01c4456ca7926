#pragma once
// An amount of money as an integer count of minor units (cents, fils, yen) plus its ISO 4217
// currency. Never a double: prices must add up to the cent on every device.

#include <QLocale>
#include <QString>
#include <QStringView>

namespace tableside {

class Money {
public:
    Money() = default; // zero, no currency: the neutral start of a sum
    Money(qint64 minorUnits, QString currency);

    qint64 minorUnits() const { return m_minorUnits; }
    QString currency() const { return m_currency; }

    // Digits after the decimal point (ISO 4217 exponent): EUR 2, JPY 0, KWD 3; unknown codes 2.
    static int minorDigits(const QString &currency);
    // Three upper-case ASCII letters, the shape of an ISO 4217 code.
    static bool isCurrencyCode(QStringView code);

    // Both sides must share a currency; a default Money() adopts the other side's currency.
    Money operator+(const Money &other) const;
    Money &operator+=(const Money &other);
    Money operator*(int quantity) const;
    bool operator==(const Money &other) const = default;

    // The amount as people in `locale` write it: its digits, separators, sign and symbol placement.
    QString format(const QLocale &locale) const;

private:
    qint64 m_minorUnits = 0;
    QString m_currency;
};

} // namespace tableside
