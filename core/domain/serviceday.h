#pragma once
// A venue's day of service, on its own clock: it starts at 04:00, so a table still ordering at
// 01:00 belongs to the evening before. "Popular tonight" counts the orders of one.

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace tableside {

struct ServiceDay {
    static constexpr int StartsAtHour = 4;

    // The day of service `at` falls in, on the venue's clock.
    static QDate of(const QDateTime &at, const QTimeZone &zone);
    // When `day`'s service starts, in UTC.
    static QDateTime start(QDate day, const QTimeZone &zone);
};

} // namespace tableside
