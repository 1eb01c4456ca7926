// HubServer, part three: group commit. The requests of one round (one frame from each waiting
// socket) share one transaction, each in its own savepoint (order.place aside: a batch it spoils
// is handled again, see HubOperations::beginBatch). Their replies and events wait until
// that commit is on disk (WalSyncer), so nothing is told before it is stored; meanwhile the hub
// handles the next round, and one fsync covers every round committed before it starts. Once the
// sync is done they go out between two requests of the round in hand, written to the network
// there and then (writeOut). When the commit or the sync fails, every request it held is
// answered store_error and no event goes out.
#include "hubserver.h"

#include "hubconnection.h"
#include "hublog.h"
#include "huboperations.h"
#include "protocolframes.h"
#include "sqlstatement.h"
#include "walsyncer.h"

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
    m_pending.append(HubPendingFrame{socket, text, requestId, {}, {}});
}

void HubServer::announce(const StoredEvent &event)
{
    if (!m_operations->inBatch()) {
        publish(event);
        return;
    }
    m_pending.append(HubPendingFrame{nullptr, {}, {}, event, {}});
}

void HubServer::runInTurn(std::function<void()> action)
{
    if (m_operations->inBatch()) {
        m_pending.append(HubPendingFrame{nullptr, {}, {}, {}, std::move(action)});
        return;
    }
    if (totalChanges(m_database) == m_changesCovered && m_syncer->idle()) {
        action();
        return;
    }
    whenDurable([action = std::move(action)](bool) { action(); });
}

void HubServer::flushBatch()
{
    if (!m_operations->inBatch())
        return;
    const bool committed = m_operations->endBatch().ok();
    m_operations->setCarefulBatch(false);
    m_batchFrames.clear();
    QList<HubPendingFrame> pending = std::exchange(m_pending, {});
    // Nothing written since the last sync was asked for, and that sync done: nothing to wait for.
    if (!committed || (totalChanges(m_database) == m_changesCovered && m_syncer->idle())) {
        deliverPending(pending, committed);
        return;
    }
    whenDurable(
        [this, pending = std::move(pending)](bool synced) { deliverPending(pending, synced); });
}

void HubServer::handleBatchAgain()
{
    qCInfo(lcHub) << "a request failed after writing; handling the" << m_batchFrames.size()
                  << "requests of its batch again, each in a savepoint";
    m_operations->abandonBatch();
    m_pending.clear();
    m_operations->setCarefulBatch(true);
    const auto frames = std::exchange(m_batchFrames, {});
    for (const auto &[socket, text] : frames) {
        HubConnection *connection = connectionFor(socket);
        if (!connection || connection->closing)
            continue;
        handleKeepingForRedo(*connection, text);
    }
}

void HubServer::handleKeepingForRedo(HubConnection &connection, const QString &text)
{
    handleFrame(connection, text);
    if (m_operations->inBatch())
        m_batchFrames.append({connection.socket, text});
}

void HubServer::deliverPending(const QList<HubPendingFrame> &pending, bool stored)
{
    for (const HubPendingFrame &frame : pending) {
        if (frame.action) {
            frame.action();
            continue;
        }
        if (frame.event.seq > 0 && frame.text.isEmpty()) {
            if (stored)
                publish(frame.event);
            continue;
        }
        // Disconnects are queued, so the socket is still ours unless it was closed meanwhile.
        HubConnection *connection = frame.socket ? connectionFor(frame.socket) : nullptr;
        if (!connection)
            continue;
        if (stored || !frame.requestId)
            send(*connection, frame.text);
        else
            send(*connection, ProtocolFrames::errorReply(
                                  *frame.requestId,
                                  makeError(u"store_error"_s,
                                            tr("The hub could not save this; please try again."))));
    }
    writeOut();
}

void HubServer::whenDurable(std::function<void(bool)> done)
{
    m_changesCovered = totalChanges(m_database);
    m_syncer->whenDurable(std::move(done));
}

void HubServer::waitUntilDurable()
{
    flushBatch();
    // Nothing written since the last sync was asked for: only wait for that one, if running.
    if (totalChanges(m_database) != m_changesCovered)
        whenDurable([](bool) {});
    m_syncer->drain();
}

} // namespace tableside
