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
// the kernel reports a write-back error to each descriptor open when it happens, once. SQLite's
// own syncs of the writer's log and its checkpoints are watched too (watchWriter).

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
    // The log's length at which the writer copies it back into the database file, right after
    // the commit that reached it, as SQLite does by default; its next transaction starts the log
    // again from its top, so the log stays about this long.
    static constexpr int CheckpointPages = 1000;

    // How a file is synced to disk: ::fdatasync unless a test injects failures. 0, or -1 with
    // errno set.
    using SyncFile = std::function<int(int fd)>;

    // databasePath: the SQLite file in WAL mode; its log is databasePath + "-wal", opened here
    // when it exists (else at the first sync) and kept open.
    explicit WalSyncer(QString databasePath, SyncFile syncFile = {}, QObject *parent = nullptr);
    // Waits for a sync in progress; callbacks still waiting are dropped. The writer given to
    // watchWriter checkpoints as SQLite does by itself again.
    ~WalSyncer() override;

    // From now on, writer (a connection to this database, used on this object's thread)
    // checkpoints once its log is CheckpointPages long, as SQLite would, but with the result read:
    // a checkpoint that fails to sync the database loses durability. The syncs SQLite makes of
    // the writer's log itself (its header, each time the log starts again from its top, and every
    // commit's at synchronous=FULL) are watched: one that fails loses durability too.
    void watchWriter(const QSqlDatabase &writer);

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
    QSqlDatabase m_writer;                // watched; this object's thread only
    sqlite3_file *m_watchedLog = nullptr; // the writer's log, inside SQLite

    mutable std::mutex m_lock; // guards what follows
    std::condition_variable m_changed;
    quint64 m_wanted = 0;         // the newest generation asked for
    quint64 m_synced = 0;         // the newest generation on disk (or failed)
    std::deque<Synced> m_results; // finished syncs not yet handed to their callbacks
    QString m_lostReason;         // the first failure; empty while durable
    bool m_stopping = false;
    // Last: started once the rest exists.
    std::thread m_thread;
};

} // namespace tableside
