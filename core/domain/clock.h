#pragma once
// Time is injected: the product asks a Clock for now() and for its timers (ClockTimer), a test
// hands in a ManualClock and moves it, so nothing in a test waits on the wall clock.

#include <QDateTime>
#include <QList>

QT_BEGIN_NAMESPACE
class QObject;
QT_END_NAMESPACE

namespace tableside {

class ClockTimer;
class ManualClockTimer;

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
    // A steady count of milliseconds from an arbitrary start, for spans: never set back.
    virtual qint64 elapsedMs() const = 0;
    // A stopped timer that runs on this clock, owned by parent.
    virtual ClockTimer *createTimer(QObject *parent = nullptr) const = 0;
};

// The wall clock; its timers are QTimers.
class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 elapsedMs() const override;
    ClockTimer *createTimer(QObject *parent = nullptr) const override;
};

// A clock that stands still until a test moves it. Its timers fire only inside advance(), in
// deadline order, each with now() at its own deadline.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime start);
    ~ManualClock() override;
    ManualClock(const ManualClock &) = delete;
    ManualClock &operator=(const ManualClock &) = delete;

    QDateTime now() const override { return m_now; }
    qint64 elapsedMs() const override { return m_elapsedMs; }
    ClockTimer *createTimer(QObject *parent = nullptr) const override;

    // Moves time on by ms, firing every timer due on the way (also those that a timeout starts).
    void advance(qint64 ms);
    // Sets the wall time only, as an adjustment of the system time would: no timer fires, the
    // timers keep their remaining time and elapsedMs() stays.
    void set(QDateTime at) { m_now = std::move(at); }
    // Timers running on this clock (for tests of the tests).
    int activeTimerCount() const;

private:
    friend class ManualClockTimer;

    QDateTime m_now;
    qint64 m_elapsedMs = 0; // steady time of the timers; set() leaves it alone
    // The timers' bookkeeping, not the clock's time: timers are made through a const Clock.
    mutable QList<ManualClockTimer *> m_timers;
    mutable quint64 m_armed = 0; // orders timers due at the same moment as they were started
};

} // namespace tableside
