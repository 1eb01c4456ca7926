#pragma once
// One evening from start to end: a fresh venue in a temporary folder with `plan.tables` tables,
// `tableside hub` serving it in a process of its own, the evening's devices (evening.h) paired
// and playing the service, the hub sampled from outside all along; then the hub stopped and every
// acknowledged order looked for in its store and in what the kitchen and the floor were told.

#include "evening.h"
#include "hubprocessprobe.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace tableside::bench {

struct EveningOptions {
    EveningPlan plan;
    QString hubBinary;      // the `tableside` program
    int sampleMs = 1000;    // how often the hub and the models are sampled
    int timeoutSeconds = 0; // for the service (0: half as long again as planned, or 10 minutes)
};

struct EveningSample {
    HubSample hub;
    qint64 benchRssKiB = 0; // this process: the screens' view-models and the devices
    ModelSizes models;
    ModelSizes needed; // what the tables open at that moment need (Evening::neededSizes)
};

struct EveningFigures {
    QString failure; // empty when the evening was played to its end
    EveningPlan plan;
    double setupSeconds = 0;   // the venue made, the hub started, every device paired
    double serviceSeconds = 0; // from the first party's arrival to the last table's closing
    double venueHours = 0;     // the evening's time that passed
    EveningTally tally;
    std::vector<EveningSample> samples; // during the service
    ModelSizes endModels;               // once the last table is closed and all is told
    int ordersUnanswered = 0;
    bool hubStoppedCleanly = false;
    // From the store once the hub has stopped.
    int storedOrders = 0;
    int storedLines = 0;
    int linesNotServed = 0;
    int storedSessions = 0;
    int sessionsLeftOpen = 0;
    int events = 0;
    // Orders acknowledged to a tablet but not exactly once in the store, or not told exactly
    // once to the kitchen and to the floor; orders still unanswered count as lost.
    int lost = 0;
    int duplicated = 0;

    // From the RSS after warm-up (the median of the samples of the service's second tenth) to
    // the RSS at its end (the median of its last tenth), in percent.
    double memoryGrowthPercent() const;
    bool modelsLetGo() const; // the end sizes, and never more than the open tables need
    bool logBounded() const;  // the -wal file stopped growing after the first half
    QJsonObject toJson() const;
};

EveningFigures runEvening(const EveningOptions &options);

} // namespace tableside::bench
