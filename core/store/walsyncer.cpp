#include "walsyncer.h"

#include <QFile>
#include <QLoggingCategory>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcWalSyncer, "tableside.store.sync")

namespace tableside {

namespace {

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
{}

WalSyncer::~WalSyncer()
{
    {
        std::lock_guard lock(m_lock);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
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
    }
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
