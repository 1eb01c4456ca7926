#pragma once
// How far behind each kitchen station is: its open tickets and how long its open lines have
// waited on average. A station is behind when either passes the owner's threshold; its dishes
// then show "longer wait" on the table screens until it catches up.

#include "orderrepository.h"
#include "venuethresholds.h"

#include <QDateTime>
#include <QList>

namespace tableside {

struct StationLoad {
    QString station;
    int openTickets = 0;
    int openLines = 0;
    qint64 averageWaitSeconds = 0;
    bool behind = false;
    bool operator==(const StationLoad &) const = default;
};

// One entry per station in `stations` (in that order), then any other station with open lines.
QList<StationLoad> stationLoads(const QList<OrderRecord> &orders, const QStringList &stations,
                                const QDateTime &now, const VenueThresholds &thresholds);

} // namespace tableside
