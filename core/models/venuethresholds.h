#pragma once
// The owner's timing thresholds, as the hub's floor.get answers them (ticketWarnMinutes,
// ticketLateMinutes, alertEscalateSeconds), with the venue table's defaults until it does.

#include <QJsonObject>
#include <QString>

namespace tableside {

struct VenueThresholds {
    int ticketWarnMinutes = 8;
    int ticketLateMinutes = 15;
    int alertEscalateSeconds = 120;
    // A station is behind when it has more open tickets than this, or when its open lines have
    // waited longer than ticketWarnMinutes on average (stationloadrule.h); floor.get sends it.
    int stationBehindTickets = 6;

    // Missing or non-positive fields keep the defaults; late is never before warn.
    static VenueThresholds fromJson(const QJsonObject &json);
    bool operator==(const VenueThresholds &) const = default;
};

// How late a ticket is: "ok" below warn, "warn" from warn minutes, "late" from late minutes.
QString ticketUrgency(qint64 elapsedSeconds, const VenueThresholds &thresholds);

} // namespace tableside
