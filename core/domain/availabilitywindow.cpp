#include "availabilitywindow.h"

#include <QTimeZone>

#include <algorithm>

namespace tableside {

namespace {

// How many days ahead a next moment is looked for: a week and the day a window may end on.
constexpr int DaysAhead = 8;

// `time` on `date` on the venue's clock, as UTC. A time the clock skips (the hour lost when
// daylight saving starts) is the moment the clock jumped past it.
QDateTime localMoment(QDate date, QTime time, const QTimeZone &zone)
{
    const QDateTime at(date, time, zone);
    if (!at.isValid()) { // in the gap: the clock jumps past it at that day's transition
        const QTimeZone::OffsetData jump =
            zone.nextTransition(QDateTime(date, QTime(0, 0), zone).addMSecs(-1));
        return jump.atUtc.isValid() && jump.atUtc.toTimeZone(zone).date() == date
                   ? jump.atUtc.toUTC()
                   : QDateTime();
    }
    const QDateTime local = at.toTimeZone(zone);
    if (local.date() == date && local.time() == time)
        return at.toUTC();
    // Qt moves a skipped time off the gap, one way or the other: the jump is the edge.
    const QTimeZone::OffsetData jump = local.time() > time || local.date() > date
                                           ? zone.previousTransition(at.addMSecs(1))
                                           : zone.nextTransition(at);
    return jump.atUtc.isValid() ? jump.atUtc.toUTC() : at.toUTC();
}

// Every start (and, with ends, every end) of `windows` on the `DaysAhead` days from `moment`'s.
template<typename Visit>
void forEachEdge(const QList<AvailabilityWindow> &windows, const QDateTime &moment,
                 const QTimeZone &zone, bool ends, Visit &&visit)
{
    const QDate today = moment.toTimeZone(zone).date();
    for (int ahead = 0; ahead <= DaysAhead; ++ahead) {
        const QDate day = today.addDays(ahead);
        for (const AvailabilityWindow &window : windows) {
            if (!window.onDay(day.dayOfWeek()) || !window.from.isValid() || !window.until.isValid())
                continue;
            visit(localMoment(day, window.from, zone));
            if (ends)
                visit(window.endsAtMidnight() ? localMoment(day.addDays(1), QTime(0, 0), zone)
                                              : localMoment(day, window.until, zone));
        }
    }
}

} // namespace

bool isWithinWindows(const QList<AvailabilityWindow> &windows, const QDateTime &moment,
                     const QTimeZone &zone)
{
    if (windows.isEmpty())
        return true;
    const QDateTime local = moment.toTimeZone(zone);
    return std::any_of(windows.begin(), windows.end(), [&](const AvailabilityWindow &window) {
        return window.contains(local.date().dayOfWeek(), local.time());
    });
}

QDateTime ServingTimes::nextServed(const QDateTime &moment, const QTimeZone &zone) const
{
    QDateTime first;
    auto consider = [&](const QDateTime &start) {
        if (start.isValid() && start > moment && (!first.isValid() || start < first) &&
            isServedAt(start, zone))
            first = start;
    };
    forEachEdge(own, moment, zone, false, consider);
    forEachEdge(category, moment, zone, false, consider);
    return first;
}

QDateTime ServingTimes::nextEdge(const QDateTime &moment, const QTimeZone &zone) const
{
    QDateTime first;
    auto consider = [&](const QDateTime &edge) {
        if (edge.isValid() && edge > moment && (!first.isValid() || edge < first))
            first = edge;
    };
    forEachEdge(own, moment, zone, true, consider);
    forEachEdge(category, moment, zone, true, consider);
    return first;
}

QTimeZone venueTimeZone(const QString &ianaName)
{
    return ianaName.isEmpty() ? QTimeZone::systemTimeZone() : QTimeZone(ianaName.toUtf8());
}

bool isKnownTimeZone(const QString &ianaName)
{
    return !ianaName.isEmpty() && QTimeZone::isTimeZoneIdAvailable(ianaName.toUtf8());
}

} // namespace tableside
