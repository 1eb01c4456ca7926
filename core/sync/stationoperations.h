#pragma once
// Whether each kitchen station is behind (PROTOCOL.md "station.load"). The hub judges on a
// timer, as an open ticket grows late with no order changing; a changed verdict is stored and
// reported as station.load, so every screen hears the same verdict, and menu.get's "longerWait"
// answers from it.

#include "hubtransactions.h"
#include "menu.h"
#include "orderrepository.h"

namespace tableside {

class StationOperations {
public:
    explicit StationOperations(HubTransactions &work);

    // Judged now in a unit of its own; each changed verdict's station.load event is returned,
    // to be pushed like any other.
    Result<HubOutcome> judge();
    // Marks each dish whose station is behind, from the stored verdicts.
    // Each station's verdict: behind or not.
    Result<QHash<QString, bool>> behindStations() const;

private:
    HubTransactions &m_work;
    OrderRepository m_orders;
};

} // namespace tableside
