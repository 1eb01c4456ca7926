#pragma once
// The owner's timing thresholds: stored in the venue's row, sent in the hub's floor.get
// (ticketWarnMinutes, ticketLateMinutes, alertEscalateSeconds, stationBehindTickets), and the
// screens' own until it answers. The defaults here are the product's only ones: a new venue is
// written with them (the schema's column defaults of old migrations are history, never read).

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
    QJsonObject toJson() const;
    bool operator==(const VenueThresholds &) const = default;
};

// How late a ticket is: "ok" below warn, "warn" from warn minutes, "late" from late minutes.
QString ticketUrgency(qint64 elapsedSeconds, const VenueThresholds &thresholds);

} // namespace tableside
