// A file that is not ours is refused with a reason and left byte-for-byte as it was.
#include "../support/badstores.h"
#include "venuedatabase.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestSafeStart : public QObject {
    Q_OBJECT

private slots:
    void refusesWhatIsNotOurs_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("code");
        QTest::newRow("not SQLite") << int(BadStore::NotSqlite) << u"not_sqlite"_s;
        QTest::newRow("another application's SQLite")
            << int(BadStore::OtherApplication) << u"foreign_database"_s;
        QTest::newRow("a newer schema") << int(BadStore::NewerSchema) << u"newer_schema"_s;
    }
    void refusesWhatIsNotOurs()
    {
        QFETCH(int, kind);
        QFETCH(QString, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"venue.sqlite"_s);
        QVERIFY(writeBadStore(BadStore(kind), path));
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());

        VenueDatabase store(path);
        auto opened = store.open();
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, code);
        QVERIFY(opened.error().message.contains(path));
        QCOMPARE(fileBytes(path), before);
        QVERIFY2(!QFileInfo::exists(path + u"-wal"_s), "no journal was started on the file");
    }

    void acceptsAnEmptyFileAndCreatesTheStore()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"empty.sqlite"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        VenueDatabase store(path);
        QVERIFY(store.open().ok());
    }

    void createsMissingFolders()
    {
        QTemporaryDir dir;
        VenueDatabase store(dir.filePath(u"a/b/venue.sqlite"_s));
        QVERIFY(store.open().ok());
        QVERIFY(QFileInfo::exists(dir.filePath(u"a/b/venue.sqlite"_s)));
    }
};

QTEST_GUILESS_MAIN(TestSafeStart)
#include "tst_safestart.moc"
