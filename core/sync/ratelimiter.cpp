#include "ratelimiter.h"

#include <algorithm>
#include <chrono>

namespace tableside {

qint64 RateLimiter::steadyMilliseconds()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

RateLimiter::RateLimiter(double perSecond, double burst, MonotonicClock clock)
    : m_perMillisecond(perSecond / 1000.0)
    , m_burst(burst)
    , m_tokens(burst) // a fresh connection may burst at once (its first screenful of requests)
    , m_clock(std::move(clock))
    , m_lastRefill(m_clock())
{}

void RateLimiter::refill()
{
    const qint64 now = m_clock();
    const qint64 elapsed = now - m_lastRefill;
    if (elapsed <= 0)
        return;
    m_lastRefill = now;
    m_tokens = std::min(m_burst, m_tokens + double(elapsed) * m_perMillisecond);
}

bool RateLimiter::tryAcquire()
{
    refill();
    if (m_tokens < 1.0)
        return false;
    m_tokens -= 1.0;
    return true;
}

int RateLimiter::available()
{
    refill();
    return int(m_tokens);
}

} // namespace tableside
