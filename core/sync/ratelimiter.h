#pragma once
// A token bucket: `perSecond` requests on average, bursts of up to `burst`. One per socket, so a
// flooding device is refused without slowing anyone else.

#include <QtGlobal>

#include <functional>

namespace tableside {

class RateLimiter {
public:
    // Milliseconds from any fixed point; must never go back. Injected so tests control time.
    using MonotonicClock = std::function<qint64()>;
    static qint64 steadyMilliseconds();

    RateLimiter(double perSecond, double burst, MonotonicClock clock = &steadyMilliseconds);

    // Takes one token when there is one; false means "refuse this request".
    bool tryAcquire();
    // Whole tokens left right now (refilled up to the burst).
    int available();

private:
    void refill();

    double m_perMillisecond;
    double m_burst;
    double m_tokens;
    MonotonicClock m_clock;
    qint64 m_lastRefill;
};

} // namespace tableside
