// What a seated table says besides ordering: chat, feedback and ideas with their votes.
#include "chatrepository.h"
#include "feedbackrepository.h"
#include "idearepository.h"
#include "servicerequestrepository.h"
#include "sessionrepository.h"
#include "storefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestTableActivity : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    qint64 m_session = 0;

    ChatRepository chat() { return ChatRepository(m_store->connection(), m_store->clock); }
    FeedbackRepository feedback()
    {
        return FeedbackRepository(m_store->connection(), m_store->clock);
    }
    IdeaRepository ideas() { return IdeaRepository(m_store->connection(), m_store->clock); }
    qint64 seat(int table)
    {
        auto s = SessionRepository(m_store->connection(), m_store->clock).seat(table, 2);
        return s ? s->id : 0;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        QVERIFY(m_store->open());
        m_session = seat(4);
        QVERIFY(m_session > 0);
    }

    void chatKeepsTheConversationInOrder()
    {
        auto asked = chat().send(m_session, u"table"_s, 0, u"  Could we have the dessert menu? "_s);
        QVERIFY(asked.ok());
        QCOMPARE(asked->body, u"Could we have the dessert menu?"_s);
        QCOMPARE(asked->tableNumber, 4);
        QCOMPARE(asked->fromRole, u"table"_s);
        QCOMPARE(asked->sentAt, m_store->clock.now());
        m_store->clock.advance(5000);
        QVERIFY(chat().send(m_session, u"host"_s, 0, u"Coming right up!"_s).ok());
        QVERIFY(chat().send(seat(5), u"table"_s, 0, u"Another table"_s).ok());

        auto thread = chat().ofSession(m_session);
        QVERIFY(thread.ok());
        QCOMPARE(thread->size(), 2);
        QCOMPARE(thread->at(0).body, u"Could we have the dessert menu?"_s);
        QCOMPARE(thread->at(1).fromRole, u"host"_s);
    }

    void chatRefusals_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("blank") << u"table"_s << u"   "_s << u"bad_request"_s;
        QTest::newRow("2001 characters") << u"table"_s << QString(2001, u'a') << u"bad_request"_s;
        QTest::newRow("unknown sender") << u"waiter"_s << u"Hello"_s << u"bad_request"_s;
    }
    void chatRefusals()
    {
        QFETCH(QString, role);
        QFETCH(QString, body);
        QFETCH(QString, code);
        auto sent = chat().send(m_session, role, 0, body);
        QVERIFY(!sent.ok());
        QCOMPARE(sent.error().code, code);
        QCOMPARE(m_store->count(u"chat_messages"_s), 0);
    }

    void chatAcceptsTheLongestMessage()
    {
        QVERIFY(chat().send(m_session, u"table"_s, 0, QString(2000, u'a')).ok());
        QCOMPARE(m_store->count(u"chat_messages"_s), 1);
    }

    void feedbackPerDishAndPerVisit()
    {
        const qint64 dish = m_store->item(u"ribeye-steak"_s).id;
        auto perDish = feedback().give(m_session, dish, 5, u"Perfectly cooked"_s);
        QVERIFY(perDish.ok());
        QCOMPARE(perDish->itemId, dish);
        QCOMPARE(perDish->rating, 5);
        QCOMPARE(perDish->comment, u"Perfectly cooked"_s);
        QCOMPARE(perDish->createdAt, m_store->clock.now());
        auto visit = feedback().give(m_session, 0, 4, {});
        QVERIFY(visit.ok());
        QCOMPARE(visit->itemId, 0);
        QVERIFY(
            m_store->scalar(u"SELECT item_id FROM feedback WHERE id = ?"_s, {visit->id}).isNull());
        QCOMPARE(m_store->count(u"feedback"_s), 2);
    }

    // A null QString binds as SQL NULL; the NOT NULL columns must get '' from the repositories.
    void noCommentOrNoteIsStoredAsEmptyText()
    {
        auto visit = feedback().give(m_session, 0, 4, QString());
        QVERIFY2(visit.ok(), qPrintable(visit.ok() ? QString() : visit.error().message));
        QCOMPARE(visit->comment, QString());
        QCOMPARE(m_store->scalar(u"SELECT quote(comment) FROM feedback WHERE id = ?"_s, {visit->id})
                     .toString(),
                 u"''"_s);
        auto call = ServiceRequestRepository(m_store->connection(), m_store->clock)
                        .request(m_session, u"water"_s, QString());
        QVERIFY2(call.ok(), qPrintable(call.ok() ? QString() : call.error().message));
        QCOMPARE(
            m_store->scalar(u"SELECT quote(note) FROM service_requests WHERE id = ?"_s, {call->id})
                .toString(),
            u"''"_s);
    }

    void feedbackRefusals_data()
    {
        QTest::addColumn<qint64>("session"); // 0: the seated one
        QTest::addColumn<qint64>("item");
        QTest::addColumn<int>("rating");
        QTest::addColumn<QString>("code");
        QTest::newRow("no stars") << qint64(0) << qint64(0) << 0 << u"bad_request"_s;
        QTest::newRow("six stars") << qint64(0) << qint64(0) << 6 << u"bad_request"_s;
        QTest::newRow("unknown dish") << qint64(0) << qint64(99999) << 3 << u"unknown_item"_s;
        QTest::newRow("unknown session") << qint64(4242) << qint64(0) << 3 << u"unknown_session"_s;
    }
    void feedbackRefusals()
    {
        QFETCH(qint64, session);
        QFETCH(qint64, item);
        QFETCH(int, rating);
        QFETCH(QString, code);
        auto given = feedback().give(session ? session : m_session, item, rating, {});
        QVERIFY(!given.ok());
        QCOMPARE(given.error().code, code);
        QCOMPARE(m_store->count(u"feedback"_s), 0);
    }

    void ideasAreVotedOncePerSession()
    {
        auto kids = ideas().submit(m_session, u" A kids' menu with smaller plates "_s);
        QVERIFY(kids.ok());
        QCOMPARE(kids->body, u"A kids' menu with smaller plates"_s);
        QCOMPARE(kids->status, u"open"_s);
        QCOMPARE(kids->votes, 0);
        auto music = ideas().submit(m_session, u"Live music on Fridays"_s);
        QVERIFY(music.ok());

        auto voted = ideas().vote(music->id, m_session);
        QVERIFY(voted.ok());
        QCOMPARE(voted->votes, 1);
        auto twice = ideas().vote(music->id, m_session);
        QVERIFY(!twice.ok());
        QCOMPARE(twice.error().code, u"already_voted"_s);
        QCOMPARE(m_store->count(u"idea_votes"_s), 1);

        const qint64 otherTable = seat(8);
        QCOMPARE(ideas().vote(music->id, otherTable)->votes, 2);
        QCOMPARE(ideas().vote(kids->id, otherTable)->votes, 1);

        auto all = ideas().all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, music->id); // most votes first
        QCOMPARE(all->at(0).votes, 2);
        QCOMPARE(all->at(1).votes, 1);
    }

    void ideaRefusals()
    {
        auto blank = ideas().submit(m_session, u"  "_s);
        QVERIFY(!blank.ok());
        QCOMPARE(blank.error().code, u"bad_request"_s);
        auto unknown = ideas().vote(4242, m_session);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, u"unknown_idea"_s);
        QCOMPARE(m_store->count(u"ideas"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestTableActivity)
#include "tst_tableactivity.moc"
