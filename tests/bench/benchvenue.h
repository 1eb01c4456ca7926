#pragma once
// For the screen benchmarks: the demo venue on a temporary store with a hub on loopback, and a
// table token; optionally with one extra category of many dishes (a long menu to flick).

#include "clock.h"
#include "hubserver.h"
#include "venuedatabase.h"

#include <QTemporaryDir>

#include <memory>

namespace tableside::bench {

class BenchVenue {
public:
    // extraDishes > 0: a first category holding that many dishes, copied from the demo's.
    explicit BenchVenue(int extraDishes = 0);
    ~BenchVenue();

    QString start(); // empty on success, else what went wrong
    QUrl url() const;
    QString tableToken() const { return m_token; }

private:
    int m_extraDishes;
    QTemporaryDir m_dir;
    SystemClock m_clock;
    std::unique_ptr<VenueDatabase> m_store;
    std::unique_ptr<HubServer> m_hub;
    QString m_token;
};

// The demo venue's JSON with its dishes copied (each in the demo's four languages, in a last
// category "More") until the menu holds `dishes` of them.
QByteArray demoVenueWithDishes(int dishes);

// Peak resident memory of this process so far, in KiB (VmHWM).
qint64 peakRssKiB();

} // namespace tableside::bench
