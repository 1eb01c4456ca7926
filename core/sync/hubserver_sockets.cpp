// HubServer, part four: keeping each socket within bounds. A socket that never says hello is
// closed after HelloTimeoutMs; a device that does not read what the hub writes is closed once
// MaxQueuedBytes wait for it, so its backlog cannot grow without bound. Either device reconnects
// and resubscribes from its last seq, so nothing it may see is lost.
#include "hubserver.h"

#include "hubconnection.h"
#include "hublog.h"

#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace tableside {

void HubServer::setHelloTimeout(int milliseconds)
{
    m_helloTimeoutMs = milliseconds;
}

void HubServer::setMaxQueuedBytes(qint64 bytes)
{
    m_maxQueuedBytes = bytes;
}

void HubServer::watchSocket(QWebSocket *socket)
{
    const int timeoutMs = m_helloTimeoutMs;
    // The socket is the timer's context: a socket gone first takes its deadline with it.
    QTimer::singleShot(timeoutMs, socket, [this, socket, timeoutMs] {
        HubConnection *connection = connectionFor(socket);
        if (!connection || connection->device || connection->closing || m_stopping)
            return;
        qCWarning(lcHub).noquote()
            << connection->peer << "said no hello within" << timeoutMs << "ms; closing";
        closeSocket(*connection, u"hello_timeout"_s);
    });
    connect(socket, &QWebSocket::bytesWritten, this, [this, socket] { onBytesWritten(socket); });
}

void HubServer::send(HubConnection &connection, const QString &text)
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
    closeSocket(connection, u"slow_reader"_s);
}

void HubServer::writeOut()
{
    for (QWebSocket *socket : std::exchange(m_unwritten, {})) {
        HubConnection *connection = connectionFor(socket);
        if (!connection)
            continue;
        connection->unwritten = false;
        if (!connection->closing)
            socket->flush();
    }
}

void HubServer::closeSocket(HubConnection &connection, const QString &reason)
{
    connection.closing = true;
    connection.inbox.clear();
    connection.replayWaiting = false;
    connection.replayRest.clear();
    QWebSocket *socket = connection.socket;
    socket->close(QWebSocketProtocol::CloseCodePolicyViolated, reason);
    // A peer that does not read never sees the close frame behind its backlog.
    QTimer::singleShot(CloseDeadlineMs, socket, [socket] { socket->abort(); });
}

void HubServer::onBytesWritten(QWebSocket *socket)
{
    HubConnection *connection = connectionFor(socket);
    if (!connection || !connection->replayWaiting || connection->closing || m_stopping ||
        socket->bytesToWrite() > m_maxQueuedBytes / 2)
        return;
    connection->replayWaiting = false;
    replayNextBatch(*connection);
}

} // namespace tableside
