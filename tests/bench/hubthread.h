#pragma once
// The hub on a thread of its own, as it runs in `tableside hub`: its event loop, its database
// connection, and its CPU clock for the benchmarks that measure it. mechanisms: the hub's own
// ways of keeping commits (all of them, as `tableside hub` has them, unless the bench weighs one).

#include "clock.h"
#include "hubserver.h"
#include "venuedatabase.h"
#include "walmechanisms.h"

#include <QSemaphore>
#include <QThread>
#include <QUrl>

#include <ctime>
#include <pthread.h>

namespace tableside::bench {

class HubThread : public QThread {
public:
    HubThread(VenueDatabase &store, const Clock &clock, WalMechanisms mechanisms = {})
        : m_store(store)
        , m_clock(clock)
        , m_mechanisms(mechanisms)
    {}
    QUrl url() const { return m_url; }
    // The hub thread's CPU clock, readable from any thread once ready is released.
    clockid_t cpuClock() const { return m_cpuClock; }
    QSemaphore ready;

protected:
    void run() override
    {
        {
            HubServer hub(m_store, m_clock, {}, m_mechanisms);
            if (hub.listen(QHostAddress::LocalHost, 0))
                m_url = hub.url();
            pthread_getcpuclockid(pthread_self(), &m_cpuClock);
            ready.release();
            exec();
            hub.stop();
        }
        m_store.closeConnection();
    }

private:
    VenueDatabase &m_store;
    const Clock &m_clock;
    const WalMechanisms m_mechanisms;
    QUrl m_url;
    clockid_t m_cpuClock = CLOCK_THREAD_CPUTIME_ID;
};

} // namespace tableside::bench
