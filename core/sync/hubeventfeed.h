#pragma once
// Event fan-out and catch-up (PROTOCOL.md "subscribe"): a subscriber first catches up from the
// log in batches, paced by what it reads, then gets live pushes; a per-socket cursor makes
// every event arrive exactly once and in seq order, and each device sees only its audience.

#include "eventlog.h"
#include "hubpermissions.h"
#include "result.h"

#include <QObject>
#include <QString>

namespace tableside {

class HubConnections;
struct HubConnection;

class HubEventFeed {
public:
    // context: the object whose thread runs the catch-up's later batches.
    HubEventFeed(EventLog &log, HubConnections &connections, QObject *context);

    // Reads how far the log goes: what it held before the hub opened is on disk, so told.
    Result<void> start();
    // The newest event published: every one up to it is committed and durable, so a catch-up
    // reads the log up to here and never into an open batch (which may yet be rolled back).
    qint64 toldSeq() const { return m_toldSeq; }

    // Answers subscribe (latestSeq) and starts the catch-up from `since` (a `since` past the log
    // starts from its top).
    void subscribe(HubConnection &connection, const QString &requestId, qint64 since);
    // Pushes a durable event to every subscriber caught up (the others get it by the catch-up).
    void publish(const StoredEvent &event);
    // Sends the next part of a catch-up: when the socket has room again, or in a later turn.
    void continueReplay(HubConnection &connection);
    // No more catch-up batches are started (the hub is stopping).
    void stop() { m_stopping = true; }

private:
    // frame: the event's text, the same for every recipient; written here when still empty.
    void sendEvent(HubConnection &connection, const StoredEvent &event,
                   const HubPermissions::Audience &audience, QString &frame);

    EventLog &m_log;
    HubConnections &m_connections;
    QObject *m_context;
    qint64 m_toldSeq = 0;
    bool m_stopping = false;
};

} // namespace tableside
