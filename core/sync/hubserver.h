#pragma once
// The hub: the headless venue server every screen talks to over one WebSocket
// (PROTOCOL.md). It owns the venue database and wires its parts: who may speak
// (HubAdmission), the sockets and their bounds (HubConnections), the round's
// group commit (HubCommits), the event feed (HubEventFeed) and the operations
// (HubOperations). Here: taking one frame from each waiting socket in turn, and
// stopping. Runs on the thread that created it.

#include "clock.h"
#include "connectioncaps.h"
#include "hublimits.h"
#include "menudocument.h"
#include "ratelimiter.h"
#include "result.h"
#include "walmechanisms.h"

#include <QAbstractSocket>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QTcpServer;
class QWebSocket;
class QWebSocketServer;

namespace tableside {

class HubAdmission;
class HubCommits;
class HubConnections;
class HubEventFeed;
class HubHttp;
class HubHttpRoutes;
class HubOperations;
class VenueDatabase;
struct HubConnection;
struct ProtocolMessage;

class HubServer : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 MaxFrameBytes = HubLimits::MaxFrameBytes;
    static constexpr double RequestsPerSecond = HubLimits::RequestsPerSecond;
    static constexpr double RequestBurst = HubLimits::RequestBurst;
    static constexpr int ReplayBatch = HubLimits::ReplayBatch;
    static constexpr int StationJudgeMs = HubLimits::StationJudgeMs;
    static constexpr int HelloTimeoutMs = HubLimits::HelloTimeoutMs;
    static constexpr qint64 MaxQueuedBytes = HubLimits::MaxQueuedBytes;
    static constexpr int CloseDeadlineMs = HubLimits::CloseDeadlineMs;
    // Connections the system may hold for the hub until it takes them: every
    // device of a large venue coming back at once after a restart. Past it (Qt's
    // default is 50), the system drops a device's attempt and the device tries
    // again only a second later. The system's own limit (net.core.somaxconn) caps
    // it.
    static constexpr int ListenBacklog = 1024;
    // Set (to 1) in the environment before the application or thread that will
    // run a busy hub makes its event loop: it then gets Qt's own poll() loop
    // instead of GLib's, under which the hub spends more CPU on each order when a
    // hundred devices are connected.
    static constexpr const char *PlainEventLoopVariable = "QT_NO_GLIB";

    // `database` must be open; both must outlive the hub.
    HubServer(VenueDatabase &database, const Clock &clock, QObject *parent = nullptr);
    // syncFile: how the store's files are synced to disk (fdatasync; tests make it fail).
    HubServer(VenueDatabase &database, const Clock &clock, std::function<int(int fd)> syncFile,
              QObject *parent = nullptr);
    // mechanisms: the bench turns the hub's own ways of syncing off to weigh them (HubCommits).
    HubServer(VenueDatabase &database, const Clock &clock, std::function<int(int fd)> syncFile,
              WalMechanisms mechanisms, QObject *parent = nullptr);
    ~HubServer() override;

    // Starts accepting; port 0 lets the OS pick. "port_in_use" / "listen_failed"
    // otherwise, and "store_error" when the event log cannot be read.
    Result<void> listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    bool isListening() const;
    quint16 serverPort() const;
    QUrl url() const; // ws://address:port

    int connectionCount() const;
    // The caps on connections held at once (HubLimits' by default; tests make them small).
    void setConnectionCaps(int perPeer, int total);

    // A one-time pairing code made with the venue's own authority (the first owner's device, the
    // embedded venue's screens) by pairing.create's operation, on disk before it returns
    // (store_error when the disk failed to keep it).
    Result<QString> makePairingCode(const QString &role, int table = 0,
                                    const QString &station = {});
    // Publishes `document` as the venue's menu with the venue's own authority (`tableside menu
    // import`) by the owner's publishing operation: on disk before it returns, and told to every
    // device connected. Gives the new version's number; menu_problems when it has any.
    Result<int> publishMenu(const MenuDocument &document);

    // The clock of the request and pairing budgets (a steady clock unless a test
    // sets its own). Takes effect for sockets accepted after the call.
    void setRateClock(RateLimiter::MonotonicClock clock);
    // Tests set a smaller limit than MaxQueuedBytes.
    void setMaxQueuedBytes(qint64 bytes);

    // Stops accepting, lets the request in hand finish its transaction, drops
    // frames still waiting their turn (unanswered: devices resend), closes every
    // socket with 1001 (going away), then emits stopped(). Safe to call more than
    // once.
    void stop();

signals:
    void stopped();
    // The venue's disk failed to keep a commit (reason: which file, why): from now on the hub
    // accepts nothing and answers nothing, for good. Its process should end at once without
    // closing the store, and start again from what the disk holds (SQLite's recovery of the
    // log); devices send again what was not answered.
    void durabilityLost(const QString &reason);

private:
    void acceptConnections();
    void onTextMessage(QWebSocket *socket, const QString &text);
    void handleOneFramePerSocket();
    // Handles a frame of a round; while a batch is open, keeps it for a redo.
    void handleFrame(HubConnection &connection, const QString &text);
    void handleHello(HubConnection &connection, const ProtocolMessage &hello);
    void handleRequest(HubConnection &connection, const ProtocolMessage &request);
    void onDisconnected(QWebSocket *socket);
    // Sends to a socket the hub still holds.
    void sendTo(QWebSocket *socket, const QString &text);
    void judgeStations();
    void acceptConnection(QTcpSocket *tcp);
    void acceptFailed(QAbstractSocket::SocketError error);
    void loseDurability(const QString &reason);
    static Error diskFailed(); // what is refused once durability is lost
    void closeAllConnections();
    void finishStopIfDone();

    QTcpServer *m_listener = nullptr; // ours, so a port in use is told apart from other failures
    QWebSocketServer *m_server = nullptr;
    std::unique_ptr<HubOperations> m_operations;
    HubConnections *m_connections = nullptr; // a child: its timers are the hub's thread's
    std::unique_ptr<HubAdmission> m_admission;
    std::unique_ptr<HubEventFeed> m_feed;
    std::unique_ptr<HubHttpRoutes> m_routes; // before m_commits: its turns may still call it
    std::unique_ptr<HubCommits> m_commits;
    HubHttp *m_http = nullptr;  // a child: every connection's head is read there first
    ClockTimer *m_stationJudge; // every StationJudgeMs on the hub's clock, from listen()
    ClockTimer *m_acceptRetry;  // accepting again after the system ran out of descriptors
    ConnectionCaps m_caps{HubLimits::MaxConnectionsPerPeer, HubLimits::MaxConnections};
    bool m_roundScheduled = false;
    bool m_handling = false;
    bool m_stopping = false;
    bool m_stoppedEmitted = false;
    bool m_durabilityLost = false; // nothing is accepted, handled or answered any more
};

} // namespace tableside
