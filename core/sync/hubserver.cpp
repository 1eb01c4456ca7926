#include "hubserver.h"

#include "hubconnection.h"
#include "hublog.h"
#include "huboperations.h"
#include "hubpermissions.h"
#include "protocolframes.h"
#include "protocolmessage.h"
#include "sqlstatement.h"
#include "venuedatabase.h"
#include "walsyncer.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHub, "tableside.hub")

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// Pairing attempts across the whole hub: a six-digit code must not be guessable by brute force.
constexpr double PairingAttemptsPerSecond = 1;
constexpr double PairingAttemptBurst = 10;

QJsonObject deviceJson(const Device &device)
{
    return {{u"id"_s, device.id},
            {u"name"_s, device.name},
            {u"role"_s, device.role},
            {u"table"_s, device.tableNumber > 0 ? QJsonValue(device.tableNumber) : QJsonValue()},
            {u"station"_s, device.station.isEmpty() ? QJsonValue() : QJsonValue(device.station)}};
}

} // namespace

HubServer::HubServer(VenueDatabase &database, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_listener(new QTcpServer(this))
    , m_server(new QWebSocketServer(u"Tableside hub"_s, QWebSocketServer::NonSecureMode, this))
    , m_operations(std::make_unique<HubOperations>(database.connection(), clock))
    , m_syncer(std::make_unique<WalSyncer>(database.path()))
    , m_database(database.connection())
    , m_pairingAttempts(
          std::make_unique<RateLimiter>(PairingAttemptsPerSecond, PairingAttemptBurst))
    , m_closeDeadline(new QTimer(this))
    , m_stationJudge(new QTimer(this))
{
    connect(m_listener, &QTcpServer::newConnection, this, [this] {
        while (m_listener->hasPendingConnections()) {
            QTcpSocket *tcp = m_listener->nextPendingConnection();
            // A reply or an event is one small write: send it now, not when the last is acked.
            tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_server->handleConnection(tcp);
        }
    });
    connect(m_server, &QWebSocketServer::newConnection, this, &HubServer::acceptConnections);
    m_closeDeadline->setSingleShot(true);
    connect(m_closeDeadline, &QTimer::timeout, this, [this] {
        for (auto &[socket, connection] : m_connections)
            socket->abort();
    });
    // A commit only writes the log; m_syncer syncs it to disk before anyone is told of it, so
    // nothing acknowledged is lost to a power cut, and copies it back into the database file
    // (checkpoints): the hub's thread never waits for the disk.
    if (auto normal = runSql(database.connection(), u"PRAGMA synchronous = NORMAL"_s); !normal)
        qCWarning(lcHub) << "cannot hand syncing to the hub:" << normal.error().message;
    m_syncer->takeCheckpointsFrom(database.connection());
    m_stationJudge->setInterval(StationJudgeMs);
    connect(m_stationJudge, &QTimer::timeout, this, &HubServer::judgeStations);
}

HubServer::~HubServer()
{
    // Every socket before the listener goes (children die in creation order): a QWebSocket still
    // uses the QTcpSocket that the listener owns. Includes sockets awaiting deleteLater.
    const auto sockets = findChildren<QWebSocket *>(Qt::FindDirectChildrenOnly);
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
    m_connections.clear();
}

Result<void> HubServer::listen(const QHostAddress &address, quint16 port)
{
    const auto latest = m_operations->eventLog().latestSeq();
    if (!latest)
        return makeError(u"store_error"_s,
                         tr("Cannot read the event log: %1").arg(latest.error().message));
    m_toldSeq = std::max(m_toldSeq, *latest); // what the log held before it opened is on disk
    if (auto menu = m_operations->loadMenu(); !menu) // the first order will try again
        qCWarning(lcHub) << "cannot read the menu yet:" << menu.error().message;
    m_listener->setListenBacklogSize(ListenBacklog);
    if (m_listener->listen(address, port)) {
        m_stationJudge->start();
        return {};
    }
    const QString where = u"%1:%2"_s.arg(address.toString()).arg(port);
    if (m_listener->serverError() == QAbstractSocket::AddressInUseError)
        return makeError(u"port_in_use"_s, tr("Port %1 is already in use.").arg(where));
    return makeError(u"listen_failed"_s,
                     tr("Cannot listen on %1: %2").arg(where, m_listener->errorString()));
}

bool HubServer::isListening() const
{
    return m_listener->isListening();
}

quint16 HubServer::serverPort() const
{
    return m_listener->serverPort();
}

QUrl HubServer::url() const
{
    QHostAddress host = m_listener->serverAddress();
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    QUrl url;
    url.setScheme(u"ws"_s);
    url.setHost(host.toString());
    url.setPort(serverPort());
    return url;
}

int HubServer::connectionCount() const
{
    return int(m_connections.size());
}

void HubServer::setRateClock(RateLimiter::MonotonicClock clock)
{
    m_rateClock = std::move(clock);
    m_pairingAttempts =
        std::make_unique<RateLimiter>(PairingAttemptsPerSecond, PairingAttemptBurst, m_rateClock);
}

HubConnection *HubServer::connectionFor(QWebSocket *socket)
{
    const auto found = m_connections.find(socket);
    return found == m_connections.end() ? nullptr : found->second.get();
}

void HubServer::acceptConnections()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this); // see ~HubServer
        if (m_stopping) {
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"The hub is shutting down."_s);
            socket->deleteLater();
            continue;
        }
        // Qt accepts up to 2 GiB by default; a bigger frame closes the socket with 1009.
        socket->setMaxAllowedIncomingMessageSize(MaxFrameBytes);
        socket->setMaxAllowedIncomingFrameSize(MaxFrameBytes);
        const QString peer =
            u"%1:%2"_s.arg(socket->peerAddress().toString()).arg(socket->peerPort());
        m_connections.emplace(socket,
                              std::make_unique<HubConnection>(
                                  socket, m_accepted++, peer,
                                  RateLimiter(RequestsPerSecond, RequestBurst, m_rateClock)));
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { onTextMessage(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
            HubConnection *connection = connectionFor(socket);
            if (connection && !m_stopping && connection->limiter.tryAcquire())
                send(*connection,
                     ProtocolFrames::errorReply(
                         QJsonValue::Null,
                         makeError(u"bad_request"_s, tr("The hub reads text frames only."))));
        });
        // Queued: a socket may drop while we are writing to it inside a loop over connections.
        connect(
            socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); },
            Qt::QueuedConnection);
        watchSocket(socket);
        qCInfo(lcHub).noquote() << "connection from" << peer;
    }
}

