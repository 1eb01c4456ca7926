// The hub's commits become durable off its thread: every callback runs once, in the order asked,
// after a sync that began after it was asked; a store that cannot be synced says so, and a failed
// sync is final, whatever the next sync says. The log is synced through one descriptor, open
// from the start. The writer's checkpoints keep the log short, their syncs watched.
#include "logstore.h"
#include "walsyncer.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

// Beneath the syncer's watch, the writer's log as a failing disk leaves it: SQLite's own syncs of
// it fail while failLogSyncs is set.
std::atomic<bool> failLogSyncs = false;
sqlite3_io_methods failingMethods{};
const sqlite3_io_methods *sqliteMethods = nullptr;

int failingSync(sqlite3_file *file, int flags)
{
    if (failLogSyncs) {
        errno = EIO;
        return SQLITE_IOERR_FSYNC;
    }
    return sqliteMethods->xSync(file, flags);
}

bool makeLogSyncsFailable(const QSqlDatabase &writer)
{
    sqlite3 *handle = sqliteHandle(writer);
    sqlite3_file *log = nullptr;
    if (!handle || sqlite3_exec(handle, "PRAGMA schema_version", nullptr, nullptr, nullptr) ||
        sqlite3_file_control(handle, "main", SQLITE_FCNTL_JOURNAL_POINTER, &log) || !log ||
        !log->pMethods)
        return false;
    sqliteMethods = log->pMethods;
    failingMethods = *log->pMethods;
    failingMethods.xSync = &failingSync;
    log->pMethods = &failingMethods;
    return true;
}

} // namespace

class TestWalSyncer : public QObject {
    Q_OBJECT

private slots:
    void everyCommitIsSyncedAndToldInOrder()
    {
        LogStore log;
        QVERIFY(log.open(u"n INTEGER"_s));
        VenueDatabase &store = log.store;
        WalSyncer syncer(store.path());
        QList<int> told;
        QList<bool> synced;
        for (int i = 0; i < 50; ++i) {
            QVERIFY(runSql(store.connection(), u"INSERT INTO t VALUES (?)"_s, {i}).ok());
            syncer.whenDurable([&, i](bool ok) {
                told.append(i);
                synced.append(ok);
            });
        }
        QVERIFY(!syncer.idle());
        // From the event loop, without being asked again.
        QTRY_COMPARE_WITH_TIMEOUT(told.size(), 50, 10000);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(told[i], i);
        QVERIFY(!synced.contains(false));
        QVERIFY(syncer.idle());
    }

    void drainTellsEverythingNow()
    {
        LogStore log;
        QVERIFY(log.open());
        WalSyncer syncer(log.store.path());
        int told = 0;
        for (int i = 0; i < 5; ++i)
            syncer.whenDurable([&](bool ok) { told += ok ? 1 : 100; });
        syncer.drain(); // no event loop ran
        QCOMPARE(told, 5);
        QVERIFY(syncer.idle());
        QCoreApplication::processEvents(); // the queued wake-up finds nothing left to tell
        QCOMPARE(told, 5);
    }

    void aStoreThatCannotBeSyncedSaysSo()
    {
        QTemporaryDir dir;
        WalSyncer syncer(dir.filePath(u"gone/venue.sqlite"_s)); // neither file exists
        QSignalSpy lost(&syncer, &WalSyncer::durabilityLost);
        std::optional<bool> synced;
        syncer.whenDurable([&](bool ok) { synced = ok; });
        syncer.drain();
        QCOMPARE(synced, std::optional<bool>(false));
        QCOMPARE(lost.size(), 1);
        QVERIFY(lost[0][0].toString().contains(u"gone/venue.sqlite"_s));
    }

    // Linux marks the pages a failed sync could not write clean: the next sync succeeds without
    // them. So the commits it covered, and every one after, are never told synced.
    void aFailedSyncIsFinal()
    {
        LogStore log;
        QVERIFY(log.open(u"n INTEGER"_s));
        std::atomic<bool> failNext = false;
        std::atomic<int> syncs = 0;
        WalSyncer syncer(log.store.path(), [&](int fd) {
            ++syncs;
            if (failNext.exchange(false)) {
                errno = EIO;
                return -1;
            }
            return ::fdatasync(fd);
        });
        QSignalSpy lost(&syncer, &WalSyncer::durabilityLost);
        QList<bool> told;
        auto commitAndWait = [&](int n) {
            QVERIFY(runSql(log.store.connection(), u"INSERT INTO t VALUES (?)"_s, {n}).ok());
            syncer.whenDurable([&](bool ok) {
                told.append(ok);
                // Said before the first callback that is told false.
                QCOMPARE(lost.size(), ok ? 0 : 1);
            });
            syncer.drain();
        };
        commitAndWait(1);
        failNext = true;
        commitAndWait(2);
        commitAndWait(3); // the disk would say yes now
        QCOMPARE(told, (QList<bool>{true, false, false}));
        QCOMPARE(syncs.load(), 2); // nothing was asked of the disk after it failed
        QCOMPARE(lost.size(), 1);
        QCOMPARE(lost[0][0].toString(),
                 u"cannot sync %1 to disk: %2"_s.arg(log.logPath(), qt_error_string(EIO)));
        QVERIFY(syncer.lost());
    }

