// The owner's Guest voice through a real hub and real sockets: a served dish rated at the table
// and a visit's card reach guest.voice.get (the dish's average and weeks, the net promoter score,
// the comments filtered by dish, rating and days, a page at a time), the owner hears the ratings
// live and the kitchen and the floor never do, a contact e-mail is erased and the retention period
// set with the owner's PIN; every bad argument is refused and writes nothing.
#include "hubtestsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

const QString OwnerPin = u"2580"_s; // Eleni Markou, the demo venue's owner

QStringList commentsOf(const QJsonObject &reply)
{
    QStringList texts;
    for (const QJsonValue &comment : reply[u"result"_s][u"comments"_s].toArray())
        texts.append(comment[u"comment"_s].toString());
    return texts;
}

} // namespace

class TestHubGuestVoice : public QObject {
    Q_OBJECT

private:
    TestHub m_venue;
    TestClient m_table, m_host, m_kitchen, m_owner;
    qint64 m_hummus = 0;

    QJsonObject voice(const QJsonObject &args = {}, TestClient *client = nullptr)
    {
        return (client ? client : &m_owner)->request(u"guest.voice.get"_s, args);
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_venue.start(), QString());
        m_hummus = m_venue.itemId(u"hummus"_s);
        const QUrl url = m_venue.hub->url();
        QVERIFY(m_table.connectAs(url, m_venue.enroll(u"Table 4"_s, u"table"_s, 4)));
        QVERIFY(m_host.connectAs(url, m_venue.enroll(u"Host"_s, u"host"_s)));
        QVERIFY(m_kitchen.connectAs(url, m_venue.enroll(u"Pass"_s, u"kitchen"_s)));
        QVERIFY(m_owner.connectAs(url, m_venue.enroll(u"Owner"_s, u"owner"_s)));
        for (TestClient *client : {&m_table, &m_host, &m_kitchen, &m_owner})
            QVERIFY(client->request(u"subscribe"_s, {})[u"ok"_s].toBool());
    }

    void aServedDishRatedAtTheTableReachesTheOwnerAlone()
    {
        const QJsonObject placed = m_table.request(
            u"order.place"_s,
            {{u"key"_s, u"voice-1"_s},
             {u"lines"_s, QJsonArray{QJsonObject{{u"itemId"_s, m_hummus}, {u"quantity"_s, 1}}}}});
        QVERIFY2(placed[u"ok"_s].toBool(), qPrintable(QJsonDocument(placed).toJson()));
        const qint64 line = placed[u"result"_s][u"order"_s][u"lines"_s][0][u"id"_s].toInteger();
        for (const auto &[client, to] : {std::pair{&m_kitchen, u"cooking"_s},
                                         {&m_kitchen, u"ready"_s},
                                         {&m_host, u"served"_s}})
            QVERIFY(client
                        ->request(u"order.line.advance"_s,
                                  {{u"lineId"_s, line}, {u"to"_s, to}})[u"ok"_s]
                        .toBool());
        const QJsonObject rated = m_table.request(
            u"feedback.give"_s,
            {{u"itemId"_s, m_hummus}, {u"rating"_s, 4}, {u"comment"_s, u"Silky, a little cold"_s}});
        QVERIFY2(rated[u"ok"_s].toBool(), qPrintable(QJsonDocument(rated).toJson()));
        const QJsonObject card =
            m_table.request(u"visit.rate"_s, {{u"food"_s, 5},
                                              {u"service"_s, 4},
                                              {u"recommend"_s, 10},
                                              {u"comment"_s, u"We'll be back"_s},
                                              {u"email"_s, u"ana@example.org"_s},
                                              {u"consent"_s, true}});
        QVERIFY2(card[u"ok"_s].toBool(), qPrintable(QJsonDocument(card).toJson()));

        QTRY_VERIFY(m_owner.eventTypes().contains(u"visit.rated"_s));
        QVERIFY(m_owner.eventTypes().contains(u"feedback.given"_s));
        // The kitchen and the floor heard of the order, never of its rating.
        for (TestClient *service : {&m_host, &m_kitchen}) {
            QVERIFY(!service->eventTypes().isEmpty());
            QVERIFY(!service->eventTypes().contains(u"feedback.given"_s));
            QVERIFY(!service->eventTypes().contains(u"visit.rated"_s));
        }

        const QJsonObject reply = voice();
        QVERIFY2(reply[u"ok"_s].toBool(), qPrintable(QJsonDocument(reply).toJson()));
        const QJsonObject result = reply[u"result"_s].toObject();
        QCOMPARE(result[u"weeks"_s].toInt(), 12);
        QCOMPARE(result[u"firstWeek"_s].toString(), u"2026-09-07"_s); // 11 Mondays before
        const QJsonObject dish = result[u"dishes"_s][0].toObject();
        QCOMPARE(dish[u"key"_s].toString(), u"hummus"_s);
        QCOMPARE(dish[u"count"_s].toInt(), 1);
        QCOMPARE(dish[u"average"_s].toDouble(), 4.0);
        QCOMPARE(dish[u"weeks"_s][0][u"week"_s].toString(), u"2026-11-23"_s); // a Monday
        QCOMPARE(result[u"visits"_s][u"nps"_s].toInt(), 100);
        QCOMPARE(result[u"visits"_s][u"weeks"_s][0][u"score"_s].toDouble(), 100.0);
        QCOMPARE(commentsOf(reply), (QStringList{u"We'll be back"_s, u"Silky, a little cold"_s}));
        QCOMPARE(result[u"commentCount"_s].toInt(), 2);
        QCOMPARE(result[u"comments"_s][1][u"table"_s].toInt(), 4);
        QCOMPARE(result[u"contacts"_s][0][u"email"_s].toString(), u"ana@example.org"_s);
    }

    void theCommentsAreFilteredAndPaged()
    {
        QCOMPARE(commentsOf(voice({{u"itemId"_s, m_hummus}})),
                 QStringList{u"Silky, a little cold"_s});
        QCOMPARE(commentsOf(voice({{u"rating"_s, 5}})), QStringList{u"We'll be back"_s});
        QCOMPARE(commentsOf(voice({{u"rating"_s, 1}})), QStringList());
        QCOMPARE(
            commentsOf(voice({{u"from"_s, u"2026-11-23"_s}, {u"to"_s, u"2026-11-23"_s}})).size(),
            2);
        QCOMPARE(commentsOf(voice({{u"from"_s, u"2026-11-24"_s}})), QStringList());
        QCOMPARE(commentsOf(voice({{u"to"_s, u"2026-11-22"_s}})), QStringList());
        const QJsonObject page = voice({{u"offset"_s, 1}, {u"limit"_s, 1}});
        QCOMPARE(commentsOf(page), QStringList{u"Silky, a little cold"_s});
        QCOMPARE(page[u"result"_s][u"commentCount"_s].toInt(), 2);
        // A span of one week still holds this week's ratings.
        QCOMPARE(voice({{u"weeks"_s, 1}})[u"result"_s][u"dishes"_s].toArray().size(), 1);
    }

    void badArgumentsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("code");
        QTest::newRow("no weeks") << QJsonObject{{u"weeks"_s, 0}} << u"bad_request"_s;
        QTest::newRow("two years and more") << QJsonObject{{u"weeks"_s, 105}} << u"bad_request"_s;
        QTest::newRow("six stars") << QJsonObject{{u"rating"_s, 6}} << u"bad_request"_s;
        QTest::newRow("no stars") << QJsonObject{{u"rating"_s, 0}} << u"bad_request"_s;
        QTest::newRow("a day written otherwise")
            << QJsonObject{{u"from"_s, u"23/11/2026"_s}} << u"bad_request"_s;
        QTest::newRow("no such day") << QJsonObject{{u"to"_s, u"2026-02-30"_s}} << u"bad_request"_s;
        QTest::newRow("a day with its time")
            << QJsonObject{{u"from"_s, u"2026-11-23T10:00"_s}} << u"bad_request"_s;
        QTest::newRow("backwards")
            << QJsonObject{{u"from"_s, u"2026-11-24"_s}, {u"to"_s, u"2026-11-23"_s}}
            << u"bad_request"_s;
        QTest::newRow("a negative page") << QJsonObject{{u"offset"_s, -1}} << u"bad_request"_s;
        QTest::newRow("an empty page") << QJsonObject{{u"limit"_s, 0}} << u"bad_request"_s;
        QTest::newRow("too long a page") << QJsonObject{{u"limit"_s, 201}} << u"bad_request"_s;
        QTest::newRow("no such dish") << QJsonObject{{u"itemId"_s, 999999}} << u"unknown_item"_s;
    }

    void badArgumentsAreRefused()
    {
        QFETCH(QJsonObject, args);
        QFETCH(QString, code);
        const auto before = m_venue.counts();
        const QJsonObject reply = voice(args);
        QVERIFY(!reply[u"ok"_s].toBool());
        QCOMPARE(TestClient::errorCode(reply), code);
        QVERIFY(!reply[u"error"_s][u"message"_s].toString().isEmpty());
        QCOMPARE(m_venue.counts(), before);
    }

    void onlyTheOwnerHearsTheGuests()
    {
        for (TestClient *other : {&m_table, &m_host, &m_kitchen}) {
            QCOMPARE(TestClient::errorCode(voice({}, other)), u"forbidden"_s);
            QCOMPARE(TestClient::errorCode(
                         other->request(u"visit.forgetContact"_s, {{u"sessionId"_s, 1}})),
                     u"forbidden"_s);
        }
    }

    void aContactIsErasedAndTheRetentionSetWithThePin()
    {
        const qint64 session = voice()[u"result"_s][u"contacts"_s][0][u"sessionId"_s].toInteger();
        QVERIFY(session > 0);
        const QJsonObject forgot =
            m_owner.request(u"visit.forgetContact"_s, {{u"sessionId"_s, session}});
        QCOMPARE(forgot[u"result"_s][u"erased"_s].toBool(), true);
        QVERIFY(m_venue.scalar(u"SELECT contact_email FROM visit_feedback"_s).isNull());
        QCOMPARE(voice()[u"result"_s][u"contacts"_s].toArray().size(), 0);
        QCOMPARE(TestClient::errorCode(
                     m_owner.request(u"visit.forgetContact"_s, {{u"sessionId"_s, 424242}})),
                 u"unknown_visit"_s);

        QCOMPARE(
            TestClient::errorCode(m_owner.request(u"feedback.retention.set"_s, {{u"days"_s, 90}})),
            u"pin_required"_s);
        QCOMPARE(m_venue.scalar(u"SELECT feedback_retention_days FROM venue"_s).toInt(), 365);
        const QJsonObject set =
            m_owner.request(u"feedback.retention.set"_s, {{u"days"_s, 90}, {u"pin"_s, OwnerPin}});
        QVERIFY2(set[u"ok"_s].toBool(), qPrintable(QJsonDocument(set).toJson()));
        QCOMPARE(voice()[u"result"_s][u"retentionDays"_s].toInt(), 90);
    }
};

QTEST_GUILESS_MAIN(TestHubGuestVoice)
#include "tst_hubguestvoice.moc"
