#include "stationload.h"

#include "ticketsmodel.h"

namespace tableside {

QList<StationLoad> stationLoads(const QList<OrderRecord> &orders, const QStringList &stations,
                                const QDateTime &now, const VenueThresholds &thresholds)
{
    QList<StationLoad> loads;
    for (const QString &station : stations)
        loads.append({station});
    QHash<QString, qint64> waited;
    for (const OrderRecord &order : orders) {
        QSet<QString> ticketStations;
        for (const OrderLineRecord &line : order.lines) {
            if (!TicketsModel::isOpen(line.status))
                continue;
            auto load = std::ranges::find(loads, line.station, &StationLoad::station);
            if (load == loads.end()) {
                loads.append({line.station});
                load = loads.end() - 1;
            }
            load->openLines += 1;
            waited[line.station] +=
                order.placedAt.isValid() ? std::max<qint64>(0, order.placedAt.secsTo(now)) : 0;
            if (!ticketStations.contains(line.station)) {
                ticketStations.insert(line.station);
                load->openTickets += 1;
            }
        }
    }
    for (StationLoad &load : loads) {
        load.averageWaitSeconds = load.openLines ? waited[load.station] / load.openLines : 0;
        load.behind = load.openTickets > thresholds.stationBehindTickets ||
                      load.averageWaitSeconds > qint64(thresholds.ticketWarnMinutes) * 60;
    }
    return loads;
}

} // namespace tableside
