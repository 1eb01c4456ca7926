// HubServer, part two: event subscriptions. A subscriber first catches up from the log in
// batches, then gets live pushes; a per-socket cursor makes every event arrive exactly once.
#include "hubserver.h"

#include "hubconnection.h"
#include "hublog.h"
#include "huboperations.h"
#include "hubpermissions.h"
#include "protocolframes.h"
#include "wireformat.h"

#include <QPointer>
#include <QTimer>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

QString eventFrame(const StoredEvent &event)
{
    if (event.payload.isEmpty())
        return ProtocolFrames::event(event.seq, event.type, isoTime(event.at), event.data);
    return ProtocolFrames::eventAround(event.seq, event.type, isoTime(event.at), event.payload);
}

} // namespace

void HubServer::subscribe(HubConnection &connection, const QString &requestId, qint64 since)
{
    const auto latest = m_operations->eventLog().latestSeq();
    if (!latest) {
        qCWarning(lcHub) << "cannot read the event log:" << latest.error().message;
        connection.socket->sendTextMessage(ProtocolFrames::errorReply(
            requestId, makeError(u"store_error"_s, tr("The hub cannot read its event log."))));
        return;
    }
    connection.subscribed = true;
    connection.replaying = true;
    // A device that saw more than the log holds (a restored backup) starts again from the top.
    connection.cursor = std::min(since, *latest);
    ++connection.replayGeneration;
    connection.socket->sendTextMessage(
        ProtocolFrames::reply(requestId, {{u"latestSeq"_s, *latest}}));
    replayNextBatch(connection);
}

void HubServer::replayNextBatch(HubConnection &connection)
{
    const auto batch = m_operations->eventLog().since(connection.cursor, ReplayBatch);
    if (!batch) {
        qCWarning(lcHub).noquote()
            << "replay to" << connection.who() << "failed:" << batch.error().message;
        connection.socket->close(QWebSocketProtocol::CloseCodeAbnormalDisconnection,
                                 u"event log unreadable"_s);
        return;
    }
    for (const StoredEvent &event : *batch)
        sendEvent(connection, event);
    if (batch->size() < ReplayBatch) {
        // Single-threaded: nothing was appended since the read, so from here on pushes are live.
        connection.replaying = false;
        return;
    }
    // Let other sockets be served between batches of a long catch-up.
    QPointer<QWebSocket> socket = connection.socket;
    const int generation = connection.replayGeneration;
    QTimer::singleShot(0, this, [this, socket, generation] {
        HubConnection *again = socket ? connectionFor(socket) : nullptr;
        if (again && again->replayGeneration == generation && !m_stopping)
            replayNextBatch(*again);
    });
}

void HubServer::publish(const StoredEvent &event)
{
    QString frame; // written once, on the first device that may see it
    for (auto &[socket, connection] : m_connections) {
        if (!connection->subscribed || connection->replaying)
            continue;
        const Device &device = *connection->device;
        if (frame.isEmpty() && event.seq > connection->cursor &&
            HubPermissions::maySee(device.role, device.tableNumber, event.type, event.data))
            frame = eventFrame(event);
        sendEvent(*connection, event, &frame);
    }
}

void HubServer::sendEvent(HubConnection &connection, const StoredEvent &event, const QString *frame)
{
    if (event.seq <= connection.cursor)
        return; // exactly once: the replay already covered it
    connection.cursor = event.seq;
    const Device &device = *connection.device;
    if (!HubPermissions::maySee(device.role, device.tableNumber, event.type, event.data))
        return;
    connection.socket->sendTextMessage(frame && !frame->isEmpty() ? *frame : eventFrame(event));
}

} // namespace tableside
