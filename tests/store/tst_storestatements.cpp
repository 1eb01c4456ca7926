// runSql's statement cache on a real store: statements are reused, never rewound under a
// reader still iterating the same SQL, always reset so no read stays open, and dropped with
// their connection. Savepoints undo one step of a transaction alone.
#include "sqlstatement.h"
#include "venuedatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

class TestStoreStatements : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<VenueDatabase> m_store;
    QSqlDatabase db() { return m_store->connection(); }

    int count()
    {
        auto rows = scalarSql(db(), u"SELECT count(*) FROM numbers"_s);
        return rows ? rows->toInt() : -1;
    }

    // Whether a checkpoint from a second connection is blocked by an open read.
    bool checkpointIsBlocked()
    {
        const QString name = u"statements-checkpoint"_s;
        bool blocked = true;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            other.setDatabaseName(m_store->path());
            other.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=0"_s); // report, do not wait
            if (other.open()) {
                QSqlQuery q(other);
                if (q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s) && q.next())
                    blocked = q.value(0).toInt() != 0;
            }
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
        return blocked;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<VenueDatabase>(m_dir.filePath(u"store.sqlite"_s));
        QVERIFY(m_store->open().ok());
        QVERIFY(runSql(db(), u"CREATE TABLE IF NOT EXISTS numbers (n INTEGER)"_s).ok());
        QVERIFY(runSql(db(), u"DELETE FROM numbers"_s).ok());
        Transaction fill(db());
        for (int i = 1; i <= 10; ++i)
            QVERIFY(runSql(db(), u"INSERT INTO numbers VALUES (?)"_s, {i}).ok());
        QVERIFY(fill.commit().ok());
    }
    void cleanup() { m_store.reset(); }

    void aStatementIsPreparedOnce()
    {
        const QString name = db().connectionName();
        const int before = cachedStatementCount(name);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(scalarSql(db(), u"SELECT n FROM numbers WHERE n = ?"_s, {i + 1})->toInt(),
                     i + 1);
        QCOMPARE(cachedStatementCount(name), before + 1);
    }

    void theSameSqlInsideItsOwnLoopGetsItsOwnStatement()
    {
        const QString sql = u"SELECT n FROM numbers WHERE n >= ? ORDER BY n"_s;
        auto outer = runSql(db(), sql, {1});
        QVERIFY(outer.ok());
        QList<int> outerSeen;
        int innerRows = 0;
        while (outer.value().next()) {
            outerSeen.append(outer->value(0).toInt());
            auto inner = runSql(db(), sql, {9});
            QVERIFY(inner.ok());
            while (inner.value().next())
                ++innerRows;
        }
        QCOMPARE(outerSeen, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        QCOMPARE(innerRows, 10 * 2);
    }

    void aCopyKeepsTheStatementInUse()
    {
        const QString sql = u"SELECT n FROM numbers ORDER BY n"_s;
        auto first = runSql(db(), sql);
        QVERIFY(first.ok());
        SqlStatement copy = first.value();
        QVERIFY(copy.next());
        QCOMPARE(copy.value(0).toInt(), 1);
        {
            auto dropped = std::move(first);
        } // one holder gone, the copy still reads
        auto other = runSql(db(), sql);
        QVERIFY(other.ok() && other.value().next());
        QCOMPARE(other->value(0).toInt(), 1);
        QVERIFY(copy.next());
        QCOMPARE(copy.value(0).toInt(), 2);
    }

    void aHalfReadStatementHoldsNoReadOnceDropped()
    {
        {
            auto rows = runSql(db(), u"SELECT n FROM numbers"_s);
            QVERIFY(rows.ok() && rows.value().next());
            QVERIFY(checkpointIsBlocked()); // the test can fail: a live read does block
        }
        QVERIFY(!checkpointIsBlocked());
        QCOMPARE(scalarSql(db(), u"SELECT n FROM numbers ORDER BY n"_s)->toInt(), 1);
        QVERIFY(!checkpointIsBlocked()); // scalarSql reads one row and lets go
    }

    void aWrongNumberOfValuesIsStillAnError()
    {
        QVERIFY(runSql(db(), u"SELECT n FROM numbers WHERE n = ?"_s, {1}).ok());
        QVERIFY(!runSql(db(), u"SELECT n FROM numbers WHERE n = ?"_s).ok());
        QVERIFY(!runSql(db(), u"SELECT n FROM numbers WHERE n = ?"_s, {1, 2}).ok());
        QCOMPARE(scalarSql(db(), u"SELECT n FROM numbers WHERE n = ?"_s, {3})->toInt(), 3);
    }

    void theCacheGoesWithItsStore()
    {
        const QString name = db().connectionName();
        QVERIFY(cachedStatementCount(name) > 0);
        m_store.reset();
        QCOMPARE(cachedStatementCount(name), 0);
        QVERIFY(!QSqlDatabase::contains(name));
        init(); // cleanup() expects a store
    }

    void aSavepointUndoesOneStepAlone()
    {
        Transaction transaction(db());
        {
            Savepoint kept(db());
            QVERIFY(runSql(db(), u"INSERT INTO numbers VALUES (11)"_s).ok());
            QVERIFY(kept.release().ok());
        }
        {
            Savepoint undone(db());
            QVERIFY(runSql(db(), u"INSERT INTO numbers VALUES (12)"_s).ok());
        } // not released: rolled back
        QVERIFY(transaction.commit().ok());
        QCOMPARE(count(), 11);
        QCOMPARE(scalarSql(db(), u"SELECT max(n) FROM numbers"_s)->toInt(), 11);
    }
};

QTEST_GUILESS_MAIN(TestStoreStatements)
#include "tst_storestatements.moc"
