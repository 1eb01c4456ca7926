#include "hubserver.h"

#include "clocktimer.h"
#include "hubadmission.h"
#include "hubcommits.h"
#include "hubconnection.h"
#include "hubconnections.h"
#include "hubeventfeed.h"
#include "hubhttp.h"
#include "hubhttproutes.h"
#include "hublog.h"
#include "huboperations.h"
#include "hubpermissions.h"
#include "menueditoperations.h"
#include "menuoperations.h"
#include "pairingoperations.h"
#include "protocolframes.h"
#include "protocolmessage.h"
#include "recommendoperations.h"
#include "stationoperations.h"
#include "venuedatabase.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sys/resource.h>

#include <algorithm>
#include <utility>

Q_LOGGING_CATEGORY(lcHub, "tableside.hub")

using namespace Qt::StringLiterals;

namespace tableside {

HubServer::HubServer(VenueDatabase &database, const Clock &clock, QObject *parent)
    : HubServer(database, clock, {}, parent)
{}

HubServer::HubServer(VenueDatabase &database, const Clock &clock,
                     std::function<int(int fd)> syncFile, QObject *parent)
    : HubServer(database, clock, std::move(syncFile), {}, parent)
{}

HubServer::HubServer(VenueDatabase &database, const Clock &clock,
                     std::function<int(int fd)> syncFile, WalMechanisms mechanisms, QObject *parent)
    : QObject(parent)
    , m_listener(new QTcpServer(this))
    , m_server(new QWebSocketServer(u"Tableside hub"_s, QWebSocketServer::NonSecureMode, this))
    , m_operations(std::make_unique<HubOperations>(database.connection(), clock))
    , m_connections(new HubConnections(clock, this))
    , m_admission(std::make_unique<HubAdmission>(m_operations->pairing(), clock))
    , m_feed(std::make_unique<HubEventFeed>(m_operations->eventLog(), *m_connections, this))
    , m_stationJudge(clock.createTimer(this))
    , m_acceptRetry(clock.createTimer(this))
{
    m_commits = std::make_unique<HubCommits>(
        database, m_operations->transactions(),
        HubCommits::Outlets{
            [this](QWebSocket *socket, const QString &text) { sendTo(socket, text); },
            [this](const StoredEvent &event) { m_feed->publish(event); },
            [this] { m_connections->writeOut(); },
            [this](QWebSocket *socket, const QString &text) {
                HubConnection *connection = m_connections->find(socket);
                if (connection && !connection->closing)
                    handleFrame(*connection, text);
            },
            [this](const QString &reason) { loseDurability(reason); }},
        std::move(syncFile), mechanisms);
    m_routes = std::make_unique<HubHttpRoutes>(*m_operations, *m_commits);
    m_http = new HubHttp(
        *m_routes, clock, [this](QTcpSocket *tcp) { m_server->handleConnection(tcp); }, this);
    connect(m_listener, &QTcpServer::newConnection, this, [this] {
        while (m_listener->hasPendingConnections())
            acceptConnection(m_listener->nextPendingConnection());
    });
    connect(m_listener, &QTcpServer::acceptError, this, &HubServer::acceptFailed);
    m_acceptRetry->setSingleShot(true);
    connect(m_acceptRetry, &ClockTimer::timeout, this, [this] {
        if (!m_stopping && !m_durabilityLost)
            m_listener->resumeAccepting();
    });
    connect(m_server, &QWebSocketServer::newConnection, this, &HubServer::acceptConnections);
    m_connections->setOnRoomForReplay([this](HubConnection &connection) {
        if (!m_stopping && !m_durabilityLost)
            m_feed->continueReplay(connection);
    });
    m_stationJudge->setInterval(StationJudgeMs);
    connect(m_stationJudge, &ClockTimer::timeout, this, &HubServer::judgeStations);
}

HubServer::~HubServer()
{
    // Every socket before the listener goes (children die in creation order): a
    // QWebSocket still uses the QTcpSocket that the listener owns. Includes
    // sockets awaiting deleteLater.
    const auto sockets = findChildren<QWebSocket *>(Qt::FindDirectChildrenOnly);
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        m_connections->remove(socket);
        delete socket;
    }
}

void HubServer::acceptConnection(QTcpSocket *tcp)
{
    if (!m_caps.admit(tcp)) {
        qCWarning(lcHub) << "connection from" << tcp->peerAddress().toString()
                         << "closed: over the hub's connection caps";
        tcp->abort();
        tcp->deleteLater();
        return;
    }
    // A reply or an event is one small write: send it now, not when the last is acked.
    tcp->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_http->accept(tcp); // a WebSocket handshake goes on to m_server from there
}

