// What a broken or hostile device can do to the hub: every bad frame is refused with a stable
// code, nothing is stored, the socket stays open (except for an oversized frame), and another
// device is served as if nothing happened.

#include "hubtestsupport.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

QString compact(const QJsonObject &frame)
{
    return QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact));
}

QString requestText(const QString &op, const QJsonObject &args)
{
    return compact(
        {{u"type"_s, u"request"_s}, {u"id"_s, u"bad-1"_s}, {u"op"_s, op}, {u"args"_s, args}});
}

} // namespace

class TestHubAbuse : public QObject {
    Q_OBJECT

private:
    TestHub m_venue;
    QString m_tableToken; // table 4
    QString m_kitchenToken;
    QString m_witnessToken; // table 5
    std::unique_ptr<TestClient> m_table;
    std::unique_ptr<TestClient> m_kitchen;
    std::unique_ptr<TestClient> m_witness;
    int m_keys = 0;

    QUrl url() const { return m_venue.hub->url(); }

    QJsonObject order(const QString &dish, int quantity, const QJsonObject &extra = {})
    {
        QJsonObject line{{u"itemId"_s, m_venue.itemId(dish)}, {u"quantity"_s, quantity}};
        QJsonObject args{{u"key"_s, u"abuse-%1"_s.arg(++m_keys)}, {u"lines"_s, QJsonArray{line}}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            args.insert(it.key(), it.value());
        return args;
    }

    // The witness, another table, still gets its menu and can still order.
    void witnessIsServed()
    {
        const QJsonObject menu = m_witness->request(u"menu.get"_s, {});
        QVERIFY(menu[u"ok"_s].toBool());
        QVERIFY(!menu[u"result"_s][u"menu"_s][u"categories"_s].toArray().isEmpty());
    }

private slots:
    void initTestCase()
    {
        const QString failure = m_venue.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_tableToken = m_venue.enroll(u"Table 4 tablet"_s, u"table"_s, 4);
        m_kitchenToken = m_venue.enroll(u"Pass"_s, u"kitchen"_s);
        m_witnessToken = m_venue.enroll(u"Table 5 tablet"_s, u"table"_s, 5);
    }

    // Fresh sockets for every case, so no case spends another's request budget.
    void init()
    {
        m_table = std::make_unique<TestClient>();
        m_kitchen = std::make_unique<TestClient>();
        m_witness = std::make_unique<TestClient>();
        QVERIFY(m_table->connectAs(url(), m_tableToken));
        QVERIFY(m_kitchen->connectAs(url(), m_kitchenToken));
        QVERIFY(m_witness->connectAs(url(), m_witnessToken));
    }
    void cleanup()
    {
        m_table.reset();
        m_kitchen.reset();
        m_witness.reset();
    }

    void aBadFrameIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("sender"); // table or kitchen
        QTest::addColumn<QString>("frame");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("idEchoed");

        QTest::newRow("text that is not JSON")
            << u"table"_s << u"two hummus please"_s << u"bad_request"_s << false;
        QTest::newRow("JSON that is not an object")
            << u"table"_s << u"[\"order.place\"]"_s << u"bad_request"_s << false;
        QTest::newRow("an object of the wrong shape")
            << u"table"_s << u"{\"type\": \"request\", \"id\": \"bad-1\", \"op\": [1]}"_s
            << u"bad_request"_s << true;
        QTest::newRow("a field of the wrong type")
            << u"table"_s
            << requestText(u"order.place"_s, {{u"key"_s, 5}, {u"lines"_s, QJsonArray{}}})
            << u"bad_request"_s << true;
        QTest::newRow("unknown message type")
            << u"table"_s << u"{\"type\": \"order\", \"id\": \"bad-1\"}"_s << u"bad_request"_s
            << true;
        QTest::newRow("no message type")
            << u"table"_s << u"{\"id\": \"bad-1\", \"op\": \"menu.get\"}"_s << u"bad_request"_s
            << true;
        const auto seated = [&](const QString &seat) {
            QJsonObject line{{u"itemId"_s, m_venue.itemId(u"hummus"_s)},
                             {u"quantity"_s, 1},
                             {u"seat"_s, 424242}};
            return requestText(u"order.place"_s, {{u"key"_s, u"abuse-seat-%1"_s.arg(seat)},
                                                  {u"lines"_s, QJsonArray{line}}})
                .replace(u"424242"_s, seat);
        };
        QTest::newRow("seat 0") << u"table"_s << seated(u"0"_s) << u"bad_request"_s << true;
        QTest::newRow("seat -0") << u"table"_s << seated(u"-0"_s) << u"bad_request"_s << true;
        QTest::newRow("seat -1") << u"table"_s << seated(u"-1"_s) << u"bad_request"_s << true;
        QTest::newRow("seat 21") << u"table"_s << seated(u"21"_s) << u"bad_request"_s << true;
        QTest::newRow("seat 1.5") << u"table"_s << seated(u"1.5"_s) << u"bad_request"_s << true;
        QTest::newRow("unknown op")
            << u"table"_s << requestText(u"order.delete"_s, {}) << u"unknown_op"_s << true;
        QTest::newRow("unknown item")
            << u"table"_s
            << requestText(u"order.place"_s,
                           {{u"key"_s, u"k-unknown"_s},
                            {u"lines"_s,
                             QJsonArray{QJsonObject{{u"itemId"_s, 999999}, {u"quantity"_s, 1}}}}})
            << u"unknown_item"_s << true;
        QTest::newRow("sold-out item")
            << u"table"_s << requestText(u"order.place"_s, order(u"knafeh"_s, 1))
            << u"item_unavailable"_s << true;
        QTest::newRow("quantity 0")
            << u"table"_s << requestText(u"order.place"_s, order(u"hummus"_s, 0))
            << u"quantity_too_small"_s << true;
        QTest::newRow("quantity negative")
            << u"table"_s << requestText(u"order.place"_s, order(u"hummus"_s, -3))
            << u"quantity_too_small"_s << true;
        QTest::newRow("quantity 51")
            << u"table"_s << requestText(u"order.place"_s, order(u"hummus"_s, 51))
            << u"quantity_too_large"_s << true;
        QTest::newRow("a required choice left out")
            << u"table"_s << requestText(u"order.place"_s, order(u"ribeye-steak"_s, 1))
            << u"choice_required"_s << true;
        QTest::newRow("no lines") << u"table"_s
                                  << requestText(u"order.place"_s, {{u"key"_s, u"k-empty"_s},
                                                                    {u"lines"_s, QJsonArray{}}})
                                  << u"bad_request"_s << true;
        QTest::newRow("a table ordering for another table")
            << u"table"_s << requestText(u"order.place"_s, order(u"hummus"_s, 1, {{u"table"_s, 5}}))
            << u"forbidden"_s << true;
        QTest::newRow("a table marking a dish sold out")
            << u"table"_s
            << requestText(u"menu.setAvailable"_s,
                           {{u"itemId"_s, m_venue.itemId(u"hummus"_s)}, {u"available"_s, false}})
            << u"forbidden"_s << true;
        QTest::newRow("a table calling a waiter for another table")
            << u"table"_s
            << requestText(u"service.call"_s, {{u"kind"_s, u"bill"_s}, {u"table"_s, 5}})
            << u"forbidden"_s << true;
        QTest::newRow("a table cancelling an order")
            << u"table"_s
            << requestText(u"order.cancel"_s, {{u"orderId"_s, 1}, {u"pin"_s, u"0000"_s}})
            << u"forbidden"_s << true;
        QTest::newRow("a kitchen pairing a device")
            << u"kitchen"_s << requestText(u"pairing.create"_s, {{u"role"_s, u"owner"_s}})
            << u"forbidden"_s << true;
        QTest::newRow("a kitchen placing an order")
            << u"kitchen"_s
            << requestText(u"order.place"_s, order(u"hummus"_s, 1, {{u"table"_s, 4}}))
            << u"forbidden"_s << true;
        QTest::newRow("a kitchen seating a table")
            << u"kitchen"_s << requestText(u"session.seat"_s, {{u"table"_s, 2}}) << u"forbidden"_s
            << true;
        QTest::newRow("a kitchen chatting")
            << u"kitchen"_s << requestText(u"chat.send"_s, {{u"table"_s, 4}, {u"body"_s, u"Hi"_s}})
            << u"forbidden"_s << true;
        QTest::newRow("a kitchen advancing an unknown line")
            << u"kitchen"_s
            << requestText(u"order.line.advance"_s, {{u"lineId"_s, 999999}, {u"to"_s, u"ready"_s}})
            << u"unknown_line"_s << true;
        QTest::newRow("a kitchen marking an unknown dish")
            << u"kitchen"_s
            << requestText(u"menu.setAvailable"_s, {{u"itemId"_s, 999999}, {u"available"_s, false}})
            << u"unknown_item"_s << true;
        QTest::newRow("hello twice")
            << u"kitchen"_s
            << compact({{u"type"_s, u"hello"_s}, {u"protocol"_s, 1}, {u"token"_s, m_kitchenToken}})
            << u"bad_request"_s << false;
    }
    void aBadFrameIsRefusedAndChangesNothing()
    {
        QFETCH(QString, sender);
        QFETCH(QString, frame);
        QFETCH(QString, code);
        QFETCH(bool, idEchoed);
        TestClient &offender = sender == u"table"_s ? *m_table : *m_kitchen;
        const auto before = m_venue.counts();

        const qsizetype seen = offender.frames.size();
        offender.socket.sendTextMessage(frame);
        const QJsonObject reply = offender.nextReply(seen);
        QCOMPARE(reply[u"ok"_s].toBool(true), false);
        QCOMPARE(TestClient::errorCode(reply), code);
        QVERIFY(!reply[u"error"_s][u"message"_s].toString().isEmpty());
        QCOMPARE(reply[u"id"_s], idEchoed ? QJsonValue(u"bad-1"_s) : QJsonValue(QJsonValue::Null));

        QCOMPARE(m_venue.counts(), before);
        witnessIsServed();
        // The offender's socket stays open and is served too.
        QVERIFY(offender.request(u"menu.get"_s, {})[u"ok"_s].toBool());
        QCOMPARE(m_venue.counts(), before);
    }

