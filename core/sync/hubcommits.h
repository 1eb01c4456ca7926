#pragma once
// The round's group commit (PROTOCOL.md "Limits"): the requests of one round (one frame from
// each waiting socket) share one transaction, each in its own savepoint or, for order.place,
// spoiling the batch when it fails after writing (then the round's frames are handled again,
// each in a savepoint). Their replies and events wait until that commit is on disk (WalSyncer),
// so nothing is told before it is stored; meanwhile the hub handles the next round, and one
// fsync covers every round committed before it starts. When the commit fails, every request it
// held is answered store_error and no event goes out. When a sync fails, nothing goes out any more,
// for that round or any after (WalSyncer): the hub must stop.

#include "eventlog.h"
#include "walmechanisms.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QSqlDatabase>
#include <QString>
#include <QWebSocket>

#include <functional>
#include <memory>
#include <optional>

namespace tableside {

class HubTransactions;
class VenueDatabase;
class WalSyncer;

class HubCommits {
    Q_DECLARE_TR_FUNCTIONS(HubCommits)

public:
    // Where what a batch said goes once it is durable. send: to the socket, when it is still
    // connected; handleAgain: a frame of a spoiled batch, when its socket is still open.
    struct Outlets {
        std::function<void(QWebSocket *, const QString &)> send;
        std::function<void(const StoredEvent &)> publish;
        std::function<void()> writeOut;
        std::function<void(QWebSocket *, const QString &)> handleAgain;
        // The disk failed to keep a commit (reason: which file, why); said once, before anything
        // that commit would have said is dropped.
        std::function<void(const QString &reason)> lose;
    };

    // Takes over syncing the database's commits (synchronous=NORMAL, the log synced off the
    // thread). `database` must be open and outlive this. syncFile: how a file is synced
    // (WalSyncer::SyncFile; fdatasync when empty). mechanisms: the hub's own but in the bench;
    // without syncOffThread each commit is on disk once it returns (synchronous=FULL).
    HubCommits(VenueDatabase &database, HubTransactions &transactions, Outlets outlets,
               std::function<int(int fd)> syncFile = {}, WalMechanisms mechanisms = {});
    ~HubCommits();

    // Opens the round's batch when none is open; without one each operation commits alone.
    void open();
    bool isOpen() const;
    // Keeps a frame the open batch handled, to handle it again should the batch be spoiled.
    void keepForRedo(QWebSocket *socket, const QString &text);
    // A request spoiled the open batch: rolls it back and handles its frames again, each in a
    // savepoint. Nothing the batch said had gone out yet. Does nothing when it is not spoiled.
    void redoIfSpoiled();
    // Commits the open batch; what it said goes out once the commit is on disk.
    void flush();

    // A reply: sent once what was written before it is durable: with the open batch's, or now when
    // nothing written waits for the disk. requestId: the request text answers, answered
    // store_error instead should the batch fail to commit.
    void deliver(QWebSocket *socket, const QString &text,
                 const std::optional<QString> &requestId = std::nullopt);
    // An event stored: published once durable.
    void announce(const StoredEvent &event);
    // Runs action once everything said before it has gone out: now, or in the open batch's turn.
    void runInTurn(std::function<void()> action);
    // The same, but only once what was written before it is durable: never when its batch
    // failed to commit or was spoiled (its requests are handled again).
    void runWhenStored(std::function<void()> action);

    // Calls done(synced) once every commit so far is on disk; false: it never will be.
    void whenDurable(std::function<void(bool synced)> done);
    // Blocks until every commit so far is on disk and its replies and events are out (after
    // pairing a device, before its token goes out). False: the disk failed to keep it.
    [[nodiscard]] bool waitUntilDurable();
    // Hands out, now, what syncs finished so far made durable (mid-round).
    void runCompleted();
    // Waits for every sync asked so far and hands out what it covered (before closing).
    void drain();
    // A sync failed, SQLite's own or the syncer's (said to Outlets::lose by now): nothing goes
    // out any more. Asked after a commit fails, before saying store_error.
    bool lost();

private:
    struct Pending {
        QPointer<QWebSocket> socket; // a reply to this socket; null for an event
        QString text;
        // The request text answers, told store_error instead when the batch did not commit;
        // none: text regardless.
        std::optional<QString> requestId;
        StoredEvent event; // to publish, when socket is null
        // Run in its turn, whether the batch was stored or not (a catch-up).
        std::function<void()> action;
        bool onlyIfStored = false; // action runs only when the batch was stored
    };
    // Nothing written since the last sync was asked for, and that sync done.
    bool nothingToWaitFor() const;
    // stored: the batch's commit is on disk; else its requests are answered store_error.
    void deliverPending(const QList<Pending> &pending, bool stored);
    // What was said outside a batch: out once what was written before it is on disk.
    void deliverAlone(Pending said);
    void lose(const QString &reason);

    HubTransactions &m_transactions;
    Outlets m_outlets;
    std::unique_ptr<WalSyncer> m_syncer;
    QSqlDatabase m_database;
    qint64 m_changesCovered = 0; // totalChanges() when a sync was last asked for
    QList<Pending> m_pending;    // replies and events of the open batch, in the order they arose
    QList<std::pair<QWebSocket *, QString>> m_batchFrames; // the frames the open batch holds
    bool m_lost = false; // a sync failed: nothing goes out any more
    // The log is synced by m_syncer after a round; else by SQLite inside each COMMIT.
    bool m_syncOffThread = true;
};

} // namespace tableside
