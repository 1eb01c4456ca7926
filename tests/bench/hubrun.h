#pragma once
// One run of `tableside-bench hub`: the hub on its own thread over a copy of the bench's venue,
// N table clients each keeping one order in flight (the next goes as soon as the last is
// acknowledged), a kitchen client on a thread of its own timing every ticket's arrival.

#include "walmechanisms.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace tableside::bench {

struct HubLoad {
    QString storePath;    // a store of its own for this run, seeded with the tables and devices
    QStringList tokens;   // one device token per tablet
    QString kitchenToken; // the kitchen display's
    qint64 itemId = 0;    // the dish every order asks for
    int ordersEach = 0;   // orders each tablet sends
};

struct HubRunFigures {
    int acknowledged = 0;
    int refused = 0;
    int stored = 0;     // orders in the store once the hub has stopped
    int lost = 0;       // sent and never seen by the kitchen
    int duplicated = 0; // seen by the kitchen more than once
    double seconds = 0; // from the first order sent to the last seen
    // CPU seconds over the run: the hub's thread, the one running every table client, the
    // kitchen's, and the whole process's.
    std::array<double, 4> cpu{};
    double stealPercent = -1;
    std::vector<double> tapToKitchenMs; // each order, from its tablet to the kitchen

    double ordersPerSecond() const { return seconds > 0 ? acknowledged / seconds : 0; }
};

// mechanisms: the hub's own ways of keeping its commits, as the hub has them unless weighed.
HubRunFigures runHubOnce(const HubLoad &load, WalMechanisms mechanisms);

double percentile(std::vector<double> values, double p);

} // namespace tableside::bench
