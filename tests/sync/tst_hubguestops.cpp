// GuestOperations: a call for a waiter and its answer, chat (a diner's resend answered once),
// and feedback, each for the caller's own table.
#include "guestoperations.h"
#include "hubstorefixture.h"
#include "sessionoperations.h"
#include "sessionrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubGuestOps : public QObject {
    Q_OBJECT

private:
    HubStoreFixture m_store;
    std::unique_ptr<SessionOperations> m_sessions;
    std::unique_ptr<GuestOperations> m_guests;
    Device m_table;
    Device m_host;

private slots:
    void initTestCase()
    {
        QCOMPARE(m_store.open(), QString());
        m_sessions = std::make_unique<SessionOperations>(*m_store.work);
        m_guests = std::make_unique<GuestOperations>(*m_store.work, *m_sessions);
        m_table = m_store.device(u"table"_s, 2);
        m_host = m_store.device(u"host"_s);
    }

    void aCallSeatsTheTableAndIsAnsweredOnce()
    {
        const auto call = m_guests->serviceCall(m_table, {{u"kind"_s, u"water"_s}});
        QVERIFY(call);
        QCOMPARE(HubStoreFixture::types(call->events),
                 (QStringList{u"session.opened"_s, u"service.requested"_s}));
        QCOMPARE(call->events[1].data[u"table"_s].toInt(), 2);
        const qint64 requestId = call->result[u"requestId"_s].toInteger();
        const auto answered = m_guests->serviceAcknowledge(m_host, {{u"requestId"_s, requestId}});
        QVERIFY(answered);
        QCOMPARE(answered->events[0].type, u"service.acknowledged"_s);
        QCOMPARE(answered->events[0].data[u"kind"_s].toString(), u"water"_s);
        QCOMPARE(m_guests->serviceAcknowledge(m_host, {{u"requestId"_s, requestId}}).error().code,
                 u"already_acknowledged"_s);
        // Another table is not this tablet's to call for.
        QCOMPARE(
            m_guests->serviceCall(m_table, {{u"kind"_s, u"help"_s}, {u"table"_s, 3}}).error().code,
            u"forbidden"_s);
    }

    void aResentMessageIsAnsweredOnce()
    {
        const QJsonObject args{{u"key"_s, u"chat-1"_s}, {u"body"_s, u"Dessert menu?"_s}};
        const auto sent = m_guests->chatSend(m_table, args);
        QVERIFY(sent);
        QCOMPARE(sent->events.constLast().type, u"chat.message"_s);
        QCOMPARE(sent->events.constLast().data[u"from"_s].toString(), u"table"_s);
        const auto again = m_guests->chatSend(m_table, args);
        QVERIFY(again);
        QVERIFY(!again->keep);
        QVERIFY(again->events.isEmpty());
        QCOMPARE(again->result[u"messageId"_s], sent->result[u"messageId"_s]);
        QCOMPARE(m_guests->chatSend(m_store.device(u"table"_s, 5), args).error().code,
                 u"forbidden"_s);
    }

    void staffWriteOnlyToASeatedTable()
    {
        QCOMPARE(
            m_guests->chatSend(m_host, {{u"table"_s, 8}, {u"body"_s, u"Hello"_s}}).error().code,
            u"no_open_session"_s);
        const auto reply =
            m_guests->chatSend(m_host, {{u"table"_s, 2}, {u"body"_s, u"Coming right up!"_s}});
        QVERIFY(reply);
        QCOMPARE(HubStoreFixture::types(reply->events), QStringList{u"chat.message"_s});
        QCOMPARE(reply->events[0].data[u"from"_s].toString(), u"host"_s);
    }

    void aDishIsRatedOnceServedAndTheVisitByItsCard()
    {
        const qint64 hummus = m_store.itemId(u"hummus"_s);
        QVERIFY(m_guests->chatSend(m_table, {{u"body"_s, u"Hello"_s}})); // seats the party
        QCOMPARE(
            m_guests->feedbackGive(m_table, {{u"itemId"_s, hummus}, {u"rating"_s, 4}}).error().code,
            u"not_ordered"_s);
        const auto visit = m_guests->visitRate(
            m_table, {{u"food"_s, 5}, {u"recommend"_s, 10}, {u"comment"_s, u"Lovely"_s}});
        QVERIFY(visit);
        QCOMPARE(visit->events[0].type, u"visit.rated"_s);
        QCOMPARE(visit->events[0].data[u"recommend"_s].toInt(), 10);
        QVERIFY(!visit->events[0].data.contains(u"service"_s)); // skipped
        QCOMPARE(
            m_guests->visitRate(m_table, {{u"food"_s, 4}, {u"email"_s, u"a@b.org"_s}}).error().code,
            u"consent_required"_s);
        // Once the party has gone, the table takes no more ratings, and rating seats nobody.
        auto open = SessionRepository(m_store.work->database(), m_store.work->clock()).openAt(2);
        QVERIFY(open);
        QVERIFY(SessionRepository(m_store.work->database(), m_store.work->clock()).close(open->id));
        QCOMPARE(m_guests->visitRate(m_table, {{u"food"_s, 5}}).error().code, u"no_open_session"_s);
        QCOMPARE(
            m_guests->feedbackGive(m_table, {{u"itemId"_s, hummus}, {u"rating"_s, 4}}).error().code,
            u"no_open_session"_s);
    }
};

QTEST_GUILESS_MAIN(TestHubGuestOps)
#include "tst_hubguestops.moc"
