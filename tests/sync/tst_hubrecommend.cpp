// Recommendations through a real hub and real sockets: the owner's picks while history is thin,
// "often with" from the table sessions' orders as each order is stored, popular tonight, what is
// never offered (the cart, sold out, the diner's allergen and diet filters), the counting of what
// was shown and then ordered, the index read again from the store at the next start, and every
// refusal (unknown dish, too many dishes, bad codes, wrong role).
#include "hubtestsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

QStringList summary(const QJsonObject &reply)
{
    QStringList found;
    for (const QJsonValue &r : reply[u"result"_s][u"recommendations"_s].toArray())
        found.append(u"%1 %2 %3"_s.arg(r[u"dish"_s][u"key"_s].toString(), r[u"reason"_s].toString())
                         .arg(r[u"sessions"_s].toInteger()));
    return found;
}

QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray array;
    for (qint64 id : list)
        array.append(id);
    return array;
}

} // namespace

class TestHubRecommend : public QObject {
    Q_OBJECT

private:
    TestHub m_venue;
    TestClient m_table, m_otherTable, m_host, m_kitchen, m_owner;
    qint64 m_hummus = 0, m_gyros = 0, m_tzatziki = 0, m_dolmades = 0, m_baklava = 0, m_horta = 0;
    int m_keys = 0;

    // Places one order of these dishes at table 4; gives its session.
    qint64 order(const QList<qint64> &dishes, const QString &recommended = {})
    {
        QJsonArray lines;
        for (qint64 id : dishes) {
            QJsonObject line{{u"itemId"_s, id}, {u"quantity"_s, 1}};
            if (!recommended.isEmpty())
                line.insert(u"recommended"_s, recommended);
            lines.append(line);
        }
        const QJsonObject reply = m_table.request(
            u"order.place"_s, {{u"key"_s, u"rec-%1"_s.arg(++m_keys)}, {u"lines"_s, lines}});
        if (!reply[u"ok"_s].toBool())
            qWarning() << reply;
        return reply[u"result"_s][u"order"_s][u"sessionId"_s].toInteger();
    }

    void closeSession(qint64 sessionId)
    {
        QVERIFY(
            m_host.request(u"session.close"_s, {{u"sessionId"_s, sessionId}})[u"ok"_s].toBool());
    }

