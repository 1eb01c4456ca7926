#pragma once
// Time passing for devices that stay connected. A test that moves the clock its clients run on
// moves it in steps of their ping interval and lets each step's pings be answered before the
// next, as the hub answers them all evening; one jump past their liveness deadline would drop
// them, which no evening does.

#include "clock.h"
#include "venueclient.h"

#include <QEventLoop>
#include <QList>
#include <QTimer>

#include <algorithm>

namespace tableside::testing {

// Moves clock on by ms. False when a client's ping went unanswered (each step waits for the
// pongs to arrive over the socket, not for time).
inline bool passTime(ManualClock &clock, qint64 ms, const QList<VenueClient *> &clients)
{
    qint64 step = ms;
    for (const VenueClient *client : clients)
        step = std::min<qint64>(step, client->timing().pingIntervalMs);
    // A full step pings each client once; its pong stamps the contact with the clock's now.
    const auto answered = [&] {
        return std::ranges::all_of(clients, [&](const VenueClient *client) {
            return client->lastContact().msecsTo(clock.now()) < client->timing().pingIntervalMs;
        });
    };
    for (qint64 left = ms; left > 0; left -= step) {
        clock.advance(std::min(left, step));
        if (answered())
            continue;
        // An event loop woken by the pongs themselves: hundreds of steps, no polling between.
        QEventLoop loop;
        for (VenueClient *client : clients)
            QObject::connect(client, &VenueClient::lastContactChanged, &loop, [&] {
                if (answered())
                    loop.quit();
            });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit); // the wall clock: a lost pong
        loop.exec();
        if (!answered())
            return false;
    }
    return true;
}

} // namespace tableside::testing
