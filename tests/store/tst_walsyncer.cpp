// The hub's commits become durable off its thread: every callback runs once, in the order asked,
// after a sync that began after it was asked; a store that cannot be synced says so.
#include "sqlstatement.h"
#include "venuedatabase.h"
#include "walsyncer.h"

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
};

QTEST_GUILESS_MAIN(TestWalSyncer)
#include "tst_walsyncer.moc"