void HubServer::acceptFailed(QAbstractSocket::SocketError error)
{
    // Out of descriptors (or another failure to accept): Qt has stopped accepting, and the
    // connection still waits in the backlog, so trying again at once would spin. The devices
    // connected are served meanwhile; a second later the hub tries again.
    qCWarning(lcHub) << "cannot accept a connection:" << m_listener->errorString()
                     << "- trying again in" << HubLimits::AcceptRetryMs << "ms";
    Q_UNUSED(error);
    m_listener->pauseAccepting();
    if (!m_acceptRetry->isActive())
        m_acceptRetry->start(HubLimits::AcceptRetryMs);
}

namespace {

// The total cap that leaves HubLimits::DescriptorsKeptFree of the process's descriptors free.
int totalCapWithin(int total)
{
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return total;
    const rlim_t room = limit.rlim_cur > rlim_t(HubLimits::DescriptorsKeptFree)
                            ? limit.rlim_cur - HubLimits::DescriptorsKeptFree
                            : 0;
    return int(std::min<rlim_t>(rlim_t(total), room));
}

} // namespace

void HubServer::setConnectionCaps(int perPeer, int total)
{
    m_caps.setLimits(perPeer, totalCapWithin(total));
}

Result<void> HubServer::listen(const QHostAddress &address, quint16 port)
{
    if (auto started = m_feed->start(); !started)
        return makeError(u"store_error"_s,
                         tr("Cannot read the event log: %1").arg(started.error().message));
    if (auto menu = m_operations->menu().load(); !menu) // the first order will try again
        qCWarning(lcHub) << "cannot read the menu yet:" << menu.error().message;
    if (auto history = m_operations->recommendations().loadHistory(); !history)
        return makeError(u"store_error"_s,
                         tr("Cannot read the venue's orders: %1").arg(history.error().message));
    m_caps.setLimits(HubLimits::MaxConnectionsPerPeer, totalCapWithin(HubLimits::MaxConnections));
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
    return m_connections->count();
}

Error HubServer::diskFailed()
{
    return makeError(u"store_error"_s,
                     tr("The venue's disk failed; nothing more is saved until the hub restarts."));
}

Result<QString> HubServer::makePairingCode(const QString &role, int table, const QString &station)
{
    if (m_durabilityLost)
        return diskFailed();
    m_commits->flush(); // the code commits in a unit of its own
    QJsonObject args{{u"role"_s, role}, {u"table"_s, table}};
    if (!station.isEmpty())
        args.insert(u"station"_s, station);
    auto made = m_operations->pairing().create(PairingOperations::venueItself(), args);
    if (!made)
        return m_commits->lost() ? diskFailed() : made.error();
    if (!m_commits->waitUntilDurable())
        return diskFailed();
    return made->result.value(u"code"_s).toString();
}

Result<int> HubServer::publishMenu(const MenuDocument &document)
{
    if (m_durabilityLost)
        return diskFailed();
    m_commits->flush(); // the menu commits in a unit of its own
    auto published = m_operations->menuEdits().publishAsVenue(document);
    if (!published)
        return m_commits->lost() ? diskFailed() : published.error();
    if (!m_commits->waitUntilDurable())
        return diskFailed();
    for (const StoredEvent &event : published->events)
        m_feed->publish(event);
    return published->result.value(u"version"_s).toInt();
}

void HubServer::setRateClock(RateLimiter::MonotonicClock clock)
{
    m_admission->setRateClock(std::move(clock));
}

void HubServer::setMaxQueuedBytes(qint64 bytes)
{
    m_connections->setMaxQueuedBytes(bytes);
}

void HubServer::sendTo(QWebSocket *socket, const QString &text)
{
    if (HubConnection *connection = m_connections->find(socket))
        m_connections->send(*connection, text);
}

