#pragma once
// How the store writes times: ISO 8601 UTC text with milliseconds ("2026-11-23T19:04:05.123Z"),
// which also sorts as text in time order. NULL columns are null QDateTimes. The same text is
// the protocol's time format (wireformat.h).

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace tableside {

// Empty for a null time.
QString storedTime(const QDateTime &at);

// The inverse of storedTime(), in UTC; any other ISO 8601 form Qt reads is accepted too.
// Unreadable text is a null QDateTime.
QDateTime timeFromStoredText(QStringView text);

// A nullable column: NULL for a null time, so "IS NULL" keeps its meaning.
inline QVariant storedTimeOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(storedTime(at)) : QVariant(QMetaType::fromType<QString>());
}

inline QDateTime timeFromStore(const QVariant &column)
{
    if (column.isNull())
        return {};
    return timeFromStoredText(column.toString());
}

} // namespace tableside
