// HubServer, part three: group commit. The requests of one round (one frame from each waiting
// socket) share one transaction, each in its own savepoint, and one fsync. Their replies and
// events wait here until that commit, so nothing is told before it is stored; when the commit
// fails, every request it held is answered store_error and no event goes out.
#include "hubserver.h"

#include "hubconnection.h"
#include "huboperations.h"
#include "protocolframes.h"

#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace tableside {

void HubServer::deliver(QWebSocket *socket, const QString &text,
                        const std::optional<QString> &requestId)
{
    if (!m_operations->inBatch()) {
        if (HubConnection *connection = connectionFor(socket))
            send(*connection, text);
        return;
    }
    m_pending.append(HubPendingFrame{socket, text, requestId, {}});
}

void HubServer::announce(const StoredEvent &event)
{
    if (!m_operations->inBatch()) {
        publish(event);
        return;
    }
    m_pending.append(HubPendingFrame{nullptr, {}, {}, event});
}

void HubServer::flushBatch()
{
    if (!m_operations->inBatch())
        return;
    const bool committed = m_operations->endBatch().ok();
    const QList<HubPendingFrame> pending = std::exchange(m_pending, {});
    for (const HubPendingFrame &frame : pending) {
        if (frame.event.seq > 0 && frame.text.isEmpty()) {
            if (committed)
                publish(frame.event);
            continue;
        }
        // Disconnects are queued, so the socket is still ours unless it was closed meanwhile.
        HubConnection *connection = frame.socket ? connectionFor(frame.socket) : nullptr;
        if (!connection)
            continue;
        if (committed || !frame.requestId)
            send(*connection, frame.text);
        else
            send(*connection, ProtocolFrames::errorReply(
                                  *frame.requestId,
                                  makeError(u"store_error"_s,
                                            tr("The hub could not save this; please try again."))));
    }
}

} // namespace tableside
