#pragma once
// The hub's open sockets and the bounds each is kept within: frame size, what may wait to be
// written to it (a device that does not read is closed, 1008 slow_reader), and how long a
// closed peer has to answer the close before it is cut off.

#include "clock.h"
#include "hubconnection.h"
#include "hublimits.h"
#include "ratelimiter.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <map>
#include <memory>

class QWebSocket;

namespace tableside {

class HubConnections : public QObject {
    Q_OBJECT

public:
    // The close deadlines run on clock, which must outlive this.
    explicit HubConnections(const Clock &clock, QObject *parent = nullptr);
    ~HubConnections() override;

    // Takes a socket just accepted (its owner stays the caller): caps its frames, and keeps its
    // record until remove(). Sockets are numbered in the order they came (HubConnection::arrived).
    HubConnection &add(QWebSocket *socket, RateLimiter requestBudget);
    // Forgets a socket; false when it was not ours.
    bool remove(QWebSocket *socket);
    HubConnection *find(QWebSocket *socket) const;
    int count() const { return int(m_connections.size()); }
    bool isEmpty() const { return m_connections.empty(); }
    // Every connection, in no particular order.
    template<typename Visit> void forEach(Visit visit)
    {
        for (auto &[socket, connection] : m_connections)
            visit(*connection);
    }

    // Queues text for the socket (nothing for one the hub is closing); closes it as slow_reader
    // when more than maxQueuedBytes() then wait that the device's side will not take.
    void send(HubConnection &connection, const QString &text);
    // Writes what send() queued to the network now, not once control is back in the event loop:
    // a round handled in the meantime would hold it back.
    void writeOut();
    // Closes one socket with 1008 and `reason`; nothing more is read from it or sent to it. One
    // that has not gone CloseDeadlineMs later (on the clock) is cut.
    void close(HubConnection &connection, const QString &reason);
    // Closes every socket with 1001 (going away); whichever has not gone by the deadline is cut.
    void closeAll();

    // Whether a catch-up may send this socket more now: half the budget, the rest for live events.
    bool hasRoomForReplay(const HubConnection &connection) const;
    // Called when a socket paced by hasRoomForReplay() has room again.
    void setOnRoomForReplay(std::function<void(HubConnection &)> resume);

    qint64 maxQueuedBytes() const { return m_maxQueuedBytes; }
    void setMaxQueuedBytes(qint64 bytes) { m_maxQueuedBytes = bytes; }

private:
    void onBytesWritten(QWebSocket *socket);

    std::map<QWebSocket *, std::unique_ptr<HubConnection>> m_connections;
    QList<QWebSocket *> m_unwritten; // sockets send() wrote to since the last writeOut()
    std::function<void(HubConnection &)> m_resumeReplay;
    const Clock &m_clock;
    ClockTimer *m_closeDeadline; // closeAll()'s
    qint64 m_maxQueuedBytes = HubLimits::MaxQueuedBytes;
    quint64 m_accepted = 0; // sockets accepted so far
};

} // namespace tableside
