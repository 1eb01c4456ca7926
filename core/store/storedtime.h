#pragma once
// How the store writes times: ISO 8601 UTC text with milliseconds ("2026-11-23T19:04:05.123Z"),
// which also sorts as text in time order. NULL columns are null QDateTimes.

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace tableside {

inline QString storedTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// A nullable column: NULL for a null time, so "IS NULL" keeps its meaning.
inline QVariant storedTimeOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(storedTime(at)) : QVariant(QMetaType::fromType<QString>());
}

inline QDateTime timeFromStore(const QVariant &column)
{
    if (column.isNull())
        return {};
    QDateTime at = QDateTime::fromString(column.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

} // namespace tableside
