// Room written past the end of the write-ahead log: it is there after each commit, it is written
// beside SQLite's own writes without ever landing on a frame, and a log read back after a crash
// (no index left, so SQLite reads the frames themselves) holds every commit and nothing more.
#include "logstore.h"
#include "walspace.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

constexpr qint64 PageBytes = 4096; // SQLite's default
constexpr qint64 FrameBytes = WalSpace::logBytes(1, PageBytes) - WalSpace::logBytes(0, PageBytes);

qint64 lengthOf(const QString &path)
{
    return QFileInfo(path).size();
}

// Tells the space where the log ends after each commit, as WalSyncer does. Installed, it also
// turns SQLite's own checkpoints off, so the log only grows.
struct LogWatch {
    WalSpace &space;
    qint64 logEnd = 0;

    static int afterCommit(void *watch, sqlite3 *, const char *, int pages)
    {
        auto *self = static_cast<LogWatch *>(watch);
        self->logEnd = WalSpace::logBytes(pages, PageBytes);
        self->space.logEndsAt(self->logEnd);
        return SQLITE_OK;
    }
};

// The first column of the first row of sql, read through SQLite itself.
QByteArray firstValue(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    QByteArray value;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        value = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
    sqlite3_finalize(statement);
    return value;
}

} // namespace

class TestWalSpace : public QObject {
    Q_OBJECT

private slots:
    void roomIsWrittenPastTheLogAndAgainOnceHalfIsUsed()
    {
        LogStore venue;
        QVERIFY(venue.open(u"n INTEGER"_s));
        const QString log = venue.logPath();
        const qint64 before = lengthOf(log);
        QVERIFY(before > 0);

        constexpr qint64 Room = 64 << 10;
        WalSpace space(log, Room);
        space.settle();
        QCOMPARE(lengthOf(log), before + Room); // all of the file counted as log at first

        space.logEndsAt(before + Room / 2); // half the room left: enough
        space.settle();
        QCOMPARE(lengthOf(log), before + Room);

        space.logEndsAt(before + Room / 2 + 1); // less than half
        space.settle();
        QCOMPARE(lengthOf(log), before + Room / 2 + 1 + Room);
    }

    void aLogThatIsNotThereIsLeftForSqliteToMake()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(u"venue.sqlite-wal"_s);
        WalSpace space(log, 64 << 10);
        space.logEndsAt(WalSpace::logBytes(1, PageBytes));
        space.settle();
        QVERIFY(!QFileInfo::exists(log));
    }

    // The room is written all the while SQLite writes frames, so an append that landed on a frame
    // would lose that commit. Each commit here uses up the whole room, so every one wakes the
    // space's thread.
    void aCrashedLogReadsBackEveryCommitAndNoMore()
    {
        LogStore venue;
        QVERIFY(venue.open(u"n INTEGER PRIMARY KEY, body BLOB"_s));
        const QSqlDatabase db = venue.store.connection();
        const QString log = venue.logPath();
        constexpr int Commits = 600;
        qint64 logEnd = 0;
        {
            WalSpace space(log, FrameBytes);
            LogWatch watch{space};
            sqlite3_wal_hook(sqliteHandle(db), &LogWatch::afterCommit, &watch);
            for (int n = 1; n <= Commits; ++n)
                QVERIFY(
                    runSql(db, u"INSERT INTO t VALUES (?, ?)"_s, {n, QByteArray(1500, 'x')}).ok());
            space.settle();
            sqlite3_wal_hook(sqliteHandle(db), nullptr, nullptr);
            logEnd = watch.logEnd;
        }
        QVERIFY(lengthOf(log) >= logEnd + FrameBytes); // the room is there, past the last frame

        // The files as a crash would leave them: without SQLite's index of the log.
        QTemporaryDir after;
        const QString copy = after.filePath(u"venue.sqlite"_s);
        QVERIFY(QFile::copy(venue.store.path(), copy));
        QVERIFY(QFile::copy(log, copy + u"-wal"_s));
        sqlite3 *reopened = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(copy).constData(), &reopened), SQLITE_OK);
        QCOMPARE(firstValue(reopened, "SELECT count(*) FROM t"), QByteArray::number(Commits));
        QCOMPARE(firstValue(reopened, "SELECT max(n) FROM t"), QByteArray::number(Commits));
        QCOMPARE(firstValue(reopened, "PRAGMA integrity_check"), QByteArray("ok"));
        sqlite3_close(reopened);
    }
};

QTEST_GUILESS_MAIN(TestWalSpace)
#include "tst_walspace.moc"
