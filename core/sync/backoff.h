#pragma once
// How long a client waits before its next reconnect attempt: exponential growth up to a ceiling,
// spread by random jitter so a venue's tablets don't all knock on a restarted hub at once.

#include <functional>

namespace tableside {

// Outside Backoff so its member defaults can serve as a default argument of Backoff's constructor.
struct BackoffPolicy {
    int initialMs = 250;
    int maxMs = 10000;
    double jitter = 0.25; // the delay is the base delay times 1 ± jitter
};

class Backoff {
public:
    using Policy = BackoffPolicy;
    // Returns a number uniformly drawn from [0, 1); injectable so tests are deterministic.
    using RandomSource = std::function<double()>;

    explicit Backoff(Policy policy = {}, RandomSource random = {});

    // The delay before the next attempt; each call doubles the base until the ceiling.
    int nextDelayMs();
    // A success: the next failure starts again from the initial delay.
    void reset() { m_attempts = 0; }

    int attempts() const { return m_attempts; }
    const Policy &policy() const { return m_policy; }
    // The delay before jitter for a given attempt (0-based).
    int baseDelayMs(int attempt) const;

private:
    Policy m_policy;
    RandomSource m_random;
    int m_attempts = 0;
};

} // namespace tableside
