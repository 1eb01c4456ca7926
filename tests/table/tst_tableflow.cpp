// End to end: the real table screen, offscreen, against a real in-process hub on the demo venue.
// A diner taps through category -> dish -> a required choice -> add -> place, and the order is
// checked in the hub's database at the price the demo menu gives. In Arabic the layout mirrors.
#include "menudocumentstore.h"
#include "tablescreentest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTcpServer>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The price of one dish with these options, straight from the demo venue's JSON.
qint64 demoPrice(const QString &itemKey, const QStringList &optionKeys)
{
    const QJsonObject venue = QJsonDocument::fromJson(fileBytes(u":/demo/venue.json"_s)).object();
    for (const QJsonValue &category : venue[u"categories"].toArray()) {
        for (const QJsonValue &item : category[u"items"].toArray()) {
            if (item[u"key"].toString() != itemKey)
                continue;
            qint64 price = item[u"price"].toInteger();
            for (const QJsonValue &group : item[u"modifierGroups"].toArray())
                for (const QJsonValue &option : group[u"options"].toArray())
                    if (optionKeys.contains(option[u"key"].toString()))
                        price += option[u"priceDelta"].toInteger();
            return price;
        }
    }
    return -1;
}

} // namespace

class TableFlowTest : public QObject {
    Q_OBJECT

private:
    QQuickWindow *window = nullptr;

    QQuickItem *item(const QString &name)
    {
        QQuickItem *found = nullptr;
        [&] { QTRY_VERIFY2((found = findItem(window->contentItem(), name)), qPrintable(name)); }();
        return found;
    }

    void tap(const QString &name)
    {
        QQuickItem *target = item(name);
        QVERIFY2(target && tapItem(window, target), qPrintable(name));
    }

    bool start(Diner &diner)
    {
        if (!diner.screen->show())
            return false;
        window = diner.screen->window();
        window->resize(1280, 800);
        return QTest::qWaitForWindowExposed(window) &&
               QTest::qWaitFor([&] { return diner.screen->menuReady(); }, 10000);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void placesAnOrderByTapping()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, u"en"_s, 4);
        QVERIFY(start(diner));
        TableScreen &screen = *diner.screen;

        tap(u"welcomeStart"_s);
        QTRY_COMPARE(screen.page(), u"menu"_s);

        tap(u"category_2"_s); // Grill
        const qint64 ribeye = hub.itemId(u"ribeye-steak"_s);
        QTRY_COMPARE(screen.filterModel().categoryId(),
                     screen.menuIndex().item(ribeye)->categoryId);
        tap(u"dish_%1"_s.arg(ribeye));
        QTRY_VERIFY(screen.dishDraft().isOpen());
        QVERIFY(!screen.dishDraft().canAdd()); // doneness and side are required

        QHash<QString, qint64> options;
        for (const MenuModifierGroup &group : screen.menuIndex().item(ribeye)->groups)
            for (const MenuOption &option : group.options)
                options.insert(option.key, option.id);
        const QString mediumRare = u"option_%1"_s.arg(options[u"medium-rare"_s]);
        const QString vegetables = u"option_%1"_s.arg(options[u"grilled-vegetables"_s]);
        // A choice changes its own chip; the sheet keeps every other item where it was.
        const QPointer<QQuickItem> sideChip = item(vegetables);
        tap(mediumRare);
        QTRY_VERIFY(item(mediumRare)->property("checked").toBool());
        QCOMPARE(item(vegetables), sideChip.data());
        tap(vegetables);
        QTRY_VERIFY(screen.dishDraft().canAdd());
        QVERIFY(item(vegetables)->property("checked").toBool());
        tap(u"dishQuantityPlus"_s);
        QTRY_COMPARE(screen.dishDraft().quantity(), 2);
        tap(u"dishAdd"_s);
        QTRY_COMPARE(screen.cartModel().rowCount(), 1);
        QTRY_VERIFY(!screen.dishDraft().isOpen());

