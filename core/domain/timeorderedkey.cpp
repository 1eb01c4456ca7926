#include "timeorderedkey.h"

#include <algorithm>

namespace tableside {

namespace {

QString hex(quint64 value, int digits)
{
    return QString::number(value, 16).rightJustified(digits, QLatin1Char('0'));
}

} // namespace

QString timeOrderedKey(const QDateTime &at, QRandomGenerator &random)
{
    const quint64 ms = quint64(std::max<qint64>(0, at.toMSecsSinceEpoch())) & 0xFFFF'FFFF'FFFFu;
    const quint64 randomA = random.generate64();
    const quint64 randomB = random.generate64();
    const QLatin1Char dash('-');
    // 8-4-4-4-12 hex digits: the time, version 7 and 12 random bits, variant 0b10 and 62 more.
    return hex(ms >> 16, 8) + dash + hex(ms & 0xFFFFu, 4) + dash +
           hex(0x7000u | (randomA & 0x0FFFu), 4) + dash +
           hex(0x8000u | ((randomB >> 48) & 0x3FFFu), 4) + dash +
           hex(randomB & 0xFFFF'FFFF'FFFFu, 12);
}

} // namespace tableside
