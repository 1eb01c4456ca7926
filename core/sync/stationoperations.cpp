#include "stationoperations.h"

#include "stationloadrepository.h"
#include "venuerepository.h"

using namespace Qt::StringLiterals;

namespace tableside {

StationOperations::StationOperations(HubTransactions &work)
    : m_work(work)
    , m_orders(work.database(), work.clock(), &work.catalog())
{}

Result<HubOutcome> StationOperations::judge()
{
    return m_work.transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        auto venue = m_work.catalog().venue();
        if (!venue)
            return venue.error();
        auto lines = m_orders.openStationLines();
        if (!lines)
            return lines.error();
        StationLoadRepository repository(m_work.database());
        auto previous = repository.verdicts();
        if (!previous)
            return previous.error();
        QStringList judged = previous->keys();
        judged.sort(); // a stable order for the events of one judgement
        const StationLoadLimits limits{venue->thresholds.stationBehindTickets,
                                       venue->thresholds.ticketWarnMinutes};
        const auto measured = measureStationLoads(*lines, judged, m_work.clock().now(), limits);
        for (const StationLoad &load : changedStationLoads(measured, *previous)) {
            if (auto saved = repository.save(load); !saved)
                return saved.error();
            if (auto r = m_work.record(outcome, u"station.load"_s,
                                       {{u"station"_s, load.station},
                                        {u"behind"_s, load.behind},
                                        {u"openTickets"_s, load.openTickets},
                                        {u"averageWaitSeconds"_s, load.averageWaitSeconds}});
                !r)
                return r.error();
        }
        return outcome;
    });
}

Result<QHash<QString, bool>> StationOperations::behindStations() const
{
    auto verdicts = StationLoadRepository(m_work.database()).verdicts();
    if (!verdicts)
        return verdicts.error();
    QHash<QString, bool> behind;
    for (auto it = verdicts->cbegin(); it != verdicts->cend(); ++it)
        behind.insert(it.key(), it.value().behind);
    return behind;
}

} // namespace tableside
