// The event log clients resume from: seq grows by one per stored event, in order.
#include "eventlog.h"
#include "storefixture.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestEventLog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;

    EventLog log() { return EventLog(m_store->connection(), m_store->clock); }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        QVERIFY(m_store->open());
    }

    void emptyLog()
    {
        QCOMPARE(*log().latestSeq(), 0);
        QVERIFY(log().since(0)->isEmpty());
    }

    void appendNumbersEventsInOrder()
    {
        const QJsonObject placed{{u"order"_s, QJsonObject{{u"id"_s, 501}, {u"total"_s, 5900}}}};
        const QJsonObject chat{{u"body"_s, u"شكراً جزيلاً"_s}, {u"table"_s, 4}};
        auto first = log().append(u"order.placed"_s, placed);
        m_store->clock.advance(1500);
        auto second = log().append(u"chat.message"_s, chat);
        auto third = log().append(u"session.closed"_s, {{u"sessionId"_s, 88}});
        QVERIFY(first.ok() && second.ok() && third.ok());
        QCOMPARE(first->seq, 1);
        QCOMPARE(second->seq, first->seq + 1);
        QCOMPARE(third->seq, second->seq + 1);
        QCOMPARE(first->at, fixedNow());
        QCOMPARE(second->at, fixedNow().addMSecs(1500));
        QCOMPARE(*log().latestSeq(), third->seq);

        auto all = log().since(0);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).type, u"order.placed"_s);
        QCOMPARE(all->at(0).data, placed);
        QCOMPARE(all->at(1).data, chat);
        QCOMPARE(all->at(1).at, second->at);
        QCOMPARE(all->at(2).seq, third->seq);

        auto after = log().since(first->seq);
        QCOMPARE(after->size(), 2);
        QCOMPARE(after->at(0).seq, second->seq);
        QVERIFY(log().since(third->seq)->isEmpty());
    }

    void readingHonoursTheLimitAndTheEnd_data()
    {
        QTest::addColumn<qint64>("after");
        QTest::addColumn<qint64>("through"); // -1: since(), which reads to the newest
        QTest::addColumn<int>("limit");
        QTest::addColumn<QList<qint64>>("seqs");
        QTest::newRow("first two") << qint64(0) << qint64(-1) << 2 << QList<qint64>{1, 2};
        QTest::newRow("middle") << qint64(2) << qint64(-1) << 2 << QList<qint64>{3, 4};
        QTest::newRow("tail") << qint64(4) << qint64(-1) << 500 << QList<qint64>{5};
        QTest::newRow("past the end") << qint64(9) << qint64(-1) << 500 << QList<qint64>{};
        QTest::newRow("up to an end") << qint64(0) << qint64(3) << 500 << QList<qint64>{1, 2, 3};
        QTest::newRow("limit before the end") << qint64(1) << qint64(4) << 1 << QList<qint64>{2};
        QTest::newRow("end at the start") << qint64(3) << qint64(3) << 500 << QList<qint64>{};
        QTest::newRow("end past the newest")
            << qint64(3) << qint64(99) << 500 << QList<qint64>{4, 5};
    }
    void readingHonoursTheLimitAndTheEnd()
    {
        QFETCH(qint64, after);
        QFETCH(qint64, through);
        QFETCH(int, limit);
        QFETCH(QList<qint64>, seqs);
        for (int i = 0; i < 5; ++i)
            QVERIFY(log().append(u"idea.voted"_s, {{u"votes"_s, i}}).ok());
        auto events =
            through < 0 ? log().since(after, limit) : log().between(after, through, limit);
        QVERIFY(events.ok());
        QList<qint64> got;
        for (const StoredEvent &e : *events)
            got.append(e.seq);
        QCOMPARE(got, seqs);
    }

    void aRolledBackAppendLeavesNoGap()
    {
        QVERIFY(log().append(u"a"_s, {}).ok());
        {
            Transaction transaction(m_store->connection());
            QVERIFY(transaction.started());
            QCOMPARE(log().append(u"lost"_s, {})->seq, 2);
        } // rolled back: the change it reported did not happen either
        QCOMPARE(*log().latestSeq(), 1);
        QCOMPARE(log().append(u"b"_s, {})->seq, 2);
        QCOMPARE(log().since(0)->size(), 2);
    }

    void anEventNeedsAType()
    {
        auto refused = log().append(u" "_s, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"bad_request"_s);
        QCOMPARE(m_store->count(u"events"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
