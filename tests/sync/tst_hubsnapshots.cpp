// The snapshots a screen starts from (menu.get's venue, floor.get, orders.open) and the hub's
// group commit: requests answered together, each stored or refused on its own.

#include "hubtestsupport.h"
#include "sessionrepository.h"

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubSnapshots : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestHub> m_venue;
    QString m_tableToken; // table 4
    QString m_kitchenToken;
    QString m_hostToken;

    QUrl url() const { return m_venue->hub->url(); }

    QJsonObject orderArgs(const QString &key, const QString &dish, int table = 0)
    {
        QJsonObject args{{u"key"_s, key},
                         {u"lines"_s, QJsonArray{QJsonObject{{u"itemId"_s, m_venue->itemId(dish)},
                                                             {u"quantity"_s, 1}}}}};
        if (table > 0)
            args.insert(u"table"_s, table);
        return args;
    }

private slots:
    void init()
    {
        m_venue = std::make_unique<TestHub>();
        const QString failure = m_venue->start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_tableToken = m_venue->enroll(u"Table 4 tablet"_s, u"table"_s, 4);
        m_kitchenToken = m_venue->enroll(u"Pass"_s, u"kitchen"_s);
        m_hostToken = m_venue->enroll(u"Floor"_s, u"host"_s);
    }
    void cleanup() { m_venue.reset(); }

    void theMenuNamesItsVenue()
    {
        TestClient table;
        QVERIFY(table.connectAs(url(), m_tableToken));
        const QJsonObject reply = table.request(u"menu.get"_s, {{u"language"_s, u"el"_s}});
        QVERIFY(reply[u"ok"_s].toBool());
        const QJsonObject venue = reply[u"result"_s][u"venue"_s].toObject();
        QCOMPARE(venue[u"name"_s].toString(),
                 m_venue->scalar(u"SELECT name FROM venue"_s).toString());
        QVERIFY(!venue[u"name"_s].toString().isEmpty());
        QCOMPARE(venue[u"currency"_s].toString(), u"EUR"_s);
        QCOMPARE(venue[u"defaultLanguage"_s].toString(), u"en"_s);
        QCOMPARE(venue[u"languages"_s].toArray(), (QJsonArray{u"en"_s, u"el"_s, u"ar"_s, u"fa"_s}));
        QCOMPARE(reply[u"result"_s][u"menu"_s][u"language"_s].toString(), u"el"_s);
    }

    void theFloorShowsTablesSessionsAndCalls()
    {
        TestClient table;
        TestClient host;
        QVERIFY(table.connectAs(url(), m_tableToken));
        QVERIFY(host.connectAs(url(), m_hostToken));
        QVERIFY(host.request(u"session.seat"_s, {{u"table"_s, 2}, {u"partySize"_s, 3}})[u"ok"_s]
                    .toBool());
        m_venue->clock.advance(61'000);
        QVERIFY(table.request(u"service.call"_s, {{u"kind"_s, u"bill"_s}})[u"ok"_s].toBool());
        QCOMPARE(TestClient::errorCode(table.request(u"floor.get"_s, {})), u"forbidden"_s);

        const QJsonObject reply = host.request(u"floor.get"_s, {});
        QVERIFY2(reply[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(reply)));
        const QJsonObject floor = reply[u"result"_s].toObject();
        const QJsonArray tables = floor[u"tables"_s].toArray();
        QCOMPARE(tables.size(), m_venue->scalar(u"SELECT count(*) FROM dining_tables"_s).toInt());
        QHash<int, QJsonObject> byNumber;
        for (const QJsonValue &t : tables)
            byNumber.insert(t[u"number"_s].toInt(), t.toObject());
        const QJsonObject two = byNumber.value(2);
        QCOMPARE(two[u"seats"_s].toInt(),
                 m_venue->scalar(u"SELECT seats FROM dining_tables WHERE number = 2"_s).toInt());
        QVERIFY(two[u"x"_s].isDouble() && two[u"y"_s].isDouble());
        QVERIFY(
            QStringList({u"round"_s, u"square"_s, u"rect"_s}).contains(two[u"shape"_s].toString()));
        QCOMPARE(two[u"session"_s][u"partySize"_s].toInt(), 3);
        QCOMPARE(two[u"session"_s][u"openedAt"_s].toString(), u"2026-11-23T19:00:00.000Z"_s);
        QVERIFY(two[u"session"_s][u"id"_s].toInteger() > 0);
        QCOMPARE(byNumber.value(4)[u"session"_s][u"partySize"_s].toInt(), 1); // sat down alone
        QVERIFY(byNumber.value(3)[u"session"_s].isNull());

        const QJsonArray calls = floor[u"openRequests"_s].toArray();
        QCOMPARE(calls.size(), 1);
        QCOMPARE(calls[0][u"table"_s].toInt(), 4);
        QCOMPARE(calls[0][u"kind"_s].toString(), u"bill"_s);
        QCOMPARE(calls[0][u"note"_s].toString(), QString());
        QCOMPARE(calls[0][u"requestedAt"_s].toString(), u"2026-11-23T19:01:01.000Z"_s);
        QVERIFY(calls[0][u"requestId"_s].toInteger() > 0);
        const QJsonObject thresholds = floor[u"thresholds"_s].toObject();
        QCOMPARE(thresholds[u"ticketWarnMinutes"_s].toInt(),
                 m_venue->scalar(u"SELECT ticket_warn_minutes FROM venue"_s).toInt());
        QCOMPARE(thresholds[u"ticketLateMinutes"_s].toInt(),
                 m_venue->scalar(u"SELECT ticket_late_minutes FROM venue"_s).toInt());
        QCOMPARE(thresholds[u"alertEscalateSeconds"_s].toInt(),
                 m_venue->scalar(u"SELECT alert_escalate_seconds FROM venue"_s).toInt());
    }

    void openOrdersAreASnapshotToSubscribeFrom()
    {
        TestClient table;
        TestClient kitchen;
        QVERIFY(table.connectAs(url(), m_tableToken));
        QVERIFY(kitchen.connectAs(url(), m_kitchenToken));
        QCOMPARE(TestClient::errorCode(table.request(u"orders.open"_s, {})), u"forbidden"_s);
        QList<QJsonObject> placed;
        for (const QString &dish : {u"hummus"_s, u"tzatziki"_s, u"baklava"_s})
            placed.append(table
                              .request(u"order.place"_s,
                                       orderArgs(u"k-"_s + dish, dish))[u"result"_s][u"order"_s]
                              .toObject());
        // The middle one is served: it leaves the snapshot.
        const qint64 line = placed[1][u"lines"_s][0][u"id"_s].toInteger();
        for (const char *to : {"ready", "served"}) {
            const QJsonObject moved = kitchen.request(
                u"order.line.advance"_s,
                {{u"lineId"_s, line}, {u"to"_s, to == "ready"_L1 ? u"cooking"_s : u"served"_s}});
            if (to == "ready"_L1)
                QVERIFY(kitchen
                            .request(u"order.line.advance"_s,
                                     {{u"lineId"_s, line}, {u"to"_s, u"ready"_s}})[u"ok"_s]
                            .toBool());
            QVERIFY2(moved[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(moved)));
        }
        const QJsonObject reply = kitchen.request(u"orders.open"_s, {});
        QVERIFY2(reply[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(reply)));
        const QJsonArray orders = reply[u"result"_s][u"orders"_s].toArray();
        QCOMPARE(orders.size(), 2);
        QCOMPARE(orders[0].toObject(), placed[0]);
        QCOMPARE(orders[1].toObject(), placed[2]);
        QCOMPARE(reply[u"result"_s][u"latestSeq"_s].toInteger(),
                 m_venue->scalar(u"SELECT max(seq) FROM events"_s).toLongLong());
    }

    // Frames of many sockets go in one round: one bad request must not undo the good ones.
    void aBatchStoresTheGoodAndRefusesTheBad()
    {
        QList<std::shared_ptr<TestClient>> tables;
        for (int t = 1; t <= 6; ++t) {
            auto client = std::make_shared<TestClient>();
            QVERIFY(client->connectAs(url(), m_venue->enroll(u"T%1"_s.arg(t), u"table"_s, t)));
            tables.append(client);
        }
        TestClient kitchen;
        QVERIFY(kitchen.connectAs(url(), m_kitchenToken));
        QVERIFY(kitchen.request(u"subscribe"_s, {})[u"ok"_s].toBool());
        QStringList ids;
        for (int t = 0; t < tables.size(); ++t) // odd tables ask for a dish that is not there
            ids.append(tables[t]->send(
                u"order.place"_s,
                t % 2 ? QJsonObject{{u"key"_s, u"bad-%1"_s.arg(t)},
                                    {u"lines"_s, QJsonArray{QJsonObject{{u"itemId"_s, 999999},
                                                                        {u"quantity"_s, 1}}}}}
                      : orderArgs(u"good-%1"_s.arg(t), u"hummus"_s)));
        for (int t = 0; t < tables.size(); ++t) {
            const QJsonObject reply = tables[t]->replyTo(ids[t]);
            QCOMPARE(reply[u"ok"_s].toBool(), t % 2 == 0);
            if (t % 2)
                QCOMPARE(TestClient::errorCode(reply), u"unknown_item"_s);
        }
        QCOMPARE(m_venue->scalar(u"SELECT count(*) FROM orders"_s).toInt(), 3);
        QCOMPARE(m_venue
                     ->scalar(u"SELECT count(*) FROM orders WHERE idempotency_key LIKE "
                              u"'bad-%'"_s)
                     .toInt(),
                 0);
        // Each good order: its session, then the order; nothing from the refused ones.
        QVERIFY(kitchen.waitForEvents(6));
        QVERIFY(kitchen.request(u"menu.get"_s, {})[u"ok"_s].toBool());
        QCOMPARE(kitchen.eventTypes().count(u"order.placed"_s), 3);
        QCOMPARE(kitchen.events().size(), 6);
        QCOMPARE(m_venue->scalar(u"SELECT count(*) FROM events"_s).toInt(), 6);
    }

    // The hub prices from memory: a dish marked sold out is refused on the very next order.
    void soldOutIsNeverStale()
    {
        TestClient table;
        TestClient kitchen;
        QVERIFY(table.connectAs(url(), m_tableToken));
        QVERIFY(kitchen.connectAs(url(), m_kitchenToken));
        const qint64 hummus = m_venue->itemId(u"hummus"_s);
        QVERIFY(
            table.request(u"order.place"_s, orderArgs(u"k-1"_s, u"hummus"_s))[u"ok"_s].toBool());
        QVERIFY(kitchen
                    .request(u"menu.setAvailable"_s,
                             {{u"itemId"_s, hummus}, {u"available"_s, false}})[u"ok"_s]
                    .toBool());
        QCOMPARE(TestClient::errorCode(
                     table.request(u"order.place"_s, orderArgs(u"k-2"_s, u"hummus"_s))),
                 u"item_unavailable"_s);
        QVERIFY(kitchen
                    .request(u"menu.setAvailable"_s,
                             {{u"itemId"_s, hummus}, {u"available"_s, true}})[u"ok"_s]
                    .toBool());
        QVERIFY(
            table.request(u"order.place"_s, orderArgs(u"k-3"_s, u"hummus"_s))[u"ok"_s].toBool());
    }
};

QTEST_GUILESS_MAIN(TestHubSnapshots)
#include "tst_hubsnapshots.moc"