        const qint64 unit =
            demoPrice(u"ribeye-steak"_s, {u"medium-rare"_s, u"grilled-vegetables"_s});
        QCOMPARE(unit, 2990);
        QCOMPARE(screen.cartModel().totalMinor(), 2 * unit);

        QTRY_VERIFY(!findItem(window->contentItem(), u"dishSheet"_s)); // faded out
        tap(u"placeButton"_s);
        tap(u"confirmPlace"_s);
        QTRY_COMPARE(screen.page(), u"status"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            screen.orderModel().rowCount() == 1 && screen.orderModel().sendingCount() == 0, 10000);
        QCOMPARE(screen.cartModel().rowCount(), 0);
        QTRY_COMPARE(diner.outbox.pendingCount(), 0);

        QCOMPARE(hub.scalar(u"SELECT count(*) FROM orders"_s).toInt(), 1);
        QCOMPARE(hub.scalar(u"SELECT total_minor FROM orders"_s).toLongLong(), 2 * unit);
        QCOMPARE(hub.scalar(u"SELECT unit_price_minor FROM order_lines"_s).toLongLong(), unit);
        QCOMPARE(hub.scalar(u"SELECT quantity FROM order_lines"_s).toInt(), 2);
        QCOMPARE(hub.scalar(u"SELECT count(*) FROM order_line_options"_s).toInt(), 2);
        QCOMPARE(
            item(u"billTotal"_s)->property("text").toString(),
            Money(2 * unit, u"EUR"_s).format(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    }

    // The owner publishes a new price while hummus waits in the cart: the table reads the new
    // menu by itself, marks the line with both prices and will not place it until the diner
    // keeps it at the new price.
    void aPublishedPriceIsMarkedInTheCart()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, u"en"_s, 6);
        QVERIFY(start(diner));
        tap(u"welcomeStart"_s);
        const qint64 hummus = hub.itemId(u"hummus"_s);
        tap(u"dish_%1"_s.arg(hummus));
        tap(u"dishAdd"_s);
        TableScreen &screen = *diner.screen;
        QTRY_COMPARE(screen.cartModel().rowCount(), 1);
        QTRY_VERIFY(!findItem(window->contentItem(), u"dishSheet"_s));
        QVERIFY(item(u"placeButton"_s)->isEnabled());

        MenuDocument dearer = *MenuDocumentStore(hub.database.connection()).live();
        for (DocumentItem &dish : dearer.items)
            if (dish.key == u"hummus"_s)
                dish.priceMinor = 725;
        QCOMPARE(*hub.hub->publishMenu(dearer), 2);

