#include "walsyncer.h"

#include "sqlstatement.h"
#include "walspace.h"

#include <QFile>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#include <utility>

Q_LOGGING_CATEGORY(lcWalSyncer, "tableside.store.sync")

namespace tableside {

namespace {

constexpr int SqliteCheckpointPages = 1000; // SQLite's own default

// fdatasync of the file at path; ENOENT is reported as such so the caller can pick another.
int syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno;
    const int result = ::fdatasync(fd) == 0 ? 0 : errno;
    ::close(fd);
    return result;
}

} // namespace

WalSyncer::WalSyncer(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_walPath(databasePath + QStringLiteral("-wal"))
    , m_databasePath(std::move(databasePath))
    , m_thread([this] { work(); })
    , m_checkpointThread([this] { checkpointWork(); })
{}

WalSyncer::~WalSyncer()
{
    {
        std::lock_guard lock(m_lock);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_checkpointWanted.notify_all();
    m_thread.join();
    m_checkpointThread.join();
    if (sqlite3 *writer = sqliteHandle(m_writer))
        sqlite3_wal_autocheckpoint(writer, SqliteCheckpointPages); // in place of the hook
}

void WalSyncer::takeCheckpointsFrom(const QSqlDatabase &writer)
{
    sqlite3 *handle = sqliteHandle(writer);
    if (!handle || m_databasePath.isEmpty() || m_databasePath.startsWith(u":memory:"))
        return; // no log to copy back: the writer's own setting stands
    const auto pageBytes = scalarSql(writer, QStringLiteral("PRAGMA page_size"));
    if (!pageBytes)
        return;
    m_writer = writer;
    m_pageBytes = pageBytes->toInt();
    m_space = std::make_unique<WalSpace>(m_walPath);
    sqlite3_wal_hook(handle, &WalSyncer::noteCommit, this); // in place of SQLite's own
}

int WalSyncer::noteCommit(void *syncer, sqlite3 *writer, const char *database, int pages)
{
    auto *self = static_cast<WalSyncer *>(syncer);
    // A shorter log than last time was started again from its top, after a whole checkpoint.
    const int logged = pages >= self->m_logPages ? pages - self->m_logPages : pages;
    self->m_logPages = pages;
    self->m_space->logEndsAt(WalSpace::logBytes(pages, self->m_pageBytes));
    self->m_pagesToCheckpoint.fetch_add(logged, std::memory_order_relaxed);
    // The checkpointing thread has copied the log up to where it was when it began; the rest is
    // what this writer committed meanwhile (RestartPages).
    const int copied = self->m_copiedPages.exchange(0, std::memory_order_relaxed);
    const bool catchUp =
        pages >= RestartPages && copied > 0 && pages >= copied && pages - copied <= CatchUpPages;
    if (catchUp || pages >= WriterCheckpointPages)
        sqlite3_wal_checkpoint_v2(writer, database, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    return SQLITE_OK;
}

void WalSyncer::whenDurable(std::function<void(bool)> done)
{
    const quint64 generation = ++m_asked;
    m_waiting.push_back({generation, std::move(done)});
    {
        std::lock_guard lock(m_lock);
        m_wanted = generation;
    }
    m_changed.notify_all();
}

void WalSyncer::drain()
{
    {
        std::unique_lock lock(m_lock);
        m_changed.wait(lock, [this] { return m_synced >= m_asked; });
    }
    runCompleted();
}

void WalSyncer::work()
{
    std::unique_lock lock(m_lock);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || m_wanted > m_synced; });
        if (m_wanted <= m_synced) // stopping, nothing asked
            return;
        const quint64 target = m_wanted; // every commit asked for so far is in the log already
        lock.unlock();
        const bool ok = syncToDisk();
        lock.lock();
        m_synced = target;
        m_results.push_back({target, ok});
        m_changed.notify_all();
        QMetaObject::invokeMethod(this, &WalSyncer::runCompleted, Qt::QueuedConnection);
        // Copied once the sync is told, and beside the next syncs: nobody waits for the copy.
        if (m_pagesToCheckpoint.load(std::memory_order_relaxed) >= CheckpointPages) {
            m_checkpointDue = true;
            m_checkpointWanted.notify_one();
        }
    }
}

void WalSyncer::checkpointWork()
{
    std::unique_lock lock(m_lock);
    for (;;) {
        m_checkpointWanted.wait(lock, [this] { return m_stopping || m_checkpointDue; });
        if (m_stopping)
            break; // the writer checkpoints by itself again
        m_checkpointDue = false;
        lock.unlock();
        checkpoint();
        lock.lock();
    }
    lock.unlock();
    sqlite3_close(std::exchange(m_checkpointer, nullptr));
}

void WalSyncer::checkpoint()
{
    if (!m_checkpointer) {
        const QByteArray path = QFile::encodeName(m_databasePath);
        // Reading the header tells the connection the database keeps a log at all.
        if (sqlite3_open_v2(path.constData(), &m_checkpointer, SQLITE_OPEN_READWRITE, nullptr) !=
                SQLITE_OK ||
            sqlite3_exec(m_checkpointer, "PRAGMA schema_version", nullptr, nullptr, nullptr) !=
                SQLITE_OK) {
            qCWarning(lcWalSyncer).noquote()
                << "cannot open" << m_databasePath
                << "to checkpoint it:" << QString::fromUtf8(sqlite3_errmsg(m_checkpointer));
            sqlite3_close(std::exchange(m_checkpointer, nullptr));
            return; // the writer checkpoints by itself once the log is long enough
        }
    }
    m_pagesToCheckpoint.store(0, std::memory_order_relaxed);
    // PASSIVE copies what no reader still needs, without waiting for the writer or holding it.
    int logged = 0;
    int copied = 0;
    const int result = sqlite3_wal_checkpoint_v2(m_checkpointer, nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                                 &logged, &copied);
    if (result == SQLITE_OK && copied > 0)
        m_copiedPages.store(copied, std::memory_order_relaxed); // for the writer to finish
    if (result != SQLITE_OK && result != SQLITE_BUSY)
        qCWarning(lcWalSyncer).noquote() << "cannot checkpoint" << m_databasePath << ":"
                                         << QString::fromUtf8(sqlite3_errstr(result));
}

bool WalSyncer::syncToDisk() const
{
    if (m_databasePath.isEmpty() || m_databasePath.startsWith(QStringLiteral(":memory:")))
        return true; // nothing on disk to wait for
    int error = syncFile(m_walPath);
    if (error == ENOENT) // no log (yet): what was committed is in the file itself
        error = syncFile(m_databasePath);
    if (error != 0)
        qCCritical(lcWalSyncer).noquote()
            << "cannot sync" << m_walPath << "to disk:" << qt_error_string(error);
    return error == 0;
}

void WalSyncer::runCompleted()
{
    std::deque<Synced> results;
    {
        std::lock_guard lock(m_lock);
        results.swap(m_results);
    }
    for (const Synced &result : results) {
        while (!m_waiting.empty() && m_waiting.front().generation <= result.upTo) {
            const auto done = std::move(m_waiting.front().done);
            m_waiting.pop_front();
            done(result.ok);
        }
    }
}

} // namespace tableside
