// The real `tableside hub` whose disk fails a sync of the venue's log (failsync.cpp, preloaded):
// it answers nothing of the order that commit held, says so in one line on stderr and exits with
// code 3 at once, for systemd to start it again; the venue file still opens. The sync that fails
// is SQLite's own when the order is the log's first commit (its header), else the hub's.
#include "../support/hubprocess.h"
#include "devicerepository.h"
#include "exitcodes.h"
#include "sqlstatement.h"
#include "storeopening.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestFailedSyncExit : public QObject {
    Q_OBJECT

private slots:
    void aFailedSyncEndsTheHubWithOneLine_data()
    {
        QTest::addColumn<int>("ordersBefore");
        QTest::newRow("the log's first commit") << 0;
        QTest::newRow("a commit later in the log") << 2;
    }

    void aFailedSyncEndsTheHubWithOneLine()
    {
        QFETCH(int, ordersBefore);
        QTemporaryDir dir;
        const QString folder = QFileInfo(dir.path()).canonicalFilePath(); // as /proc names it
        const QString database = folder + u"/venue.sqlite"_s;
        const QString diskFails = folder + u"/disk-fails"_s;
        QString token;
        qint64 hummus = 0;
        {
            SystemClock clock;
            auto store = openSeededStore(database);
            QVERIFY(store.ok());
            DeviceRepository devices((*store)->connection(), clock);
            QVERIFY(devices.enroll(u"Owner"_s, u"owner"_s, 0).ok()); // no pairing code to print
            auto table = devices.enroll(u"Table 3"_s, u"table"_s, 3);
            QVERIFY(table.ok());
            token = table->second;
            hummus = scalarSql((*store)->connection(),
                               u"SELECT id FROM menu_items WHERE key = 'hummus'"_s)
                         ->toLongLong();
        }

        HubProcess hub(database);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LD_PRELOAD"_s, QStringLiteral(TABLESIDE_FAILSYNC));
        environment.insert(u"TABLESIDE_FAIL_SYNC_OF"_s, database + u"-wal"_s);
        environment.insert(u"TABLESIDE_FAIL_SYNC_WHILE"_s, diskFails);
        hub.process().setProcessEnvironment(environment);
        QVERIFY(hub.start());

        QWebSocket table;
        QList<QJsonObject> frames;
        connect(&table, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        auto send = [&](const QJsonObject &frame) {
            table.sendTextMessage(QJsonDocument(frame).toJson(QJsonDocument::Compact));
        };
        table.open(hub.url());
        QTRY_COMPARE(table.state(), QAbstractSocket::ConnectedState);
        send({{u"type"_s, u"hello"_s}, {u"protocol"_s, 1}, {u"token"_s, token}});
        QTRY_COMPARE(frames.size(), 1);
        QCOMPARE(frames[0][u"type"_s].toString(), u"welcome"_s);
        const QJsonObject line{{u"itemId"_s, hummus}, {u"quantity"_s, 1}};
        auto placeOrder = [&](int n) {
            send({{u"type"_s, u"request"_s},
                  {u"id"_s, u"r-%1"_s.arg(n)},
                  {u"op"_s, u"order.place"_s},
                  {u"args"_s,
                   QJsonObject{{u"key"_s, u"k-%1"_s.arg(n)}, {u"lines"_s, QJsonArray{line}}}}});
        };
        for (int n = 1; n <= ordersBefore; ++n) {
            placeOrder(n);
            QTRY_COMPARE(frames.size(), 1 + n);
            QVERIFY(frames.last()[u"ok"_s].toBool());
        }
        const qsizetype answered = frames.size();

        QFile flag(diskFails);
        QVERIFY(flag.open(QIODevice::WriteOnly)); // from now on the log's syncs fail
        flag.close();
        placeOrder(ordersBefore + 1);

        QTRY_COMPARE_WITH_TIMEOUT(hub.process().state(), QProcess::NotRunning, 10000);
        QCOMPARE(hub.process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(hub.process().exitCode(), ExitDiskFailed);
        const QStringList said = QString::fromUtf8(hub.process().readAllStandardError())
                                     .split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(said.size() == 1, qPrintable(said.join(u'\n')));
        QVERIFY2(said[0].startsWith(u"tableside: the venue's disk failed (cannot sync %1-wal to "
                                    u"disk: Input/output error)"_s.arg(database)),
                 qPrintable(said[0]));
        QTRY_COMPARE(table.state(), QAbstractSocket::UnconnectedState); // all it sent has come
        QCOMPARE(frames.size(), answered); // the last order was never answered
        QVERIFY(openStore(database).ok());
    }
};

QTEST_GUILESS_MAIN(TestFailedSyncExit)
#include "tst_failedsyncexit.moc"
