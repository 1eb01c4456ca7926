#pragma once
// Runs the event loop until a condition holds or a deadline passes: screenshots wait for the
// hub's data this way before they render.

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <functional>

namespace tableside {

inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    }
    return true;
}

} // namespace tableside
