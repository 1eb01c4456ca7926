// Placing orders on a real store with the demo venue: prices from the menu, refusals naming
// the line, order numbers, and idempotent replay.
#include "menucatalog.h"
#include "orderfixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestOrderRepository : public QObject, private OrderFixture {
    Q_OBJECT

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        QVERIFY(m_store->open());
    }

    void placesAPricedOrderWithOptions()
    {
        const MenuItem steak = m_store->item(u"ribeye-steak"_s);
        const MenuItem water = m_store->item(u"sparkling-water"_s);
        const QList<MenuOption> steakChoices{
            m_store->option(u"ribeye-steak"_s, u"doneness"_s, u"medium-rare"_s),
            m_store->option(u"ribeye-steak"_s, u"side"_s, u"village-salad"_s),
            m_store->option(u"ribeye-steak"_s, u"extras"_s, u"peppercorn-sauce"_s),
            m_store->option(u"ribeye-steak"_s, u"extras"_s, u"fried-egg"_s)};
        const MenuOption large = m_store->option(u"sparkling-water"_s, u"size"_s, u"large"_s);
        QVERIFY(steak.id > 0 && water.id > 0 && large.id > 0);

        // Options asked for in reverse: the order keeps the menu's order.
        OrderLineInput steakLine = line(u"ribeye-steak"_s,
                                        {u"extras/fried-egg"_s, u"extras/peppercorn-sauce"_s,
                                         u"side/village-salad"_s, u"doneness/medium-rare"_s},
                                        2);
        steakLine.note = u"no onion"_s;
        steakLine.seat = 1;
        const QList<OrderLineInput> lines{steakLine,
                                          line(u"sparkling-water"_s, {u"size/large"_s}, 3)};
        const qint64 sessionId = sessionAt(4);
        auto placed = orders().place(u"k-1"_s, sessionId, 0, lines, u"en"_s);
        QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().message));
        QVERIFY(!placed->replayed);

        qint64 steakUnit = steak.price.minorUnits();
        for (const MenuOption &o : steakChoices)
            steakUnit += o.priceDeltaMinor;
        const qint64 waterUnit = water.price.minorUnits() + large.priceDeltaMinor;
        const OrderRecord &order = placed->order;
        QCOMPARE(order.number, 1);
        QCOMPARE(order.tableNumber, 4);
        QCOMPARE(order.sessionId, sessionId);
        QCOMPARE(code(order.status), u"placed"_s);
        QCOMPARE(order.placedAt, m_store->clock.now());
        QCOMPARE(order.total.minorUnits(), steakUnit * 2 + waterUnit * 3);
        QCOMPARE(order.total.currency(), u"EUR"_s);
        QCOMPARE(order.lines.size(), 2);

        const OrderLineRecord &s = order.lines[0];
        QCOMPARE(s.itemId, steak.id);
        QCOMPARE(s.name, steak.name);
        QCOMPARE(s.quantity, 2);
        QCOMPARE(s.unitPrice.minorUnits(), steakUnit);
        QCOMPARE(s.total.minorUnits(), steakUnit * 2);
        QCOMPARE(s.note, u"no onion"_s);
        QCOMPARE(s.seat, 1);
        QCOMPARE(s.station, steak.station);
        QCOMPARE(s.allergens, steak.allergens);
        QCOMPARE(s.options.size(), steakChoices.size());
        for (int i = 0; i < steakChoices.size(); ++i) {
            QCOMPARE(s.options[i].id, steakChoices[i].id);
            QCOMPARE(s.options[i].name, steakChoices[i].name);
            QCOMPARE(s.options[i].priceDeltaMinor, steakChoices[i].priceDeltaMinor);
        }
        QCOMPARE(order.lines[1].seat, 0);
        QCOMPARE(order.lines[1].total.minorUnits(), waterUnit * 3);

        // What the database holds, not only what was returned.
        QCOMPARE(m_store->scalar(u"SELECT total_minor FROM orders"_s).toLongLong(),
                 order.total.minorUnits());
        QCOMPARE(m_store->count(u"order_lines"_s), 2);
        QCOMPARE(m_store->count(u"order_line_options"_s), 5);
        QCOMPARE(m_store->scalar(u"SELECT sum(price_delta_minor) FROM order_line_options"_s)
                     .toLongLong(),
                 steakUnit - steak.price.minorUnits() + large.priceDeltaMinor);
        QVERIFY(m_store->scalar(u"SELECT seat FROM order_lines WHERE id = ?"_s, {order.lines[1].id})
                    .isNull());
        QCOMPARE(m_store->count(u"order_status_history"_s), 1);
        QCOMPARE(m_store
                     ->scalar(u"SELECT to_status || ':' || (line_id IS NULL) FROM "
                              u"order_status_history"_s)
                     .toString(),
                 u"placed:1"_s);
    }

    void namesAreInTheAskedLanguage()
    {
        auto greek = MenuRepository(m_store->connection())
                         .item(m_store->item(u"hummus"_s).id, u"el"_s, u"en"_s);
        QVERIFY(greek.ok());
        auto placed = orders().place(u"k-el"_s, sessionAt(2), 0, {line(u"hummus"_s)}, u"el"_s);
        QVERIFY(placed.ok());
        QCOMPARE(placed->order.lines[0].name, greek->name);
        QVERIFY(placed->order.lines[0].name != m_store->item(u"hummus"_s).name);
    }

    void orderNumbersGrowAcrossTheVenue()
    {
        QCOMPARE(placeAt(1, {line(u"hummus"_s)}).number, 1);
        QCOMPARE(placeAt(2, {line(u"falafel"_s, {u"spice-level/hot"_s})}).number, 2);
        QCOMPARE(placeAt(1, {line(u"baklava"_s)}).number, 3);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("itemKey");
        QTest::addColumn<QStringList>("options"); // item/group/option
        QTest::addColumn<int>("quantity");
        QTest::addColumn<int>("noteLength");
        QTest::addColumn<int>("seat");
        QTest::addColumn<bool>("soldOut");
        QTest::addColumn<QString>("code");

        const QStringList none;
        const QStringList steakOk{u"ribeye-steak/doneness/rare"_s, u"ribeye-steak/side/fries"_s};
        QTest::newRow("unknown item")
            << u"no-such-dish"_s << none << 1 << 0 << 0 << false << u"unknown_item"_s;
        QTest::newRow("sold out") << u"baklava"_s << none << 1 << 0 << 0 << true
                                  << u"item_unavailable"_s;
        QTest::newRow("choice missing")
            << u"ribeye-steak"_s << QStringList{u"ribeye-steak/side/fries"_s} << 1 << 0 << 0
            << false << u"choice_required"_s;
        QTest::newRow("two donenesses")
            << u"ribeye-steak"_s << (steakOk + QStringList{u"ribeye-steak/doneness/medium"_s}) << 1
            << 0 << 0 << false << u"too_many_choices"_s;
        QTest::newRow("option of another dish")
            << u"hummus"_s << QStringList{u"ribeye-steak/doneness/rare"_s} << 1 << 0 << 0 << false
            << u"option_not_on_item"_s;
        QTest::newRow("same option twice")
            << u"hummus"_s
            << QStringList{u"hummus/extras/extra-pitta"_s, u"hummus/extras/extra-pitta"_s} << 1 << 0
            << 0 << false << u"duplicate_option"_s;
        QTest::newRow("zero") << u"hummus"_s << none << 0 << 0 << 0 << false
                              << u"quantity_too_small"_s;
        QTest::newRow("fifty-one")
            << u"hummus"_s << none << 51 << 0 << 0 << false << u"quantity_too_large"_s;
        QTest::newRow("note too long")
            << u"hummus"_s << none << 1 << 201 << 0 << false << u"bad_request"_s;
        QTest::newRow("seat 21") << u"hummus"_s << none << 1 << 0 << 21 << false
                                 << u"bad_request"_s;
        QTest::newRow("seat -1") << u"hummus"_s << none << 1 << 0 << -1 << false
                                 << u"bad_request"_s;
    }

    void refusals()
    {
        QFETCH(QString, itemKey);
        QFETCH(QStringList, options);
        QFETCH(int, quantity);
        QFETCH(int, noteLength);
        QFETCH(int, seat);
        QFETCH(bool, soldOut);
        QFETCH(QString, code);

        OrderLineInput bad;
        bad.itemId = itemKey == u"no-such-dish"_s ? 999999 : m_store->item(itemKey).id;
        for (const QString &path : options)
            bad.optionIds.append(optionId(path));
        bad.quantity = quantity;
        bad.note = QString(noteLength, u'x');
        bad.seat = seat;
        if (soldOut)
            QVERIFY(MenuRepository(m_store->connection()).setAvailable(bad.itemId, false).ok());
        const qint64 sessionId = sessionAt(3);
        const auto before = rowCounts();

        auto placed = orders().place(u"k-bad"_s, sessionId, 0, {line(u"hummus"_s), bad}, u"en"_s);
        QVERIFY(!placed.ok());
        QCOMPARE(placed.error().code, code);
        QVERIFY2(placed.error().message.startsWith(u"Line 2: "_s),
                 qPrintable(placed.error().message));
        QCOMPARE(rowCounts(), before);
    }

    void badShapesAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("lineCount");
        QTest::newRow("no lines") << u"k"_s << 0;
        QTest::newRow("101 lines") << u"k"_s << 101;
        QTest::newRow("empty key") << QString() << 1;
        QTest::newRow("65-character key") << QString(65, u'k') << 1;
    }
    void badShapesAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(int, lineCount);
        const QList<OrderLineInput> lines(lineCount, line(u"hummus"_s));
        auto placed = orders().place(key, sessionAt(5), 0, lines, u"en"_s);
        QVERIFY(!placed.ok());
        QCOMPARE(placed.error().code, u"bad_request"_s);
        QCOMPARE(m_store->count(u"orders"_s), 0);
    }

    void aHundredLinesAreFine()
    {
        const QList<OrderLineInput> lines(OrderRepository::MaxLines, line(u"hummus"_s));
        const OrderRecord order = placeAt(6, lines);
        QCOMPARE(order.lines.size(), 100);
        QCOMPARE(order.total.minorUnits(), 100 * m_store->item(u"hummus"_s).price.minorUnits());
    }

    void replayReturnsTheFirstOrderAndWritesNothing()
    {
        const qint64 sessionId = sessionAt(7);
        auto first = orders().place(u"same-key"_s, sessionId, 0,
                                    {line(u"hummus"_s, {u"extras/crudites"_s}, 2)}, u"en"_s);
        QVERIFY(first.ok());
        const auto before = rowCounts();
        m_store->clock.advance(60'000);

        // A different body under the same key: still the first order, nothing new stored.
        auto again =
            orders().place(u"same-key"_s, sessionId, 0, {line(u"baklava"_s, {}, 5)}, u"en"_s);
        QVERIFY(again.ok());
        QVERIFY(again->replayed);
        QCOMPARE(again->order, first->order);
        QCOMPARE(rowCounts(), before);
    }

    // The first order comes back even when the repeat would now be refused for itself: the
    // tablet that lost the answer must hear that its order went through.
    void aRepeatIsAnsweredWhateverWouldNowRefuseIt_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("the dish sold out since") << u"sold out"_s;
        QTest::newRow("the repeat's lines are wrong") << u"no lines"_s;
        QTest::newRow("the party left since") << u"party left"_s;
    }

    void aRepeatIsAnsweredWhateverWouldNowRefuseIt()
    {
        QFETCH(QString, change);
        SessionRepository sessions(m_store->connection(), m_store->clock);
        const qint64 sessionId = sessionAt(5);
        auto first = orders().place(u"k-first"_s, sessionId, 0, {line(u"baklava"_s)}, u"en"_s);
        QVERIFY(first.ok());
        QList<OrderLineInput> lines{line(u"baklava"_s)};
        if (change == u"sold out"_s)
            QVERIFY(MenuRepository(m_store->connection())
                        .setAvailable(m_store->item(u"baklava"_s).id, false)
                        .ok());
        else if (change == u"no lines"_s)
            lines.clear();
        else
            QVERIFY(sessions.close(sessionId).ok());
        const auto before = rowCounts();

        auto again = orders().place(u"k-first"_s, sessionId, 0, lines, u"en"_s);
        QVERIFY2(again.ok(), qPrintable(again ? QString() : again.error().message));
        QVERIFY(again->replayed);
        QCOMPARE(again->order, first->order);
        QCOMPARE(rowCounts(), before);
        // A new key with the same body is refused.
        QVERIFY(!orders().place(u"k-new"_s, sessionId, 0, lines, u"en"_s).ok());
    }

    // place() builds the order from what it wrote; a reader must get exactly the same back.
    void thePlacedOrderIsTheStoredOne_data()
    {
        QTest::addColumn<bool>("fromCatalog");
        QTest::addColumn<QString>("language");
        QTest::newRow("store, en") << false << u"en"_s;
        QTest::newRow("store, el") << false << u"el"_s;
        QTest::newRow("catalog, en") << true << u"en"_s;
        QTest::newRow("catalog, ar") << true << u"ar"_s;
    }
    void thePlacedOrderIsTheStoredOne()
    {
        QFETCH(bool, fromCatalog);
        QFETCH(QString, language);
        MenuCatalog catalog(m_store->connection());
        OrderRepository repository(m_store->connection(), m_store->clock,
                                   fromCatalog ? &catalog : nullptr);
        OrderLineInput steak = line(u"ribeye-steak"_s,
                                    {u"extras/fried-egg"_s, u"side/village-salad"_s,
                                     u"doneness/medium-rare"_s, u"extras/peppercorn-sauce"_s},
                                    2);
        steak.note = u"no onion"_s;
        steak.seat = 3;
        m_store->clock.advance(1234); // a time with milliseconds
        auto placed = repository.place(
            u"k-same"_s, sessionAt(4), 0,
            {steak, line(u"sparkling-water"_s, {u"size/large"_s}, 3), line(u"hummus"_s)}, language);
        QVERIFY2(placed.ok(), qPrintable(placed.ok() ? QString() : placed.error().message));
        auto stored = repository.order(placed->order.id, language);
        QVERIFY(stored.ok());
        QCOMPARE(placed->order, *stored);
        QCOMPARE(placed->order.lines[0].options.size(), 4);
        QVERIFY(!placed->order.lines[0].allergens.isEmpty());
    }

    void theCatalogNeverPricesAStaleMenu()
    {
        MenuCatalog catalog(m_store->connection());
        OrderRepository repository(m_store->connection(), m_store->clock, &catalog);
        MenuRepository menu(m_store->connection(), &catalog);
        const qint64 baklava = m_store->item(u"baklava"_s).id;
        QVERIFY(repository.place(u"k-1"_s, sessionAt(2), 0, {line(u"baklava"_s)}, u"en"_s).ok());
        QVERIFY(menu.setAvailable(baklava, false).ok());
        auto soldOut = repository.place(u"k-2"_s, sessionAt(2), 0, {line(u"baklava"_s)}, u"en"_s);
        QVERIFY(!soldOut.ok());
        QCOMPARE(soldOut.error().code, u"item_unavailable"_s);
        QVERIFY(menu.setAvailable(baklava, true).ok());
        QVERIFY(repository.place(u"k-3"_s, sessionAt(2), 0, {line(u"baklava"_s)}, u"en"_s).ok());
    }

    void aLoadedCatalogHasReadTheMenuAlready()
    {
        MenuCatalog catalog(m_store->connection());
        QVERIFY(catalog.load().ok());
        // Behind the catalog's back, as no screen may: what it prices from was read before.
        const qint64 baklava = m_store->item(u"baklava"_s).id;
        const qint64 price =
            m_store->scalar(u"SELECT price_minor FROM menu_items WHERE id = ?"_s, {baklava})
                .toLongLong();
        QVERIFY(runSql(m_store->connection(),
                       u"UPDATE menu_items SET price_minor = price_minor + 100 WHERE id = ?"_s,
                       {baklava})
                    .ok());
        OrderRepository repository(m_store->connection(), m_store->clock, &catalog);
        auto placed = repository.place(u"k-1"_s, sessionAt(2), 0, {line(u"baklava"_s)}, u"en"_s);
        QVERIFY(placed.ok());
        QCOMPARE(placed->order.lines[0].unitPrice.minorUnits(), price);
    }

    void sessionMustBeOpen()
    {
        SessionRepository sessions(m_store->connection(), m_store->clock);
        auto session = sessions.seat(8, 2);
        QVERIFY(session.ok());
        QVERIFY(sessions.close(session->id).ok());
        auto closed = orders().place(u"k-closed"_s, session->id, 0, {line(u"hummus"_s)}, u"en"_s);
        QVERIFY(!closed.ok());
        QCOMPARE(closed.error().code, u"session_closed"_s);
        auto unknown = orders().place(u"k-unknown"_s, 4242, 0, {line(u"hummus"_s)}, u"en"_s);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, u"unknown_session"_s);
        QCOMPARE(m_store->count(u"orders"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestOrderRepository)
#include "tst_orderrepository.moc"
