// The command line as a user or a script meets it: seed, refusals, exit codes, screenshots.
#include "../support/badstores.h"

#include <QDir>
#include <QImage>
#include <QLockFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside::testing;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runTableside(const QStringList &arguments,
                 const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TABLESIDE_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

QVariant query(const QString &path, const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"inspect"_s);
    return value;
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void seedCreatesTheDemoVenue()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v.sqlite"_s);
        const Run run = runTableside({u"seed"_s, u"--db"_s, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"12 tables"_s), qPrintable(run.out));
        QCOMPARE(query(path, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        QCOMPARE(query(path, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QVERIFY(query(path, u"SELECT count(*) FROM categories"_s).toInt() >= 6);
        QVERIFY(query(path, u"SELECT count(*) FROM menu_items"_s).toInt() >= 40);
        QCOMPARE(query(path, u"SELECT count(*) FROM dining_tables"_s).toInt(), 12);

        const Run again = runTableside({u"seed"_s, u"--db"_s, path});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(u"already has a venue"_s), qPrintable(again.out));
        QCOMPARE(query(path, u"SELECT count(*) FROM dining_tables"_s).toInt(), 12);
    }

    void refusesBadStoresWithOneLineAndExitTwo_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("not SQLite") << int(BadStore::NotSqlite) << u"not a SQLite database"_s;
        QTest::newRow("another application's")
            << int(BadStore::OtherApplication) << u"another application"_s;
        QTest::newRow("newer schema") << int(BadStore::NewerSchema) << u"newer Tableside"_s;
    }
    void refusesBadStoresWithOneLineAndExitTwo()
    {
        QFETCH(int, kind);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v.sqlite"_s);
        QVERIFY(writeBadStore(BadStore(kind), path));
        const QByteArray before = fileBytes(path);

        const Run run = runTableside({u"seed"_s, u"--db"_s, path});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QCOMPARE(fileBytes(path), before);
    }

    void refusesBadArguments_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{u"bake"_s};
        QTest::newRow("unknown option") << QStringList{u"seed"_s, u"--file"_s, u"x"_s};
        QTest::newRow("missing value") << QStringList{u"seed"_s, u"--db"_s};
        QTest::newRow("seed without db") << QStringList{u"seed"_s};
        QTest::newRow("screenshot without out") << QStringList{u"screenshot"_s};
        QTest::newRow("bad size") << QStringList{u"screenshot"_s, u"--size"_s, u"big"_s, u"--out"_s,
                                                 u"x.png"_s};
    }
    void refusesBadArguments()
    {
        QFETCH(QStringList, arguments);
        const Run run = runTableside(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.startsWith(u"tableside: "_s));
    }

    void helpAndVersion_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("help") << QStringList{u"--help"_s} << u"usage:"_s;
        QTest::newRow("a role's help") << QStringList{u"table"_s, u"--help"_s} << u"--table N"_s;
        QTest::newRow("version") << QStringList{u"--version"_s} << u"tableside 0."_s;
    }
    void helpAndVersion()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run run = runTableside(arguments);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(says), qPrintable(run.out));
        QCOMPARE(run.err, QString());
    }

    // A screen's bad arguments are found before any window, also where there is no display at
    // all; and no display is one line, not Qt's abort.
    void screensRefuseBeforeAnyWindow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QString hub = u"ws://127.0.0.1:9"_s;
        QTest::newRow("table without a number")
            << QStringList{u"table"_s, u"--hub"_s, hub} << u"--table N"_s;
        QTest::newRow("table zero")
            << QStringList{u"table"_s, u"--hub"_s, hub, u"--table"_s, u"0"_s} << u"--table N"_s;
        QTest::newRow("no hub") << QStringList{u"kitchen"_s} << u"--hub"_s;
        QTest::newRow("hub over http")
            << QStringList{u"host"_s, u"--hub"_s, u"http://127.0.0.1:9"_s} << u"--hub"_s;
        QTest::newRow("unknown language")
            << QStringList{u"kitchen"_s, u"--hub"_s, hub, u"--lang"_s, u"de"_s} << u"--lang"_s;
        QTest::newRow("no display")
            << QStringList{u"table"_s, u"--hub"_s, hub, u"--table"_s, u"2"_s} << u"no display"_s;
        QTest::newRow("the embedded venue, no display") << QStringList{} << u"no display"_s;
    }
    void screensRefuseBeforeAnyWindow()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        QTemporaryDir home;
        QProcessEnvironment bare;
        bare.insert(u"HOME"_s, home.path());
        bare.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
        const Run run = runTableside(arguments, bare);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(u"tableside: "_s) && run.err.contains(says),
                 qPrintable(run.err));
        QVERIFY(QDir(home.path()).isEmpty()); // nothing made, not even a store
    }

    void screenshotShowsTheMenu_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("English") << u"en"_s;
        QTest::newRow("Arabic") << u"ar"_s;
    }
    void screenshotShowsTheMenu()
    {
        QFETCH(QString, lang);
        QTemporaryDir dir;
        const QString out = dir.filePath(u"menu.png"_s);
        const Run run = runTableside({u"screenshot"_s, u"--role"_s, u"table"_s, u"--lang"_s, lang,
                                      u"--size"_s, u"1024x700"_s, u"--out"_s, out});
        QCOMPARE(run.exitCode, 0);
        const QImage image(out);
        QCOMPARE(image.size(), QSize(1024, 700));
        // The category rail sits at the start edge: left in English, right in Arabic.
        const QColor leftEdge = image.pixelColor(20, 650);
        const QColor rightEdge = image.pixelColor(1003, 650);
        QVERIFY2(leftEdge != rightEdge, "the rail and the dishes differ in colour");
        const bool railOnLeft = leftEdge.lightness() < rightEdge.lightness();
        QCOMPARE(railOnLeft, lang == u"en"_s);
    }
    // The owner's spreadsheet: out and back in gives the same bytes; a changed price is published
    // as a new version the tables read; a file with a bad row changes nothing; a venue a hub is
    // serving is left to that hub.
    void theMenuMakesARoundTripThroughASpreadsheet()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"venue.sqlite"_s);
        const QString csv = dir.filePath(u"menu.csv"_s);
        QCOMPARE(runTableside({u"seed"_s, u"--db"_s, db}).exitCode, 0);
        const Run exported = runTableside({u"menu"_s, u"export"_s, u"--db"_s, db, u"--out"_s, csv});
        QCOMPARE(exported.exitCode, 0);
        QVERIFY(exported.out.startsWith(u"wrote 50 dishes in 8 categories"_s));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        QVERIFY(bytes.contains(u"Χούμους"_s.toUtf8()));

        QByteArray cheaper = bytes;
        cheaper.replace("\r\ndish,hummus,mezze,6.50,", "\r\ndish,hummus,mezze,7.25,");
        QVERIFY(cheaper != bytes);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(cheaper);
        file.close();
        const Run imported = runTableside({u"menu"_s, u"import"_s, u"--db"_s, db, u"--in"_s, csv});
        QCOMPARE(imported.exitCode, 0);
        QCOMPARE(imported.out, u"published version 2: 50 dishes in 8 categories\n"_s);
        QCOMPARE(query(db, u"SELECT price_minor FROM menu_items WHERE key = 'hummus'"_s).toInt(),
                 725);
        const QString again = dir.filePath(u"again.csv"_s);
        QCOMPARE(runTableside({u"menu"_s, u"export"_s, u"--db"_s, db, u"--out"_s, again}).exitCode,
                 0);
        QFile second(again);
        QVERIFY(second.open(QIODevice::ReadOnly));
        QCOMPARE(second.readAll(), cheaper);
    }

    void aSpreadsheetWithABadRowChangesNothing()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"venue.sqlite"_s);
        const QString csv = dir.filePath(u"menu.csv"_s);
        QCOMPARE(runTableside({u"seed"_s, u"--db"_s, db}).exitCode, 0);
        QCOMPARE(runTableside({u"menu"_s, u"export"_s, u"--db"_s, db, u"--out"_s, csv}).exitCode,
                 0);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        bytes.replace("\r\ndish,hummus,mezze,6.50,", "\r\ndish,hummus,mezze,-1,");
        bytes.replace("\r\ndish,falafel,mezze,", "\r\ndish,falafel,nowhere,");
        file.resize(0);
        file.write(bytes);
        file.close();
        const Run refused = runTableside({u"menu"_s, u"import"_s, u"--db"_s, db, u"--in"_s, csv});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(
            refused.err.contains(u"column price: The price of dish \"hummus\" is below zero."_s),
            qPrintable(refused.err));
        QVERIFY(refused.err.contains(u"column parent: The dish \"falafel\" is in a category "
                                     "\"nowhere\" that the menu does not have."_s));
        QVERIFY(refused.err.contains(u"nothing was imported"_s));
        QCOMPARE(query(db, u"SELECT price_minor FROM menu_items WHERE key = 'hummus'"_s).toInt(),
                 650);
        QCOMPARE(query(db, u"SELECT count(*) FROM menu_versions"_s).toInt(), 0);
    }

    void aVenueAHubServesIsLeftToIt()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(u"venue.sqlite"_s);
        const QString csv = dir.filePath(u"menu.csv"_s);
        QCOMPARE(runTableside({u"seed"_s, u"--db"_s, db}).exitCode, 0);
        QCOMPARE(runTableside({u"menu"_s, u"export"_s, u"--db"_s, db, u"--out"_s, csv}).exitCode,
                 0);
        QLockFile hub(db + u".hub-lock"_s); // as a running hub holds it
        QVERIFY(hub.tryLock(0));
        const Run refused = runTableside({u"menu"_s, u"import"_s, u"--db"_s, db, u"--in"_s, csv});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"another hub (process %1) is serving"_s.arg(
                     QCoreApplication::applicationPid())),
                 qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
