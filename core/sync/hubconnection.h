#pragma once
// What the hub knows about one open socket: who is speaking, its request budget, and how far
// its event subscription has got.

#include "devicerepository.h"
#include "eventlog.h"
#include "ratelimiter.h"

#include <QWebSocket>

#include <QString>
#include <QStringList>

#include <optional>

namespace tableside {

struct HubConnection {
    HubConnection(QWebSocket *s, quint64 arrival, QString peerName, RateLimiter requestBudget)
        : socket(s)
        , arrived(arrival)
        , peer(std::move(peerName))
        , limiter(std::move(requestBudget))
    {}

    QWebSocket *socket = nullptr;
    quint64 arrived = 0;          // sockets accepted before this one: a round's order
    QString peer;                 // "address:port", for the log
    std::optional<Device> device; // set by a good hello
    RateLimiter limiter;
    QStringList inbox; // frames within budget, waiting for their turn (bounded by the budget)
    // The hub is closing it (hello refused or never said, not reading): nothing more is read
    // from it or sent to it.
    bool closing = false;
    bool unwritten = false; // frames wait in the socket's buffer for HubConnections::writeOut()

    bool subscribed = false;
    bool replaying = false;     // catching up from the log; live pushes wait until it is done
    qint64 cursor = 0;          // every event up to here was sent (or was not this device's to see)
    int replayGeneration = 0;   // a resubscribe abandons the replay in flight
    bool replayWaiting = false; // the replay waits for what is queued to the socket to drain
    QList<StoredEvent> replayRest; // what the replay read and has not sent yet

    QString who() const
    {
        if (!device)
            return peer;
        return QStringLiteral("%1 (%2 \"%3\")").arg(peer, device->role, device->name);
    }
};

} // namespace tableside
