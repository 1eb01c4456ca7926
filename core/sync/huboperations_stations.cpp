// HubOperations, part four: whether each kitchen station is behind. Judged after every order
// change inside its transaction; a changed verdict is stored and reported as station.load, so
// every screen (table ones included) hears the same verdict, and menu.get answers from it.
#include "huboperations.h"

#include "stationloadrepository.h"
#include "venuerepository.h"

#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tableside {

Result<void> HubOperations::judgeStations(HubOutcome &outcome)
{
    auto venue = VenueRepository(m_db).load();
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
    judged.sort(); // a stable order for the events of one change
    const StationLoadLimits limits{venue->stationBehindTickets, venue->ticketWarnMinutes};
    for (const StationLoad &load : measureStationLoads(*lines, judged, m_clock.now(), limits)) {
        // A station never judged counts as keeping up: only going behind is news.
        if (load.behind == previous->value(load.station).behind)
            continue;
        if (auto saved = repository.save(load); !saved)
            return saved;
        if (auto r = record(outcome, u"station.load"_s,
                            {{u"station"_s, load.station},
                             {u"behind"_s, load.behind},
                             {u"openTickets"_s, load.openTickets},
                             {u"averageWaitSeconds"_s, load.averageWaitSeconds}});
            !r)
            return r;
    }
    return {};
}

Result<void> HubOperations::markLongerWaits(QJsonObject &menu) const
{
    auto verdicts = StationLoadRepository(m_db).verdicts();
    if (!verdicts)
        return verdicts.error();
    QSet<QString> behind;
    for (const StationLoad &load : std::as_const(verdicts.value()))
        if (load.behind)
            behind.insert(load.station);
    QJsonArray categories = menu.value("categories"_L1).toArray();
    for (QJsonValueRef categoryRef : categories) {
        QJsonObject category = categoryRef.toObject();
        QJsonArray items = category.value("items"_L1).toArray();
        for (QJsonValueRef itemRef : items) {
            QJsonObject item = itemRef.toObject();
            item.insert(u"longerWait"_s, behind.contains(item.value("station"_L1).toString()));
            itemRef = item;
        }
        category.insert(u"items"_s, items);
        categoryRef = category;
    }
    menu.insert(u"categories"_s, categories);
    return {};
}

} // namespace tableside
