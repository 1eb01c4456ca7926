#pragma once
// When a dish or a category can be ordered, on the venue's wall clock, and when that next
// changes: the hub refuses an order outside its windows, a table greys the dish and wakes at the
// next edge. Only the local time counts, so daylight-saving changes need no care.

#include <QDateTime>
#include <QList>
#include <QTime>

class QTimeZone;

namespace tableside {

// On the weekdays in `days` (bit 0 Monday .. bit 6 Sunday), from `from` up to but not including
// `until`, in the venue's local time; an `until` of 00:00 is the midnight that ends the day. A
// window cannot run past midnight: one that does is two windows.
struct AvailabilityWindow {
    static constexpr int EveryDay = 0x7f;
    static constexpr int Weekdays = 0x1f;
    static constexpr int Weekend = 0x60;
    int days = EveryDay;
    QTime from;
    QTime until;

    bool endsAtMidnight() const { return until == QTime(0, 0); }
    bool onDay(int dayOfWeek) const { return days & (1 << (dayOfWeek - 1)); }
    bool contains(int dayOfWeek, QTime time) const
    {
        return onDay(dayOfWeek) && from <= time && (time < until || endsAtMidnight());
    }

    bool operator==(const AvailabilityWindow &) const = default;
};

// True if `moment`, seen on the venue's wall clock in `zone`, falls in one of `windows`; no
// windows at all means always.
bool isWithinWindows(const QList<AvailabilityWindow> &windows, const QDateTime &moment,
                     const QTimeZone &zone);

// A dish is served when its own windows and its category's both hold.
struct ServingTimes {
    QList<AvailabilityWindow> own;
    QList<AvailabilityWindow> category;

    bool isAlways() const { return own.isEmpty() && category.isEmpty(); }
    bool isServedAt(const QDateTime &moment, const QTimeZone &zone) const
    {
        return isWithinWindows(own, moment, zone) && isWithinWindows(category, moment, zone);
    }
    // The first moment after `moment` at which it is served again (a window's start on the
    // venue's clock, as UTC); invalid when no moment of the coming week is.
    QDateTime nextServed(const QDateTime &moment, const QTimeZone &zone) const;
    // The first moment after `moment` at which being served or not may change (any window's start
    // or end); invalid when there are no windows.
    QDateTime nextEdge(const QDateTime &moment, const QTimeZone &zone) const;
};

// The venue's zone from its IANA name; empty is the zone of the machine this runs on. An
// unknown name is an invalid zone (see isKnownTimeZone).
QTimeZone venueTimeZone(const QString &ianaName);
bool isKnownTimeZone(const QString &ianaName);

} // namespace tableside
