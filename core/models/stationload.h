#pragma once
// How far behind each kitchen station is, from the orders the kitchen holds: the kitchen's view
// of the rule in stationloadrule.h, the same one the hub pushes to table screens as station.load.

#include "orderrecord.h"
#include "stationloadrule.h"
#include "venuethresholds.h"

#include <QDateTime>
#include <QList>

namespace tableside {

// The lines of `orders` that still hold their station.
QList<OpenStationLine> openStationLines(const QList<OrderRecord> &orders);

// One entry per station in `stations` (in that order), then any other station with open lines.
QList<StationLoad> stationLoads(const QList<OrderRecord> &orders, const QStringList &stations,
                                const QDateTime &now, const VenueThresholds &thresholds);

} // namespace tableside