void HubServer::onDisconnected(QWebSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return;
    qCInfo(lcHub).noquote() << found->second->who() << "disconnected, close code"
                            << int(socket->closeCode());
    m_connections.erase(found);
    socket->deleteLater();
    finishStopIfDone();
}

void HubServer::onTextMessage(QWebSocket *socket, const QString &text)
{
    HubConnection *connection = connectionFor(socket);
    if (!connection || connection->closing || m_stopping)
        return;
    if (!connection->limiter.tryAcquire()) {
        QJsonValue replyId;
        (void)ProtocolMessage::parse(text, &replyId); // only to echo the id
        send(*connection,
             ProtocolFrames::errorReply(
                 replyId,
                 makeError(u"rate_limited"_s,
                           tr("Too many requests from this device; slow down and retry."))));
        return;
    }
    // Queued, not handled here: Qt hands over every frame a socket has buffered in one go, and
    // one device's burst must not make the others wait behind it.
    connection->inbox.append(text);
    if (!m_roundScheduled) {
        m_roundScheduled = true;
        QMetaObject::invokeMethod(
            this, [this] { handleOneFramePerSocket(); }, Qt::QueuedConnection);
    }
}

void HubServer::handleOneFramePerSocket()
{
    m_roundScheduled = false;
    // In the order the sockets came, not as they lie in memory: the same evening plays the
    // same way twice.
    QList<std::pair<quint64, QWebSocket *>> waiting;
    for (const auto &[socket, connection] : m_connections) {
        if (!connection->inbox.isEmpty())
            waiting.append({connection->arrived, socket});
    }
    std::sort(waiting.begin(), waiting.end());
    bool more = false;
    m_handling = true;
    for (const auto &[arrived, socket] : std::as_const(waiting)) {
        HubConnection *connection = connectionFor(socket);
        if (m_stopping || !connection || connection->inbox.isEmpty())
            continue;
        handleKeepingForRedo(*connection, connection->inbox.takeFirst());
        if (m_operations->batchSpoiled())
            handleBatchAgain();
        more = more || !connection->inbox.isEmpty();
        // What an earlier round said goes out as soon as its commit is on disk, mid-round.
        m_syncer->runCompleted();
    }
    flushBatch(); // one commit for the round, then every reply and event it produced
    m_handling = false;
    if (m_stopping) // stop() arrived while the round was in hand
        closeAllConnections();
    if (more && !m_stopping) {
        m_roundScheduled = true;
        QMetaObject::invokeMethod(
            this, [this] { handleOneFramePerSocket(); }, Qt::QueuedConnection);
    }
}

void HubServer::handleFrame(HubConnection &connection, const QString &text)
{
    QJsonValue replyId;
    const auto message = ProtocolMessage::parse(text, &replyId);
    if (!message) {
        deliver(connection.socket, ProtocolFrames::errorReply(replyId, message.error()));
        return;
    }
    if (message->kind == ProtocolMessage::Kind::Hello) {
        handleHello(connection, *message);
        return;
    }
    if (!connection.device) {
        deliver(connection.socket,
                ProtocolFrames::errorReply(
                    replyId, makeError(u"bad_request"_s, tr("Send hello before any request."))));
        return;
    }
    handleRequest(connection, *message);
}

