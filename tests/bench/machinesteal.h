#pragma once
// The share of this machine's CPU time that its hypervisor gave to other guests ("steal" in
// /proc/stat) while a benchmark ran. A virtual machine's stalls show here, not in a profile of
// our own code, so each benchmark prints it beside its times. The kernel counts it in ticks of
// 10 ms, so over a run of a third of a second on two cores one tick is 1.5%.

#include <QtGlobal>

namespace tableside::bench {

class StealMeter {
public:
    StealMeter(); // starts counting now
    void restart();
    // Percent of all CPU time since the (re)start that was stolen; -1 where /proc/stat is missing.
    double percent() const;

private:
    struct Sample {
        qint64 steal = -1;
        qint64 total = -1;
    };
    static Sample read();
    Sample m_start;
};

} // namespace tableside::bench