    // SQLite syncs the writer's log itself each time it starts the log again from its top (its
    // header, even at synchronous=NORMAL): that failing is final too.
    void aFailedSyncOfTheLogBySQLiteIsFinal()
    {
        LogStore log;
        QVERIFY(log.open(u"n INTEGER"_s));
        const QSqlDatabase writer = log.store.connection();
        QVERIFY(makeLogSyncsFailable(writer));
        WalSyncer syncer(log.store.path());
        syncer.watchWriter(writer);
        QSignalSpy lost(&syncer, &WalSyncer::durabilityLost);
        QVERIFY(runSql(writer, u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok()); // starts again

        failLogSyncs = true;
        auto stopFailing = qScopeGuard([] { failLogSyncs = false; });
        QVERIFY(!runSql(writer, u"INSERT INTO t VALUES (1)"_s).ok()); // its header's sync
        QVERIFY(syncer.lost()); // at once, for whoever is about to answer store_error
        QCOMPARE(syncer.lostReason(),
                 u"cannot sync %1 to disk: %2"_s.arg(log.logPath(), qt_error_string(EIO)));
        failLogSyncs = false;

        QVERIFY(runSql(writer, u"INSERT INTO t VALUES (2)"_s).ok()); // the disk says yes now
        std::optional<bool> synced;
        syncer.whenDurable([&](bool ok) { synced = ok; });
        syncer.drain();
        QCOMPARE(synced, std::optional<bool>(false));
        QCOMPARE(lost.size(), 1);
    }

    // An error the kernel meets writing the log back (whoever's sync or flush made it write) is
    // reported to every descriptor open at that moment, once: a descriptor opened for each sync
    // misses what happened before it was opened.
    void theLogIsSyncedThroughOneDescriptorOpenFromTheStart()
    {
        LogStore log;
        QVERIFY(log.open(u"n INTEGER"_s));
        const QList<int> before = descriptorsOf(log.logPath());
        QList<int> synced; // the descriptor of each sync
        WalSyncer syncer(log.store.path(), [&](int fd) {
            synced.append(fd); // the syncing thread; read once drained
            return ::fdatasync(fd);
        });
        QList<int> opened = descriptorsOf(log.logPath());
        for (int fd : before)
            opened.removeOne(fd);
        QCOMPARE(opened.size(), 1); // before any sync was asked
        for (int i = 0; i < 3; ++i) {
            QVERIFY(runSql(log.store.connection(), u"INSERT INTO t VALUES (?)"_s, {i}).ok());
            syncer.whenDurable([](bool) {});
            syncer.drain();
        }
        QCOMPARE(synced, QList<int>(3, opened.first()));
        QCOMPARE(descriptorsOf(log.logPath()).size(), before.size() + 1); // still open
    }

    // The writer copies the log back into the database file once it is CheckpointPages long,
    // as SQLite would, with no sync asked; then the log starts again from its top, so it stays
    // about that long however many commits follow.
    void theWriterCheckpointsAsSQLiteWouldAndTheLogStaysShort()
    {
        PagedStore paged;
        QVERIFY(paged.open());
        WalSyncer syncer(paged.store.path());
        syncer.watchWriter(paged.store.connection());
        const qint64 before = paged.fileSize();
        paged.logPages(WalSyncer::CheckpointPages - 100);
        QCOMPARE(paged.fileSize(), before);
        paged.insertUntilCopied(200);
        qint64 longest = 0;
        for (int row = 0; row < 3 * WalSyncer::CheckpointPages; ++row) {
            QVERIFY(paged.insertRow());
            longest = std::max(longest, paged.loggedPages());
        }
        QVERIFY2(longest <= WalSyncer::CheckpointPages + 50, qPrintable(QString::number(longest)));
    }

private:
    // This process's descriptors of the file at path.
    static QList<int> descriptorsOf(const QString &path)
    {
        const QString file = QFileInfo(path).canonicalFilePath();
        QList<int> found;
        const QDir fds(u"/proc/self/fd"_s);
        for (const QString &name : fds.entryList(QDir::Files | QDir::System)) {
            if (QFileInfo(fds.filePath(name)).symLinkTarget() == file)
                found.append(name.toInt());
        }
        return found;
    }

    // A database of one table, filled a row of a page's size at a time.
    struct PagedStore : LogStore {
        static constexpr int PageBytes = 4096; // SQLite's default page

        bool open() { return LogStore::open(u"body BLOB"_s); }

        bool insertRow()
        {
            const QByteArray body(PageBytes - 100, 'x');
            return runSql(store.connection(), u"INSERT INTO t VALUES (?)"_s, {body}).ok();
        }

        qint64 fileSize(const QString &suffix = {}) const
        {
            return QFileInfo(store.path() + suffix).size();
        }

        // Until the writer copies the log into the database file, which it must within `rows`.
        void insertUntilCopied(int rows)
        {
            const qint64 before = fileSize();
            for (int i = 0; i < rows && fileSize() == before; ++i)
                QVERIFY(insertRow());
            QVERIFY(fileSize() > before);
        }

        // From SQLite's index of the log (the "-shm" file), a native 32-bit number: the log's
        // length in pages (mxFrame, byte 16 of the header).
        qint64 loggedPages() const { return indexNumber(16); }

        qint64 indexNumber(qint64 offset) const
        {
            QFile index(store.path() + u"-shm"_s);
            quint32 number = 0;
            if (index.open(QIODevice::ReadOnly) && index.seek(offset))
                index.read(reinterpret_cast<char *>(&number), sizeof number);
            return number;
        }

        // Until `pages` more pages are in the log (which must not start again from its top
        // meanwhile).
        void logPages(int pages)
        {
            const qint64 target = loggedPages() + pages;
            for (int rows = 0; loggedPages() < target; ++rows) {
                QVERIFY2(rows < pages, "the log does not grow");
                QVERIFY(insertRow());
            }
        }
    };
};

QTEST_GUILESS_MAIN(TestWalSyncer)
#include "tst_walsyncer.moc"