void HubServer::handleHello(HubConnection &connection, const ProtocolMessage &hello)
{
    if (connection.device) {
        send(connection,
             ProtocolFrames::errorReply(
                 QJsonValue::Null,
                 makeError(u"bad_request"_s, tr("This device has already said hello."))));
        return;
    }
    if (hello.protocol != ProtocolMessage::Version) {
        refuseHello(connection, u"protocol_mismatch"_s,
                    tr("This device speaks protocol %1 and the hub speaks %2; update it.")
                        .arg(hello.protocol)
                        .arg(ProtocolMessage::Version));
        return;
    }
    Device device;
    QString newToken;
    if (!hello.token.isEmpty()) {
        auto known = m_operations->deviceForToken(hello.token);
        if (!known) {
            refuseHello(connection, known.error().code, known.error().message);
            return;
        }
        device = *known;
    } else {
        flushBatch(); // pairing commits on its own, and the token goes out once that is on disk
        if (!m_pairingAttempts->tryAcquire()) {
            refuseHello(connection, u"rate_limited"_s,
                        tr("Too many pairing attempts; wait a minute and try again."));
            return;
        }
        auto paired = m_operations->pair(hello.pairingCode, hello.deviceName);
        if (!paired) {
            refuseHello(connection, paired.error().code, paired.error().message);
            return;
        }
        device = paired->first;
        newToken = paired->second;
        waitUntilDurable();
    }
    connection.device = device;
    send(connection, ProtocolFrames::welcome(m_toldSeq, deviceJson(device), newToken));
    qCDebug(lcHub).noquote() << connection.who() << "said hello";
}

void HubServer::refuseHello(HubConnection &connection, const QString &code, const QString &message)
{
    qCWarning(lcHub).noquote() << connection.peer << "refused:" << code;
    send(connection, ProtocolFrames::errorReply(QJsonValue::Null, makeError(code, message)));
    closeSocket(connection, code); // whatever else it sent is not read
}

void HubServer::handleRequest(HubConnection &connection, const ProtocolMessage &request)
{
    QWebSocket *socket = connection.socket;
    if (request.op == "subscribe"_L1) {
        if (!HubPermissions::allows(connection.device->role, request.op)) {
            deliver(socket, ProtocolFrames::errorReply(
                                request.id,
                                makeError(u"forbidden"_s, tr("This device may not subscribe."))));
            return;
        }
        // It writes nothing, so it waits for no commit of its own; it only comes after whatever
        // this hub said before it, so the device hears its answers and events in order.
        const qint64 since = request.args.value("since"_L1).toInteger();
        runInTurn([this, socket = QPointer<QWebSocket>(socket), id = request.id, since] {
            HubConnection *subscriber = socket ? connectionFor(socket) : nullptr;
            if (subscriber && !subscriber->closing)
                subscribe(*subscriber, id, since);
        });
        return;
    }
    if (auto begun = m_operations->beginBatch(); !begun) // then each op commits alone
        qCWarning(lcHub) << "cannot start a batch:" << begun.error().message;
    const auto outcome = m_operations->run(*connection.device, request.op, request.args);
    if (!outcome) {
        deliver(socket, ProtocolFrames::errorReply(request.id, outcome.error()));
        return;
    }
    // Sent once committed: the reply first, then the events to everyone who may know.
    deliver(socket,
            outcome->resultJson.isEmpty()
                ? ProtocolFrames::reply(request.id, outcome->result)
                : ProtocolFrames::replyAround(request.id, outcome->resultJson),
            request.id);
    for (const StoredEvent &event : outcome->events)
        announce(event);
}

void HubServer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_stationJudge->stop();
    m_listener->close();
    m_server->close();
    qCInfo(lcHub) << "stopping;" << m_connections.size() << "connections to close";
    if (!m_handling)
        closeAllConnections();
}

void HubServer::judgeStations()
{
    if (m_stopping || m_operations->inBatch())
        return;
    const auto judged = m_operations->judgeStations();
    if (!judged) {
        qCWarning(lcHub) << "cannot judge the kitchen stations:" << judged.error().message;
        return;
    }
    if (judged->events.isEmpty())
        return;
    whenDurable([this, events = judged->events](bool synced) {
        if (!synced)
            return;
        for (const StoredEvent &event : events)
            publish(event);
    });
}

void HubServer::closeAllConnections()
{
    m_syncer->drain(); // every answer that was waiting for the disk goes out before the close
    for (auto &[socket, connection] : m_connections)
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"The hub is shutting down."_s);
    if (!m_connections.empty())
        m_closeDeadline->start(CloseDeadlineMs);
    finishStopIfDone();
}

void HubServer::finishStopIfDone()
{
    if (!m_stopping || !m_connections.empty() || m_stoppedEmitted)
        return;
    m_stoppedEmitted = true;
    m_closeDeadline->stop();
    // Queued, so a caller that connects to stopped() right after stop() still hears it.
    QMetaObject::invokeMethod(
        this, [this] { emit stopped(); }, Qt::QueuedConnection);
}

} // namespace tableside
