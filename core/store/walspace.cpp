#include "walspace.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcWalSpace, "tableside.store.space")

namespace tableside {

namespace {

// Each piece is synced before the next is written, so a sync of the log asked meanwhile has at
// most one piece of zeros to wait for.
constexpr qint64 PieceBytes = 512 << 10;

qint64 lengthOf(int fd)
{
    struct stat info {};
    return ::fstat(fd, &info) == 0 ? qint64(info.st_size) : -1;
}

// Appends up to a piece of zeros and syncs them; 0, or the error.
int appendZeros(int fd, qint64 bytes)
{
    static const QByteArray zeros(PieceBytes, '\0');
    ssize_t written = 0;
    do {
        written = ::write(fd, zeros.constData(), size_t(std::min(bytes, PieceBytes)));
    } while (written < 0 && errno == EINTR);
    if (written <= 0 || ::fdatasync(fd) != 0)
        return written == 0 ? ENOSPC : errno;
    return 0;
}

// The log's whole length when there is one, or nothing due.
qint64 presentLength(const QString &walPath)
{
    const QFileInfo log(walPath);
    return log.exists() ? log.size() : -1;
}

} // namespace

WalSpace::WalSpace(QString walPath, qint64 roomBytes)
    : m_walPath(std::move(walPath))
    , m_roomBytes(roomBytes)
    , m_dueFor(presentLength(m_walPath)) // all of it counted as frames: room past its end
    , m_thread([this] { work(); })
{}

WalSpace::~WalSpace()
{
    {
        std::lock_guard lock(m_lock); // so the thread cannot miss the wake-up
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

bool WalSpace::roomLeftPast(qint64 logEnd) const
{
    return m_fileEnd.load(std::memory_order_relaxed) - logEnd >= m_roomBytes / 2;
}

void WalSpace::logEndsAt(qint64 logEnd)
{
    if (roomLeftPast(logEnd))
        return;
    {
        std::lock_guard lock(m_lock);
        m_dueFor = std::max(m_dueFor, logEnd);
    }
    m_changed.notify_all();
}

void WalSpace::settle()
{
    std::unique_lock lock(m_lock);
    m_changed.wait(lock, [this] { return m_dueFor < 0 && !m_writing; });
}

void WalSpace::work()
{
    std::unique_lock lock(m_lock);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stopping || m_dueFor >= 0; });
        if (m_stopping)
            return;
        const qint64 logEnd = std::exchange(m_dueFor, -1);
        m_writing = true;
        lock.unlock();
        const qint64 fileEnd = writeRoom(logEnd);
        // After a failure (a full disk, say), the next try waits until half a room more is logged.
        m_fileEnd.store(fileEnd >= 0 ? fileEnd : logEnd + m_roomBytes, std::memory_order_relaxed);
        lock.lock();
        // The commits made meanwhile asked again, for room that may be there now.
        if (m_dueFor >= 0 && roomLeftPast(m_dueFor))
            m_dueFor = -1;
        m_writing = false;
        m_changed.notify_all();
    }
}

qint64 WalSpace::writeRoom(qint64 logEnd) const
{
    // No O_CREAT: a log that is not there yet is SQLite's to make, with its header.
    const int fd =
        ::open(QFile::encodeName(m_walPath).constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (fd < 0 && errno == ENOENT)
        return 0;
    int error = fd < 0 ? errno : 0;
    qint64 length = -1;
    // Measured before each piece: SQLite's frames may have made the file longer meanwhile.
    while (!error && !m_stopping) {
        length = lengthOf(fd);
        if (length < 0)
            error = errno;
        else if (length >= logEnd + m_roomBytes)
            break;
        else
            error = appendZeros(fd, logEnd + m_roomBytes - length);
    }
    if (fd >= 0)
        ::close(fd);
    if (!error)
        return length;
    qCWarning(lcWalSpace).noquote()
        << "cannot write room ahead in" << m_walPath << ":" << qt_error_string(error);
    return -1;
}

} // namespace tableside
