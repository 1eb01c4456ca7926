// HubOperations, part four: whether each kitchen station is behind. The hub judges on a timer
// (an open ticket grows late with no order changing); a changed verdict is stored and reported
// as station.load, so every screen (table ones included) hears the same verdict, and menu.get
// answers from it.
#include "huboperations.h"

#include "stationloadrepository.h"
#include "venuerepository.h"

using namespace Qt::StringLiterals;

namespace tableside {

Result<HubOutcome> HubOperations::judgeStations()
{
    return transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        auto venue = m_catalog.venue();
        if (!venue)
            return venue.error();
        auto lines = m_orders.openStationLines();
        if (!lines)
            return lines.error();
        StationLoadRepository repository(m_db);
        auto previous = repository.verdicts();
        if (!previous)
            return previous.error();
        QStringList judged = previous->keys();
        judged.sort(); // a stable order for the events of one judgement
        const StationLoadLimits limits{venue->thresholds.stationBehindTickets,
                                        venue->thresholds.ticketWarnMinutes};
        for (const StationLoad &load : measureStationLoads(*lines, judged, m_clock.now(), limits)) {
            // A station never judged counts as keeping up: only going behind is news.
            if (load.behind == previous->value(load.station).behind)
                continue;
            if (auto saved = repository.save(load); !saved)
                return saved.error();
            if (auto r = record(outcome, u"station.load"_s,
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

Result<void> HubOperations::markLongerWaits(Menu &menu) const
{
    auto verdicts = StationLoadRepository(m_db).verdicts();
    if (!verdicts)
        return verdicts.error();
    forEachMenuItem(
        menu, [&](MenuItem &item) { item.longerWait = verdicts->value(item.station).behind; });
    return {};
}

} // namespace tableside
