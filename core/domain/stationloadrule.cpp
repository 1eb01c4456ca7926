#include "stationloadrule.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tableside {

bool holdsStation(OrderStatus status)
{
    return stationHoldingStatuses().contains(status);
}

const QList<OrderStatus> &stationHoldingStatuses()
{
    static const QList<OrderStatus> statuses{OrderStatus::Placed, OrderStatus::Accepted,
                                             OrderStatus::Cooking};
    return statuses;
}

bool isStationBehind(int openTickets, qint64 averageWaitSeconds, const StationLoadLimits &limits)
{
    return openTickets > limits.behindTickets ||
           averageWaitSeconds > qint64(limits.warnMinutes) * 60;
}

QList<StationLoad> measureStationLoads(const QList<OpenStationLine> &lines,
                                       const QStringList &stations, const QDateTime &now,
                                       const StationLoadLimits &limits)
{
    QList<StationLoad> loads;
    for (const QString &station : stations)
        loads.append({station});
    QHash<QString, qint64> waited;
    QSet<std::pair<QString, qint64>> tickets; // (station, order) already counted
    for (const OpenStationLine &line : lines) {
        auto load = std::ranges::find(loads, line.station, &StationLoad::station);
        if (load == loads.end()) {
            loads.append({line.station});
            load = loads.end() - 1;
        }
        load->openLines += 1;
        waited[line.station] +=
            line.placedAt.isValid() ? std::max<qint64>(0, line.placedAt.secsTo(now)) : 0;
        if (!tickets.contains({line.station, line.orderId})) {
            tickets.insert({line.station, line.orderId});
            load->openTickets += 1;
        }
    }
    for (StationLoad &load : loads) {
        load.averageWaitSeconds = load.openLines ? waited[load.station] / load.openLines : 0;
        load.behind = isStationBehind(load.openTickets, load.averageWaitSeconds, limits);
    }
    return loads;
}

QList<StationLoad> changedStationLoads(const QList<StationLoad> &measured,
                                       const QHash<QString, StationLoad> &previous)
{
    QList<StationLoad> changed;
    for (const StationLoad &load : measured) {
        if (load.behind != previous.value(load.station).behind)
            changed.append(load);
    }
    return changed;
}

} // namespace tableside
