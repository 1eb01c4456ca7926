// A power cut, not only a crash: a kill -9 keeps the kernel's page cache, so it cannot show a
// missing sync. Here the real `tableside hub` runs with syncimage.cpp preloaded, which keeps a
// copy of the venue's database and log as each was at its last successful sync; eight tables
// order without pause, the hub is killed at the 60th acknowledgement, and the venue is opened
// again from those copies alone. Every acknowledged order is there, exactly once, and the file
// is whole. The same test against a disk whose syncs lie (they succeed and keep nothing) loses
// acknowledged orders: the test can fail.
#include "../support/hubprocess.h"
#include "devicerepository.h"
#include "sqlstatement.h"
#include "storeopening.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

constexpr int Tables = 8;
constexpr int CutAfterAcks = 60;

// One table ordering without pause: the next order goes as soon as the last is answered.
struct OrderingTable {
    QString token;
    int sent = 0;
    std::unique_ptr<QWebSocket> socket = std::make_unique<QWebSocket>();
};

} // namespace

class TestPowerCut : public QObject {
    Q_OBJECT

private slots:
    void everyAcknowledgedOrderSurvives_data()
    {
        QTest::addColumn<bool>("syncsLie");
        QTest::newRow("a disk that keeps what is synced") << false;
        QTest::newRow("a disk whose syncs lie") << true;
    }

    void everyAcknowledgedOrderSurvives()
    {
        QFETCH(bool, syncsLie);
        QTemporaryDir dir;
        const QString folder = QFileInfo(dir.path()).canonicalFilePath(); // as /proc names it
        const QString database = folder + u"/venue.sqlite"_s;
        const QString images = folder + u"/synced"_s;
        QVERIFY(QDir().mkpath(images));
        std::vector<OrderingTable> tables(Tables);
        qint64 hummus = 0;
        {
            SystemClock clock;
            auto store = openSeededStore(database);
            QVERIFY(store.ok());
            DeviceRepository devices((*store)->connection(), clock);
            QVERIFY(devices.enroll(u"Owner"_s, u"owner"_s, 0).ok()); // no pairing code to print
            for (int i = 0; i < Tables; ++i) {
                auto table = devices.enroll(u"Table %1"_s.arg(i + 1), u"table"_s, i + 1);
                QVERIFY(table.ok());
                tables[i].token = table->second;
            }
            hummus = scalarSql((*store)->connection(),
                               u"SELECT id FROM menu_items WHERE key = 'hummus'"_s)
                         ->toLongLong();
        }
        // The venue as it was before the hub started is on the disk (closed, so synced).
        QVERIFY(QFile::copy(database, images + u"/venue.sqlite"_s));

        HubProcess hub(database);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"LD_PRELOAD"_s, QStringLiteral(TABLESIDE_SYNCIMAGE));
        environment.insert(u"TABLESIDE_IMAGE_OF"_s, database);
        environment.insert(u"TABLESIDE_IMAGE_DIR"_s, images);
        if (syncsLie)
            environment.insert(u"TABLESIDE_IMAGE_LIE"_s, u"1"_s);
        hub.process().setProcessEnvironment(environment);
        QVERIFY(hub.start());

        QSet<QString> acked;
        QSet<QString> ackedBeforeCut;
        bool cut = false;
        const QJsonObject line{{u"itemId"_s, hummus}, {u"quantity"_s, 1}};
        const auto placeNext = [&](int t) {
            OrderingTable &table = tables[t];
            const QString key = u"t%1-%2"_s.arg(t).arg(++table.sent);
            table.socket->sendTextMessage(QString::fromUtf8(
                QJsonDocument(QJsonObject{{u"type"_s, u"request"_s},
                                          {u"id"_s, key},
                                          {u"op"_s, u"order.place"_s},
                                          {u"args"_s, QJsonObject{{u"key"_s, key},
                                                                  {u"lines"_s, QJsonArray{line}}}}})
                    .toJson(QJsonDocument::Compact)));
        };
        for (int t = 0; t < Tables; ++t) {
            QWebSocket &socket = *tables[t].socket;
            connect(&socket, &QWebSocket::textMessageReceived, this, [&, t](const QString &text) {
                const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
                const QString type = frame[u"type"_s].toString();
                if (type == u"welcome"_s) {
                    placeNext(t);
                    return;
                }
                if (type != u"reply"_s || cut)
                    return;
                QVERIFY2(frame[u"ok"_s].toBool(), qPrintable(text));
                acked.insert(frame[u"id"_s].toString());
                if (acked.size() >= CutAfterAcks) {
                    hub.kill(); // the power goes: nothing after this reaches the disk
                    cut = true;
                    ackedBeforeCut = acked;
                    return;
                }
                placeNext(t);
            });
            connect(&socket, &QWebSocket::connected, this, [&socket, token = tables[t].token] {
                socket.sendTextMessage(
                    QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"hello"_s},
                                                                {u"protocol"_s, 1},
                                                                {u"token"_s, token}})
                                          .toJson(QJsonDocument::Compact)));
            });
            socket.open(hub.url());
        }
        QTRY_VERIFY_WITH_TIMEOUT(cut, 60000);
        QCOMPARE(hub.process().state(), QProcess::NotRunning);

        // The disk after the cut: only the copies taken at syncs.
        const QString after = folder + u"/after"_s;
        QVERIFY(QDir().mkpath(after));
        for (const QString &name : {u"venue.sqlite"_s, u"venue.sqlite-wal"_s})
            if (QFile::exists(images + u'/' + name))
                QVERIFY(QFile::copy(images + u'/' + name, after + u'/' + name));
        auto store = openStore(after + u"/venue.sqlite"_s);
        QVERIFY2(store.ok(), qPrintable(store.ok() ? QString() : store.error().message));
        auto whole = scalarSql((*store)->connection(), u"PRAGMA integrity_check"_s);
        QVERIFY(whole.ok());
        QCOMPARE(whole->toString(), u"ok"_s);
        auto keys = runSql((*store)->connection(), u"SELECT idempotency_key FROM orders"_s);
        QVERIFY(keys.ok());
        QSet<QString> stored;
        int rows = 0;
        for (SqlStatement &q = keys.value(); q.next(); ++rows)
            stored.insert(q.value(0).toString());
        QCOMPARE(rows, stored.size()); // nothing twice
        const QSet<QString> lost = ackedBeforeCut - stored;
        qInfo("%lld orders acknowledged before the cut, %lld on the disk after it, %lld lost",
              qint64(ackedBeforeCut.size()), qint64(stored.size()), qint64(lost.size()));
        if (syncsLie) {
            QVERIFY2(!lost.isEmpty(), "a disk that keeps nothing lost nothing: the test is blind");
        } else {
            QVERIFY2(lost.isEmpty(), qPrintable(QStringList(lost.values()).join(u", "_s)));
            QVERIFY(stored.size() >= CutAfterAcks);
        }
    }
};

QTEST_GUILESS_MAIN(TestPowerCut)
#include "tst_powercut.moc"
