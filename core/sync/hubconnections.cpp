#include "hubconnections.h"

#include "clocktimer.h"
#include "hublog.h"

#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace tableside {

HubConnections::HubConnections(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_closeDeadline(clock.createTimer(this))
{
    m_closeDeadline->setSingleShot(true);
    connect(m_closeDeadline, &ClockTimer::timeout, this, [this] {
        for (auto &[socket, connection] : m_connections)
            socket->abort();
    });
}

HubConnections::~HubConnections() = default;

HubConnection &HubConnections::add(QWebSocket *socket, RateLimiter requestBudget)
{
    // Qt accepts up to 2 GiB by default; a bigger frame closes the socket with 1009.
    socket->setMaxAllowedIncomingMessageSize(HubLimits::MaxFrameBytes);
    socket->setMaxAllowedIncomingFrameSize(HubLimits::MaxFrameBytes);
    const QString peer = u"%1:%2"_s.arg(socket->peerAddress().toString()).arg(socket->peerPort());
    auto [at, added] =
        m_connections.emplace(socket, std::make_unique<HubConnection>(socket, m_accepted++, peer,
                                                                      std::move(requestBudget)));
    connect(socket, &QWebSocket::bytesWritten, this, [this, socket] { onBytesWritten(socket); });
    return *at->second;
}

bool HubConnections::remove(QWebSocket *socket)
{
    const auto found = m_connections.find(socket);
    if (found == m_connections.end())
        return false;
    m_unwritten.removeAll(socket);
    m_connections.erase(found);
    if (m_connections.empty())
        m_closeDeadline->stop();
    return true;
}

HubConnection *HubConnections::find(QWebSocket *socket) const
{
    const auto found = m_connections.find(socket);
    return found == m_connections.end() ? nullptr : found->second.get();
}

void HubConnections::send(HubConnection &connection, const QString &text)
{
    if (connection.closing)
        return;
    QWebSocket *socket = connection.socket;
    socket->sendTextMessage(text);
    if (!connection.unwritten) {
        connection.unwritten = true;
        m_unwritten.append(socket);
    }
    if (socket->bytesToWrite() <= m_maxQueuedBytes)
        return;
    socket->flush(); // only what the device's side will not take counts against it
    const qint64 queued = socket->bytesToWrite();
    if (queued <= m_maxQueuedBytes)
        return;
    qCWarning(lcHub).noquote() << connection.who() << "is not reading:" << queued
                               << "bytes wait for it; closing";
    close(connection, u"slow_reader"_s);
}

void HubConnections::writeOut()
{
    for (QWebSocket *socket : std::exchange(m_unwritten, {})) {
        HubConnection *connection = find(socket);
        if (!connection)
            continue;
        connection->unwritten = false;
        if (!connection->closing)
            socket->flush();
    }
}

void HubConnections::close(HubConnection &connection, const QString &reason)
{
    connection.closing = true;
    connection.inbox.clear();
    connection.replayWaiting = false;
    connection.replayRest.clear();
    QWebSocket *socket = connection.socket;
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
    // A peer that does not read never sees the close frame behind its backlog.
    ClockTimer::singleShot(m_clock, HubLimits::CloseDeadlineMs, socket,
                           [socket] { socket->abort(); });
}

void HubConnections::closeAll()
{
    for (auto &[socket, connection] : m_connections)
        socket->close(QWebSocketProtocol::CloseCodeGoingAway, u"The hub is shutting down."_s);
    if (!m_connections.empty())
        m_closeDeadline->start(HubLimits::CloseDeadlineMs);
}

bool HubConnections::hasRoomForReplay(const HubConnection &connection) const
{
    return connection.socket->bytesToWrite() <= m_maxQueuedBytes / 2;
}

void HubConnections::setOnRoomForReplay(std::function<void(HubConnection &)> resume)
{
    m_resumeReplay = std::move(resume);
}

void HubConnections::onBytesWritten(QWebSocket *socket)
{
    HubConnection *connection = find(socket);
    if (!connection || !connection->replayWaiting || connection->closing ||
        !hasRoomForReplay(*connection))
        return;
    connection->replayWaiting = false;
    if (m_resumeReplay)
        m_resumeReplay(*connection);
}

} // namespace tableside