    void aBinaryFrameIsRefused()
    {
        const auto before = m_venue.counts();
        const qsizetype seen = m_table->frames.size();
        m_table->socket.sendBinaryMessage(
            requestText(u"order.place"_s, order(u"hummus"_s, 1)).toUtf8());
        const QJsonObject reply = m_table->nextReply(seen);
        QCOMPARE(TestClient::errorCode(reply), u"bad_request"_s);
        QCOMPARE(m_venue.counts(), before);
        QVERIFY(m_table->request(u"menu.get"_s, {})[u"ok"_s].toBool());
        witnessIsServed();
    }

    void aFrameOver64KiBClosesOnlyThatSocket()
    {
        const auto before = m_venue.counts();
        QJsonObject args = order(u"hummus"_s, 1);
        args.insert(u"padding"_s, QString(HubServer::MaxFrameBytes, u'x'));
        m_table->socket.sendTextMessage(requestText(u"order.place"_s, args));
        QVERIFY(m_table->waitForClosed());
        QCOMPARE(int(m_table->socket.closeCode()), 1009);
        QCOMPARE(m_venue.counts(), before);
        witnessIsServed();
    }

    void aMessageOver64KiBInSmallFramesIsRefusedToo()
    {
        const auto before = m_venue.counts();
        m_table->socket.setOutgoingFrameSize(16 * 1024); // each frame is small, the message is not
        QJsonObject args = order(u"hummus"_s, 1);
        args.insert(u"padding"_s, QString(HubServer::MaxFrameBytes, u'x'));
        m_table->socket.sendTextMessage(requestText(u"order.place"_s, args));
        QVERIFY(m_table->waitForClosed());
        QCOMPARE(int(m_table->socket.closeCode()), 1009);
        QCOMPARE(m_venue.counts(), before);
        witnessIsServed();
    }

