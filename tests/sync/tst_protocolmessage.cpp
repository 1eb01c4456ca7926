// Reading client frames: every malformed shape is refused with a stable code and the id to echo;
// well-formed frames come out with their fields. The frames the hub writes around JSON text
// read as the ones it builds from objects.

#include "protocolframes.h"
#include "protocolmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

QString request(const QString &op, const QJsonObject &args, const QJsonValue &id = u"c-1"_s)
{
    return QString::fromUtf8(
        QJsonDocument(
            QJsonObject{{u"type"_s, u"request"_s}, {u"id"_s, id}, {u"op"_s, op}, {u"args"_s, args}})
            .toJson(QJsonDocument::Compact));
}

QString orderWith(const QJsonObject &line)
{
    return request(u"order.place"_s, {{u"key"_s, u"k-1"_s}, {u"lines"_s, QJsonArray{line}}});
}

// A frame as a device reads it; an unreadable one comes out empty.
QJsonObject read(const QString &frame)
{
    return QJsonDocument::fromJson(frame.toUtf8()).object();
}

const QJsonObject GoodLine{{u"itemId"_s, 3}, {u"quantity"_s, 2}};

QJsonObject lineWith(const QString &field, const QJsonValue &value)
{
    QJsonObject line = GoodLine;
    line.insert(field, value);
    return line;
}

} // namespace

class TestProtocolMessage : public QObject {
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code"); // empty: accepted
        QTest::addColumn<QJsonValue>("replyId");