void HubServer::acceptConnections()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this); // see ~HubServer
        if (m_stopping || m_durabilityLost) {
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"The hub is shutting down."_s);
            socket->deleteLater();
            continue;
        }
        const HubConnection &added = m_connections->add(socket, m_admission->requestBudget());
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { onTextMessage(socket, text); });
        connect(socket, &QWebSocket::binaryMessageReceived, this, [this, socket] {
            HubConnection *connection = m_connections->find(socket);
            if (connection && !m_stopping && !m_durabilityLost && connection->limiter.tryAcquire())
                m_connections->send(
                    *connection,
                    ProtocolFrames::errorReply(
                        QJsonValue::Null,
                        makeError(u"bad_request"_s, tr("The hub reads text frames only."))));
        });
        // Queued: a socket may drop while we are writing to it inside a loop over
        // connections.
        connect(
            socket, &QWebSocket::disconnected, this, [this, socket] { onDisconnected(socket); },
            Qt::QueuedConnection);
        m_admission->watchHello(socket, [this, socket](int timeoutMs) {
            HubConnection *connection = m_connections->find(socket);
            if (!connection || connection->device || connection->closing || m_stopping)
                return;
            qCWarning(lcHub).noquote()
                << connection->peer << "said no hello within" << timeoutMs << "ms; closing";
            m_connections->close(*connection, u"hello_timeout"_s);
        });
        qCInfo(lcHub).noquote() << "connection from" << added.peer;
    }
}

void HubServer::onDisconnected(QWebSocket *socket)
{
    HubConnection *connection = m_connections->find(socket);
    if (!connection)
        return;
    qCInfo(lcHub).noquote() << connection->who() << "disconnected, close code"
                            << int(socket->closeCode());
    m_connections->remove(socket);
    socket->deleteLater();
    finishStopIfDone();
}

void HubServer::onTextMessage(QWebSocket *socket, const QString &text)
{
    HubConnection *connection = m_connections->find(socket);
    if (!connection || connection->closing || m_stopping || m_durabilityLost)
        return;
    if (!connection->limiter.tryAcquire()) {
        QJsonValue replyId;
        (void)ProtocolMessage::parse(text, &replyId); // only to echo the id
        m_connections->send(
            *connection,
            ProtocolFrames::errorReply(
                replyId, makeError(u"rate_limited"_s, tr("Too many requests from this "
                                                         "device; slow down and retry."))));
        return;
    }
    // Queued, not handled here: Qt hands over every frame a socket has buffered
    // in one go, and one device's burst must not make the others wait behind it.
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
    // In the order the sockets came, not as they lie in memory: the same evening
    // plays the same way twice.
    QList<std::pair<quint64, QWebSocket *>> waiting;
    m_connections->forEach([&](HubConnection &connection) {
        if (!connection.inbox.isEmpty())
            waiting.append({connection.arrived, connection.socket});
    });
    std::sort(waiting.begin(), waiting.end());
    bool more = false;
    m_handling = true;
    for (const auto &[arrived, socket] : std::as_const(waiting)) {
        HubConnection *connection = m_connections->find(socket);
        if (m_stopping || m_durabilityLost || !connection || connection->inbox.isEmpty())
            continue;
        handleFrame(*connection, connection->inbox.takeFirst());
        m_commits->redoIfSpoiled();
        more = more || !connection->inbox.isEmpty();
        // What an earlier round said goes out as soon as its commit is on disk,
        // mid-round.
        m_commits->runCompleted();
    }
    m_commits->flush(); // one commit for the round, then every reply and event it
                        // produced
    m_handling = false;
    if (m_stopping) // stop() arrived while the round was in hand
        closeAllConnections();
    if (more && !m_stopping && !m_durabilityLost) {
        m_roundScheduled = true;
        QMetaObject::invokeMethod(
            this, [this] { handleOneFramePerSocket(); }, Qt::QueuedConnection);
    }
}

void HubServer::handleFrame(HubConnection &connection, const QString &text)
{
    QWebSocket *socket = connection.socket;
    QJsonValue replyId;
    const auto message = ProtocolMessage::parse(text, &replyId);
    if (!message)
        m_commits->deliver(socket, ProtocolFrames::errorReply(replyId, message.error()));
    else if (message->kind == ProtocolMessage::Kind::Hello)
        handleHello(connection, *message);
    else if (!connection.device)
        m_commits->deliver(socket, ProtocolFrames::errorReply(
                                       replyId, makeError(u"bad_request"_s,
                                                          tr("Send hello before any request."))));
    else
        handleRequest(connection, *message);
    m_commits->keepForRedo(socket, text);
}