    void aFrameJustUnder64KiBIsServed()
    {
        QJsonObject args;
        args.insert(u"padding"_s, QString(HubServer::MaxFrameBytes - 200, u'x'));
        const QString frame = requestText(u"menu.get"_s, args);
        QVERIFY(frame.toUtf8().size() < HubServer::MaxFrameBytes);
        const qsizetype seen = m_table->frames.size();
        m_table->socket.sendTextMessage(frame);
        QVERIFY(m_table->nextReply(seen)[u"ok"_s].toBool());
    }

    void aPriceSentByTheClientIsIgnored()
    {
        QJsonObject args = order(u"tzatziki"_s, 2, {{u"total"_s, 1}, {u"price"_s, 1}});
        QJsonArray lines = args[u"lines"_s].toArray();
        QJsonObject line = lines[0].toObject();
        line.insert(u"price"_s, 1);
        line.insert(u"unitPrice"_s, 1);
        line.insert(u"total"_s, 2);
        lines[0] = line;
        args.insert(u"lines"_s, lines);
        const QJsonObject reply = m_table->request(u"order.place"_s, args);
        QVERIFY2(reply[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(reply)));
        const QJsonObject placed = reply[u"result"_s][u"order"_s].toObject();
        QCOMPARE(placed[u"total"_s].toInteger(), 1100); // 2 x 5.50, the menu's price
        QCOMPARE(placed[u"lines"_s][0][u"unitPrice"_s].toInteger(), 550);
        const qint64 orderId = placed[u"id"_s].toInteger();
        QCOMPARE(m_venue.scalar(u"SELECT total_minor FROM orders WHERE id = ?"_s, {orderId})
                     .toLongLong(),
                 1100);
        QCOMPARE(
            m_venue
                .scalar(u"SELECT unit_price_minor FROM order_lines WHERE order_id = ?"_s, {orderId})
                .toLongLong(),
            550);
    }

