#include "stationload.h"

namespace tableside {

QList<OpenStationLine> openStationLines(const QList<OrderRecord> &orders)
{
    QList<OpenStationLine> open;
    for (const OrderRecord &order : orders)
        for (const OrderLineRecord &line : order.lines)
            if (holdsStation(line.status))
                open.append({order.id, line.station, order.placedAt});
    return open;
}

QList<StationLoad> stationLoads(const QList<OrderRecord> &orders, const QStringList &stations,
                                const QDateTime &now, const VenueThresholds &thresholds)
{
    return measureStationLoads(openStationLines(orders), stations, now,
                               {thresholds.stationBehindTickets, thresholds.ticketWarnMinutes});
}

} // namespace tableside
