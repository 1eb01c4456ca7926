#include "hubcommits.h"

#include "hublog.h"
#include "hubtransactions.h"
#include "protocolframes.h"
#include "sqlstatement.h"
#include "venuedatabase.h"
#include "walsyncer.h"

using namespace Qt::StringLiterals;

namespace tableside {

HubCommits::HubCommits(VenueDatabase &database, HubTransactions &transactions, Outlets outlets,
                       std::function<int(int fd)> syncFile, WalMechanisms mechanisms)
    : m_transactions(transactions)
    , m_outlets(std::move(outlets))
    , m_syncer(std::make_unique<WalSyncer>(database.path(), std::move(syncFile)))
    , m_database(database.connection())
    // What this connection committed before is on disk: it synced its own commits until now.
    , m_changesCovered(totalChanges(m_database))
    , m_syncOffThread(mechanisms.syncOffThread)
{
    QObject::connect(m_syncer.get(), &WalSyncer::durabilityLost, m_syncer.get(),
                     [this](const QString &reason) { lose(reason); });
    // A commit only writes the log; m_syncer syncs it to disk before anyone is told of it, so
    // nothing acknowledged is lost to a power cut: the hub's thread does not wait for the disk
    // but at a checkpoint, once every WalSyncer::CheckpointPages.
    const QString level =
        m_syncOffThread ? u"PRAGMA synchronous = NORMAL"_s : u"PRAGMA synchronous = FULL"_s;
    if (auto set = runSql(m_database, level); !set) {
        qCWarning(lcHub) << "cannot set how the hub syncs:" << set.error().message;
        m_syncOffThread = true; // whatever the level, the syncer's sync covers it
    }
    m_syncer->watchWriter(m_database);
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
    Pending reply{socket, text, requestId, {}, {}};
    if (m_transactions.inBatch())
        m_pending.append(std::move(reply));
    else
        deliverAlone(std::move(reply));
}

void HubCommits::announce(const StoredEvent &event)
{
    Pending told{nullptr, {}, {}, event, {}};
    if (m_transactions.inBatch())
        m_pending.append(std::move(told));
    else
        deliverAlone(std::move(told));
}

void HubCommits::runInTurn(std::function<void()> action)
{
    Pending turn{nullptr, {}, {}, {}, std::move(action)};
    if (m_transactions.inBatch())
        m_pending.append(std::move(turn));
    else
        deliverAlone(std::move(turn));
}

void HubCommits::runWhenStored(std::function<void()> action)
{
    Pending turn{nullptr, {}, {}, {}, std::move(action), true};
    if (m_transactions.inBatch())
        m_pending.append(std::move(turn));
    else
        deliverAlone(std::move(turn));
}

// Outside a batch an operation commits alone (the round's BEGIN failed, a device pairing): it is
// told, like a batch, only once on disk, and in its turn after what was said before it.
void HubCommits::deliverAlone(Pending said)
{
    if (lost()) // a commit it follows may have failed to sync (SQLite's own sync)
        return;
    if (nothingToWaitFor()) {
        deliverPending({said}, true);
        return;
    }
    whenDurable([this, said = std::move(said)](bool synced) {
        if (synced)
            deliverPending({said}, true);
    });
}

bool HubCommits::nothingToWaitFor() const
{
    if (!m_syncOffThread) // every COMMIT synced the log before it returned
        return true;
    return totalChanges(m_database) == m_changesCovered && m_syncer->idle();
}

void HubCommits::flush()
{
    if (!m_transactions.inBatch())
        return;
    if (lost()) { // nothing it said may go out: no need to write it either
        m_transactions.abandonBatch();
        m_transactions.setCarefulBatch(false);
        m_batchFrames.clear();
        m_pending.clear();
        return;
    }
    const auto ended = m_transactions.endBatch();
    const bool committed = ended.ok();
    if (!committed && !lost()) // else the program says why it stops, in one line
        qCWarning(lcHub).noquote() << "a batch failed to commit:" << ended.error().message;
    m_transactions.setCarefulBatch(false);
    m_batchFrames.clear();
    QList<Pending> pending = std::exchange(m_pending, {});
    if (!committed || nothingToWaitFor()) {
        deliverPending(pending, committed);
        return;
    }
    whenDurable([this, pending = std::move(pending)](bool synced) {
        if (synced) // else the disk failed: nothing of it is told (lose)
            deliverPending(pending, true);
    });
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
    if (lost()) // not store_error either: the commit may have failed syncing the log
        return;
    for (const Pending &frame : pending) {
        if (frame.action) {
            if (stored || !frame.onlyIfStored)
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
    if (!m_syncOffThread) { // every COMMIT synced the log before it returned
        done(!lost());
        return;
    }
    m_changesCovered = totalChanges(m_database);
    m_syncer->whenDurable(std::move(done));
}

bool HubCommits::waitUntilDurable()
{
    flush();
    if (!m_syncOffThread)
        return !lost();
    // Nothing written since the last sync was asked for: only wait for that one, if running.
    if (totalChanges(m_database) != m_changesCovered)
        whenDurable([](bool) {});
    m_syncer->drain();
    return !m_lost;
}

void HubCommits::runCompleted()
{
    m_syncer->runCompleted();
}

void HubCommits::drain()
{
    m_syncer->drain();
}

bool HubCommits::lost()
{
    if (!m_lost && m_syncer->lost()) // told by the syncer later, from its thread's event loop
        lose(m_syncer->lostReason());
    return m_lost;
}

void HubCommits::lose(const QString &reason)
{
    if (std::exchange(m_lost, true))
        return;
    m_pending.clear(); // the open batch's: it will not be told
    if (m_outlets.lose)
        m_outlets.lose(reason);
}

} // namespace tableside