    void aReplayedKeyReturnsTheFirstOrder()
    {
        QVERIFY(m_kitchen
                    ->request(
                        u"subscribe"_s,
                        {{u"since"_s,
                          m_venue.scalar(u"SELECT max(seq) FROM events"_s).toLongLong()}})[u"ok"_s]
                    .toBool());
        const QJsonObject args = order(u"hummus"_s, 1);
        const QJsonObject first = m_table->request(u"order.place"_s, args);
        QVERIFY(first[u"ok"_s].toBool());
        const auto afterFirst = m_venue.counts();

        // The tablet did not hear the reply and sends again; a different quantity changes nothing.
        QJsonObject again = args;
        QJsonArray lines = again[u"lines"_s].toArray();
        QJsonObject line = lines[0].toObject();
        line.insert(u"quantity"_s, 7);
        lines[0] = line;
        again.insert(u"lines"_s, lines);
        const QJsonObject second = m_table->request(u"order.place"_s, again);
        QVERIFY(second[u"ok"_s].toBool());
        QCOMPARE(second[u"result"_s][u"order"_s], first[u"result"_s][u"order"_s]);
        QCOMPARE(m_venue.counts(), afterFirst);
        QCOMPARE(m_venue
                     .scalar(u"SELECT count(*) FROM orders WHERE idempotency_key = ?"_s,
                             {args[u"key"_s].toString()})
                     .toInt(),
                 1);

        // Another table replaying the key learns nothing about the order.
        const QJsonObject stolen = m_witness->request(u"order.place"_s, args);
        QCOMPARE(TestClient::errorCode(stolen), u"forbidden"_s);
        QCOMPARE(m_venue.counts(), afterFirst);

        // The kitchen heard of the order once.
        QVERIFY(m_kitchen->request(u"menu.get"_s, {})[u"ok"_s].toBool());
        QCOMPARE(m_kitchen->eventTypes().count(u"order.placed"_s), 1);
    }

