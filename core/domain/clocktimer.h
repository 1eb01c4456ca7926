#pragma once
// A timer that runs on a Clock: a QTimer on the SystemClock, a deadline that ManualClock::advance
// reaches in a test. Same shape as QTimer (interval, single shot, timeout()), made by the clock.

#include "clock.h"

#include <QObject>

#include <algorithm>
#include <utility>

namespace tableside {

class ClockTimer : public QObject {
    Q_OBJECT

public:
    void setSingleShot(bool singleShot) { m_singleShot = singleShot; }
    bool isSingleShot() const { return m_singleShot; }
    // Takes effect at the next start().
    void setInterval(int ms) { m_intervalMs = ms; }
    int interval() const { return m_intervalMs; }

    // (Re)starts the timer: it fires after ms, then every ms unless single shot.
    void start(int ms)
    {
        m_intervalMs = ms;
        start();
    }
    void start() { arm(std::max(0, m_intervalMs)); }
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    // Milliseconds until it fires; -1 when stopped.
    virtual int remainingTime() const = 0;

    // Calls slot once after ms on the clock, unless context is destroyed first.
    template<typename Slot>
    static void singleShot(const Clock &clock, int ms, QObject *context, Slot &&slot)
    {
        ClockTimer *timer = clock.createTimer(context);
        timer->setSingleShot(true);
        connect(timer, &ClockTimer::timeout, context, std::forward<Slot>(slot));
        connect(timer, &ClockTimer::timeout, timer, &QObject::deleteLater);
        timer->start(ms);
    }

signals:
    void timeout();

protected:
    explicit ClockTimer(QObject *parent)
        : QObject(parent)
    {}
    virtual void arm(int ms) = 0;

private:
    int m_intervalMs = 0;
    bool m_singleShot = false;
};

} // namespace tableside
