// The outbox: nothing a diner ordered is lost across drops, timeouts and restarts, and a command
// keeps one key however often it is sent.

#include "fakehub.h"
#include "outbox.h"
#include "venueclient.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 11, 23), QTime(19, 4, 5, 123), Qt::UTC);
constexpr int Wait = 5000;
constexpr int PastBackoffMs = 250; // past fastTiming's first pauses (20 then 40 ms, ± 25 %)

VenueClient::Timing fastTiming()
{
    VenueClient::Timing timing;
    timing.pingIntervalMs = 100;
    timing.pongTimeoutMs = 1500;
    timing.requestTimeoutMs = 2000;
    timing.reconnect = {20, 200, 0.25};
    return timing;
}

QJsonObject order(int itemId)
{
    return {{"lines"_L1, QJsonArray{QJsonObject{{"itemId"_L1, itemId}, {"quantity"_L1, 1}}}}};
}

QStringList keysOf(const QList<QJsonObject> &requests)
{
    QStringList keys;
    for (const QJsonObject &frame : requests)
        keys.append(frame.value("args"_L1)["key"_L1].toString());
    return keys;
}

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"outbox-%1.sqlite"_s.arg(++m_file));
    }

    void storesDurablyOldestFirst()
    {
        ManualClock clock(Start);
        Outbox outbox(m_path, clock);
        QVERIFY(outbox.open().ok());
        QSignalSpy count(&outbox, &Outbox::pendingCountChanged);

        auto first = outbox.enqueue(u"order.place"_s, order(12));
        QVERIFY(first.ok());
        QVERIFY(!QUuid::fromString(first.value()).isNull()); // the outbox made the key
        clock.set(Start.addSecs(-3600)); // a clock set back must not reorder the queue
        auto second = outbox.enqueue(u"order.place"_s, {{"key"_L1, "my-own-key"_L1}});
        QVERIFY(second.ok());
        QCOMPARE(second.value(), u"my-own-key"_s);
        QCOMPARE(outbox.pendingCount(), 2);
        QCOMPARE(count.size(), 2);

        // Enqueueing the same command again is harmless.
        auto again = outbox.enqueue(u"order.place"_s, {{"key"_L1, "my-own-key"_L1}});
        QCOMPARE(again.value(), u"my-own-key"_s);
        QCOMPARE(outbox.pendingCount(), 2);

        auto pending = outbox.pending();
        QVERIFY(pending.ok());
        QCOMPARE(pending->size(), 2);
        QCOMPARE(pending->at(0).key, first.value());
        QCOMPARE(pending->at(0).args.value("key"_L1).toString(), first.value());
        QCOMPARE(pending->at(0).args["lines"_L1][0]["itemId"_L1].toInt(), 12);
        QCOMPARE(pending->at(0).createdAt, Start);
        QCOMPARE(pending->at(1).key, u"my-own-key"_s);

        QVERIFY(outbox.remove(first.value()).ok());
        QVERIFY(outbox.remove(u"never-there"_s).ok());
        QCOMPARE(outbox.pendingCount(), 1);

        QSqlDatabase check = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        check.setDatabaseName(m_path);
        QVERIFY(check.open());
        QSqlQuery pragma(check);
        QVERIFY(pragma.exec(u"PRAGMA journal_mode"_s) && pragma.next());
        QCOMPARE(pragma.value(0).toString(), u"wal"_s);
        check.close();
        check = {};
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void refusesBadInputAndForeignFiles()
    {
        ManualClock clock(Start);
        Outbox closed(m_path, clock);
        QCOMPARE(closed.enqueue(u"order.place"_s, {}).error().code, u"outbox_closed"_s);

        Outbox outbox(m_path, clock);
        QVERIFY(outbox.open().ok());
        QCOMPARE(outbox.enqueue(u"order.place"_s, {{"key"_L1, 5}}).error().code, u"bad_request"_s);
        QCOMPARE(outbox.enqueue(u"order.place"_s, {{"key"_L1, QString(65, u'k')}}).error().code,
                 u"bad_request"_s);

        QFile foreign(m_dir.filePath(u"notes.txt"_s));
        QVERIFY(foreign.open(QIODevice::WriteOnly));
        foreign.write("shopping list: lemons\n");
        foreign.close();
        Outbox wrong(foreign.fileName(), clock);
        QVERIFY(!wrong.open().ok());
        QVERIFY(foreign.open(QIODevice::ReadOnly));
        QCOMPARE(foreign.readAll(), QByteArray("shopping list: lemons\n"));
    }

    void enqueuedOfflineIsSentOnceOnline()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        ManualClock clock(Start);
        Outbox outbox(m_path, clock);
        QVERIFY(outbox.open().ok());
        VenueClient client(clock);
        client.setTiming(fastTiming());
        client.setOutbox(&outbox);
        QSignalSpy sent(&client, &VenueClient::outboxSent);

        const QString key = outbox.enqueue(u"order.place"_s, order(12)).value();
        QCOMPARE(client.outboxPending(), 1);
        QVERIFY(client.sending()); // "offline — will send when connected"
        {
            // Nothing lost: the command is on disk before any attempt to send it.
            Outbox reader(m_path, clock);
            QVERIFY(reader.open().ok());
            QCOMPARE(reader.pending()->size(), 1);
        }

        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QVERIFY(sent.wait(Wait));
        QCOMPARE(sent.first().at(0).toString(), key);
        QCOMPARE(sent.first().at(1).toString(), u"order.place"_s);
        QCOMPARE(sent.first().at(2).toJsonObject()["order"_L1]["key"_L1].toString(), key);
        QCOMPARE(outbox.pendingCount(), 0);
        QCOMPARE(outbox.pending()->size(), 0);
        QCOMPARE(client.outboxPending(), 0);
        QVERIFY(!client.sending());
        QCOMPARE(keysOf(hub.requestsFor(u"order.place"_s)), QStringList{key});
    }

    void sentInTheOrderMade()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        ManualClock clock(Start);
        Outbox outbox(m_path, clock);
        QVERIFY(outbox.open().ok());
        QStringList keys;
        for (int item : {1, 2, 3})
            keys.append(outbox.enqueue(u"order.place"_s, order(item)).value());
        VenueClient client(clock);
        client.setTiming(fastTiming());
        client.setOutbox(&outbox);
        QSignalSpy sent(&client, &VenueClient::outboxSent);
        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 3, Wait);
        QCOMPARE(keysOf(hub.requestsFor(u"order.place"_s)), keys);
        // And one made while online goes straight out.
        const QString fourth = outbox.enqueue(u"order.place"_s, order(4)).value();
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 4, Wait);
        QCOMPARE(sent.last().first().toString(), fourth);
    }

    void keptWhenTheConnectionDropsBeforeTheReply()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        ManualClock clock(Start);
        Outbox outbox(m_path, clock);
        QVERIFY(outbox.open().ok());
        VenueClient client(clock);
        client.setTiming(fastTiming());
        client.setOutbox(&outbox);
        QSignalSpy sent(&client, &VenueClient::outboxSent);
        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), VenueClient::State::Online, Wait);

        hub.answerRequests = false;
        const QString key = outbox.enqueue(u"order.place"_s, order(12)).value();
        QTRY_COMPARE_WITH_TIMEOUT(hub.requestsFor(u"order.place"_s).size(), 1, Wait);
        hub.dropClients();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), VenueClient::State::Offline, Wait);
        QCOMPARE(outbox.pendingCount(), 1);
        QCOMPARE(sent.size(), 0);

        hub.answerRequests = true;
        clock.advance(PastBackoffMs); // the reconnect
        QVERIFY(sent.wait(Wait));
        QCOMPARE(sent.first().first().toString(), key);
        QCOMPARE(outbox.pendingCount(), 0);
        // The hub saw the command twice, under one key: it can tell it is the same order.
        QCOMPARE(keysOf(hub.requestsFor(u"order.place"_s)), (QStringList{key, key}));
    }

    void keptAfterATimeoutAndResentWithTheSameKey()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        ManualClock clock(Start);
        Outbox outbox(m_path, clock);
        QVERIFY(outbox.open().ok());
        VenueClient client(clock);
        VenueClient::Timing timing = fastTiming();
        timing.requestTimeoutMs = 200;
        client.setTiming(timing);
        client.setOutbox(&outbox);
        QSignalSpy sent(&client, &VenueClient::outboxSent);
        QSignalSpy replied(&client, &VenueClient::replied);
        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), VenueClient::State::Online, Wait);

        hub.answerRequests = false;
        const QString key = outbox.enqueue(u"order.place"_s, order(12)).value();
        QTRY_COMPARE_WITH_TIMEOUT(hub.requestsFor(u"order.place"_s).size(), 1, Wait);
        clock.advance(200);
        QCOMPARE(replied.size(), 1);
        QCOMPARE(replied.first().at(3).toString(), u"timeout"_s);
        QCOMPARE(outbox.pendingCount(), 1);
        QVERIFY(client.sending());

        hub.answerRequests = true;
        clock.advance(25); // the retry's pause (20 ms ± 25 %), short of the resend's own timeout
        QVERIFY(sent.wait(Wait));
        QCOMPARE(outbox.pendingCount(), 0);
        QCOMPARE(keysOf(hub.requestsFor(u"order.place"_s)), (QStringList{key, key}));
    }

    void survivesARestart()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        ManualClock clock(Start);
        QString key;
        {
            // The first run: the diner orders, the tablet dies before it is ever online.
            Outbox outbox(m_path, clock);
            QVERIFY(outbox.open().ok());
            key = outbox.enqueue(u"order.place"_s, order(12)).value();
        }
        Outbox outbox(m_path, clock);
        QVERIFY(outbox.open().ok());
        QCOMPARE(outbox.pendingCount(), 1);
        VenueClient client(clock);
        client.setTiming(fastTiming());
        client.setOutbox(&outbox);
        QSignalSpy sent(&client, &VenueClient::outboxSent);
        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QVERIFY(sent.wait(Wait));
        QCOMPARE(sent.first().first().toString(), key);
        QCOMPARE(keysOf(hub.requestsFor(u"order.place"_s)), QStringList{key});
        QCOMPARE(outbox.pendingCount(), 0);
    }

    void definitiveRejectionRemovesAndTells()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        hub.failOp.insert(u"order.place"_s, {u"item_unavailable"_s, u"Sea bass is sold out."_s});
        ManualClock clock(Start);
        Outbox outbox(m_path, clock);
        QVERIFY(outbox.open().ok());
        const QString refusedKey = outbox.enqueue(u"order.place"_s, order(12)).value();
        const QString laterKey =
            outbox.enqueue(u"service.call"_s, {{"kind"_L1, "water"_L1}}).value();
        VenueClient client(clock);
        client.setTiming(fastTiming());
        client.setOutbox(&outbox);
        QSignalSpy rejected(&client, &VenueClient::outboxRejected);
        QSignalSpy sent(&client, &VenueClient::outboxSent);
        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));

        QVERIFY(rejected.wait(Wait));
        QCOMPARE(rejected.first().at(0).toString(), refusedKey);
        QCOMPARE(rejected.first().at(1).toString(), u"order.place"_s);
        QCOMPARE(rejected.first().at(2).toString(), u"item_unavailable"_s);
        QCOMPARE(rejected.first().at(3).toString(), u"Sea bass is sold out."_s);
        // A refusal does not block the queue behind it.
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, Wait);
        QCOMPARE(sent.first().first().toString(), laterKey);
        QCOMPARE(outbox.pendingCount(), 0);
        QCOMPARE(hub.requestsFor(u"order.place"_s).size(), 1); // not retried
    }

    void transientHubErrorIsRetried()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        hub.failOp.insert(u"order.place"_s, {u"rate_limited"_s, u"Slow down."_s});
        ManualClock clock(Start);
        Outbox outbox(m_path, clock);
        QVERIFY(outbox.open().ok());
        const QString key = outbox.enqueue(u"order.place"_s, order(12)).value();
        VenueClient client(clock);
        client.setTiming(fastTiming());
        client.setOutbox(&outbox);
        QSignalSpy sent(&client, &VenueClient::outboxSent);
        QSignalSpy rejected(&client, &VenueClient::outboxRejected);
        QSignalSpy replied(&client, &VenueClient::replied);
        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QTRY_COMPARE_WITH_TIMEOUT(replied.size(), 1, Wait);
        QCOMPARE(replied.first().at(3).toString(), u"rate_limited"_s);
        QCOMPARE(hub.requestsFor(u"order.place"_s).size(), 1); // not again before the pause
        clock.advance(PastBackoffMs);
        QTRY_COMPARE_WITH_TIMEOUT(replied.size(), 2, Wait);
        QCOMPARE(hub.requestsFor(u"order.place"_s).size(), 2);
        QCOMPARE(outbox.pendingCount(), 1);
        QCOMPARE(sent.size(), 0);

        hub.failOp.clear();
        clock.advance(PastBackoffMs);
        QVERIFY(sent.wait(Wait));
        QCOMPARE(sent.first().first().toString(), key);
        QCOMPARE(rejected.size(), 0);
        const QStringList keys = keysOf(hub.requestsFor(u"order.place"_s));
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), QSet<QString>{key});
    }

    void outboxDestroyedFirstIsLetGo()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        ManualClock clock(Start);
        VenueClient client(clock);
        client.setTiming(fastTiming());
        {
            Outbox outbox(m_path, clock);
            QVERIFY(outbox.open().ok());
            (void)outbox.enqueue(u"order.place"_s, order(12));
            client.setOutbox(&outbox);
            QCOMPARE(client.outboxPending(), 1);
        }
        QCOMPARE(client.outboxPending(), 0);
        QVERIFY(!client.sending());
        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), VenueClient::State::Online, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(hub.requestsFor(u"subscribe"_s).size(), 1, Wait);
        QCOMPARE(hub.requestsFor(u"order.place"_s).size(), 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_file = 0;
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
