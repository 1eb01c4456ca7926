#include "backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace tableside {

Backoff::Backoff(Policy policy, RandomSource random)
    : m_policy(policy)
    , m_random(std::move(random))
{
    m_policy.initialMs = std::max(1, m_policy.initialMs);
    m_policy.maxMs = std::max(m_policy.initialMs, m_policy.maxMs);
    m_policy.jitter = std::clamp(m_policy.jitter, 0.0, 1.0);
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

int Backoff::baseDelayMs(int attempt) const
{
    // Doubling in 64 bits and stopping at the ceiling keeps a long outage from overflowing.
    qint64 delay = m_policy.initialMs;
    for (int i = 0; i < attempt && delay < m_policy.maxMs; ++i)
        delay *= 2;
    return static_cast<int>(std::min<qint64>(delay, m_policy.maxMs));
}

int Backoff::nextDelayMs()
{
    const double base = baseDelayMs(m_attempts);
    if (m_attempts < 64)
        ++m_attempts;
    const double r = std::clamp(m_random(), 0.0, 1.0);
    const double factor = 1.0 + m_policy.jitter * (2.0 * r - 1.0);
    return std::max(1, static_cast<int>(std::lround(base * factor)));
}

} // namespace tableside
