#include "walsyncer.h"

#include "sqlstatement.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <list>
#include <unistd.h>
#include <utility>

Q_LOGGING_CATEGORY(lcWalSyncer, "tableside.store.sync")

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// A descriptor to sync the file at path through, or -1 with errno set. Kept, not opened for each
// sync: closing any descriptor of a file drops every lock this process holds on it, SQLite's too.
int openToSync(const QString &path)
{
    return ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
}

bool isMemory(const QString &databasePath)
{
    return databasePath.isEmpty() || databasePath.startsWith(u":memory:");
}

// A file's methods with xSync watched (WalSyncer::syncWatchedLog). First member: a file's
// pMethods pointing at `watched` points at the whole. Never freed: files keep pointing at them.
struct WatchedMethods {
    sqlite3_io_methods watched;
    const sqlite3_io_methods *original;
};

std::mutex watchLock; // guards what follows
std::list<WatchedMethods> watchedTables;
QHash<sqlite3_file *, WalSyncer *> watchers; // the syncer each watched log tells

} // namespace

WalSyncer::WalSyncer(QString databasePath, SyncFile syncFile, QObject *parent)
    : QObject(parent)
    , m_walPath(databasePath + QStringLiteral("-wal"))
    , m_databasePath(std::move(databasePath))
    , m_syncFile(syncFile ? std::move(syncFile) : SyncFile(::fdatasync))
    , m_logFd(isMemory(m_databasePath) ? -1 : openToSync(m_walPath))
    , m_thread([this] { work(); })
{}