    QJsonObject recommend(const QJsonObject &args, TestClient *client = nullptr)
    {
        return (client ? client : &m_table)->request(u"recommend.get"_s, args);
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_venue.start(u"UPDATE menu_items SET pick = key IN ('dolmades', 'baklava')"_s),
                 QString());
        m_hummus = m_venue.itemId(u"hummus"_s);
        m_gyros = m_venue.itemId(u"pork-gyros"_s);
        m_tzatziki = m_venue.itemId(u"tzatziki"_s);
        m_dolmades = m_venue.itemId(u"dolmades"_s);
        m_baklava = m_venue.itemId(u"baklava"_s);
        m_horta = m_venue.itemId(u"horta"_s);
        const QUrl url = m_venue.hub->url();
        QVERIFY(m_table.connectAs(url, m_venue.enroll(u"Table 4"_s, u"table"_s, 4)));
        QVERIFY(m_otherTable.connectAs(url, m_venue.enroll(u"Table 5"_s, u"table"_s, 5)));
        QVERIFY(m_host.connectAs(url, m_venue.enroll(u"Host"_s, u"host"_s)));
        QVERIFY(m_kitchen.connectAs(url, m_venue.enroll(u"Pass"_s, u"kitchen"_s)));
        QVERIFY(m_owner.connectAs(url, m_venue.enroll(u"Owner"_s, u"owner"_s)));
    }

    void theOwnersPicksWhileHistoryIsThin()
    {
        const QJsonObject reply = recommend({{u"itemIds"_s, ids({m_hummus})}});
        QVERIFY2(reply[u"ok"_s].toBool(), qPrintable(QJsonDocument(reply).toJson()));
        QCOMPARE(summary(reply),
                 (QStringList{u"dolmades owner_pick 0"_s, u"baklava owner_pick 0"_s}));
        const QJsonObject result = reply[u"result"_s].toObject();
        QCOMPARE(result[u"history"_s][u"sessions"_s].toInteger(), 0);
        QCOMPARE(result[u"history"_s][u"thin"_s].toBool(), true);
        // The dish as menu.get gives it: enough to show it and add it.
        const QJsonObject dish = result[u"recommendations"_s][0][u"dish"_s].toObject();
        QCOMPARE(dish[u"id"_s].toInteger(), m_dolmades);
        QCOMPARE(dish[u"name"_s].toString(), u"Dolmades"_s);
        QVERIFY(dish[u"price"_s].toInteger() > 0);
        QCOMPARE(dish[u"pick"_s].toBool(), true);
        // In the diner's language.
        const QJsonObject greek =
            recommend({{u"itemIds"_s, ids({m_hummus})}, {u"language"_s, u"el"_s}});
        QCOMPARE(greek[u"result"_s][u"language"_s].toString(), u"el"_s);
        QVERIFY(greek[u"result"_s][u"recommendations"_s][0][u"dish"_s][u"name"_s].toString() !=
                u"Dolmades"_s);
        // The diner's filters hide a pick: baklava has nuts and is not vegan.
        QCOMPARE(summary(recommend({{u"excludeAllergens"_s, QJsonArray{u"nuts"_s}}})),
                 QStringList{u"dolmades owner_pick 0"_s});
        QCOMPARE(summary(recommend({{u"requireDietary"_s, QJsonArray{u"vegan"_s}}})),
                 QStringList{u"dolmades owner_pick 0"_s});
        // A pick in the cart is not offered again.
        QCOMPARE(summary(recommend({{u"itemIds"_s, ids({m_dolmades})}})),
                 QStringList{u"baklava owner_pick 0"_s});
    }

    void oftenWithAsEachOrderIsStored()
    {
        // Three sessions order hummus and, in a later order, gyros; two add tzatziki.
        for (int i = 0; i < 3; ++i) {
            const qint64 session = order({m_hummus});
            QVERIFY(session > 0);
            order(i < 2 ? QList<qint64>{m_gyros, m_tzatziki} : QList<qint64>{m_gyros});
            closeSession(session);
        }
        closeSession(order({m_horta})); // tonight's only
        const QJsonObject reply = recommend({{u"itemIds"_s, ids({m_hummus})}, {u"limit"_s, 10}});
        QCOMPARE(summary(reply),
                 (QStringList{u"dolmades owner_pick 0"_s, u"baklava owner_pick 0"_s,
                              u"pork-gyros often_with 3"_s, u"tzatziki often_with 2"_s,
                              u"horta popular_tonight 1"_s}));
        QCOMPARE(reply[u"result"_s][u"history"_s][u"sessions"_s].toInteger(), 4);
        // The limit holds, best first.
        QCOMPARE(summary(recommend({{u"itemIds"_s, ids({m_hummus})}, {u"limit"_s, 3}})).size(), 3);
        // A cart sums its dishes; what is in it is never offered.
        QCOMPARE(summary(recommend({{u"itemIds"_s, ids({m_hummus, m_gyros, m_dolmades})}})),
                 (QStringList{u"baklava owner_pick 0"_s, u"tzatziki often_with 4"_s,
                              u"horta popular_tonight 1"_s}));
    }

    void neverWhatTheDinerCannotHave()
    {
        // Gyros and tzatziki have milk, baklava too.
        QCOMPARE(summary(recommend({{u"itemIds"_s, ids({m_hummus})},
                                    {u"excludeAllergens"_s, QJsonArray{u"milk"_s}},
                                    {u"limit"_s, 10}})),
                 (QStringList{u"dolmades owner_pick 0"_s, u"horta popular_tonight 1"_s}));
        QCOMPARE(summary(recommend({{u"itemIds"_s, ids({m_hummus})},
                                    {u"requireDietary"_s, QJsonArray{u"vegetarian"_s}},
                                    {u"limit"_s, 10}})),
                 (QStringList{u"dolmades owner_pick 0"_s, u"baklava owner_pick 0"_s,
                              u"tzatziki often_with 2"_s, u"horta popular_tonight 1"_s}));
        // Sold out by the kitchen: gone from the list, back when counted again.
        QVERIFY(
            m_kitchen
                .request(u"menu.stock.set"_s, {{u"itemId"_s, m_gyros}, {u"count"_s, 0}})[u"ok"_s]
                .toBool());
        QVERIFY(!summary(recommend({{u"itemIds"_s, ids({m_hummus})}, {u"limit"_s, 10}}))
                     .contains(u"pork-gyros often_with 3"_s));
        QVERIFY(
            m_kitchen
                .request(u"menu.stock.set"_s, {{u"itemId"_s, m_gyros}, {u"count"_s, 20}})[u"ok"_s]
                .toBool());
        QVERIFY(summary(recommend({{u"itemIds"_s, ids({m_hummus})}, {u"limit"_s, 10}}))
                    .contains(u"pork-gyros often_with 3"_s));
    }

    void shownThenOrderedIsCounted()
    {
        const QJsonObject shown = m_table.request(
            u"recommend.shown"_s,
            {{u"shown"_s,
              QJsonArray{QJsonObject{{u"itemId"_s, m_gyros}, {u"reason"_s, u"often_with"_s}},
                         QJsonObject{{u"itemId"_s, m_dolmades}, {u"reason"_s, u"owner_pick"_s}}}}});
        QVERIFY2(shown[u"ok"_s].toBool(), qPrintable(QJsonDocument(shown).toJson()));
        QCOMPARE(shown[u"result"_s][u"counted"_s].toInt(), 2);
        closeSession(order({m_gyros}, u"often_with"_s));
        QCOMPARE(m_venue
                     .scalar(u"SELECT count(*) FROM order_lines WHERE item_id = ? AND "
                             u"recommended = 'often_with'"_s,
                             {m_gyros})
                     .toInt(),
                 1);

        const QJsonObject stats = m_owner.request(u"recommend.stats"_s, {});
        QVERIFY2(stats[u"ok"_s].toBool(), qPrintable(QJsonDocument(stats).toJson()));
        QStringList counts;
        for (const QJsonValue &c : stats[u"result"_s][u"counts"_s].toArray())
            counts.append(u"%1 %2 %3/%4"_s.arg(c[u"itemId"_s].toInteger())
                              .arg(c[u"reason"_s].toString())
                              .arg(c[u"shown"_s].toInteger())
                              .arg(c[u"ordered"_s].toInteger()));
        QVERIFY2(counts.contains(u"%1 often_with 1/1"_s.arg(m_gyros)),
                 qPrintable(counts.join(u';')));
        QVERIFY2(counts.contains(u"%1 owner_pick 1/0"_s.arg(m_dolmades)),
                 qPrintable(counts.join(u';')));
        QCOMPARE(counts.size(), 2);
    }

    void badInputIsRefusedAndCountsNothing_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("code");
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(1);
        QTest::newRow("unknown dish")
            << u"recommend.get"_s << QJsonObject{{u"itemIds"_s, QJsonArray{999999}}}
            << u"unknown_item"_s;
        QTest::newRow("too many dishes")
            << u"recommend.get"_s << QJsonObject{{u"itemIds"_s, tooMany}} << u"bad_request"_s;
        QTest::newRow("not an id")
            << u"recommend.get"_s << QJsonObject{{u"itemIds"_s, QJsonArray{u"hummus"_s}}}
            << u"bad_request"_s;
        QTest::newRow("unknown allergen")
            << u"recommend.get"_s << QJsonObject{{u"excludeAllergens"_s, QJsonArray{u"peanut"_s}}}
            << u"bad_request"_s;
        QTest::newRow("unknown diet")
            << u"recommend.get"_s << QJsonObject{{u"requireDietary"_s, QJsonArray{u"keto"_s}}}
            << u"bad_request"_s;
        QTest::newRow("limit 0") << u"recommend.get"_s << QJsonObject{{u"limit"_s, 0}}
                                 << u"bad_request"_s;
        QTest::newRow("limit 11") << u"recommend.get"_s << QJsonObject{{u"limit"_s, 11}}
                                  << u"bad_request"_s;
        const auto shownOf = [](const QJsonValue &itemId, const QString &reason) {
            return QJsonObject{
                {u"shown"_s,
                 QJsonArray{QJsonObject{{u"itemId"_s, 1}, {u"reason"_s, u"often_with"_s}},
                            QJsonObject{{u"itemId"_s, itemId}, {u"reason"_s, reason}}}}};
        };
        QTest::newRow("shown: unknown reason")
            << u"recommend.shown"_s << shownOf(1, u"because"_s) << u"bad_request"_s;
        QTest::newRow("shown: unknown dish")
            << u"recommend.shown"_s << shownOf(999999, u"often_with"_s) << u"unknown_item"_s;
        QTest::newRow("shown: none") << u"recommend.shown"_s << QJsonObject{} << u"bad_request"_s;
        QJsonArray elevenShown;
        for (int i = 0; i < 11; ++i)
            elevenShown.append(QJsonObject{{u"itemId"_s, 1}, {u"reason"_s, u"often_with"_s}});
        QTest::newRow("shown: too many")
            << u"recommend.shown"_s << QJsonObject{{u"shown"_s, elevenShown}} << u"bad_request"_s;
        QTest::newRow("order: unknown reason")
            << u"order.place"_s
            << QJsonObject{{u"key"_s, u"rec-bad"_s},
                           {u"lines"_s, QJsonArray{QJsonObject{{u"itemId"_s, 1},
                                                               {u"quantity"_s, 1},
                                                               {u"recommended"_s, u"chef"_s}}}}}
            << u"bad_request"_s;
    }
    void badInputIsRefusedAndCountsNothing()
    {
        QFETCH(QString, op);
        QFETCH(QJsonObject, args);
        QFETCH(QString, code);
        const auto before = m_venue.counts();
        const qint64 shown =
            m_venue.scalar(u"SELECT total(shown) FROM recommendation_counts"_s).toLongLong();
        const QJsonObject reply = m_otherTable.request(op, args);
        QCOMPARE(reply[u"ok"_s].toBool(), false);
        QCOMPARE(TestClient::errorCode(reply), code);
        QVERIFY(!reply[u"error"_s][u"message"_s].toString().isEmpty());
        QCOMPARE(m_venue.counts(), before);
        QCOMPARE(m_venue.scalar(u"SELECT total(shown) FROM recommendation_counts"_s).toLongLong(),
                 shown);
    }

    void onlyTablesAskAndOnlyOwnersReadTheCounts_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("op");
        for (const char *who : {"kitchen", "host", "owner"}) {
            QTest::addRow("%s recommend.get", who)
                << QString::fromLatin1(who) << u"recommend.get"_s;
            QTest::addRow("%s recommend.shown", who)
                << QString::fromLatin1(who) << u"recommend.shown"_s;
        }
        for (const char *who : {"table", "kitchen", "host"})
            QTest::addRow("%s recommend.stats", who)
                << QString::fromLatin1(who) << u"recommend.stats"_s;
    }
    void onlyTablesAskAndOnlyOwnersReadTheCounts()
    {
        QFETCH(QString, who);
        QFETCH(QString, op);
        TestClient *client = who == u"kitchen"_s ? &m_kitchen
                             : who == u"host"_s  ? &m_host
                             : who == u"owner"_s ? &m_owner
                                                 : &m_table;
        const QJsonObject args =
            op == u"recommend.shown"_s
                ? QJsonObject{{u"shown"_s, QJsonArray{QJsonObject{{u"itemId"_s, m_gyros},
                                                                  {u"reason"_s, u"often_with"_s}}}}}
                : QJsonObject{};
        QCOMPARE(TestClient::errorCode(client->request(op, args)), u"forbidden"_s);
    }

    void readAgainFromTheStoreAtTheNextStart()
    {
        const QJsonObject args{{u"itemIds"_s, ids({m_hummus})}, {u"limit"_s, 10}};
        const QStringList before = summary(recommend(args));
        QVERIFY(before.contains(u"pork-gyros often_with 3"_s));
        m_table.socket.close();
        QVERIFY(m_table.waitForClosed());
        m_venue.hub.reset();
        m_venue.hub = std::make_unique<HubServer>(m_venue.database, m_venue.clock);
        QVERIFY(m_venue.hub->listen(QHostAddress::LocalHost, 0).ok());
        TestClient table;
        QVERIFY(
            table.connectAs(m_venue.hub->url(), m_venue.enroll(u"Table 4 again"_s, u"table"_s, 4)));
        const QJsonObject again = recommend(args, &table);
        QCOMPARE(summary(again), before);
        QCOMPARE(again[u"result"_s][u"history"_s][u"sessions"_s].toInteger(), 5);
    }
};

QTEST_MAIN(TestHubRecommend)
#include "tst_hubrecommend.moc"
