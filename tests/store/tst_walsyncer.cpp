// The hub's commits become durable off its thread: every callback runs once, in the order asked,
// after a sync that began after it was asked; a store that cannot be synced says so. Checkpoints
// can be the syncer's too, off the writer's thread.
#include "sqlstatement.h"
#include "venuedatabase.h"
#include "walsyncer.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

class TestWalSyncer : public QObject {
    Q_OBJECT

private slots:
    void everyCommitIsSyncedAndToldInOrder()
    {
        QTemporaryDir dir;
        VenueDatabase store(dir.filePath(u"venue.sqlite"_s), VenueDatabase::Durability::Normal);
        QVERIFY(store.open().ok());
        QVERIFY(runSql(store.connection(), u"CREATE TABLE t (n INTEGER)"_s).ok());
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
        QTemporaryDir dir;
        VenueDatabase store(dir.filePath(u"venue.sqlite"_s), VenueDatabase::Durability::Normal);
        QVERIFY(store.open().ok());
        WalSyncer syncer(store.path());
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
        std::optional<bool> synced;
        QTest::ignoreMessage(QtCriticalMsg, QRegularExpression(u"cannot sync"_s));
        syncer.whenDurable([&](bool ok) { synced = ok; });
        syncer.drain();
        QCOMPARE(synced, std::optional<bool>(false));
    }

    // The database file grows only when a checkpoint copies the log into it.
    void theWriterLeavesItsCheckpointsToTheSyncer()
    {
        PagedStore paged;
        QVERIFY(paged.open());
        {
            WalSyncer syncer(paged.store.path());
            syncer.takeCheckpointsFrom(paged.store.connection());
            const qint64 before = paged.fileSize();
            paged.logPages(WalSyncer::CheckpointPages + 200);
            QCOMPARE(paged.fileSize(), before); // SQLite alone would have copied at 1000 pages

            syncer.whenDurable([](bool) {});
            syncer.drain();
            QTRY_VERIFY(paged.fileSize() > before);
        }
        // Gone: the writer checkpoints by itself again, long before the syncer's limit.
        paged.insertUntilCopied(WalSyncer::CheckpointPages);
    }

    void aWriterFarAheadOfTheSyncerCheckpointsItself()
    {
        PagedStore paged;
        QVERIFY(paged.open());
        WalSyncer syncer(paged.store.path());
        syncer.takeCheckpointsFrom(paged.store.connection());
        const qint64 before = paged.fileSize();
        paged.logPages(WalSyncer::WriterCheckpointPages - 100); // no sync asked: no checkpoint
        QCOMPARE(paged.fileSize(), before);
        paged.insertUntilCopied(200);
    }

    // Under commits that never pause, the checkpointing thread never copies the whole log before
    // the writer's next transaction; the writer copies the rest itself, and the log starts again.
    void theLogStartsAgainUnderASteadyStreamOfCommits()
    {
        PagedStore paged;
        QVERIFY(paged.open());
        WalSyncer syncer(paged.store.path());
        syncer.takeCheckpointsFrom(paged.store.connection());
        qint64 longest = 0;
        for (int rows = 0; rows < WalSyncer::RestartPages + 2 * WalSyncer::CheckpointPages;
             ++rows) {
            QVERIFY(paged.insertRow());
            syncer.whenDurable([](bool) {});
            const qint64 logged = paged.loggedPages();
            if (logged < longest)
                return; // started again from its top
            longest = logged;
        }
        QFAIL("the log only grew");
    }

private:
    // A database of one table, filled a row of a page's size at a time.
    struct PagedStore {
        static constexpr int PageBytes = 4096; // SQLite's default page

        QTemporaryDir dir;
        VenueDatabase store{dir.filePath(u"venue.sqlite"_s), VenueDatabase::Durability::Normal};

        bool open()
        {
            return store.open().ok() &&
                   runSql(store.connection(), u"CREATE TABLE t (body BLOB)"_s).ok();
        }

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

        // The log's length in pages: mxFrame, a native 32-bit number at byte 16 of the header of
        // SQLite's index of the log (the "-shm" file). The log's own file is longer than what it
        // holds: room is written past its end (WalSpace).
        qint64 loggedPages() const
        {
            QFile index(store.path() + u"-shm"_s);
            quint32 frames = 0;
            if (index.open(QIODevice::ReadOnly) && index.seek(16))
                index.read(reinterpret_cast<char *>(&frames), sizeof frames);
            return frames;
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
