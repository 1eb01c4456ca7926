#include "stationloadrepository.h"

#include "sqlstatement.h"

using namespace Qt::StringLiterals;

namespace tableside {

Result<QHash<QString, StationLoad>> StationLoadRepository::verdicts() const
{
    auto rows = runSql(m_db, u"SELECT station, behind, open_tickets, average_wait_seconds "
                             u"FROM station_loads"_s);
    if (!rows)
        return rows.error();
    QHash<QString, StationLoad> verdicts;
    for (SqlStatement &q = rows.value(); q.next();) {
        StationLoad load;
        load.station = q.value(0).toString();
        load.behind = q.value(1).toBool();
        load.openTickets = q.value(2).toInt();
        load.averageWaitSeconds = q.value(3).toLongLong();
        verdicts.insert(load.station, load);
    }
    return verdicts;
}

Result<void> StationLoadRepository::save(const StationLoad &load)
{
    auto done =
        runSql(m_db,
               u"INSERT INTO station_loads (station, behind, open_tickets, "
               u"average_wait_seconds) VALUES (?, ?, ?, ?) ON CONFLICT (station) DO "
               u"UPDATE SET behind = excluded.behind, open_tickets = excluded.open_tickets, "
               u"average_wait_seconds = excluded.average_wait_seconds"_s,
               {load.station, load.behind, load.openTickets, load.averageWaitSeconds});
    if (!done)
        return done.error();
    return {};
}

} // namespace tableside
