// bill.get through a real hub and real sockets: the itemised bill of table 4's open session
// (options in the diner's language, seats, a cancelled order left off), its tax included at the
// demo venue's 13 % and added at 24 % in a venue set so, the same bill for the host and the
// owner naming the table, nothing written by reading it, and every refusal (no open session,
// a table that does not exist, another table's bill, no table named, the kitchen).
#include "hubtestsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

constexpr auto HostPin = "1379";

// A line as bill.get lists it, in one string: "name | options | seat | quantity | total".
QStringList summary(const QJsonObject &reply)
{
    QStringList lines;
    for (const QJsonValue &line : reply[u"result"_s][u"lines"_s].toArray())
        lines.append(u"%1 | %2 | %3 | %4 | %5"_s
                         .arg(line[u"name"_s].toString(), line[u"options"_s].toString())
                         .arg(line[u"seat"_s].toInt())
                         .arg(line[u"quantity"_s].toInt())
                         .arg(line[u"total"_s].toInteger()));
    return lines;
}

// The amounts of a bill, in one string: "subtotal tax preTaxSubtotal serviceCharge total".
QString amounts(const QJsonObject &reply)
{
    const QJsonObject bill = reply[u"result"_s].toObject();
    QStringList figures;
    for (const char *field : {"subtotal", "tax", "preTaxSubtotal", "serviceCharge", "total"})
        figures.append(QString::number(bill[QLatin1StringView(field)].toInteger()));
    return figures.join(u' ');
}

} // namespace

class TestHubBill : public QObject {
    Q_OBJECT

private:
    TestHub m_venue;
    TestClient m_table, m_otherTable, m_host, m_owner, m_kitchen;
    int m_keys = 0;

    qint64 option(TestHub &venue, const QString &item, const QString &key)
    {
        return venue
            .scalar(u"SELECT o.id FROM modifier_options o JOIN modifier_groups g ON g.id = "
                    u"o.group_id JOIN menu_items i ON i.id = g.item_id WHERE i.key = ? AND "
                    u"o.key = ?"_s,
                    {item, key})
            .toLongLong();
    }

    QJsonObject line(TestHub &venue, const QString &item, int quantity, int seat,
                     const QStringList &options = {})
    {
        QJsonArray ids;
        for (const QString &key : options)
            ids.append(option(venue, item, key));
        QJsonObject json{
            {u"itemId"_s, venue.itemId(item)}, {u"quantity"_s, quantity}, {u"optionIds"_s, ids}};
        if (seat != 0)
            json.insert(u"seat"_s, seat);
        return json;
    }

