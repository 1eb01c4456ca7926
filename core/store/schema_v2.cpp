// Schema version 2: when a kitchen station counts as behind. The owner sets how many open
// tickets a station may hold; station_loads keeps the hub's last verdict per station, so a
// station.load event is written only when a verdict changes, in the transaction that changed it.
#include "migrations.h"

using namespace Qt::StringLiterals;

namespace tableside {

QStringList schemaVersion2()
{
    return {
        uR"(ALTER TABLE venue ADD COLUMN station_behind_tickets INTEGER NOT NULL DEFAULT 6
            CHECK (station_behind_tickets > 0))"_s,
        uR"(CREATE TABLE station_loads (
            station TEXT PRIMARY KEY,
            behind INTEGER NOT NULL,
            open_tickets INTEGER NOT NULL,
            average_wait_seconds INTEGER NOT NULL))"_s,
    };
}

} // namespace tableside
