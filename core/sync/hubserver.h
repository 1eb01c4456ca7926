#pragma once
// The hub: the headless venue server every screen talks to over one WebSocket (PROTOCOL.md).
// It owns the venue database, checks every permission and state change, and pushes each stored
// event to the devices that may see it. Runs on the thread that created it.

#include "clock.h"
#include "hubpermissions.h"
#include "ratelimiter.h"
#include "result.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QTcpServer;
class QTimer;
class QWebSocket;
class QWebSocketServer;

namespace tableside {

class HubOperations;
class VenueDatabase;
class WalSyncer;
struct HubConnection;
struct HubPendingFrame;
struct ProtocolMessage;
struct StoredEvent;

class HubServer : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 MaxFrameBytes = 64 * 1024;
    static constexpr double RequestsPerSecond = 50;
    static constexpr double RequestBurst = 100;
    static constexpr int ReplayBatch = 500;
    // How often the hub judges whether each kitchen station is behind (station.load).
    static constexpr int StationJudgeMs = 1000;
    // A socket that has not said hello this long after connecting is closed (1008 hello_timeout).
    static constexpr int HelloTimeoutMs = 10000;
    // Bytes that may wait to be written to one socket. Beyond it the device is not reading: its
    // socket is closed (1008 slow_reader); it reconnects and resubscribes from its last seq.
    static constexpr qint64 MaxQueuedBytes = 4 * 1024 * 1024;
    // A peer that does not answer the hub's close within this is cut off.
    static constexpr int CloseDeadlineMs = 3000;
    // Connections the system may hold for the hub until it takes them: every device of a large
    // venue coming back at once after a restart. Past it (Qt's default is 50), the system drops
    // a device's attempt and the device tries again only a second later. The system's own
    // limit (net.core.somaxconn) caps it.
    static constexpr int ListenBacklog = 1024;
    // Set (to 1) in the environment before the application or thread that will run a busy hub
    // makes its event loop: it then gets Qt's own poll() loop instead of GLib's, under which the
    // hub spends more CPU on each order when a hundred devices are connected.
    static constexpr const char *PlainEventLoopVariable = "QT_NO_GLIB";

    // `database` must be open; both must outlive the hub.
    HubServer(VenueDatabase &database, const Clock &clock, QObject *parent = nullptr);
    ~HubServer() override;

    // Starts accepting; port 0 lets the OS pick. "port_in_use" / "listen_failed" otherwise, and
    // "store_error" when the event log cannot be read.
    Result<void> listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool isListening() const;
    quint16 serverPort() const;
    QUrl url() const; // ws://address:port

    int connectionCount() const;

    // The clock of the request and pairing budgets (a steady clock unless a test sets its own).
    // Takes effect for sockets accepted after the call.
    void setRateClock(RateLimiter::MonotonicClock clock);
    // Tests set shorter limits than HelloTimeoutMs and MaxQueuedBytes. The hello timeout takes
    // effect for sockets accepted after the call.
    void setHelloTimeout(int milliseconds);
    void setMaxQueuedBytes(qint64 bytes);

    // Stops accepting, lets the request in hand finish its transaction, drops frames still
    // waiting their turn (unanswered: devices resend), closes every socket with 1001 (going
    // away), then emits stopped(). Safe to call more than once.
    void stop();

signals:
    void stopped();

private:
    void acceptConnections();
    void onTextMessage(QWebSocket *socket, const QString &text);
    void handleOneFramePerSocket();
    void handleFrame(HubConnection &connection, const QString &text);
    void onDisconnected(QWebSocket *socket);
    void handleHello(HubConnection &connection, const ProtocolMessage &hello);
    void refuseHello(HubConnection &connection, const QString &code, const QString &message);
    void handleRequest(HubConnection &connection, const ProtocolMessage &request);
    void subscribe(HubConnection &connection, const QString &requestId, qint64 since);
    void replayNextBatch(HubConnection &connection);
    void publish(const StoredEvent &event);
    // frame: the event's text, the same for every recipient; written here when still empty.
    void sendEvent(HubConnection &connection, const StoredEvent &event,
                   const HubPermissions::Audience &audience, QString &frame);
    // hubserver_batch.cpp: group commit. What a round of frames says waits for its commit.
    // requestId: text answers that request, which is answered store_error if the batch fails.
    void deliver(QWebSocket *socket, const QString &text,
                 const std::optional<QString> &requestId = std::nullopt);
    void announce(const StoredEvent &event);
    // Commits the open batch; what it said goes out once the commit is on disk.
    void flushBatch();
    // A request spoiled the open batch (HubOperations::batchSpoiled): rolls it back and handles
    // its frames again, each in a savepoint. Nothing the batch said had gone out yet.
    void handleBatchAgain();
    // Handles a frame of a round; while a batch is open, keeps it for handleBatchAgain().
    void handleKeepingForRedo(HubConnection &connection, const QString &text);
    // stored: the batch's commit is on disk; else its requests are answered store_error.
    void deliverPending(const QList<HubPendingFrame> &pending, bool stored);
    // Runs action once everything said before it has gone out: now, or in the open batch's turn.
    void runInTurn(std::function<void()> action);
    // Asks the syncer for every commit so far; done runs once they are on disk.
    void whenDurable(std::function<void(bool synced)> done);
    // Blocks until every commit so far is on disk and its replies and events are out (after
    // pairing a device, before its token goes out).
    void waitUntilDurable();
    void judgeStations();
    // hubserver_sockets.cpp: keeping each socket within its limits.
    void watchSocket(QWebSocket *socket);
    void send(HubConnection &connection, const QString &text);
    // Writes what send() buffered to the network now, not once control is back in the event
    // loop: a round handled in the meantime would hold it back.
    void writeOut();
    void closeSocket(HubConnection &connection, const QString &reason);
    void onBytesWritten(QWebSocket *socket);
    void closeAllConnections();
    void finishStopIfDone();
    HubConnection *connectionFor(QWebSocket *socket);

    QTcpServer *m_listener = nullptr; // ours, so a port in use is told apart from other failures
    QWebSocketServer *m_server = nullptr;
    std::unique_ptr<HubOperations> m_operations;
    std::unique_ptr<WalSyncer> m_syncer;
    QSqlDatabase m_database;
    qint64 m_changesCovered = 0; // totalChanges() when a sync was last asked for
    // The newest event published: every one up to it is committed, so a catch-up reads the log
    // up to here and never into the open batch (which may yet be rolled back).
    qint64 m_toldSeq = 0;
    std::map<QWebSocket *, std::unique_ptr<HubConnection>> m_connections;
    RateLimiter::MonotonicClock m_rateClock = &RateLimiter::steadyMilliseconds;
    std::unique_ptr<RateLimiter> m_pairingAttempts; // hub-wide: codes are only six digits
    QList<HubPendingFrame>
        m_pending; // replies and events of the open batch, in the order they arose
    QList<std::pair<QWebSocket *, QString>> m_batchFrames; // the frames the open batch holds
    QList<QWebSocket *> m_unwritten; // sockets send() wrote to since the last writeOut()
    QTimer *m_closeDeadline = nullptr;
    QTimer *m_stationJudge = nullptr;
    int m_helloTimeoutMs = HelloTimeoutMs;
    qint64 m_maxQueuedBytes = MaxQueuedBytes;
    quint64 m_accepted = 0; // sockets accepted so far
    bool m_roundScheduled = false;
    bool m_handling = false;
    bool m_stopping = false;
    bool m_stoppedEmitted = false;
};

} // namespace tableside