void HubServer::handleHello(HubConnection &connection, const ProtocolMessage &hello)
{
    if (connection.device) {
        m_connections->send(connection, ProtocolFrames::errorReply(
                                            QJsonValue::Null,
                                            makeError(u"bad_request"_s,
                                                      tr("This device has already said hello."))));
        return;
    }
    // Pairing commits on its own, and the token goes out once that is on disk.
    const auto admitted = m_admission->admit(
        hello, {[this] { m_commits->flush(); }, [this] { (void)m_commits->waitUntilDurable(); }});
    if (m_commits->lost()) // its pairing, or an earlier commit, never reached the disk
        return;
    if (!admitted) {
        const QString code = admitted.error().code;
        qCWarning(lcHub).noquote() << connection.peer << "refused:" << code;
        m_connections->send(connection,
                            ProtocolFrames::errorReply(QJsonValue::Null, admitted.error()));
        m_connections->close(connection, code); // whatever else it sent is not read
        return;
    }
    connection.device = admitted->device;
    m_connections->send(connection,
                        ProtocolFrames::welcome(m_feed->toldSeq(),
                                                HubAdmission::deviceJson(admitted->device),
                                                admitted->newToken));
    qCDebug(lcHub).noquote() << connection.who() << "said hello";
}

void HubServer::handleRequest(HubConnection &connection, const ProtocolMessage &request)
{
    QWebSocket *socket = connection.socket;
    if (request.op == "subscribe"_L1) {
        if (!HubPermissions::allows(connection.device->role, request.op)) {
            m_commits->deliver(
                socket,
                ProtocolFrames::errorReply(
                    request.id, makeError(u"forbidden"_s, tr("This device may not subscribe."))));
            return;
        }
        // It writes nothing, so it waits for no commit of its own; it only comes
        // after whatever this hub said before it, so the device hears its answers
        // and events in order.
        const qint64 since = request.args.value("since"_L1).toInteger();
        m_commits->runInTurn([this, socket = QPointer<QWebSocket>(socket), id = request.id, since] {
            HubConnection *subscriber = socket ? m_connections->find(socket) : nullptr;
            if (subscriber && !subscriber->closing)
                m_feed->subscribe(*subscriber, id, since);
        });
        return;
    }
    m_commits->open();
    const auto outcome = m_operations->run(*connection.device, request.op, request.args);
    if (!outcome) {
        m_commits->deliver(socket, ProtocolFrames::errorReply(request.id, outcome.error()));
        return;
    }
    // Sent once committed: the reply first, then the events to everyone who may
    // know.
    m_commits->deliver(socket,
                       outcome->resultJson.isEmpty()
                           ? ProtocolFrames::reply(request.id, outcome->result)
                           : ProtocolFrames::replyAround(request.id, outcome->resultJson),
                       request.id);
    for (const StoredEvent &event : outcome->events)
        m_commits->announce(event);
    if (outcome->onStored)
        m_commits->runWhenStored(outcome->onStored);
}

void HubServer::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_feed->stop();
    m_stationJudge->stop();
    m_listener->close();
    m_server->close();
    m_http->closeAll();
    qCInfo(lcHub) << "stopping;" << m_connections->count() << "connections to close";
    if (!m_handling)
        closeAllConnections();
}

void HubServer::judgeStations()
{
    if (m_stopping || m_durabilityLost || m_commits->isOpen())
        return;
    const auto judged = m_operations->stations().judge();
    if (!judged) {
        qCWarning(lcHub) << "cannot judge the kitchen stations:" << judged.error().message;
        return;
    }
    if (judged->events.isEmpty())
        return;
    m_commits->whenDurable([this, events = judged->events](bool synced) {
        if (!synced)
            return;
        for (const StoredEvent &event : events)
            m_feed->publish(event);
    });
}

void HubServer::loseDurability(const QString &reason)
{
    if (std::exchange(m_durabilityLost, true))
        return;
    // Said by whoever ends the process (durabilityLost): one line, not one per part.
    qCInfo(lcHub).noquote() << "the venue's disk failed:" << reason << "; answering nothing more";
    m_feed->stop();
    m_stationJudge->stop();
    m_listener->close();
    m_server->close();
    m_http->closeAll();
    m_connections->forEach([](HubConnection &connection) { connection.inbox.clear(); });
    emit durabilityLost(reason);
}

void HubServer::closeAllConnections()
{
    m_commits->drain(); // every answer that was waiting for the disk goes out
                        // before the close
    m_connections->closeAll();
    finishStopIfDone();
}

void HubServer::finishStopIfDone()
{
    if (!m_stopping || !m_connections->isEmpty() || m_stoppedEmitted)
        return;
    m_stoppedEmitted = true;
    // Queued, so a caller that connects to stopped() right after stop() still
    // hears it.
    QMetaObject::invokeMethod(
        this, [this] { emit stopped(); }, Qt::QueuedConnection);
}

} // namespace tableside