WalSyncer::~WalSyncer()
{
    {
        std::lock_guard lock(m_lock);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
    if (m_watchedLog) { // the file keeps its watched methods, which forward to SQLite's own
        std::lock_guard lock(watchLock);
        if (watchers.value(m_watchedLog) == this)
            watchers.remove(m_watchedLog);
    }
    if (sqlite3 *writer = sqliteHandle(m_writer))
        sqlite3_wal_autocheckpoint(writer, CheckpointPages); // in place of the hook
    for (const int fd : {m_logFd, m_databaseFd})
        if (fd >= 0)
            ::close(fd);
}

void WalSyncer::watchWriter(const QSqlDatabase &writer)
{
    sqlite3 *handle = sqliteHandle(writer);
    if (!handle || isMemory(m_databasePath))
        return; // no log to copy back: the writer's own setting stands
    m_writer = writer;
    sqlite3_wal_hook(handle, &WalSyncer::noteCommit, this); // in place of SQLite's own
    watchLogSyncs(handle);
}

void WalSyncer::watchLogSyncs(sqlite3 *writer)
{
    // Reading the header opens the log, if SQLite has not yet.
    sqlite3_file *log = nullptr;
    if (sqlite3_exec(writer, "PRAGMA schema_version", nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_file_control(writer, "main", SQLITE_FCNTL_JOURNAL_POINTER, &log) != SQLITE_OK ||
        !log || !log->pMethods) {
        qCWarning(lcWalSyncer).noquote() << "cannot watch SQLite's syncs of" << m_walPath;
        return;
    }
    std::lock_guard lock(watchLock);
    if (log->pMethods->xSync != &WalSyncer::syncWatchedLog) {
        auto table =
            std::find_if(watchedTables.begin(), watchedTables.end(),
                         [&](const WatchedMethods &t) { return t.original == log->pMethods; });
        if (table == watchedTables.end()) {
            table = watchedTables.insert(watchedTables.end(), {*log->pMethods, log->pMethods});
            table->watched.xSync = &WalSyncer::syncWatchedLog;
        }
        log->pMethods = &table->watched;
    }
    watchers.insert(log, this);
    m_watchedLog = log;
}

int WalSyncer::syncWatchedLog(sqlite3_file *log, int flags)
{
    const auto *table = reinterpret_cast<const WatchedMethods *>(log->pMethods);
    errno = 0;
    const int result = table->original->xSync(log, flags);
    if (result == SQLITE_OK)
        return result;
    const int error = errno; // the failed sync's, when SQLite left it as it was
    std::lock_guard lock(watchLock);
    if (WalSyncer *syncer = watchers.value(log)) {
        const QString why =
            error != 0 ? qt_error_string(error) : QString::fromUtf8(sqlite3_errstr(result));
        syncer->loseDurability(u"cannot sync %1 to disk: %2"_s.arg(syncer->m_walPath, why));
    }
    return result;
}

int WalSyncer::noteCommit(void *syncer, sqlite3 *writer, const char *database, int pages)
{
    auto *self = static_cast<WalSyncer *>(syncer);
    // SQLite's own rule, with the checkpoint's result read. PASSIVE copies what no reader still
    // needs, without waiting for one.
    if (pages >= CheckpointPages && !self->lost())
        self->checkCheckpoint(writer,
                              sqlite3_wal_checkpoint_v2(writer, database, SQLITE_CHECKPOINT_PASSIVE,
                                                        nullptr, nullptr),
                              "the writer");
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
        bool ok = false;
        if (m_lostReason.isEmpty()) { // else no sync can tell what reached the disk any more
            lock.unlock();
            const QString failure = syncToDisk();
            lock.lock();
            ok = failure.isEmpty();
            if (!ok && m_lostReason.isEmpty()) {
                m_lostReason = failure;
                m_lost = true;
            }
        }
        m_synced = target;
        m_results.push_back({target, ok});
        m_changed.notify_all();
        QMetaObject::invokeMethod(this, &WalSyncer::runCompleted, Qt::QueuedConnection);
    }
}

void WalSyncer::checkCheckpoint(sqlite3 *connection, int result, const char *who)
{
    if (result == SQLITE_OK || result == SQLITE_BUSY)
        return;
    const int extended = sqlite3_extended_errcode(connection);
    const QString why = QString::fromUtf8(sqlite3_errstr(extended));
    if (extended == SQLITE_IOERR_FSYNC || extended == SQLITE_IOERR_DIR_FSYNC)
        loseDurability(u"cannot sync %1 to disk (checkpoint): %2"_s.arg(m_databasePath, why));
    else
        qCWarning(lcWalSyncer).noquote()
            << who << "cannot checkpoint" << m_databasePath << ":" << why;
}

QString WalSyncer::syncToDisk()
{
    if (isMemory(m_databasePath))
        return {}; // nothing on disk to wait for
    if (m_logFd < 0)
        m_logFd = openToSync(m_walPath); // SQLite made it since; kept from now on
    int fd = m_logFd;
    QString path = m_walPath;
    if (fd < 0 && errno == ENOENT) { // no log: what was committed is in the file itself
        if (m_databaseFd < 0)
            m_databaseFd = openToSync(m_databasePath);
        fd = m_databaseFd;
        path = m_databasePath;
    }
    if (fd < 0)
        return u"cannot open %1 to sync it: %2"_s.arg(path, qt_error_string(errno));
    if (m_syncFile(fd) != 0)
        return u"cannot sync %1 to disk: %2"_s.arg(path, qt_error_string(errno));
    return {};
}

QString WalSyncer::lostReason() const
{
    std::lock_guard lock(m_lock);
    return m_lostReason;
}

void WalSyncer::loseDurability(const QString &reason)
{
    {
        std::lock_guard lock(m_lock);
        if (!m_lostReason.isEmpty())
            return;
        m_lostReason = reason;
        m_lost = true;
    }
    QMetaObject::invokeMethod(this, &WalSyncer::runCompleted, Qt::QueuedConnection);
}

void WalSyncer::runCompleted()
{
    std::deque<Synced> results;
    QString lostReason;
    {
        std::lock_guard lock(m_lock);
        results.swap(m_results);
        lostReason = m_lostReason;
    }
    auto tellLost = [&] {
        if (!lostReason.isEmpty() && !std::exchange(m_lostTold, true))
            emit durabilityLost(lostReason);
    };
    for (const Synced &result : results) {
        if (!result.ok)
            tellLost();
        while (!m_waiting.empty() && m_waiting.front().generation <= result.upTo) {
            const auto done = std::move(m_waiting.front().done);
            m_waiting.pop_front();
            done(result.ok);
        }
    }
    tellLost(); // a checkpoint's failure, with no sync to fail
}

} // namespace tableside
