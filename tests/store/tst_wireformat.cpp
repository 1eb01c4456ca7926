// The protocol's JSON for menus and orders: field names as PROTOCOL.md shows them, lossless round
// trips, and golden files of orders placed in a store with fixed data and a fixed clock.
#include "orderrepository.h"
#include "sessionrepository.h"
#include "storefixture.h"
#include "wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

const QString GoldenDir = QStringLiteral(TABLESIDE_GOLDEN_DIR);

QSet<QString> keysOf(const QJsonValue &value)
{
    const QStringList keys = value.toObject().keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> setOf(std::initializer_list<const char *> names)
{
    QSet<QString> set;
    for (const char *name : names)
        set.insert(QString::fromLatin1(name));
    return set;
}

// Menu has no operator== (core/domain); the first difference, or an empty string.
QString menuDifference(const Menu &a, const Menu &b)
{
    if (a.language != b.language || a.currency != b.currency ||
        a.categories.size() != b.categories.size())
        return u"menu header"_s;
    for (qsizetype c = 0; c < a.categories.size(); ++c) {
        const MenuCategory &x = a.categories[c], &y = b.categories[c];
        if (x.id != y.id || x.key != y.key || x.name != y.name || x.description != y.description ||
            x.items.size() != y.items.size())
            return u"category "_s + x.key;
        for (qsizetype i = 0; i < x.items.size(); ++i) {
            const MenuItem &p = x.items[i], &q = y.items[i];
            if (p.id != q.id || p.categoryId != q.categoryId || p.key != q.key ||
                p.name != q.name || p.description != q.description || !(p.price == q.price) ||
                p.photo != q.photo || p.available != q.available || p.course != q.course ||
                p.station != q.station || p.spiceLevel != q.spiceLevel ||
                p.allergens != q.allergens || p.dietary != q.dietary ||
                p.groups.size() != q.groups.size())
                return u"item "_s + p.key;
            for (qsizetype g = 0; g < p.groups.size(); ++g) {
                const MenuModifierGroup &r = p.groups[g], &s = q.groups[g];
                if (r.id != s.id || r.key != s.key || r.name != s.name ||
                    r.minChoices != s.minChoices || r.maxChoices != s.maxChoices ||
                    r.options.size() != s.options.size())
                    return u"group %1 of %2"_s.arg(r.key, p.key);
                for (qsizetype o = 0; o < r.options.size(); ++o) {
                    const MenuOption &m = r.options[o], &n = s.options[o];
                    if (m.id != n.id || m.key != n.key || m.name != n.name ||
                        m.priceDeltaMinor != n.priceDeltaMinor)
                        return u"option %1 of %2"_s.arg(m.key, p.key);
                }
            }
        }
    }
    return {};
}

} // namespace