        const QJsonValue null = QJsonValue::Null;
        const QJsonValue c1 = u"c-1"_s;
        // Not a JSON object at all.
        QTest::newRow("not JSON") << u"hello there"_s << u"bad_request"_s << null;
        QTest::newRow("truncated JSON")
            << u"{\"type\": \"request\", \"id\""_s << u"bad_request"_s << null;
        QTest::newRow("empty frame") << QString() << u"bad_request"_s << null;
        QTest::newRow("array") << u"[1, 2]"_s << u"bad_request"_s << null;
        QTest::newRow("number") << u"42"_s << u"bad_request"_s << null;
        QTest::newRow("string") << u"\"request\""_s << u"bad_request"_s << null;
        // Envelope.
        QTest::newRow("no type") << u"{\"id\": \"c-1\"}"_s << u"bad_request"_s << c1;
        QTest::newRow("type not text") << u"{\"type\": 7}"_s << u"bad_request"_s << null;
        QTest::newRow("unknown type")
            << u"{\"type\": \"gimme\", \"id\": \"c-1\"}"_s << u"bad_request"_s << c1;
        QTest::newRow("a hub frame sent back")
            << u"{\"type\": \"welcome\"}"_s << u"bad_request"_s << null;
        QTest::newRow("no id") << u"{\"type\": \"request\", \"op\": \"menu.get\"}"_s
                               << u"bad_request"_s << null;
        QTest::newRow("id a number") << request(u"menu.get"_s, {}, 17) << u"bad_request"_s << null;
        QTest::newRow("id empty") << request(u"menu.get"_s, {}, u""_s) << u"bad_request"_s << null;
        QTest::newRow("id 65 characters")
            << request(u"menu.get"_s, {}, QString(65, u'x')) << u"bad_request"_s << null;
        QTest::newRow("id 64 characters") << request(u"menu.get"_s, {}, QString(64, u'x'))
                                          << QString() << QJsonValue(QString(64, u'x'));
        QTest::newRow("no op") << u"{\"type\": \"request\", \"id\": \"c-1\"}"_s << u"bad_request"_s
                               << c1;
        QTest::newRow("op a number")
            << u"{\"type\": \"request\", \"id\": \"c-1\", \"op\": 5}"_s << u"bad_request"_s << c1;
        QTest::newRow("unknown op") << request(u"menu.delete"_s, {}) << u"unknown_op"_s << c1;
        QTest::newRow("op in the wrong case")
            << request(u"Menu.Get"_s, {}) << u"unknown_op"_s << c1;
        QTest::newRow("args a string")
            << u"{\"type\": \"request\", \"id\": \"c-1\", \"op\": \"menu.get\", \"args\": \"x\"}"_s
            << u"bad_request"_s << c1;
        QTest::newRow("args a list")
            << u"{\"type\": \"request\", \"id\": \"c-1\", \"op\": \"menu.get\", \"args\": []}"_s
            << u"bad_request"_s << c1;
        QTest::newRow("args left out")
            << u"{\"type\": \"request\", \"id\": \"c-1\", \"op\": \"menu.get\"}"_s << QString()
            << c1;
        // Argument types.
        QTest::newRow("menu.get language a number")
            << request(u"menu.get"_s, {{u"language"_s, 5}}) << u"bad_request"_s << c1;
        QTest::newRow("subscribe since as text")
            << request(u"subscribe"_s, {{u"since"_s, u"10"_s}}) << u"bad_request"_s << c1;
        QTest::newRow("subscribe since negative")
            << request(u"subscribe"_s, {{u"since"_s, -1}}) << u"bad_request"_s << c1;
        QTest::newRow("subscribe since a fraction")
            << request(u"subscribe"_s, {{u"since"_s, 1.5}}) << u"bad_request"_s << c1;
        QTest::newRow("subscribe since 10")
            << request(u"subscribe"_s, {{u"since"_s, 10}}) << QString() << c1;
        QTest::newRow("setAvailable available as text")
            << request(u"menu.setAvailable"_s, {{u"itemId"_s, 3}, {u"available"_s, u"false"_s}})
            << u"bad_request"_s << c1;
        QTest::newRow("setAvailable without item")
            << request(u"menu.setAvailable"_s, {{u"available"_s, false}}) << u"bad_request"_s << c1;
        QTest::newRow("order without key")
            << request(u"order.place"_s, {{u"lines"_s, QJsonArray{GoodLine}}}) << u"bad_request"_s
            << c1;
        QTest::newRow("order key empty")
            << request(u"order.place"_s, {{u"key"_s, u""_s}, {u"lines"_s, QJsonArray{GoodLine}}})
            << u"bad_request"_s << c1;
        QTest::newRow("order key 65 characters")
            << request(u"order.place"_s,
                       {{u"key"_s, QString(65, u'k')}, {u"lines"_s, QJsonArray{GoodLine}}})
            << u"bad_request"_s << c1;
        QTest::newRow("order without lines")
            << request(u"order.place"_s, {{u"key"_s, u"k"_s}}) << u"bad_request"_s << c1;
        QTest::newRow("order lines an object")
            << request(u"order.place"_s, {{u"key"_s, u"k"_s}, {u"lines"_s, GoodLine}})
            << u"bad_request"_s << c1;
        QTest::newRow("order line a number")
            << request(u"order.place"_s, {{u"key"_s, u"k"_s}, {u"lines"_s, QJsonArray{1}}})
            << u"bad_request"_s << c1;
        QTest::newRow("order table as text")
            << request(
                   u"order.place"_s,
                   {{u"key"_s, u"k"_s}, {u"table"_s, u"4"_s}, {u"lines"_s, QJsonArray{GoodLine}}})
            << u"bad_request"_s << c1;
        QJsonArray tooMany;
        for (int i = 0; i < 101; ++i)
            tooMany.append(GoodLine);
        QTest::newRow("101 lines")
            << request(u"order.place"_s, {{u"key"_s, u"k"_s}, {u"lines"_s, tooMany}})
            << u"bad_request"_s << c1;
        QTest::newRow("line item as text")
            << orderWith(lineWith(u"itemId"_s, u"3"_s)) << u"bad_request"_s << c1;
        QTest::newRow("line without item")
            << orderWith({{u"quantity"_s, 1}}) << u"bad_request"_s << c1;
        QTest::newRow("line without quantity")
            << orderWith({{u"itemId"_s, 3}}) << u"bad_request"_s << c1;
        QTest::newRow("quantity as text")
            << orderWith(lineWith(u"quantity"_s, u"2"_s)) << u"bad_request"_s << c1;
        QTest::newRow("quantity a fraction")
            << orderWith(lineWith(u"quantity"_s, 2.5)) << u"bad_request"_s << c1;
        QTest::newRow("quantity 1e12")
            << orderWith(lineWith(u"quantity"_s, 1e12)) << u"bad_request"_s << c1;
        QTest::newRow("option ids with text")
            << orderWith(lineWith(u"optionIds"_s, QJsonArray{40, u"x"_s})) << u"bad_request"_s
            << c1;
        QTest::newRow("option ids an object")
            << orderWith(lineWith(u"optionIds"_s, QJsonObject{})) << u"bad_request"_s << c1;
        QTest::newRow("note a number")
            << orderWith(lineWith(u"note"_s, 5)) << u"bad_request"_s << c1;
        QTest::newRow("note 201 characters")
            << orderWith(lineWith(u"note"_s, QString(201, u'n'))) << u"bad_request"_s << c1;
        QTest::newRow("seat as text")
            << orderWith(lineWith(u"seat"_s, u"1"_s)) << u"bad_request"_s << c1;
        // Values are the hub's business, not the parser's: these shapes are right.
        QTest::newRow("quantity 0 is well-formed")
            << orderWith(lineWith(u"quantity"_s, 0)) << QString() << c1;
        QTest::newRow("quantity -1 is well-formed")
            << orderWith(lineWith(u"quantity"_s, -1)) << QString() << c1;
        QTest::newRow("quantity 51 is well-formed")
            << orderWith(lineWith(u"quantity"_s, 51)) << QString() << c1;
        QTest::newRow("a price is ignored")
            << orderWith(lineWith(u"price"_s, u"free"_s)) << QString() << c1;
        QTest::newRow("null seat is absent")
            << orderWith(lineWith(u"seat"_s, QJsonValue::Null)) << QString() << c1;
        QTest::newRow("cancel pin a number")
            << request(u"order.cancel"_s, {{u"orderId"_s, 1}, {u"pin"_s, 4821}}) << u"bad_request"_s
            << c1;
        QTest::newRow("chat body empty")
            << request(u"chat.send"_s, {{u"body"_s, u""_s}}) << u"bad_request"_s << c1;
        QTest::newRow("feedback rating as text")
            << request(u"feedback.give"_s, {{u"itemId"_s, 1}, {u"rating"_s, u"5"_s}})
            << u"bad_request"_s << c1;
        QTest::newRow("feedback without a dish")
            << request(u"feedback.give"_s, {{u"rating"_s, 5}}) << u"bad_request"_s << c1;
        QTest::newRow("feedback of six stars")
            << request(u"feedback.give"_s, {{u"itemId"_s, 1}, {u"rating"_s, 6}}) << u"bad_request"_s
            << c1;
        QTest::newRow("visit recommend 11")
            << request(u"visit.rate"_s, {{u"recommend"_s, 11}}) << u"bad_request"_s << c1;
        QTest::newRow("visit food zero")
            << request(u"visit.rate"_s, {{u"food"_s, 0}}) << u"bad_request"_s << c1;
        QTest::newRow("visit consent as text")
            << request(u"visit.rate"_s, {{u"food"_s, 4}, {u"consent"_s, u"yes"_s}})
            << u"bad_request"_s << c1;
        QTest::newRow("visit recommend 0")
            << request(u"visit.rate"_s, {{u"recommend"_s, 0}}) << QString() << c1;
        QTest::newRow("retention of a day")
            << request(u"feedback.retention.set"_s, {{u"days"_s, 0}}) << u"bad_request"_s << c1;
        QTest::newRow("pairing without role")
            << request(u"pairing.create"_s, {{u"table"_s, 5}}) << u"bad_request"_s << c1;
        QTest::newRow("pairing pin as a number")
            << request(u"pairing.create"_s, {{u"role"_s, u"host"_s}, {u"pin"_s, 1379}})
            << u"bad_request"_s << c1;
        QTest::newRow("floor without args") << request(u"floor.get"_s, {}) << QString() << c1;
        QTest::newRow("floor args ignored")
            << request(u"floor.get"_s, {{u"table"_s, u"all"_s}}) << QString() << c1;
        QTest::newRow("open orders without args")
            << request(u"orders.open"_s, {}) << QString() << c1;
        QTest::newRow("open orders args not an object")
            << u"{\"type\": \"request\", \"id\": \"c-1\", \"op\": \"orders.open\", "
               u"\"args\": [1]}"_s
            << u"bad_request"_s << c1;
        // hello.
        QTest::newRow("hello with token")
            << u"{\"type\": \"hello\", \"protocol\": 1, \"token\": \"abc\"}"_s << QString() << null;
        QTest::newRow("hello with pairing code")
            << u"{\"type\": \"hello\", \"protocol\": 1, \"pairingCode\": \"482913\"}"_s << QString()
            << null;
        QTest::newRow("hello with neither")
            << u"{\"type\": \"hello\", \"protocol\": 1}"_s << u"bad_request"_s << null;
        QTest::newRow("hello with both")
            << u"{\"type\": \"hello\", \"protocol\": 1, \"token\": \"a\", \"pairingCode\": \"1\"}"_s
            << u"bad_request"_s << null;
        QTest::newRow("hello protocol as text")
            << u"{\"type\": \"hello\", \"protocol\": \"1\", \"token\": \"abc\"}"_s
            << u"bad_request"_s << null;
        QTest::newRow("hello without protocol")
            << u"{\"type\": \"hello\", \"token\": \"abc\"}"_s << u"bad_request"_s << null;
        QTest::newRow("hello token a number")
            << u"{\"type\": \"hello\", \"protocol\": 1, \"token\": 5}"_s << u"bad_request"_s
            << null;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QJsonValue, replyId);
        QJsonValue echoed = u"untouched"_s;
        const auto message = ProtocolMessage::parse(text, &echoed);
        QCOMPARE(echoed, replyId);
        if (code.isEmpty()) {
            QVERIFY2(message.ok(), qPrintable(message.ok() ? QString() : message.error().message));
        } else {
            QVERIFY(!message.ok());
            QCOMPARE(message.error().code, code);
            QVERIFY(!message.error().message.isEmpty());
        }
    }

    void aRequestComesOutWithItsFields()
    {
        const auto message = ProtocolMessage::parse(
            request(u"menu.setAvailable"_s, {{u"itemId"_s, 3}, {u"available"_s, false}}, u"k-5"_s));
        QVERIFY(message.ok());
        QCOMPARE(message->kind, ProtocolMessage::Kind::Request);
        QCOMPARE(message->id, u"k-5"_s);
        QCOMPARE(message->op, u"menu.setAvailable"_s);
        QCOMPARE(message->args.value(u"itemId"_s).toInteger(), 3);
        QCOMPARE(message->args.value(u"available"_s).toBool(), false);
    }

    void aHelloComesOutWithItsFields()
    {
        const auto message = ProtocolMessage::parse(
            u"{\"type\": \"hello\", \"protocol\": 2, \"pairingCode\": \"482913\", "
            u"\"deviceName\": \"  Table 4 tablet \"}"_s);
        QVERIFY(message.ok());
        QCOMPARE(message->kind, ProtocolMessage::Kind::Hello);
        QCOMPARE(message->protocol, 2); // the hub, not the parser, refuses other versions
        QCOMPARE(message->pairingCode, u"482913"_s);
        QCOMPARE(message->deviceName, u"Table 4 tablet"_s);
        QVERIFY(message->token.isEmpty());
    }

    // The hub writes the reply and the event of every order around text it wrote before; a
    // device reads them as the frames built as objects.
    void framesWrittenAroundTextAreTheObjectsFrames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"c-17"_s;
        QTest::newRow("quotes and a backslash") << u"say \"hi\" \\ \n"_s;
        QTest::newRow("Arabic") << u"طلب ٣"_s;
    }

    void framesWrittenAroundTextAreTheObjectsFrames()
    {
        QFETCH(QString, text);
        const QJsonObject value{{u"order"_s, QJsonObject{{u"note"_s, text}, {u"total"_s, 1450}}}};
        const QByteArray valueText = QJsonDocument(value).toJson(QJsonDocument::Compact);
        QCOMPARE(read(ProtocolFrames::replyAround(text, valueText))[u"result"_s], value);
        QCOMPARE(read(ProtocolFrames::replyAround(text, valueText)),
                 read(ProtocolFrames::reply(text, value)));
        QCOMPARE(read(ProtocolFrames::eventAround(42, u"order.placed"_s, text, valueText)),
                 read(ProtocolFrames::event(42, u"order.placed"_s, text, value)));
    }
};

QTEST_GUILESS_MAIN(TestProtocolMessage)
#include "tst_protocolmessage.moc"