    // Places an order at the client's table; gives its id.
    qint64 order(TestClient &table, const QJsonArray &lines)
    {
        const QJsonObject reply = table.request(
            u"order.place"_s, {{u"key"_s, u"bill-%1"_s.arg(++m_keys)}, {u"lines"_s, lines}});
        if (!reply[u"ok"_s].toBool())
            qWarning() << reply;
        return reply[u"result"_s][u"order"_s][u"id"_s].toInteger();
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_venue.start(), QString());
        const QUrl url = m_venue.hub->url();
        QVERIFY(m_table.connectAs(url, m_venue.enroll(u"Table 4"_s, u"table"_s, 4)));
        QVERIFY(m_otherTable.connectAs(url, m_venue.enroll(u"Table 5"_s, u"table"_s, 5)));
        QVERIFY(m_host.connectAs(url, m_venue.enroll(u"Host"_s, u"host"_s)));
        QVERIFY(m_owner.connectAs(url, m_venue.enroll(u"Owner"_s, u"owner"_s)));
        QVERIFY(m_kitchen.connectAs(url, m_venue.enroll(u"Pass"_s, u"kitchen"_s)));
    }

    void noBillBeforeAnyoneSits()
    {
        QCOMPARE(TestClient::errorCode(m_table.request(u"bill.get"_s, {})), u"no_open_session"_s);
        QCOMPARE(TestClient::errorCode(m_host.request(u"bill.get"_s, {{u"table"_s, 4}})),
                 u"no_open_session"_s);
        QCOMPARE(TestClient::errorCode(m_owner.request(u"bill.get"_s, {{u"table"_s, 99}})),
                 u"unknown_table"_s);
    }

    // Demo venue: prices include 13 % tax. 15.00 + 30.40 + 5.50 + 21.00 = 71.90, of which
    // 71.90 x 13 / 113 = 8.2717 is tax: 8.27. The gyros' order, cancelled, is not on it.
    void theItemisedBill()
    {
        QVERIFY(order(m_table,
                      {line(m_venue, u"hummus"_s, 2, 1, {u"extra-pitta"_s}),
                       line(m_venue, u"ribeye-steak"_s, 1, 2, {u"medium"_s, u"village-salad"_s}),
                       line(m_venue, u"tzatziki"_s, 1, 0)}) > 0);
        const qint64 gyros = order(m_table, {line(m_venue, u"pork-gyros"_s, 1, 3)});
        QVERIFY(gyros > 0);
        const QJsonObject cancelled = m_host.request(
            u"order.cancel"_s,
            {{u"orderId"_s, gyros}, {u"reason"_s, u"Ordered twice"_s}, {u"pin"_s, HostPin}});
        QVERIFY2(cancelled[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(cancelled)));
        QVERIFY(order(m_table, {line(m_venue, u"baba-ganoush"_s, 3, 0)}) > 0);

        const auto before = m_venue.counts();
        const QJsonObject bill = m_table.request(u"bill.get"_s, {{u"language"_s, u"en"_s}});
        QVERIFY2(bill[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(bill)));
        QCOMPARE(
            summary(bill),
            (QStringList{u"Hummus | Extra pitta | 1 | 2 | 1500"_s,
                         u"Ribeye Steak | Medium, Small village salad | 2 | 1 | "
                         u"3040"_s,
                         u"Tzatziki |  | 0 | 1 | 550"_s, u"Baba Ganoush |  | 0 | 3 | 2100"_s}));
        QCOMPARE(amounts(bill), u"7190 827 6363 0 7190"_s);
        const QJsonObject result = bill[u"result"_s].toObject();
        QCOMPARE(result[u"table"_s].toInt(), 4);
        QCOMPARE(result[u"currency"_s].toString(), u"EUR"_s);
        QCOMPARE(result[u"taxRateBasisPoints"_s].toInt(), 1300);
        QCOMPARE(result[u"pricesIncludeTax"_s].toBool(), true);
        QCOMPARE(result[u"serviceChargeBasisPoints"_s].toInt(), 0);
        QCOMPARE(result[u"sessionId"_s].toInteger(),
                 m_venue.scalar(u"SELECT id FROM table_sessions WHERE closed_at IS NULL"_s)
                     .toLongLong());
        QVERIFY(result[u"lines"_s][0][u"orderNumber"_s].toInt() > 0);
        // Reading the bill wrote nothing, not even an event.
        QCOMPARE(m_venue.counts(), before);

        // The host and the owner get the same bill naming the table.
        for (TestClient *staff : {&m_host, &m_owner}) {
            const QJsonObject seen =
                staff->request(u"bill.get"_s, {{u"table"_s, 4}, {u"language"_s, u"en"_s}});
            QCOMPARE(seen[u"result"_s].toObject(), result);
        }
        // In Greek: the dishes' and options' names, not the figures.
        const QJsonObject greek = m_table.request(u"bill.get"_s, {{u"language"_s, u"el"_s}});
        QCOMPARE(greek[u"result"_s][u"language"_s].toString(), u"el"_s);
        QVERIFY(!summary(greek).first().startsWith(u"Hummus"_s));
        QCOMPARE(amounts(greek), u"7190 827 6363 0 7190"_s);
    }

    void refusals()
    {
        QCOMPARE(TestClient::errorCode(m_otherTable.request(u"bill.get"_s, {{u"table"_s, 4}})),
                 u"forbidden"_s);
        QCOMPARE(TestClient::errorCode(m_otherTable.request(u"bill.get"_s, {})),
                 u"no_open_session"_s);
        QCOMPARE(TestClient::errorCode(m_host.request(u"bill.get"_s, {})), u"bad_request"_s);
        QCOMPARE(TestClient::errorCode(m_kitchen.request(u"bill.get"_s, {{u"table"_s, 4}})),
                 u"forbidden"_s);
        QCOMPARE(TestClient::errorCode(m_host.request(u"bill.get"_s, {{u"table"_s, u"four"_s}})),
                 u"bad_request"_s);
    }

    void noBillOnceTheSessionCloses()
    {
        const qint64 session =
            m_venue.scalar(u"SELECT id FROM table_sessions WHERE closed_at IS NULL"_s).toLongLong();
        QVERIFY(m_host.request(u"session.close"_s, {{u"sessionId"_s, session}})[u"ok"_s].toBool());
        QCOMPARE(TestClient::errorCode(m_table.request(u"bill.get"_s, {})), u"no_open_session"_s);
    }

    // A venue whose prices are before tax: 24 % added to 28.90 + 6.50 = 35.40 is 8.496, 8.50.
    void taxAddedOnTop()
    {
        TestHub venue;
        QCOMPARE(venue.start(u"UPDATE venue SET tax_rate_bp = 2400, prices_include_tax = 0"_s),
                 QString());
        TestClient table;
        QVERIFY(table.connectAs(venue.hub->url(), venue.enroll(u"Table 2"_s, u"table"_s, 2)));
        QVERIFY(order(table, {line(venue, u"ribeye-steak"_s, 1, 1, {u"rare"_s, u"fries"_s}),
                              line(venue, u"hummus"_s, 1, 2)}) > 0);
        const QJsonObject bill = table.request(u"bill.get"_s, {});
        QVERIFY2(bill[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(bill)));
        QCOMPARE(amounts(bill), u"3540 850 3540 0 4390"_s);
        QCOMPARE(bill[u"result"_s][u"pricesIncludeTax"_s].toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestHubBill)
#include "tst_hubbill.moc"
