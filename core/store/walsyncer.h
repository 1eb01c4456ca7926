#pragma once
// Makes committed transactions durable off the committing thread. The hub's connection runs
// with synchronous=NORMAL, so a COMMIT writes its frames to the write-ahead log without waiting
// for the disk; the hub then asks here for the log to be synced and tells nobody about the
// transaction until it has been. One fsync covers every commit made before it starts, so while
// the disk works the hub goes on handling the next requests: the wait for the disk leaves the
// hub's thread, and is shared by every request of the rounds it covers.
//
// A failed sync is final (durabilityLost): Linux marks the pages it could not write clean, so a
// later sync "succeeds" without them, and every frame of the log after them would be lost with
// them (their checksums chain). The log is synced through one descriptor kept from the start:
// the kernel reports a write-back error to each descriptor open when it happens, once.
//
// It can take the writer's checkpoints too (takeCheckpointsFrom): SQLite otherwise copies the
// log back into the database file, and syncs that file, inside the commit that makes the log
// pass 1000 pages, and that commit holds its thread for milliseconds. The copy runs on a thread
// of its own, so no sync waits behind it either.

#include "walmechanisms.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;
struct sqlite3_file;

namespace tableside {

class WalSyncer : public QObject {
    Q_OBJECT

public:
    // Pages logged since the last checkpoint that make the checkpointing thread take the next.
    static constexpr int CheckpointPages = 1000;
    // A log this long is checkpointed by the writer itself, should the checkpointing thread fall
    // so far behind (the copy is then only what that thread has not copied yet).
    static constexpr int WriterCheckpointPages = 16 * CheckpointPages;
    // SQLite starts a log again from its top only if all of it has been copied when the writer
    // begins a transaction, which under a steady stream of commits never happens: the log would
    // grow for as long as the stream lasts. So once it is RestartPages long, the writer copies,
    // right after its next commit, what it wrote while the checkpointing thread copied the rest
    // (if no more than CatchUpPages); its transaction after that starts the log again. That
    // holds the writer's thread for two syncs (1.5 to 4 ms in the hub bench) once every
    // RestartPages.
    static constexpr int RestartPages = 4 * CheckpointPages;
    static constexpr int CatchUpPages = 256;

    // How a file is synced to disk: ::fdatasync unless a test injects failures. 0, or -1 with
    // errno set.
    using SyncFile = std::function<int(int fd)>;

    // databasePath: the SQLite file in WAL mode; its log is databasePath + "-wal", opened here
    // when it exists (else at the first sync) and kept open.
    explicit WalSyncer(QString databasePath, SyncFile syncFile = {}, QObject *parent = nullptr);
    // Waits for a sync or checkpoint in progress; callbacks still waiting are dropped. The writer
    // given to takeCheckpointsFrom checkpoints by itself again.
    ~WalSyncer() override;

    // From now on, writer (a connection to this database, used on this object's thread) leaves
    // its checkpoints to the checkpointing thread, which takes one after a sync once
    // CheckpointPages have been logged since its last. PASSIVE: it never waits for, nor holds
    // up, the writer, and the syncs go on meanwhile. The syncs SQLite makes of the writer's log
    // itself (its header, each time the log starts again from its top, and every commit's at
    // synchronous=FULL) are watched: one that fails loses durability too. mechanisms: without its
    // checkpointing thread, the writer checkpoints once the log is CheckpointPages long, as SQLite
    // would, its syncs watched too (syncOffThread is the caller's).
    void takeCheckpointsFrom(const QSqlDatabase &writer, WalMechanisms mechanisms = {});

    // Calls done(synced) on this object's thread once everything committed before this call is
    // on disk (synced true), or with false once durability is lost (see durabilityLost): then
    // it may never be told to anyone. Callbacks run in the order asked.
    void whenDurable(std::function<void(bool synced)> done);

    // Waits for every sync asked so far and runs its callback now, on the calling thread.
    void drain();

    bool idle() const { return m_waiting.empty(); }

    // Runs the callbacks of the syncs finished so far, now (they run by themselves once control
    // is back in this object's event loop): a thread busy for a while hands out what is durable
    // without waiting for its work to end.
    void runCompleted();

    // Any thread, at once: true from the first failure, before durabilityLost is emitted.
    bool lost() const { return m_lost.load(std::memory_order_relaxed); }
    QString lostReason() const;

signals:
    // A sync of the log, or a checkpoint's of the database, failed (reason: which file, why).
    // Emitted once, on this object's thread, before any callback is told false.
    void durabilityLost(const QString &reason);

private:
    struct Waiting {
        quint64 generation;
        std::function<void(bool)> done;
    };
    struct Synced {
        quint64 upTo;
        bool ok;
    };

    void work();          // the syncing thread
    QString syncToDisk(); // the syncing thread; why it failed, or empty
    // Any thread: from now on nothing is told synced; told once from this object's thread.
    void loseDurability(const QString &reason);
    // SQLite's result of a checkpoint on connection: a failed sync loses durability.
    void checkCheckpoint(sqlite3 *connection, int result, const char *who);
    void watchLogSyncs(sqlite3 *writer);
    // In place of the writer's log's own xSync: that one, then a failure told to its syncer.
    static int syncWatchedLog(sqlite3_file *log, int flags);
    void checkpointWork(); // the checkpointing thread
    void checkpoint();     // the checkpointing thread, once the syncing one finds it due
    // SQLite's hook after each of the writer's commits: pages is the length of the log.
    static int noteCommit(void *syncer, sqlite3 *writer, const char *database, int pages);

    const QString m_walPath;
    const QString m_databasePath;
    const SyncFile m_syncFile;
    // The syncing thread's (opened before it starts): the log's, -1 until there is one; the
    // database file's, only ever opened when there is no log.
    int m_logFd = -1;
    int m_databaseFd = -1;
    std::atomic<bool> m_lost = false;
    bool m_lostTold = false;              // this object's thread only
    std::deque<Waiting> m_waiting;        // this object's thread only
    quint64 m_asked = 0;                  // this object's thread only
    QSqlDatabase m_writer;                // whose checkpoints this takes; this object's thread only
    int m_logPages = 0;                   // the log's length after the writer's last commit; ditto
    bool m_checkpointsOnThread = true;    // else the writer checkpoints; set with m_writer
    sqlite3_file *m_watchedLog = nullptr; // the writer's log, inside SQLite

    std::atomic<int> m_pagesToCheckpoint = 0; // logged since the last checkpoint began
    std::atomic<int> m_copiedPages = 0;       // how far the last checkpoint copied; 0 once read
    sqlite3 *m_checkpointer = nullptr;        // the checkpointing thread's own connection

    mutable std::mutex m_lock; // guards what follows
    std::condition_variable m_changed;
    quint64 m_wanted = 0;         // the newest generation asked for
    quint64 m_synced = 0;         // the newest generation on disk (or failed)
    std::deque<Synced> m_results; // finished syncs not yet handed to their callbacks
    QString m_lostReason;         // the first failure; empty while durable
    bool m_checkpointDue = false; // a sync found enough pages logged to copy
    std::condition_variable m_checkpointWanted;
    bool m_stopping = false;
    // Last: started once the rest exists.
    std::thread m_thread;
    std::thread m_checkpointThread;
};

} // namespace tableside
