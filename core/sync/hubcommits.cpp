#include "hubcommits.h"

#include "hublog.h"
#include "hubtransactions.h"
#include "protocolframes.h"
#include "sqlstatement.h"
#include "venuedatabase.h"
#include "walsyncer.h"

using namespace Qt::StringLiterals;

namespace tableside {

HubCommits::HubCommits(VenueDatabase &database, HubTransactions &transactions, Outlets outlets)
    : m_transactions(transactions)
    , m_outlets(std::move(outlets))
    , m_syncer(std::make_unique<WalSyncer>(database.path()))
    , m_database(database.connection())
{
    // A commit only writes the log; m_syncer syncs it to disk before anyone is told of it, so
    // nothing acknowledged is lost to a power cut, and copies it back into the database file
    // (checkpoints): the hub's thread never waits for the disk.
    if (auto normal = runSql(m_database, u"PRAGMA synchronous = NORMAL"_s); !normal)
        qCWarning(lcHub) << "cannot hand syncing to the hub:" << normal.error().message;
    m_syncer->takeCheckpointsFrom(m_database);
}

HubCommits::~HubCommits() = default;

void HubCommits::open()
{
    if (auto begun = m_transactions.beginBatch(); !begun) // then each op commits alone
        qCWarning(lcHub) << "cannot start a batch:" << begun.error().message;
}

bool HubCommits::isOpen() const
{
    return m_transactions.inBatch();
}

void HubCommits::keepForRedo(QWebSocket *socket, const QString &text)
{
    if (m_transactions.inBatch())
        m_batchFrames.append({socket, text});
}

void HubCommits::deliver(QWebSocket *socket, const QString &text,
                         const std::optional<QString> &requestId)
{
    if (!m_transactions.inBatch()) {
        m_outlets.send(socket, text);
        return;
    }
    m_pending.append(Pending{socket, text, requestId, {}, {}});
}

void HubCommits::announce(const StoredEvent &event)
{
    if (!m_transactions.inBatch()) {
        m_outlets.publish(event);
        return;
    }
    m_pending.append(Pending{nullptr, {}, {}, event, {}});
}

void HubCommits::runInTurn(std::function<void()> action)
{
    if (m_transactions.inBatch()) {
        m_pending.append(Pending{nullptr, {}, {}, {}, std::move(action)});
        return;
    }
    if (nothingToWaitFor()) {
        action();
        return;
    }
    whenDurable([action = std::move(action)](bool) { action(); });
}

bool HubCommits::nothingToWaitFor() const
{
    return totalChanges(m_database) == m_changesCovered && m_syncer->idle();
}

void HubCommits::flush()
{
    if (!m_transactions.inBatch())
        return;
    const bool committed = m_transactions.endBatch().ok();
    m_transactions.setCarefulBatch(false);
    m_batchFrames.clear();
    QList<Pending> pending = std::exchange(m_pending, {});
    if (!committed || nothingToWaitFor()) {
        deliverPending(pending, committed);
        return;
    }
    whenDurable(
        [this, pending = std::move(pending)](bool synced) { deliverPending(pending, synced); });
}

void HubCommits::redoIfSpoiled()
{
    if (!m_transactions.batchSpoiled())
        return;
    qCInfo(lcHub) << "a request failed after writing; handling the" << m_batchFrames.size()
                  << "requests of its batch again, each in a savepoint";
    m_transactions.abandonBatch();
    m_pending.clear();
    m_transactions.setCarefulBatch(true);
    const auto frames = std::exchange(m_batchFrames, {});
    for (const auto &[socket, text] : frames)
        m_outlets.handleAgain(socket, text); // keeps it for the redo again (keepForRedo)
}

void HubCommits::deliverPending(const QList<Pending> &pending, bool stored)
{
    for (const Pending &frame : pending) {
        if (frame.action) {
            frame.action();
            continue;
        }
        if (frame.event.seq > 0 && frame.text.isEmpty()) {
            if (stored)
                m_outlets.publish(frame.event);
            continue;
        }
        // Disconnects are queued, so the socket is still there unless it was closed meanwhile.
        if (!frame.socket)
            continue;
        if (stored || !frame.requestId)
            m_outlets.send(frame.socket, frame.text);
        else
            m_outlets.send(frame.socket,
                           ProtocolFrames::errorReply(
                               *frame.requestId,
                               makeError(u"store_error"_s,
                                         tr("The hub could not save this; please try again."))));
    }
    m_outlets.writeOut();
}

void HubCommits::whenDurable(std::function<void(bool)> done)
{
    m_changesCovered = totalChanges(m_database);
    m_syncer->whenDurable(std::move(done));
}

void HubCommits::waitUntilDurable()
{
    flush();
    // Nothing written since the last sync was asked for: only wait for that one, if running.
    if (totalChanges(m_database) != m_changesCovered)
        whenDurable([](bool) {});
    m_syncer->drain();
}

void HubCommits::runCompleted()
{
    m_syncer->runCompleted();
}

void HubCommits::drain()
{
    m_syncer->drain();
}

} // namespace tableside
