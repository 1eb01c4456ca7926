// Explore the area through a real hub and real sockets: the demo's tips read by a table and the
// kitchen; the owner adds one with a photo of the library, edits, reorders and deletes, and each
// change reaches tables 4 and 5 and the owner live as the whole list; text with control and
// bidirectional characters stored as sent; and every refusal (empty or over-long text, a bad
// link, an owner's operation from a table, an unknown tip, no PIN) storing nothing.
#include "hubtestsupport.h"
#include "photorepository.h"

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

QStringList namesOf(const QJsonArray &tips)
{
    QStringList names;
    for (const QJsonValue &tip : tips)
        names.append(tip[u"name"_s].toString());
    return names;
}

QJsonObject aFountain()
{
    return {
        {u"name"_s, u"  The Dolphin Fountain "_s},
        {u"description"_s, QJsonObject{{u"en"_s, u"A bronze fountain in the old square."_s},
                                       {u"el"_s, u"Ένα χάλκινο σιντριβάνι στην παλιά πλατεία."_s}}},
        {u"hours"_s, QJsonObject{{u"en"_s, u"Lit until midnight"_s}}},
        {u"minutesOnFoot"_s, 3},
        {u"link"_s, u"https://dolphin-fountain.example.org/?from=table"_s}};
}

} // namespace

class TestHubTips : public QObject {
    Q_OBJECT

private:
    TestHub m_venue;
    TestClient m_four, m_five, m_owner, m_kitchen;
    QString m_photo;

