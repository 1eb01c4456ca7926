// HubEventFeed: a subscriber catches up from the log, then hears live events, each exactly
// once and in seq order, and only those its role and table may see.
#include "hubconnections.h"
#include "hubeventfeed.h"
#include "hubstorefixture.h"
#include "loopbacksockets.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubEventFeed : public QObject {
    Q_OBJECT

private:
    struct Subscriber {
        DeviceEnd end;
        HubConnection *connection = nullptr;
    };

    HubStoreFixture m_store;
    LoopbackSockets m_loopback;
    HubConnections m_connections{m_store.clock};
    std::unique_ptr<HubEventFeed> m_feed;

    StoredEvent append(int table)
    {
        auto event = m_store.work->eventLog().append(
            u"service.requested"_s, {{u"table"_s, table}, {u"kind"_s, u"water"_s}});
        return event ? *event : StoredEvent{};
    }

    void connect(Subscriber &subscriber, const QString &role, int table = 0)
    {
        subscriber.connection =
            &m_connections.add(m_loopback.connect(subscriber.end), RateLimiter(50, 100));
        subscriber.connection->device = m_store.device(role, table);
    }

    static QList<qint64> seqs(const DeviceEnd &end)
    {
        QList<qint64> seqs;
        for (const QJsonObject &frame : end.frames()) {
            if (frame.value(u"type"_s) == u"event"_s)
                seqs.append(frame.value(u"seq"_s).toInteger());
        }
        return seqs;
    }

    static QList<qint64> range(qint64 from, qint64 through)
    {
        QList<qint64> seqs;
        for (qint64 seq = from; seq <= through; ++seq)
            seqs.append(seq);
        return seqs;
    }

    static int eventCount(const DeviceEnd &end) { return int(seqs(end).size()); }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_store.open(), QString());
        m_connections.setOnRoomForReplay(
            [this](HubConnection &connection) { m_feed->continueReplay(connection); });
        m_feed = std::make_unique<HubEventFeed>(m_store.work->eventLog(), m_connections, this);
        QVERIFY(m_feed->start());
    }

    void aSubscriberCatchesUpThenHearsLiveEventsOnce()
    {
        const qint64 before = m_feed->toldSeq();
        QList<StoredEvent> stored;
        for (int i = 0; i < 3; ++i)
            stored.append(append(4));
        for (const StoredEvent &event : stored)
            m_feed->publish(event);
        QCOMPARE(m_feed->toldSeq(), stored.last().seq);

        Subscriber host;
        connect(host, u"host"_s);
        m_feed->subscribe(*host.connection, u"s-1"_s, before + 1);
        m_connections.writeOut();
        QTRY_COMPARE(eventCount(host.end), 2);
        const QJsonObject reply = host.end.frames().first();
        QCOMPARE(reply.value(u"id"_s).toString(), u"s-1"_s);
        QCOMPARE(reply.value(u"result"_s).toObject().value(u"latestSeq"_s).toInteger(),
                 stored.last().seq);
        QVERIFY(!host.connection->replaying);

        // Stored but not yet published (its commit not on disk): neither replayed nor pushed.
        const StoredEvent unpublished = append(4);
        Subscriber late;
        connect(late, u"kitchen"_s);
        m_feed->subscribe(*late.connection, u"s-2"_s, before);
        m_connections.writeOut();
        QTRY_COMPARE(eventCount(late.end), 3);
        m_feed->publish(unpublished);
        m_feed->publish(unpublished); // told twice, heard once
        m_connections.writeOut();
        QTRY_COMPARE(seqs(host.end), range(before + 2, unpublished.seq));
        QTRY_COMPARE(seqs(late.end), range(before + 1, unpublished.seq));
    }

    void aTableHearsItsOwnTableOnly()
    {
        Subscriber four, five;
        connect(four, u"table"_s, 4);
        connect(five, u"table"_s, 5);
        const qint64 since = m_feed->toldSeq();
        m_feed->subscribe(*four.connection, u"t-4"_s, since);
        m_feed->subscribe(*five.connection, u"t-5"_s, since);
        const StoredEvent forFour = append(4);
        const StoredEvent forFive = append(5);
        m_feed->publish(forFour);
        m_feed->publish(forFive);
        m_connections.writeOut();
        QTRY_COMPARE(seqs(four.end), QList<qint64>{forFour.seq});
        QTRY_COMPARE(seqs(five.end), QList<qint64>{forFive.seq});
    }

    void aSinceBeyondTheLogStartsFromItsTop()
    {
        Subscriber owner;
        connect(owner, u"owner"_s);
        m_feed->subscribe(*owner.connection, u"o-1"_s, m_feed->toldSeq() + 1000);
        QCOMPARE(owner.connection->cursor, m_feed->toldSeq());
        const StoredEvent next = append(2);
        m_feed->publish(next);
        m_connections.writeOut();
        QTRY_COMPARE(seqs(owner.end), QList<qint64>{next.seq});
    }

    void aLongCatchUpArrivesWholeAndInOrder()
    {
        const qint64 before = m_feed->toldSeq();
        const int count = HubLimits::ReplayBatch * 2 + 37;
        StoredEvent last;
        for (int i = 0; i < count; ++i)
            last = append(3);
        m_feed->publish(last);
        Subscriber kitchen;
        connect(kitchen, u"kitchen"_s);
        m_feed->subscribe(*kitchen.connection, u"k-1"_s, before);
        m_connections.writeOut();
        QTRY_COMPARE_WITH_TIMEOUT(eventCount(kitchen.end), count, 10000);
        QCOMPARE(seqs(kitchen.end), range(before + 1, last.seq));
        QVERIFY(!kitchen.connection->replaying);
    }
};

QTEST_GUILESS_MAIN(TestHubEventFeed)
#include "tst_hubeventfeed.moc"
