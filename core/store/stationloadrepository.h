#pragma once
// The hub's last verdict per kitchen station (table station_loads), so it reports a station
// going behind or catching up once, in the transaction of the order change that did it.
// Callers hold the transaction.

#include "result.h"
#include "stationloadrule.h"

#include <QHash>
#include <QSqlDatabase>

namespace tableside {

class StationLoadRepository {
public:
    explicit StationLoadRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // By station; a station never judged is not here (and so not behind).
    Result<QHash<QString, StationLoad>> verdicts() const;
    Result<void> save(const StationLoad &load);

private:
    QSqlDatabase m_db;
};

} // namespace tableside
