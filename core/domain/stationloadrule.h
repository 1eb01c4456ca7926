#pragma once
// When a kitchen station is "behind": the one rule the hub decides by (and pushes to every
// screen as station.load) and the kitchen's own StationBar shows. Pure: no store, no clock.

#include "orderstatus.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tableside {

// The owner's thresholds the rule reads (venue.station_behind_tickets, ticket_warn_minutes).
struct StationLoadLimits {
    int behindTickets = 6;
    int warnMinutes = 8;
};

// One order line still waiting on a station: placed, accepted or cooking.
struct OpenStationLine {
    qint64 orderId = 0;
    QString station;
    QDateTime placedAt; // the order's; an invalid time counts as no wait
};

struct StationLoad {
    QString station;
    int openTickets = 0; // orders with at least one unfinished line at the station
    int openLines = 0;
    qint64 averageWaitSeconds = 0; // over the open lines
    bool behind = false;
    bool operator==(const StationLoad &) const = default;
};

// A line holds its station until it is ready (or served, or cancelled).
bool holdsStation(OrderStatus status);
const QList<OrderStatus> &stationHoldingStatuses();

// Behind when more open tickets than the limit, or the open lines waited longer than the warn
// time on average. Exactly at a limit is not behind.
bool isStationBehind(int openTickets, qint64 averageWaitSeconds, const StationLoadLimits &limits);

// One entry per station in `stations` (in that order), then any other station with open lines
// in the order they first appear.
QList<StationLoad> measureStationLoads(const QList<OpenStationLine> &lines,
                                       const QStringList &stations, const QDateTime &now,
                                       const StationLoadLimits &limits);

// What is news of a judgement: the measured loads whose verdict differs from the last one
// stored (by station), in the order measured. A station never judged counts as keeping up, so
// only its going behind is news.
QList<StationLoad> changedStationLoads(const QList<StationLoad> &measured,
                                       const QHash<QString, StationLoad> &previous);

} // namespace tableside