    void aResentChatMessageIsStoredOnce()
    {
        const QJsonObject args{{u"key"_s, u"chat-3f2a"_s}, {u"body"_s, u"More bread, please"_s}};
        const QString countEvents = u"SELECT count(*) FROM events WHERE type = 'chat.message'"_s;
        const int eventsBefore = m_venue.scalar(countEvents).toInt();
        const QJsonObject first = m_table->request(u"chat.send"_s, args);
        QVERIFY(first[u"ok"_s].toBool());
        const auto afterFirst = m_venue.counts();
        const QString countMessages = u"SELECT count(*) FROM chat_messages WHERE body = ?"_s;
        QCOMPARE(m_venue.scalar(countMessages, {args[u"body"_s]}).toInt(), 1);

        // The reply was lost; the tablet's outbox sends the same message again.
        const QJsonObject second = m_table->request(u"chat.send"_s, args);
        QVERIFY(second[u"ok"_s].toBool());
        QCOMPARE(second[u"result"_s][u"messageId"_s], first[u"result"_s][u"messageId"_s]);
        QCOMPARE(m_venue.scalar(countMessages, {args[u"body"_s]}).toInt(), 1);
        QCOMPARE(m_venue.counts(), afterFirst);

        // Another table's key is no way to read or write this table's conversation.
        QCOMPARE(TestClient::errorCode(m_witness->request(u"chat.send"_s, args)), u"forbidden"_s);
        // A new message with a new key is a new message; an absurd key is refused.
        QVERIFY(m_table
                    ->request(u"chat.send"_s,
                              {{u"key"_s, u"chat-77b1"_s}, {u"body"_s, args[u"body"_s]}})[u"ok"_s]
                    .toBool());
        QCOMPARE(m_venue.scalar(countMessages, {args[u"body"_s]}).toInt(), 2);
        QCOMPARE(TestClient::errorCode(m_table->request(
                     u"chat.send"_s, {{u"key"_s, QString(65, u'k')}, {u"body"_s, u"Hello"_s}})),
                 u"bad_request"_s);

        QCOMPARE(m_venue.scalar(countEvents).toInt(), eventsBefore + 2); // one per message
    }

    void aFloodIsRefusedWhileOthersAreServed()
    {
        const auto before = m_venue.counts();
        const qint64 lastSeq =
            m_venue.scalar(u"SELECT coalesce(max(seq), 0) FROM events"_s).toLongLong();
        constexpr int Flood = 1000;
        QStringList ids;
        for (int i = 0; i < Flood; ++i)
            ids.append(m_table->send(u"chat.send"_s, {{u"body"_s, u"flood %1"_s.arg(i)}}));
        m_table->socket.flush();

        // Meanwhile another table orders and gets its answer...
        const QJsonObject reply = m_witness->request(u"order.place"_s, order(u"baklava"_s, 1));
        QVERIFY2(reply[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(reply)));
        // ...without waiting behind the hundred flood requests within the budget: the hub takes
        // one frame per socket in turn, so few flood messages were stored before the order.
        const qint64 orderSeq =
            m_venue
                .scalar(u"SELECT min(seq) FROM events WHERE type = 'order.placed' AND seq > ?"_s,
                        {lastSeq})
                .toLongLong();
        QVERIFY(orderSeq > lastSeq);
        const int floodBefore =
            m_venue
                .scalar(u"SELECT count(*) FROM events WHERE type = 'chat.message' AND seq > ? "
                        u"AND seq < ?"_s,
                        {lastSeq, orderSeq})
                .toInt();
        qInfo("the witness's order came after %d flood messages", floodBefore);
        QVERIFY(floodBefore < 50);

        QVERIFY(QTest::qWaitFor(
            [&] {
                return std::all_of(ids.cbegin(), ids.cend(),
                                   [&](const QString &id) { return m_table->hasReplyTo(id); });
            },
            30000));
        int limited = 0;
        int served = 0;
        for (const QString &id : std::as_const(ids)) {
            const QJsonObject answer = m_table->replyTo(id, 0);
            limited += TestClient::errorCode(answer) == u"rate_limited"_s ? 1 : 0;
            served += answer[u"ok"_s].toBool() ? 1 : 0;
        }
        // About the burst is served; the rest is refused and not executed.
        qInfo("flood of %d: %d served, %d rate limited", Flood, served, limited);
        QCOMPARE(limited + served, Flood);
        QVERIFY(served >= int(HubServer::RequestBurst));
        QVERIFY(limited >= Flood / 2);
        const auto after = m_venue.counts();
        QCOMPARE(after[u"chat_messages"_s], before[u"chat_messages"_s] + served);
        QCOMPARE(after[u"orders"_s], before[u"orders"_s] + 1); // the witness's
    }
};

QTEST_GUILESS_MAIN(TestHubAbuse)
#include "tst_hubabuse.moc"
