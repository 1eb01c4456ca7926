#include "clock.h"

#include "clocktimer.h"

#include <QTimer>

#include <algorithm>
#include <chrono>

namespace tableside {

namespace {

class SystemClockTimer final : public ClockTimer {
public:
    explicit SystemClockTimer(QObject *parent)
        : ClockTimer(parent)
    {
        connect(&m_timer, &QTimer::timeout, this, &ClockTimer::timeout);
    }
    void stop() override { m_timer.stop(); }
    bool isActive() const override { return m_timer.isActive(); }
    int remainingTime() const override { return m_timer.remainingTime(); }

protected:
    void arm(int ms) override
    {
        m_timer.setSingleShot(isSingleShot());
        m_timer.start(ms);
    }

private:
    QTimer m_timer;
};

} // namespace

qint64 SystemClock::elapsedMs() const
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

ClockTimer *SystemClock::createTimer(QObject *parent) const
{
    return new SystemClockTimer(parent);
}

class ManualClockTimer final : public ClockTimer {
public:
    ManualClockTimer(const ManualClock &clock, QObject *parent)
        : ClockTimer(parent)
        , m_clock(&clock)
    {
        clock.m_timers.append(this);
    }
    ~ManualClockTimer() override
    {
        if (m_clock)
            m_clock->m_timers.removeOne(this);
    }
    void stop() override { m_active = false; }
    bool isActive() const override { return m_active; }
    int remainingTime() const override
    {
        if (!m_active || !m_clock)
            return -1;
        return int(std::max<qint64>(0, m_dueMs - m_clock->m_elapsedMs));
    }

protected:
    void arm(int ms) override
    {
        if (!m_clock)
            return; // the clock is gone: nothing will ever move it again
        m_active = true;
        m_dueMs = m_clock->m_elapsedMs + ms;
        m_armed = ++m_clock->m_armed;
    }

private:
    friend class ManualClock;

    const ManualClock *m_clock;
    bool m_active = false;
    qint64 m_dueMs = 0;
    quint64 m_armed = 0;
};

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{}

ManualClock::~ManualClock()
{
    for (ManualClockTimer *timer : std::as_const(m_timers)) {
        timer->m_clock = nullptr;
        timer->m_active = false;
    }
}

ClockTimer *ManualClock::createTimer(QObject *parent) const
{
    return new ManualClockTimer(*this, parent);
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_elapsedMs + std::max<qint64>(0, ms);
    for (;;) {
        // Looked for afresh after every timeout: a slot may start, stop or delete timers.
        ManualClockTimer *next = nullptr;
        for (ManualClockTimer *timer : std::as_const(m_timers)) {
            if (!timer->m_active || timer->m_dueMs > target)
                continue;
            if (!next || timer->m_dueMs < next->m_dueMs ||
                (timer->m_dueMs == next->m_dueMs && timer->m_armed < next->m_armed))
                next = timer;
        }
        if (!next)
            break;
        if (next->m_dueMs > m_elapsedMs) {
            m_now = m_now.addMSecs(next->m_dueMs - m_elapsedMs);
            m_elapsedMs = next->m_dueMs;
        }
        if (next->isSingleShot()) {
            next->m_active = false;
        } else {
            // A repeating timer of 0 ms would fire forever within one moment: at most each ms.
            next->m_dueMs = m_elapsedMs + std::max(1, next->interval());
            next->m_armed = ++m_armed;
        }
        emit next->timeout();
    }
    if (target > m_elapsedMs) { // a slot that advanced the clock itself may have gone further
        m_now = m_now.addMSecs(target - m_elapsedMs);
        m_elapsedMs = target;
    }
}

int ManualClock::activeTimerCount() const
{
    return int(std::ranges::count_if(m_timers, &ManualClockTimer::isActive));
}

} // namespace tableside