    QJsonObject owner(const QString &op, QJsonObject args, const QString &pin = OwnerPin)
    {
        args.insert(u"pin"_s, pin);
        return m_owner.request(op, args);
    }
    QJsonArray tipsOf(TestClient &client)
    {
        return client.request(u"tips.get"_s, {})[u"result"_s][u"tips"_s].toArray();
    }
    QList<qint64> idsOf(const QJsonArray &tips)
    {
        QList<qint64> ids;
        for (const QJsonValue &tip : tips)
            ids.append(tip[u"tipId"_s].toInteger());
        return ids;
    }
    QString storedTips()
    {
        return m_venue
            .scalar(u"SELECT group_concat(t.id || '|' || t.position || '|' || t.name || '|' || "
                    u"coalesce(t.photo, '') || '|' || t.minutes_on_foot || '|' || t.link || '|' "
                    u"|| t.changed_at || '|' || x.language || '|' || x.description || '|' || "
                    u"x.hours, ';') FROM local_tips t JOIN local_tip_texts x ON x.tip_id = t.id"_s)
            .toString();
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_venue.start(), QString());
        const QUrl url = m_venue.hub->url();
        QVERIFY(m_four.connectAs(url, m_venue.enroll(u"Table 4"_s, u"table"_s, 4)));
        QVERIFY(m_five.connectAs(url, m_venue.enroll(u"Table 5"_s, u"table"_s, 5)));
        QVERIFY(m_owner.connectAs(url, m_venue.enroll(u"Owner"_s, u"owner"_s)));
        QVERIFY(m_kitchen.connectAs(url, m_venue.enroll(u"Pass"_s, u"kitchen"_s)));
        for (TestClient *client : {&m_four, &m_five, &m_owner, &m_kitchen})
            QVERIFY(client->request(u"subscribe"_s, {})[u"ok"_s].toBool());
        // A photo the owner brought earlier (POST /photos, tested in tst_hubhttp).
        const QByteArray jpeg("\xFF\xD8\xFF the fountain at night");
        m_photo = PhotoRepository::hashOf(jpeg);
        QVERIFY(PhotoRepository(m_venue.database.connection(), m_venue.clock)
                    .add(jpeg, u"image/jpeg"_s, 4, 3, 0)
                    .ok());
    }

    void everyDeviceThatSeesTheMenuReadsTheTips()
    {
        const QStringList demo{u"Museum of the Old Harbour"_s, u"Lemon Grove Gardens"_s,
                               u"Agora Street Market"_s, u"Lighthouse Point"_s};
        QCOMPARE(namesOf(tipsOf(m_four)), demo);
        QCOMPARE(namesOf(tipsOf(m_kitchen)), demo);
        QCOMPARE(m_four.request(u"tips.get"_s, {})[u"result"_s][u"defaultLanguage"_s].toString(),
                 u"en"_s);
        const QJsonObject museum = tipsOf(m_four).at(0).toObject();
        QCOMPARE(museum[u"position"_s].toInt(), 0);
        QCOMPARE(museum[u"minutesOnFoot"_s].toInt(), 8);
        QCOMPARE(museum[u"photo"_s].toString(), u"tip-museum.jpg"_s);
        QCOMPARE(museum[u"link"_s].toString(), u"https://old-harbour-museum.example.org/visit"_s);
        QVERIFY(museum[u"description"_s][u"fa"_s].toString().startsWith(u"ماکت"_s));
        QCOMPARE(museum[u"hours"_s][u"el"_s].toString(), u"Τρί–Κυρ 10:00–18:00"_s);
    }

    void theOwnersChangesReachEveryScreenLive()
    {
        QJsonObject fountain = aFountain();
        fountain.insert(u"photo"_s, m_photo);
        const QJsonObject added = owner(u"tips.save"_s, fountain);
        QVERIFY2(added[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(added)));
        const qint64 tipId = added[u"result"_s][u"tipId"_s].toInteger();
        QCOMPARE(added[u"result"_s][u"tip"_s][u"name"_s].toString(), u"The Dolphin Fountain"_s);
        QCOMPARE(added[u"result"_s][u"tip"_s][u"position"_s].toInt(), 4);
        for (TestClient *client : {&m_four, &m_five, &m_owner}) {
            QTRY_COMPARE(
                lastEvent(*client, u"tips.changed"_s)[u"data"_s][u"tips"_s].toArray().size(), 5);
            const QJsonObject heard =
                lastEvent(*client, u"tips.changed"_s)[u"data"_s][u"tips"_s][4].toObject();
            QCOMPARE(heard[u"tipId"_s].toInteger(), tipId);
            QCOMPARE(heard[u"photo"_s].toString(), m_photo);
            QCOMPARE(heard[u"description"_s][u"el"_s].toString(),
                     u"Ένα χάλκινο σιντριβάνι στην παλιά πλατεία."_s);
        }

        // Edited: the Greek text taken away, the hours too, further on foot.
        QJsonObject edited = aFountain();
        edited.insert(u"tipId"_s, tipId);
        edited.insert(u"description"_s, QJsonObject{{u"en"_s, u"Now with lights."_s}});
        edited.insert(u"hours"_s, QJsonObject{});
        edited.insert(u"minutesOnFoot"_s, 4);
        QVERIFY(owner(u"tips.save"_s, edited)[u"ok"_s].toBool());
        QTRY_COMPARE(
            lastEvent(m_five, u"tips.changed"_s)[u"data"_s][u"tips"_s][4][u"minutesOnFoot"_s]
                .toInt(),
            4);
        const QJsonObject heard =
            lastEvent(m_five, u"tips.changed"_s)[u"data"_s][u"tips"_s][4].toObject();
        QCOMPARE(heard[u"description"_s].toObject(),
                 (QJsonObject{{u"en"_s, u"Now with lights."_s}}));
        QVERIFY(heard[u"hours"_s].toObject().isEmpty());
        QVERIFY(heard[u"photo"_s].toString().isEmpty()); // not sent: no photo

        // Moved to the top, then the museum deleted.
        QList<qint64> order = idsOf(tipsOf(m_owner));
        order.move(4, 0);
        const QJsonObject moved =
            owner(u"tips.reorder"_s, {{u"tipIds"_s, QJsonArray::fromVariantList([&] {
                                           QVariantList v;
                                           for (qint64 id : order)
                                               v.append(id);
                                           return v;
                                       }())}});
        QVERIFY2(moved[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(moved)));
        QTRY_COMPARE(namesOf(lastEvent(m_four, u"tips.changed"_s)[u"data"_s][u"tips"_s].toArray())
                         .constFirst(),
                     u"The Dolphin Fountain"_s);
        QVERIFY(owner(u"tips.delete"_s, {{u"tipId"_s, order.at(1)}})[u"ok"_s].toBool());
        const QStringList after{u"The Dolphin Fountain"_s, u"Lemon Grove Gardens"_s,
                                u"Agora Street Market"_s, u"Lighthouse Point"_s};
        QTRY_COMPARE(namesOf(lastEvent(m_five, u"tips.changed"_s)[u"data"_s][u"tips"_s].toArray()),
                     after);
        QCOMPARE(namesOf(tipsOf(m_four)), after);
        QCOMPARE(m_venue.scalar(u"SELECT max(position) FROM local_tips"_s).toInt(), 3);
    }

    void controlAndBidiCharactersAreStoredAsSent()
    {
        const QString name = u"Cafe \u202Eevil\u202C\u0007 \u2067!"_s;
        const QString description = u"Tea\u0000 and \u202Ecake\u202C"_s;
        QJsonObject tip = aFountain();
        tip.insert(u"name"_s, name);
        tip.insert(u"description"_s, QJsonObject{{u"en"_s, description}});
        const QJsonObject saved = owner(u"tips.save"_s, tip);
        QVERIFY2(saved[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(saved)));
        const qint64 tipId = saved[u"result"_s][u"tipId"_s].toInteger();
        QCOMPARE(m_venue.scalar(u"SELECT name FROM local_tips WHERE id = ?"_s, {tipId}).toString(),
                 name);
        QCOMPARE(
            m_venue.scalar(u"SELECT description FROM local_tip_texts WHERE tip_id = ?"_s, {tipId})
                .toString(),
            description);
        QTRY_COMPARE(lastEvent(m_four, u"tips.changed"_s)[u"data"_s][u"tips"_s]
                         .toArray()
                         .last()[u"name"_s]
                         .toString(),
                     name);
        QVERIFY(owner(u"tips.delete"_s, {{u"tipId"_s, tipId}})[u"ok"_s].toBool());
    }

    void refusalsStoreNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("code");
        auto tip = [](const QString &field, const QJsonValue &value) {
            QJsonObject args = aFountain();
            args.insert(u"pin"_s, OwnerPin);
            if (value.isUndefined())
                args.remove(field);
            else
                args.insert(field, value);
            return args;
        };
        QTest::newRow("empty name")
            << u"owner"_s << u"tips.save"_s << tip(u"name"_s, u""_s) << u"bad_name"_s;
        QTest::newRow("blank name")
            << u"owner"_s << u"tips.save"_s << tip(u"name"_s, u" \t "_s) << u"bad_name"_s;
        QTest::newRow("81-character name")
            << u"owner"_s << u"tips.save"_s << tip(u"name"_s, QString(81, u'n')) << u"bad_name"_s;
        QTest::newRow("161-character name")
            << u"owner"_s << u"tips.save"_s << tip(u"name"_s, QString(161, u'n'))
            << u"bad_request"_s;
        QTest::newRow("name as a number")
            << u"owner"_s << u"tips.save"_s << tip(u"name"_s, 7) << u"bad_request"_s;
        QTest::newRow("no name") << u"owner"_s << u"tips.save"_s
                                 << tip(u"name"_s, QJsonValue::Undefined) << u"bad_name"_s;
        QTest::newRow("no English description")
            << u"owner"_s << u"tips.save"_s
            << tip(u"description"_s, QJsonObject{{u"el"_s, u"Σιντριβάνι"_s}})
            << u"bad_description"_s;
        QTest::newRow("empty description")
            << u"owner"_s << u"tips.save"_s << tip(u"description"_s, QJsonObject{{u"en"_s, u""_s}})
            << u"bad_description"_s;
        QTest::newRow("601-character description")
            << u"owner"_s << u"tips.save"_s
            << tip(u"description"_s, QJsonObject{{u"en"_s, QString(601, u'd')}})
            << u"bad_description"_s;
        QTest::newRow("a language the venue does not speak")
            << u"owner"_s << u"tips.save"_s
            << tip(u"description"_s, QJsonObject{{u"en"_s, u"x"_s}, {u"de"_s, u"y"_s}})
            << u"bad_description"_s;
        QTest::newRow("description as a number")
            << u"owner"_s << u"tips.save"_s << tip(u"description"_s, QJsonObject{{u"en"_s, 5}})
            << u"bad_request"_s;
        QTest::newRow("121-character hours")
            << u"owner"_s << u"tips.save"_s
            << tip(u"hours"_s, QJsonObject{{u"ar"_s, QString(121, u'س')}}) << u"bad_hours"_s;
        QTest::newRow("181 minutes")
            << u"owner"_s << u"tips.save"_s << tip(u"minutesOnFoot"_s, 181) << u"bad_minutes"_s;
        QTest::newRow("-1 minutes")
            << u"owner"_s << u"tips.save"_s << tip(u"minutesOnFoot"_s, -1) << u"bad_minutes"_s;
        QTest::newRow("javascript link")
            << u"owner"_s << u"tips.save"_s << tip(u"link"_s, u"javascript:alert(1)"_s)
            << u"bad_link"_s;
        QTest::newRow("ftp link") << u"owner"_s << u"tips.save"_s
                                  << tip(u"link"_s, u"ftp://example.org/a"_s) << u"bad_link"_s;
        QTest::newRow("link without a scheme")
            << u"owner"_s << u"tips.save"_s << tip(u"link"_s, u"example.org"_s) << u"bad_link"_s;
        QTest::newRow("empty link")
            << u"owner"_s << u"tips.save"_s << tip(u"link"_s, u""_s) << u"bad_link"_s;
        QTest::newRow("501-character link")
            << u"owner"_s << u"tips.save"_s
            << tip(u"link"_s, u"https://example.org/"_s + QString(481, u'a')) << u"bad_link"_s;
        QTest::newRow("a photo the hub does not have")
            << u"owner"_s << u"tips.save"_s << tip(u"photo"_s, QString(64, u'b'))
            << u"unknown_photo"_s;
        QTest::newRow("a photo that is a path")
            << u"owner"_s << u"tips.save"_s << tip(u"photo"_s, u"../../etc/passwd"_s)
            << u"unknown_photo"_s;
        QTest::newRow("edit an unknown tip")
            << u"owner"_s << u"tips.save"_s << tip(u"tipId"_s, 4242) << u"unknown_tip"_s;
        QTest::newRow("delete an unknown tip")
            << u"owner"_s << u"tips.delete"_s
            << QJsonObject{{u"tipId"_s, 4242}, {u"pin"_s, OwnerPin}} << u"unknown_tip"_s;
        QTest::newRow("reorder naming an unknown tip")
            << u"owner"_s << u"tips.reorder"_s
            << QJsonObject{{u"tipIds"_s, QJsonArray{4242}}, {u"pin"_s, OwnerPin}}
            << u"unknown_tip"_s;
        QTest::newRow("reorder naming too few")
            << u"owner"_s << u"tips.reorder"_s
            << QJsonObject{{u"tipIds"_s, QJsonArray{}}, {u"pin"_s, OwnerPin}} << u"bad_request"_s;
        QTest::newRow("save from a table")
            << u"table"_s << u"tips.save"_s << tip(u"name"_s, u"Table's pick"_s) << u"forbidden"_s;
        QTest::newRow("delete from a table")
            << u"table"_s << u"tips.delete"_s << QJsonObject{{u"tipId"_s, 1}, {u"pin"_s, OwnerPin}}
            << u"forbidden"_s;
        QTest::newRow("reorder from the kitchen")
            << u"kitchen"_s << u"tips.reorder"_s
            << QJsonObject{{u"tipIds"_s, QJsonArray{}}, {u"pin"_s, OwnerPin}} << u"forbidden"_s;
        QTest::newRow("save without a PIN")
            << u"owner"_s << u"tips.save"_s << tip(u"pin"_s, QJsonValue::Undefined)
            << u"pin_required"_s;
        QTest::newRow("delete with a host's PIN")
            << u"owner"_s << u"tips.delete"_s << QJsonObject{{u"tipId"_s, 2}, {u"pin"_s, HostPin}}
            << u"forbidden"_s;
    }

    void refusalsStoreNothing()
    {
        QFETCH(QString, who);
        QFETCH(QString, op);
        QFETCH(QJsonObject, args);
        QFETCH(QString, code);
        const auto before = m_venue.counts();
        const QString tipsBefore = storedTips();
        QVERIFY(!tipsBefore.isEmpty());
        TestClient &client = who == u"table"_s ? m_four : who == u"owner"_s ? m_owner : m_kitchen;
        const QJsonObject reply = client.request(op, args);
        QCOMPARE(TestClient::errorCode(reply), code);
        QVERIFY(!reply[u"error"_s][u"message"_s].toString().isEmpty());
        QCOMPARE(m_venue.counts(), before); // no event either
        QCOMPARE(storedTips(), tipsBefore);
    }
};

QTEST_GUILESS_MAIN(TestHubTips)
#include "tst_hubtips.moc"
