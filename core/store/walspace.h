#pragma once
// Keeps a write-ahead log's file longer than what it holds, the room past its frames written with
// zeros. A commit then writes over blocks the file has already, and the sync after it writes the
// data alone. A commit that makes the file longer also makes that sync commit the file system's
// journal (the new length, the new blocks): on the hub's disk, fdatasync after 30 pages written
// past the end took 0.55 ms, after 30 pages written over zeros 0.27 ms.
//
// The zeros are appended (O_APPEND) by a thread of its own while SQLite goes on writing. An append
// is one write at the end of the file as it is at that moment (on a local file system, the only
// kind SQLite's log works on), and SQLite writes each frame at its own offset, never past that
// end, so a frame written first stays below the zeros and a frame written later lands over them.
// SQLite reads a log only up to its last valid frame, so the zeros, like the frames a restarted log
// leaves behind, are never taken for frames.

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace tableside {

class WalSpace {
public:
    // Written past the log's frames; written again once less than half of it is left.
    static constexpr qint64 RoomBytes = 4 << 20;

    // walPath: the log to keep room in. It is never created here: until SQLite has made it,
    // there is nothing to do. The room past the file's present end is written at once.
    explicit WalSpace(QString walPath, qint64 roomBytes = RoomBytes);
    // Finishes the append under way, if any.
    ~WalSpace();
    WalSpace(const WalSpace &) = delete;
    WalSpace &operator=(const WalSpace &) = delete;

    // Where a log of `pages` frames of pageBytes each ends: a header, then each page with a
    // header of its own.
    static constexpr qint64 logBytes(qint64 pages, qint64 pageBytes)
    {
        return 32 + pages * (pageBytes + 24);
    }

    // The writer's thread, after each commit: the log's frames end at logEnd bytes. Costs an
    // atomic read unless the room must be written again.
    void logEndsAt(qint64 logEnd);

    // Blocks until no room is due or being written (for tests).
    void settle();

private:
    void work();
    bool roomLeftPast(qint64 logEnd) const; // at least half the room, as last written
    qint64 writeRoom(qint64 logEnd) const;  // the file's length after, or -1

    const QString m_walPath;
    const qint64 m_roomBytes;
    std::atomic<qint64> m_fileEnd = 0; // the file's length after the last room written

    std::mutex m_lock; // guards what follows
    std::condition_variable m_changed;
    qint64 m_dueFor = -1; // the log's end to write room past; -1 when none is due
    bool m_writing = false;
    std::atomic<bool> m_stopping = false; // set under m_lock; also read between pieces
    // Last: started once the rest exists.
    std::thread m_thread;
};

} // namespace tableside