class TestWireFormat : public QObject {
    Q_OBJECT

private:
    // The golden venue's order: two ribeyes (medium-rare, village salad, peppercorn sauce) for
    // seat 1 and three large lemonades, at table 4; optionally served and partly cancelled.
    static Result<OrderRecord> goldenOrder(TestStore &store, const QString &language,
                                           bool partlyCancelled)
    {
        auto session = SessionRepository(store.connection(), store.clock).seat(4, 2);
        if (!session)
            return session.error();
        OrderLineInput steak{
            store.item(u"ribeye-steak"_s).id,
            {store.option(u"ribeye-steak"_s, u"extras"_s, u"peppercorn-sauce"_s).id,
             store.option(u"ribeye-steak"_s, u"doneness"_s, u"medium-rare"_s).id,
             store.option(u"ribeye-steak"_s, u"side"_s, u"village-salad"_s).id},
            2,
            u"no onion"_s,
            1};
        OrderLineInput lemonade{store.item(u"mint-lemonade"_s).id,
                                {store.option(u"mint-lemonade"_s, u"size"_s, u"large"_s).id},
                                3,
                                {},
                                0};
        OrderRepository orders(store.connection(), store.clock);
        auto placed = orders.place(u"golden-1"_s, session->id, 0, {steak, lemonade}, language);
        if (!placed)
            return placed.error();
        if (!partlyCancelled)
            return placed->order;
        for (OrderStatus to :
             {OrderStatus::Accepted, OrderStatus::Cooking, OrderStatus::Ready, OrderStatus::Served})
            if (auto moved = orders.advanceLine(placed->order.lines[0].id, to, 0); !moved)
                return moved.error();
        return orders.cancel(placed->order.id, u"Guest left"_s, 0, language);
    }

private slots:
    void goldenOrders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("partlyCancelled");
        QTest::addColumn<QString>("golden");
        QTest::newRow("placed, kitchen in English") << u"en"_s << false << u"order.json"_s;
        QTest::newRow("placed, in Greek") << u"el"_s << false << u"order-el.json"_s;
        QTest::newRow("one served, one cancelled")
            << u"en"_s << true << u"order-partly-cancelled.json"_s;
    }
    void goldenOrders()
    {
        QFETCH(QString, language);
        QFETCH(bool, partlyCancelled);
        QFETCH(QString, golden);
        TestStore store;
        QVERIFY(store.open(fileBytesAt(GoldenDir + u"/venue.json"_s)));
        auto order = goldenOrder(store, language, partlyCancelled);
        QVERIFY2(order.ok(), qPrintable(order.ok() ? QString() : order.error().message));

        const QJsonObject actual = orderToJson(*order);
        const QString path = GoldenDir + u'/' + golden;
        // To refresh after a deliberate format change: TABLESIDE_UPDATE_GOLDEN=1, then review.
        if (qEnvironmentVariableIsSet("TABLESIDE_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        }
        QJsonParseError error;
        const QJsonDocument expected = QJsonDocument::fromJson(fileBytesAt(path), &error);
        QVERIFY2(expected.isObject(), qPrintable(path + u": "_s + error.errorString()));
        QVERIFY2(actual == expected.object(),
                 QJsonDocument(actual).toJson(QJsonDocument::Indented).constData());
        // The hub's own writing of the same order is the same text.
        QCOMPARE(orderJsonText(*order), QJsonDocument(actual).toJson(QJsonDocument::Compact));
    }

    void orderRoundTrip_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("partlyCancelled");
        QTest::newRow("placed") << u"en"_s << false;
        QTest::newRow("greek") << u"el"_s << false;
        QTest::newRow("served and cancelled lines") << u"en"_s << true;
    }
    void orderRoundTrip()
    {
        QFETCH(QString, language);
        QFETCH(bool, partlyCancelled);
        TestStore store;
        QVERIFY(store.open(fileBytesAt(GoldenDir + u"/venue.json"_s)));
        auto order = goldenOrder(store, language, partlyCancelled);
        QVERIFY(order.ok());

        OrderRecord expected = *order;
        // Cancel reasons are not part of the order object on the wire (order.cancelled carries it).
        expected.cancelReason.clear();
        for (OrderLineRecord &line : expected.lines)
            line.cancelReason.clear();
        QCOMPARE(orderFromJson(orderToJson(*order)), expected);
    }

    void handMadeOrderRoundTrip()
    {
        OrderRecord order;
        order.id = 9'007'199'254'740'000; // near 2^53, still exact in a JSON number
        order.number = 1207;
        order.tableNumber = 12;
        order.sessionId = 88;
        order.status = OrderStatus::Ready;
        order.placedAt = fixedNow();
        order.total = Money(1350, u"KWD"_s);
        OrderLineRecord line;
        line.id = 901;
        line.itemId = 12;
        line.name = u"حلوم مشوي"_s;
        line.quantity = 1;
        line.unitPrice = Money(1350, u"KWD"_s);
        line.total = Money(1350, u"KWD"_s);
        line.note = u"بدون بصل \"please\""_s;
        line.seat = 20;
        line.station = u"grill"_s;
        line.status = OrderStatus::Ready;
        line.options = {{40, u"No cheese"_s, -150}, {44, u"Extra"_s, 1500}};
        line.allergens = {u"milk"_s};
        order.lines = {line};
        QCOMPARE(orderFromJson(orderToJson(order)), order);
        QCOMPARE(orderJsonText(order),
                 QJsonDocument(orderToJson(order)).toJson(QJsonDocument::Compact));
    }

    // Every character a diner may type survives the hub's writing: quotes, backslashes, control
    // characters, any script and emoji.
    void writtenTextEscapesLikeQt_data()
    {
        QTest::addColumn<QString>("note");
        QTest::newRow("quotes and backslash") << u"say \"hi\" \\ / slash"_s;
        QTest::newRow("line breaks and tab") << u"one\ntwo\r\tthree"_s;
        QTest::newRow("control characters")
            << QString::fromUtf8("bell\x07 esc\x1b nul\x01 del\x7f");
        QTest::newRow("Greek, Persian, emoji")
            << u"χωρίς κρεμμύδι · بدون پیاز 🌶️"_s;
        QTest::newRow("empty") << QString();
    }
    void writtenTextEscapesLikeQt()
    {
        QFETCH(QString, note);
        OrderRecord order;
        order.id = 1;
        order.placedAt = fixedNow();
        order.total = Money(500, u"EUR"_s);
        OrderLineRecord line;
        line.note = note;
        line.name = note;
        line.allergens = {note};
        line.options = {{1, note, 0}};
        line.readyAt = fixedNow();
        line.total = Money(500, u"EUR"_s);
        order.lines = {line, line};
        const QByteArray written = orderJsonText(order);
        QCOMPARE(written, QJsonDocument(orderToJson(order)).toJson(QJsonDocument::Compact));
        QCOMPARE(QJsonDocument::fromJson(written).object()[u"lines"][1][u"note"].toString(),
                 note.isNull() ? u""_s : note);
    }

    void orderFieldsAreTheProtocols()
    {
        TestStore store;
        QVERIFY(store.open(fileBytesAt(GoldenDir + u"/venue.json"_s)));
        auto order = goldenOrder(store, u"en"_s, false);
        QVERIFY(order.ok());
        const QJsonObject json = orderToJson(*order);
        QCOMPARE(keysOf(json), setOf({"id", "number", "table", "sessionId", "status", "placedAt",
                                      "total", "currency", "lines"}));
        const QJsonValue line = json[u"lines"].toArray().at(0);
        QCOMPARE(keysOf(line),
                 setOf({"id", "itemId", "name", "quantity", "unitPrice", "total", "note", "seat",
                        "station", "status", "options", "allergens"}));
        QCOMPARE(keysOf(line[u"options"].toArray().at(0)), setOf({"id", "name", "priceDelta"}));
    }

    void menuRoundTrip_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "el", "ar", "fa"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }
    void menuRoundTrip()
    {
        QFETCH(QString, language);
        TestStore store;
        QVERIFY(store.open());
        auto menu = MenuRepository(store.connection()).load(language, u"en"_s);
        QVERIFY(menu.ok());
        QVERIFY(menu->categories.size() > 3);
        const Menu back = menuFromJson(menuToJson(*menu));
        const QString difference = menuDifference(*menu, back);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void menuFieldsAreTheProtocols()
    {
        TestStore store;
        QVERIFY(store.open(fileBytesAt(GoldenDir + u"/venue.json"_s)));
        auto menu = MenuRepository(store.connection()).load(u"en"_s, u"en"_s);
        QVERIFY(menu.ok());
        const QJsonObject json = menuToJson(*menu);
        QCOMPARE(keysOf(json), setOf({"language", "currency", "categories"}));
        const QJsonValue category = json[u"categories"].toArray().at(0);
        QCOMPARE(keysOf(category), setOf({"id", "key", "name", "description", "items"}));
        const QJsonValue item = category[u"items"].toArray().at(0);
        QCOMPARE(keysOf(item),
                 setOf({"id", "key", "name", "description", "price", "photo", "available", "course",
                        "longerWait", "station", "spice", "allergens", "dietary", "groups"}));
        const QJsonValue group = item[u"groups"].toArray().at(0);
        QCOMPARE(keysOf(group), setOf({"id", "key", "name", "min", "max", "options"}));
        QCOMPARE(keysOf(group[u"options"].toArray().at(0)),
                 setOf({"id", "key", "name", "priceDelta"}));
        QCOMPARE(item[u"price"].toInteger(), 2890);
        QCOMPARE(item[u"allergens"].toArray(), QJsonArray({u"milk"_s, u"mustard"_s}));
        QCOMPARE(group[u"min"].toInt(), 1);
    }

    void isoTimes_data()
    {
        QTest::addColumn<QDateTime>("time");
        QTest::addColumn<QString>("text");
        QTest::newRow("UTC") << fixedNow() << u"2026-11-23T19:04:05.123Z"_s;
        QTest::newRow("whole second")
            << QDateTime::fromString(u"2026-01-02T03:04:05Z"_s, Qt::ISODate)
            << u"2026-01-02T03:04:05.000Z"_s;
        QTest::newRow("Athens, UTC+2")
            << QDateTime::fromString(u"2026-11-23T21:04:05.123+02:00"_s, Qt::ISODateWithMs)
            << u"2026-11-23T19:04:05.123Z"_s;
        QTest::newRow("before 1970")
            << QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC) << u"1969-12-31T23:59:59.999Z"_s;
        QTest::newRow("leap day") << QDateTime(QDate(2028, 2, 29), QTime(12, 0, 0, 7), Qt::UTC)
                                  << u"2028-02-29T12:00:00.007Z"_s;
        QTest::newRow("none") << QDateTime() << QString();
    }
    void isoTimes()
    {
        QFETCH(QDateTime, time);
        QFETCH(QString, text);
        QCOMPARE(isoTime(time), text);
        QCOMPARE(fromIsoTime(text), time);
        if (time.isValid())
            QCOMPARE(fromIsoTime(text).timeSpec(), Qt::UTC);
    }

    void unreadableTimesAreNull()
    {
        QVERIFY(!fromIsoTime(u"yesterday"_s).isValid());
        QVERIFY(!fromIsoTime(u"2026-13-45T99:00:00Z"_s).isValid());
        QVERIFY(!fromIsoTime(u"2026-02-30T10:00:00.000Z"_s).isValid());
        QVERIFY(!fromIsoTime(u"2026-11-23T19:04:05.12aZ"_s).isValid());
    }

    // The hand-written form is Qt's ISO form, and reads back to the same instant, across years.
    void timesAreQtsIsoFormEverywhere()
    {
        const qint64 start = QDateTime(QDate(1901, 3, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 step = 86'399'997LL * 37; // about 37 days, never a round number
        for (qint64 ms = start; ms < start + step * 1500; ms += step) {
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            const QString text = isoTime(at);
            QCOMPARE(text, at.toString(Qt::ISODateWithMs));
            QCOMPARE(fromIsoTime(text), at);
        }
    }
};

QTEST_GUILESS_MAIN(TestWireFormat)
#include "tst_wireformat.moc"
