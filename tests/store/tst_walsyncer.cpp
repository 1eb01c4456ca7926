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
        QTemporaryDir dir;
        VenueDatabase store(dir.filePath(u"venue.sqlite"_s), VenueDatabase::Durability::Normal);
        QVERIFY(store.open().ok());
        QVERIFY(runSql(store.connection(), u"CREATE TABLE t (body BLOB)"_s).ok());
        const QFileInfo file(store.path());
        {
            WalSyncer syncer(store.path());
            syncer.takeCheckpointsFrom(store.connection());
            const qint64 before = fileSize(file);
            logPages(store, WalSyncer::CheckpointPages + 200);
            QCOMPARE(fileSize(file), before); // SQLite alone would have copied at 1000 pages

            syncer.whenDurable([](bool) {});
            syncer.drain();
            QTRY_VERIFY(fileSize(file) > before);
        }
        // Gone: the writer checkpoints by itself again, long before the syncer's limit.
        insertUntilCopied(store, WalSyncer::CheckpointPages);
    }

    void aWriterFarAheadOfTheSyncerCheckpointsItself()
    {
        QTemporaryDir dir;
        VenueDatabase store(dir.filePath(u"venue.sqlite"_s), VenueDatabase::Durability::Normal);
        QVERIFY(store.open().ok());
        QVERIFY(runSql(store.connection(), u"CREATE TABLE t (body BLOB)"_s).ok());
        const QFileInfo file(store.path());
        WalSyncer syncer(store.path());
        syncer.takeCheckpointsFrom(store.connection());
        const qint64 before = fileSize(file);
        logPages(store, WalSyncer::WriterCheckpointPages - 100); // no sync asked: no checkpoint
        QCOMPARE(fileSize(file), before);
        insertUntilCopied(store, 200);
    }

private:
    static constexpr int PageBytes = 4096; // SQLite's default page

    // Commits rows of a page each until the writer copies the log into the database file, which
    // it must do within `rows` rows.
    static void insertUntilCopied(VenueDatabase &store, int rows)
    {
        const QFileInfo file(store.path());
        const qint64 before = fileSize(file);
        const QByteArray body(PageBytes - 100, 'x');
        for (int i = 0; i < rows && fileSize(file) == before; ++i)
            QVERIFY(runSql(store.connection(), u"INSERT INTO t VALUES (?)"_s, {body}).ok());
        QVERIFY(fileSize(file) > before);
    }

    static qint64 fileSize(QFileInfo file)
    {
        file.refresh();
        return file.size();
    }

    // Commits rows of a page each until `pages` more pages are in the log (which must not start
    // again from its top meanwhile). A log is a header, then each page with a header of its own.
    static void logPages(VenueDatabase &store, int pages)
    {
        const QFileInfo log(store.path() + u"-wal"_s);
        const auto logged = [&] { return (fileSize(log) - 32) / (PageBytes + 24); };
        const qint64 target = std::max<qint64>(logged(), 0) + pages;
        const QByteArray body(PageBytes - 100, 'x');
        for (int rows = 0; logged() < target; ++rows) {
            QVERIFY2(rows < pages, "the log does not grow");
            QVERIFY(runSql(store.connection(), u"INSERT INTO t VALUES (?)"_s, {body}).ok());
        }
    }
};

QTEST_GUILESS_MAIN(TestWalSyncer)
#include "tst_walsyncer.moc"
