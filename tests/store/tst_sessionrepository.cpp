// Seating and closing tables, and the calls a table makes for a waiter.
#include "servicerequestrepository.h"
#include "sessionrepository.h"
#include "storefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestSessionRepository : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;

    SessionRepository sessions()
    {
        return SessionRepository(m_store->connection(), m_store->clock);
    }
    ServiceRequestRepository calls()
    {
        return ServiceRequestRepository(m_store->connection(), m_store->clock);
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        QVERIFY(m_store->open());
    }

    void seatOpensASession()
    {
        auto seated = sessions().seat(4, 3);
        QVERIFY(seated.ok());
        QVERIFY(seated->id > 0);
        QCOMPARE(seated->tableNumber, 4);
        QCOMPARE(seated->partySize, 3);
        QCOMPARE(seated->openedAt, m_store->clock.now());
        QVERIFY(!seated->closedAt.isValid());
        QCOMPARE(
            m_store->scalar(u"SELECT party_size FROM table_sessions WHERE id = ?"_s, {seated->id})
                .toInt(),
            3);
        auto open = sessions().openAt(4);
        QVERIFY(open.ok());
        QCOMPARE(open->id, seated->id);
    }

    void seatRefusals_data()
    {
        QTest::addColumn<int>("table");
        QTest::addColumn<int>("partySize");
        QTest::addColumn<QString>("code");
        QTest::newRow("occupied") << 4 << 2 << u"table_occupied"_s;
        QTest::newRow("no such table") << 99 << 2 << u"unknown_table"_s;
        QTest::newRow("nobody") << 5 << 0 << u"bad_request"_s;
    }
    void seatRefusals()
    {
        QFETCH(int, table);
        QFETCH(int, partySize);
        QFETCH(QString, code);
        QVERIFY(sessions().seat(4, 2).ok());
        auto refused = sessions().seat(table, partySize);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, code);
        QCOMPARE(m_store->count(u"table_sessions"_s), 1);
    }

    void closeEndsTheSessionOnce()
    {
        auto seated = sessions().seat(2, 2);
        QVERIFY(seated.ok());
        m_store->clock.advance(90 * 60 * 1000);
        auto closed = sessions().close(seated->id);
        QVERIFY(closed.ok());
        QCOMPARE(closed->closedAt, m_store->clock.now());
        QCOMPARE(closed->openedAt, seated->openedAt);

        auto again = sessions().close(seated->id);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, u"session_closed"_s);
        auto unknown = sessions().close(4242);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, u"unknown_session"_s);

        auto open = sessions().openAt(2);
        QVERIFY(!open.ok());
        QCOMPARE(open.error().code, u"no_open_session"_s);
        // The table is free again.
        auto next = sessions().seat(2, 4);
        QVERIFY(next.ok());
        QVERIFY(next->id != seated->id);
    }

    void openOrSeatReusesTheOpenSession()
    {
        auto first = sessions().openOrSeat(6);
        QVERIFY(first.ok());
        QVERIFY(first->seated);
        QCOMPARE(first->session.partySize, 1);
        QCOMPARE(first->session.tableNumber, 6);
        // What it says of the new session is what the store holds.
        auto stored = sessions().byId(first->session.id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->openedAt, first->session.openedAt);
        QVERIFY(!stored->closedAt.isValid());
        auto second = sessions().openOrSeat(6);
        QVERIFY(second.ok());
        QVERIFY(!second->seated);
        QCOMPARE(second->session.id, first->session.id);
        QCOMPARE(m_store->count(u"table_sessions"_s), 1);
        auto unknown = sessions().openOrSeat(99);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, u"unknown_table"_s);
    }

    void byIdReadsTheStore()
    {
        auto seated = sessions().seat(7, 5);
        QVERIFY(seated.ok());
        auto read = sessions().byId(seated->id);
        QVERIFY(read.ok());
        QCOMPARE(read->tableNumber, 7);
        QCOMPARE(read->partySize, 5);
        auto unknown = sessions().byId(4242);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, u"unknown_session"_s);
    }

    void callKinds_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("accepted");
        for (const char *kind : {"help", "water", "cutlery", "other", "bill"})
            QTest::newRow(kind) << QString::fromLatin1(kind) << true;
        QTest::newRow("champagne") << u"champagne"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void callKinds()
    {
        QFETCH(QString, kind);
        QFETCH(bool, accepted);
        auto seated = sessions().seat(3, 2);
        QVERIFY(seated.ok());
        auto call = calls().request(seated->id, kind, {});
        QCOMPARE(call.ok(), accepted);
        if (accepted) {
            QCOMPARE(call->kind, kind);
            QCOMPARE(call->tableNumber, 3);
            QCOMPARE(call->note, QString());
            QCOMPARE(call->requestedAt, m_store->clock.now());
        } else {
            QCOMPARE(call.error().code, u"bad_request"_s);
        }
        QCOMPARE(m_store->count(u"service_requests"_s), accepted ? 1 : 0);
    }

    void callsNeedAnOpenSession()
    {
        auto seated = sessions().seat(3, 2);
        QVERIFY(seated.ok());
        QVERIFY(sessions().close(seated->id).ok());
        auto closed = calls().request(seated->id, u"water"_s, {});
        QVERIFY(!closed.ok());
        QCOMPARE(closed.error().code, u"session_closed"_s);
        auto unknown = calls().request(4242, u"water"_s, {});
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, u"unknown_session"_s);
    }

    void acknowledgeOnce()
    {
        auto table1 = sessions().seat(1, 2);
        auto table2 = sessions().seat(2, 2);
        QVERIFY(table1.ok() && table2.ok());
        auto water = calls().request(table1->id, u"water"_s, u"  sparkling please "_s);
        m_store->clock.advance(1000);
        auto bill = calls().request(table2->id, u"bill"_s, {});
        QVERIFY(water.ok() && bill.ok());
        QCOMPARE(water->note, u"sparkling please"_s);

        auto open = calls().open();
        QVERIFY(open.ok());
        QCOMPARE(open->size(), 2);
        QCOMPARE(open->at(0).id, water->id); // oldest first
        QCOMPARE(open->at(1).tableNumber, 2);

        m_store->clock.advance(30'000);
        auto acknowledged = calls().acknowledge(water->id, 0);
        QVERIFY(acknowledged.ok());
        QCOMPARE(acknowledged->acknowledgedAt, m_store->clock.now());
        QCOMPARE(calls().open()->size(), 1);
        QCOMPARE(calls().open()->at(0).id, bill->id);

        auto twice = calls().acknowledge(water->id, 0);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, u"already_acknowledged"_s);
        auto unknown = calls().acknowledge(4242, 0);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, u"unknown_request"_s);
    }
};

QTEST_GUILESS_MAIN(TestSessionRepository)
#include "tst_sessionrepository.moc"
