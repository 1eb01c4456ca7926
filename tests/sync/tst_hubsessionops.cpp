// SessionOperations: seating and closing a table, and the party of 1 a diner's first act seats.
#include "hubstorefixture.h"
#include "sessionoperations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubSessionOps : public QObject {
    Q_OBJECT

private:
    HubStoreFixture m_store;
    std::unique_ptr<SessionOperations> m_sessions;
    Device m_host;

private slots:
    void initTestCase()
    {
        QCOMPARE(m_store.open(), QString());
        m_sessions = std::make_unique<SessionOperations>(*m_store.work);
        m_host = m_store.device(u"host"_s);
    }

    void aTableIsSeatedThenClosed()
    {
        const auto seated = m_sessions->seat(m_host, {{u"table"_s, 3}, {u"partySize"_s, 4}});
        QVERIFY(seated);
        const qint64 sessionId = seated->result[u"sessionId"_s].toInteger();
        QVERIFY(sessionId > 0);
        QCOMPARE(HubStoreFixture::types(seated->events), QStringList{u"session.opened"_s});
        QCOMPARE(seated->events[0].data[u"partySize"_s].toInt(), 4);
        QCOMPARE(seated->events[0].data[u"table"_s].toInt(), 3);
        QCOMPARE(m_sessions->seat(m_host, {{u"table"_s, 3}}).error().code, u"table_occupied"_s);

        const auto closed = m_sessions->close(m_host, {{u"sessionId"_s, sessionId}});
        QVERIFY(closed);
        QCOMPARE(HubStoreFixture::types(closed->events), QStringList{u"session.closed"_s});
        QCOMPARE(closed->events[0].data[u"table"_s].toInt(), 3);
        QCOMPARE(m_sessions->close(m_host, {{u"sessionId"_s, sessionId}}).error().code,
                 u"session_closed"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("unknown table")
            << u"seat"_s << QJsonObject{{u"table"_s, 99}} << u"unknown_table"_s;
        QTest::newRow("unknown session")
            << u"close"_s << QJsonObject{{u"sessionId"_s, 9999}} << u"unknown_session"_s;
    }
    void refusals()
    {
        QFETCH(QString, op);
        QFETCH(QJsonObject, args);
        QFETCH(QString, refusal);
        const qint64 events = m_store.count(u"events"_s);
        const auto refused =
            op == u"seat"_s ? m_sessions->seat(m_host, args) : m_sessions->close(m_host, args);
        QCOMPARE(refused.error().code, refusal);
        QCOMPARE(m_store.count(u"events"_s), events);
    }

    void aDinersFirstActSeatsAPartyOfOne()
    {
        QCOMPARE(m_sessions->openAt(6).error().code, u"no_open_session"_s);
        HubOutcome outcome;
        const auto opened = m_sessions->sessionFor(6, outcome);
        QVERIFY(opened);
        QCOMPARE(opened->partySize, 1);
        QCOMPARE(HubStoreFixture::types(outcome.events), QStringList{u"session.opened"_s});
        HubOutcome again;
        const auto found = m_sessions->sessionFor(6, again);
        QCOMPARE(found->id, opened->id);
        QVERIFY(again.events.isEmpty()); // already seated: no news
        QCOMPARE(m_sessions->openAt(6)->id, opened->id);
    }
};

QTEST_GUILESS_MAIN(TestHubSessionOps)
#include "tst_hubsessionops.moc"
