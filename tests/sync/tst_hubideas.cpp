// The ideas board through a real hub and real sockets: an idea proposed at table 4 and a vote at
// table 5 reach both tables and the owner live, with no table number; similar ideas for a draft;
// the owner's statuses, public answers and merges (a table that voted for both duplicates counted
// once); and every refusal (empty or over-long text, a second vote, an owner's operation from a
// table, a status that does not exist, a wrong PIN) with nothing stored.
#include "hubtestsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

const QString OwnerPin = u"2580"_s; // Eleni Markou, the demo venue's owner
const QString HostPin = u"1379"_s;

QJsonObject lastEvent(const TestClient &client, const QString &type)
{
    QJsonObject found;
    for (const QJsonObject &event : client.events())
        if (event[u"event"_s].toString() == type)
            found = event;
    return found;
}

} // namespace

class TestHubIdeas : public QObject {
    Q_OBJECT

private:
    TestHub m_venue;
    TestClient m_four, m_five, m_six, m_owner, m_kitchen;

    QJsonObject propose(TestClient &table, const QString &body)
    {
        return table.request(u"idea.submit"_s, {{u"body"_s, body}});
    }
    QJsonObject owner(const QString &op, QJsonObject args, const QString &pin = OwnerPin)
    {
        args.insert(u"pin"_s, pin);
        return m_owner.request(op, args);
    }
    QJsonObject ideaOnBoard(TestClient &client, qint64 ideaId)
    {
        const QJsonObject reply = client.request(u"idea.board"_s, {});
        for (const QJsonValue &idea : reply[u"result"_s][u"ideas"_s].toArray())
            if (idea[u"ideaId"_s].toInteger() == ideaId)
                return idea.toObject();
        return {};
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_venue.start(), QString());
        const QUrl url = m_venue.hub->url();
        QVERIFY(m_four.connectAs(url, m_venue.enroll(u"Table 4"_s, u"table"_s, 4)));
        QVERIFY(m_five.connectAs(url, m_venue.enroll(u"Table 5"_s, u"table"_s, 5)));
        QVERIFY(m_six.connectAs(url, m_venue.enroll(u"Table 6"_s, u"table"_s, 6)));
        QVERIFY(m_owner.connectAs(url, m_venue.enroll(u"Owner"_s, u"owner"_s)));
        QVERIFY(m_kitchen.connectAs(url, m_venue.enroll(u"Pass"_s, u"kitchen"_s)));
        for (TestClient *client : {&m_four, &m_five, &m_six, &m_owner})
            QVERIFY(client->request(u"subscribe"_s, {})[u"ok"_s].toBool());
    }

    void anIdeaAndAVoteReachEveryTableLive()
    {
        const QJsonObject idea = propose(m_four, u"  A kids' menu with smaller plates "_s);
        QVERIFY2(idea[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(idea)));
        const qint64 ideaId = idea[u"result"_s][u"ideaId"_s].toInteger();
        QCOMPARE(idea[u"result"_s][u"idea"_s][u"votes"_s].toInt(), 1); // the proposer's
        QVERIFY(idea[u"result"_s][u"idea"_s][u"voted"_s].toBool());
        // Table 5 hears of it, without the table it came from.
        QTRY_VERIFY(!lastEvent(m_five, u"idea.submitted"_s).isEmpty());
        const QJsonObject heard = lastEvent(m_five, u"idea.submitted"_s)[u"data"_s].toObject();
        QCOMPARE(heard[u"ideaId"_s].toInteger(), ideaId);
        QCOMPARE(heard[u"body"_s].toString(), u"A kids' menu with smaller plates"_s);
        QCOMPARE(heard[u"status"_s].toString(), u"new"_s);
        QVERIFY(!heard.contains(u"table"_s));
        QVERIFY(!heard.contains(u"voted"_s));

        const QJsonObject vote = m_five.request(u"idea.vote"_s, {{u"ideaId"_s, ideaId}});
        QCOMPARE(vote[u"result"_s][u"votes"_s].toInt(), 2);
        for (TestClient *client : {&m_four, &m_six, &m_owner})
            QTRY_COMPARE(lastEvent(*client, u"idea.voted"_s)[u"data"_s][u"votes"_s].toInt(), 2);
        QVERIFY(!lastEvent(m_four, u"idea.voted"_s)[u"data"_s].toObject().contains(u"table"_s));

        // Each table's board says whether its own party voted.
        QVERIFY(ideaOnBoard(m_five, ideaId)[u"voted"_s].toBool());
        QVERIFY(!ideaOnBoard(m_six, ideaId)[u"voted"_s].toBool());
        QCOMPARE(ideaOnBoard(m_owner, ideaId)[u"votes"_s].toInt(), 2);
        QVERIFY(!ideaOnBoard(m_owner, ideaId).contains(u"voted"_s));
    }

    void theBoardListsByVotesThenRecency()
    {
        const qint64 older =
            propose(m_six, u"Board games on Sunday"_s)[u"result"_s][u"ideaId"_s].toInteger();
        m_venue.clock.advance(60 * 1000);
        const qint64 newer =
            propose(m_six, u"Heated terrace"_s)[u"result"_s][u"ideaId"_s].toInteger();
        QVERIFY(m_five.request(u"idea.vote"_s, {{u"ideaId"_s, older}})[u"ok"_s].toBool());
        QList<qint64> order;
        for (const QJsonValue &idea :
             m_six.request(u"idea.board"_s, {})[u"result"_s][u"ideas"_s].toArray())
            order.append(idea[u"ideaId"_s].toInteger());
        // kids' menu (2 votes, earliest) and board games (2 votes): the newer first; then 1 vote.
        QCOMPARE(order.size(), 3);
        QCOMPARE(order.at(0), older);
        QCOMPARE(order.at(2), newer);
    }

    void similarIdeasAreOfferedWhileTyping()
    {
        const QJsonObject found = m_six.request(u"idea.similar"_s, {{u"body"_s, u"kids menu"_s}});
        const QJsonArray ideas = found[u"result"_s][u"ideas"_s].toArray();
        QCOMPARE(ideas.size(), 1);
        QCOMPARE(ideas[0][u"body"_s].toString(), u"A kids' menu with smaller plates"_s);
        QCOMPARE(ideas[0][u"voted"_s].toBool(), false);
        QCOMPARE(
            m_six.request(u"idea.similar"_s, {{u"body"_s, u"live jazz"_s}})[u"result"_s][u"ideas"_s]
                .toArray()
                .size(),
            0);
    }

    void theOwnerMovesAnswersAndEveryTableHears()
    {
        const qint64 ideaId =
            propose(m_four, u"Oat milk for coffee"_s)[u"result"_s][u"ideaId"_s].toInteger();
        const QJsonObject planned =
            owner(u"idea.status.set"_s, {{u"ideaId"_s, ideaId}, {u"status"_s, u"planned"_s}});
        QVERIFY2(planned[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(planned)));
        QTRY_COMPARE(lastEvent(m_five, u"idea.changed"_s)[u"data"_s][u"status"_s].toString(),
                     u"planned"_s);
        QVERIFY(owner(u"idea.answer"_s,
                      {{u"ideaId"_s, ideaId}, {u"answer"_s, u"From Monday!"_s}})[u"ok"_s]
                    .toBool());
        QTRY_COMPARE(lastEvent(m_four, u"idea.changed"_s)[u"data"_s][u"answer"_s].toString(),
                     u"From Monday!"_s);
        QVERIFY(
            owner(u"idea.status.set"_s, {{u"ideaId"_s, ideaId}, {u"status"_s, u"done"_s}})[u"ok"_s]
                .toBool());
        QCOMPARE(ideaOnBoard(m_six, ideaId)[u"status"_s].toString(), u"done"_s);
        QCOMPARE(
            m_venue.scalar(u"SELECT status || ' ' || answer FROM ideas WHERE id = ?"_s, {ideaId})
                .toString(),
            u"done From Monday!"_s);
    }

    // Tables 4 and 5 each proposed one of two duplicates and table 5 voted for both: merged, the
    // idea kept has two voters, not three.
    void aMergeCountsEachTableOnce()
    {
        const qint64 kept =
            propose(m_four, u"Live music on Fridays"_s)[u"result"_s][u"ideaId"_s].toInteger();
        const qint64 copy =
            propose(m_five, u"Fridays: live music!"_s)[u"result"_s][u"ideaId"_s].toInteger();
        QVERIFY(m_five.request(u"idea.vote"_s, {{u"ideaId"_s, kept}})[u"ok"_s].toBool());
        QCOMPARE(ideaOnBoard(m_owner, kept)[u"votes"_s].toInt(), 2);
        const QJsonObject merged =
            owner(u"idea.merge"_s, {{u"ideaId"_s, kept}, {u"mergeIds"_s, QJsonArray{copy}}});
        QVERIFY2(merged[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(merged)));
        QCOMPARE(merged[u"result"_s][u"votes"_s].toInt(), 2);
        QTRY_COMPARE(lastEvent(m_six, u"idea.merged"_s)[u"data"_s][u"merged"_s].toArray(),
                     QJsonArray{copy});
        QCOMPARE(lastEvent(m_six, u"idea.merged"_s)[u"data"_s][u"votes"_s].toInt(), 2);
        // The board hides the merged idea behind the one kept; the merged one answers as merged.
        QVERIFY(ideaOnBoard(m_six, copy).isEmpty());
        QCOMPARE(ideaOnBoard(m_six, kept)[u"mergedIds"_s].toArray(), QJsonArray{copy});
        QCOMPARE(
            m_venue.scalar(u"SELECT status || ' ' || merged_into FROM ideas WHERE id = ?"_s, {copy})
                .toString(),
            u"merged %1"_s.arg(kept));
        // A vote for the merged idea is the kept one's: table 5 has voted, table 6 has not.
        QCOMPARE(TestClient::errorCode(m_five.request(u"idea.vote"_s, {{u"ideaId"_s, copy}})),
                 u"already_voted"_s);
        const QJsonObject late = m_six.request(u"idea.vote"_s, {{u"ideaId"_s, copy}});
        QCOMPARE(late[u"result"_s][u"ideaId"_s].toInteger(), kept);
        QCOMPARE(late[u"result"_s][u"votes"_s].toInt(), 3);
    }

    void refusalsStoreNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty idea") << u"table"_s << u"idea.submit"_s
                                    << QJsonObject{{u"body"_s, u""_s}} << u"bad_request"_s;
        QTest::newRow("blank idea") << u"table"_s << u"idea.submit"_s
                                    << QJsonObject{{u"body"_s, u" \n "_s}} << u"bad_request"_s;
        QTest::newRow("281 characters")
            << u"table"_s << u"idea.submit"_s << QJsonObject{{u"body"_s, QString(281, u'x')}}
            << u"bad_request"_s;
        QTest::newRow("idea as a number")
            << u"table"_s << u"idea.submit"_s << QJsonObject{{u"body"_s, 5}} << u"bad_request"_s;
        QTest::newRow("for another table")
            << u"table"_s << u"idea.submit"_s
            << QJsonObject{{u"body"_s, u"Napkins"_s}, {u"table"_s, 5}} << u"forbidden"_s;
        QTest::newRow("a second vote")
            << u"table"_s << u"idea.vote"_s << QJsonObject{{u"ideaId"_s, 1}} << u"already_voted"_s;
        QTest::newRow("vote for no idea") << u"table"_s << u"idea.vote"_s
                                          << QJsonObject{{u"ideaId"_s, 4242}} << u"unknown_idea"_s;
        QTest::newRow("status from a table")
            << u"table"_s << u"idea.status.set"_s
            << QJsonObject{{u"ideaId"_s, 1}, {u"status"_s, u"done"_s}, {u"pin"_s, OwnerPin}}
            << u"forbidden"_s;
        QTest::newRow("answer from a table")
            << u"table"_s << u"idea.answer"_s
            << QJsonObject{{u"ideaId"_s, 1}, {u"answer"_s, u"Yes"_s}, {u"pin"_s, OwnerPin}}
            << u"forbidden"_s;
        QTest::newRow("merge from a table")
            << u"table"_s << u"idea.merge"_s
            << QJsonObject{{u"ideaId"_s, 1}, {u"mergeIds"_s, QJsonArray{2}}, {u"pin"_s, OwnerPin}}
            << u"forbidden"_s;
        QTest::newRow("board from the kitchen")
            << u"kitchen"_s << u"idea.board"_s << QJsonObject{} << u"forbidden"_s;
        QTest::newRow("a status that does not exist")
            << u"owner"_s << u"idea.status.set"_s
            << QJsonObject{{u"ideaId"_s, 1}, {u"status"_s, u"shipped"_s}, {u"pin"_s, OwnerPin}}
            << u"unknown_status"_s;
        QTest::newRow("merged other than by merging")
            << u"owner"_s << u"idea.status.set"_s
            << QJsonObject{{u"ideaId"_s, 1}, {u"status"_s, u"merged"_s}, {u"pin"_s, OwnerPin}}
            << u"illegal_transition"_s;
        QTest::newRow("the status it has")
            << u"owner"_s << u"idea.status.set"_s
            << QJsonObject{{u"ideaId"_s, 1}, {u"status"_s, u"new"_s}, {u"pin"_s, OwnerPin}}
            << u"no_change"_s;
        QTest::newRow("status without a PIN")
            << u"owner"_s << u"idea.status.set"_s
            << QJsonObject{{u"ideaId"_s, 1}, {u"status"_s, u"planned"_s}} << u"pin_required"_s;
        QTest::newRow("status with a host's PIN")
            << u"owner"_s << u"idea.status.set"_s
            << QJsonObject{{u"ideaId"_s, 1}, {u"status"_s, u"planned"_s}, {u"pin"_s, HostPin}}
            << u"forbidden"_s;
        QTest::newRow("answer over 1000 characters")
            << u"owner"_s << u"idea.answer"_s
            << QJsonObject{{u"ideaId"_s, 1},
                           {u"answer"_s, QString(1001, u'x')},
                           {u"pin"_s, OwnerPin}}
            << u"bad_request"_s;
        QTest::newRow("merge into itself")
            << u"owner"_s << u"idea.merge"_s
            << QJsonObject{{u"ideaId"_s, 1}, {u"mergeIds"_s, QJsonArray{1}}, {u"pin"_s, OwnerPin}}
            << u"bad_request"_s;
        QTest::newRow("merge nothing")
            << u"owner"_s << u"idea.merge"_s
            << QJsonObject{{u"ideaId"_s, 1}, {u"mergeIds"_s, QJsonArray{}}, {u"pin"_s, OwnerPin}}
            << u"bad_request"_s;
        QTest::newRow("merge an unknown idea") << u"owner"_s << u"idea.merge"_s
                                               << QJsonObject{{u"ideaId"_s, 1},
                                                              {u"mergeIds"_s, QJsonArray{2, 4242}},
                                                              {u"pin"_s, OwnerPin}}
                                               << u"unknown_idea"_s;
    }

    void refusalsStoreNothing()
    {
        QFETCH(QString, who);
        QFETCH(QString, op);
        QFETCH(QJsonObject, args);
        QFETCH(QString, code);
        QVERIFY(m_venue.scalar(u"SELECT count(*) FROM ideas WHERE id = 1"_s).toInt() == 1);
        const auto before = m_venue.counts();
        const QString ideasBefore =
            m_venue
                .scalar(u"SELECT group_concat(id || status || answer || "
                        u"coalesce(merged_into, '') || changed_at) FROM ideas"_s)
                .toString();
        TestClient &client = who == u"table"_s ? m_four : who == u"owner"_s ? m_owner : m_kitchen;
        const QJsonObject reply = client.request(op, args);
        QCOMPARE(TestClient::errorCode(reply), code);
        QVERIFY(!reply[u"error"_s][u"message"_s].toString().isEmpty());
        QCOMPARE(m_venue.counts(), before);
        QCOMPARE(m_venue
                     .scalar(u"SELECT group_concat(id || status || answer || "
                             u"coalesce(merged_into, '') || changed_at) FROM ideas"_s)
                     .toString(),
                 ideasBefore);
    }

    // Stored as sent; the events carry it as sent too (each screen isolates it when shown).
    void controlAndBidiCharactersAreStoredAsSent()
    {
        const QString body = u"Less \u202Esalt\u202C please\u0007 \u2067!"_s;
        const QJsonObject idea = propose(m_six, body);
        QVERIFY(idea[u"ok"_s].toBool());
        QCOMPARE(m_venue
                     .scalar(u"SELECT body FROM ideas WHERE id = ?"_s,
                             {idea[u"result"_s][u"ideaId"_s].toInteger()})
                     .toString(),
                 body);
        QTRY_COMPARE(lastEvent(m_four, u"idea.submitted"_s)[u"data"_s][u"body"_s].toString(), body);
    }
};

QTEST_GUILESS_MAIN(TestHubIdeas)
#include "tst_hubideas.moc"
