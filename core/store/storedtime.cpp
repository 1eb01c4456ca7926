// Times are written and read on every order and event, so the one fixed form is done by hand;
// QDateTime's general ISO code (time zones, locales) is many times slower and stays the fallback.
#include "storedtime.h"

#include <array>

namespace tableside {

namespace {

constexpr qint64 MsPerDay = 24 * 60 * 60 * 1000;
constexpr qint64 JulianDayOfEpoch = 2440588; // 1970-01-01
constexpr qsizetype StoredLength = 24;       // "2026-11-23T19:04:05.123Z"

void putDigits(char16_t *at, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        at[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

// The number in text[from, from + digits), or -1 when any of them is not a digit.
int readDigits(QStringView text, qsizetype from, int digits)
{
    int value = 0;
    for (qsizetype i = from; i < from + digits; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

QString storedTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const qint64 ms = at.toMSecsSinceEpoch();
    qint64 days = ms / MsPerDay;
    qint64 msOfDay = ms % MsPerDay;
    if (msOfDay < 0) {
        msOfDay += MsPerDay;
        --days;
    }
    const QDate date = QDate::fromJulianDay(days + JulianDayOfEpoch);
    if (date.year() < 1 || date.year() > 9999)
        return at.toUTC().toString(Qt::ISODateWithMs);
    std::array<char16_t, StoredLength> text{};
    putDigits(&text[0], date.year(), 4);
    text[4] = u'-';
    putDigits(&text[5], date.month(), 2);
    text[7] = u'-';
    putDigits(&text[8], date.day(), 2);
    text[10] = u'T';
    putDigits(&text[11], int(msOfDay / 3600000), 2);
    text[13] = u':';
    putDigits(&text[14], int(msOfDay / 60000 % 60), 2);
    text[16] = u':';
    putDigits(&text[17], int(msOfDay / 1000 % 60), 2);
    text[19] = u'.';
    putDigits(&text[20], int(msOfDay % 1000), 3);
    text[23] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text.data()), StoredLength);
}

QDateTime timeFromStoredText(QStringView text)
{
    if (text.size() == StoredLength && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' &&
        text[13] == u':' && text[16] == u':' && text[19] == u'.' && text[23] == u'Z') {
        const int year = readDigits(text, 0, 4);
        const int month = readDigits(text, 5, 2);
        const int day = readDigits(text, 8, 2);
        const int hour = readDigits(text, 11, 2);
        const int minute = readDigits(text, 14, 2);
        const int second = readDigits(text, 17, 2);
        const int ms = readDigits(text, 20, 3);
        const QDate date(year, month, day); // invalid for any -1 or a day that does not exist
        if (date.isValid() && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 &&
            second < 60 && ms >= 0) {
            const qint64 sinceEpoch = (date.toJulianDay() - JulianDayOfEpoch) * MsPerDay +
                                      ((hour * 60 + minute) * 60 + second) * 1000 + ms;
            return QDateTime::fromMSecsSinceEpoch(sinceEpoch, Qt::UTC);
        }
    }
    const QDateTime at = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

} // namespace tableside