        QTRY_VERIFY(item(u"cartConfirm_0"_s)->isVisible());
        QVERIFY(item(u"cartReview"_s)->isVisible());
        QVERIFY(!item(u"placeButton"_s)->isEnabled());
        QCOMPARE(screen.cartModel().index(0).data(CartModel::AgreedUnitPriceRole).toString(),
                 u"€6.50"_s);
        QCOMPARE(item(u"cartTotal"_s)->property("text").toString(), u"€7.25"_s);
        tap(u"cartConfirm_0"_s);
        QTRY_VERIFY(item(u"placeButton"_s)->isEnabled());
        QTRY_VERIFY(!findItem(window->contentItem(), u"cartReview"_s));
        QCOMPARE(screen.cartModel().totalMinor(), 725);
    }

    // A table whose connection was down while the owner published: once back, it shows the
    // version published meanwhile, without a restart.
    void aTableOfflineDuringAPublishGetsItOnReconnecting()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, u"en"_s, 8);
        QVERIFY(start(diner));
        tap(u"welcomeStart"_s);
        const QString card = u"dish_%1"_s.arg(hub.itemId(u"hummus"_s));
        QCOMPARE(item(card)->property("price").toString(), u"€6.50"_s);

        diner.client.disconnectFromHub();
        QTRY_VERIFY(diner.client.state() != VenueClient::State::Online);
        MenuDocument dearer = *MenuDocumentStore(hub.database.connection()).live();
        for (DocumentItem &dish : dearer.items)
            if (dish.key == u"hummus"_s)
                dish.priceMinor = 790;
        QCOMPARE(*hub.hub->publishMenu(dearer), 2);
        QTest::qWait(200); // nothing reaches a table that is not there
        QCOMPARE(item(card)->property("price").toString(), u"€6.50"_s);

        diner.client.connectTo(hub.hub->url(), diner.token);
        QTRY_VERIFY_WITH_TIMEOUT(diner.client.state() == VenueClient::State::Online, 10000);
        QTRY_COMPARE(item(card)->property("price").toString(), u"€7.90"_s);
    }

    // The kitchen has two portions of hummus left. Another table takes both: this table's card
    // says sold out, its cart line cannot be placed, the dish sheet will not add it, and the
    // hub refuses one more from anywhere.
    void aDishCountedDownIsRefusedAtZero()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        const qint64 hummus = hub.itemId(u"hummus"_s);
        TestClient kitchen;
        QVERIFY(kitchen.connectAs(hub.hub->url(), hub.enroll(u"Pass"_s, u"kitchen"_s)));
        QVERIFY(
            kitchen.request(u"menu.stock.set"_s, {{u"itemId"_s, hummus}, {u"count"_s, 2}})[u"ok"_s]
                .toBool());

        Diner diner(hub, u"en"_s, 5);
        QVERIFY(start(diner));
        TableScreen &screen = *diner.screen;
        tap(u"welcomeStart"_s);
        tap(u"dish_%1"_s.arg(hummus));
        tap(u"dishAdd"_s);
        QTRY_COMPARE(screen.cartModel().rowCount(), 1);
        QTRY_VERIFY(!findItem(window->contentItem(), u"dishSheet"_s));
        QVERIFY(!findItem(window->contentItem(), u"soldOut_%1"_s.arg(hummus)));
        QVERIFY(item(u"placeButton"_s)->isEnabled());

        TestClient otherTable;
        QVERIFY(otherTable.connectAs(hub.hub->url(), hub.enroll(u"Table 4"_s, u"table"_s, 4)));
        const auto order = [&](const QString &key, int quantity) {
            return otherTable.request(
                u"order.place"_s,
                {{u"key"_s, key},
                 {u"table"_s, 4},
                 {u"lines"_s,
                  QJsonArray{QJsonObject{{u"itemId"_s, hummus}, {u"quantity"_s, quantity}}}}});
        };
        QCOMPARE(TestClient::errorCode(order(u"three"_s, 3)), u"not_enough_left"_s);
        QVERIFY(order(u"both"_s, 2)[u"ok"_s].toBool());

        QVERIFY(item(u"soldOut_%1"_s.arg(hummus))->isVisible());
        QTRY_VERIFY(!item(u"placeButton"_s)->isEnabled());
        QCOMPARE(screen.cartModel().index(0).data(CartModel::AvailableRole).toBool(), false);
        tap(u"dish_%1"_s.arg(hummus));
        QVERIFY(!item(u"dishAdd"_s)->isEnabled());

        QCOMPARE(TestClient::errorCode(order(u"one-more"_s, 1)), u"item_unavailable"_s);
        QCOMPARE(hub.scalar(u"SELECT sum(quantity) FROM order_lines WHERE item_id = ?"_s, {hummus})
                     .toInt(),
                 2);
        QCOMPARE(hub.scalar(u"SELECT stock_left FROM menu_items WHERE id = ?"_s, {hummus}).toInt(),
                 0);
    }

    void mirrorsInArabic()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, u"ar"_s, 5);
        QVERIFY(start(diner));
        tap(u"welcomeStart"_s);
        QTRY_COMPARE(diner.screen->page(), u"menu"_s);
        QQuickItem *rail = item(u"categoryRail"_s);
        QQuickItem *cart = item(u"placeButton"_s);
        const qreal railX = rail->mapToScene({0, 0}).x();
        QVERIFY2(railX > window->width() / 2, qPrintable(QString::number(railX)));
        QVERIFY(cart->mapToScene({0, 0}).x() < window->width() / 2);
        // Prices in the diner's own digits: Arabic-Indic, not Latin.
        const QString total = item(u"cartTotal"_s)->property("text").toString();
        QVERIFY2(total.contains(QChar(0x0660)), qPrintable(total));
    }

    void longCategoryNamesWrapInTheRail()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, u"en"_s, 7);
        QVERIFY(start(diner));
        tap(u"welcomeStart"_s);
        QTRY_COMPARE(diner.screen->page(), u"menu"_s);
        // "From the Charcoal Grill" is too long for one line of the rail: all of it, on two.
        QQuickItem *grill = item(u"categoryName_2"_s);
        QCOMPARE(grill->property("text").toString(), u"From the Charcoal Grill"_s);
        QCOMPARE(grill->property("lineCount").toInt(), 2);
        QCOMPARE(grill->property("truncated").toBool(), false);
        QVERIFY(item(u"category_2"_s)->height() >= grill->property("implicitHeight").toReal());
        QQuickItem *salads = item(u"categoryName_1"_s);
        QCOMPARE(salads->property("lineCount").toInt(), 1);
        QCOMPARE(item(u"category_1"_s)->height(), 56.0);
    }

    void switchingLanguageKeepsTheCart()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, u"en"_s, 6);
        QVERIFY(start(diner));
        TableScreen &screen = *diner.screen;
        screen.start();
        QVERIFY(screen.openDish(hub.itemId(u"hummus"_s)));
        QVERIFY(screen.addDraftToCart());
        const QString english = screen.cartModel().index(0).data(CartModel::NameRole).toString();
        screen.setLanguage(u"el"_s);
        QCOMPARE(screen.cartModel().rowCount(), 1);
        QTRY_VERIFY(screen.cartModel().index(0).data(CartModel::NameRole).toString() != english);
        QCOMPARE(screen.cartModel().index(0).data(CartModel::NameRole).toString(), u"Χούμους"_s);
    }

    void aBusyStationShowsLongerWaitUntilItCatchesUp()
    {
        TestHub hub;
        QCOMPARE(hub.start(u"UPDATE venue SET station_behind_tickets = 1"_s), QString());
        Diner diner(hub, u"en"_s, 4);
        QVERIFY(start(diner));
        tap(u"welcomeStart"_s);
        QTRY_COMPARE(diner.screen->page(), u"menu"_s);
        const qint64 hummus = hub.itemId(u"hummus"_s);
        QVERIFY(item(u"dish_%1"_s.arg(hummus)));
        QVERIFY(!findItem(window->contentItem(), u"longerWait_%1"_s.arg(hummus)));

        // Two other tables order from the cold station: one ticket over the owner's limit.
        TestClient host;
        QVERIFY(host.connectAs(hub.hub->url(), hub.enroll(u"Floor"_s, u"host"_s)));
        QList<qint64> lines;
        for (int table : {5, 6}) {
            const QJsonObject placed = host.request(
                u"order.place"_s,
                {{u"key"_s, u"busy-%1"_s.arg(table)},
                 {u"table"_s, table},
                 {u"lines"_s, QJsonArray{QJsonObject{{u"itemId"_s, hummus}, {u"quantity"_s, 1}}}}});
            QVERIFY2(placed[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(placed)));
            lines.append(placed[u"result"_s][u"order"_s][u"lines"_s][0][u"id"_s].toInteger());
        }
        hub.clock.advance(HubServer::StationJudgeMs); // the hub's next look at its stations
        QVERIFY(item(u"longerWait_%1"_s.arg(hummus)));
        tap(u"dish_%1"_s.arg(hummus));
        QVERIFY(item(u"dishLongerWait"_s));

        // The kitchen sends one plate out: the station is within its limit again.
        TestClient kitchen;
        QVERIFY(kitchen.connectAs(hub.hub->url(), hub.enroll(u"Pass"_s, u"kitchen"_s)));
        for (const QString &to : {u"accepted"_s, u"cooking"_s, u"ready"_s})
            QVERIFY(kitchen
                        .request(u"order.line.advance"_s,
                                 {{u"lineId"_s, lines[0]}, {u"to"_s, to}})[u"ok"_s]
                        .toBool());
        hub.clock.advance(HubServer::StationJudgeMs);
        QTRY_VERIFY(!findItem(window->contentItem(), u"dishLongerWait"_s));
        QVERIFY(!findItem(window->contentItem(), u"longerWait_%1"_s.arg(hummus)));
    }

    void aStartingScreenDrawsItsMenuInItsFirstFrame()
    {
        {
            // An earlier screen has the types resolved already, so only the wait for the menu
            // keeps the next one from making its window before the hub has answered.
            SystemClock clock;
            VenueClient offline(clock);
            TableScreen warm(offline, u"en"_s);
            QVERIFY(warm.show());
            QVERIFY(!warm.menuReady());
        }
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, u"en"_s, 5);
        TableScreen &screen = *diner.screen;
        screen.start();
        QVERIFY(screen.show());
        // The menu came while the window was being made: no spinner frame comes first.
        QVERIFY(screen.menuReady());
        window = screen.window();
        int frames = 0;
        bool dishesInFirstFrame = false;
        bool spinnerInFirstFrame = true;
        const QString hummus = u"dish_%1"_s.arg(hub.itemId(u"hummus"_s));
        connect(window, &QQuickWindow::frameSwapped, this, [&] {
            if (frames++ > 0)
                return;
            dishesInFirstFrame = findItem(window->contentItem(), hummus) != nullptr;
            spinnerInFirstFrame = findItem(window->contentItem(), u"loadingText"_s) != nullptr;
        });
        QTRY_VERIFY(frames > 0);
        QVERIFY(dishesInFirstFrame);
        QVERIFY(!spinnerInFirstFrame);
    }

    void aHubThatDoesNotAnswerGetsTheSpinnerSoon()
    {
        // Takes the connection but never answers the WebSocket handshake.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SystemClock clock;
        VenueClient client(clock);
        client.connectTo(QUrl(u"ws://127.0.0.1:%1"_s.arg(silent.serverPort())), u"token"_s);
        TableScreen screen(client, u"en"_s);
        screen.start();
        QElapsedTimer shown;
        shown.start();
        QVERIFY(screen.show());
        QVERIFY(shown.elapsed() < 3000);
        QVERIFY(!screen.menuReady());
        window = screen.window();
        QCOMPARE(client.state(), VenueClient::State::Connecting);
        QCOMPARE(item(u"loadingText"_s)->property("text").toString(),
                 u"Connecting to the restaurant…"_s);
    }

    void closingTheSessionForgetsTheParty()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, u"en"_s, 7);
        QVERIFY(start(diner));
        TableScreen &screen = *diner.screen;
        screen.start();
        screen.setLanguage(u"fa"_s);
        screen.filterModel().toggleAllergen(u"milk"_s);
        QVERIFY(screen.openDish(hub.itemId(u"hummus"_s)));
        QVERIFY(screen.addDraftToCart());
        QVERIFY(screen.placeOrder());
        QTRY_VERIFY_WITH_TIMEOUT(screen.orderModel().sendingCount() == 0, 10000);

        TestClient host;
        QVERIFY(host.open(hub.hub->url()));
        host.hello({{u"token"_s, hub.enroll(u"Host"_s, u"host"_s)}});
        const qint64 session =
            hub.scalar(u"SELECT id FROM table_sessions WHERE closed_at IS NULL"_s).toLongLong();
        QVERIFY(session > 0);
        host.request(u"session.close"_s, {{u"sessionId"_s, session}});

        QTRY_COMPARE_WITH_TIMEOUT(screen.page(), u"welcome"_s, 10000);
        QCOMPARE(screen.orderModel().rowCount(), 0);
        QCOMPARE(screen.cartModel().rowCount(), 0);
        QCOMPARE(screen.filterModel().activeFilterCount(), 0);
        QCOMPARE(screen.language(), u"en"_s);
    }
};

QTEST_MAIN(TableFlowTest)
#include "tst_tableflow.moc"
