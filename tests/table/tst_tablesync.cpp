// End to end, what the network does to a diner: the hub going away under a running table screen
// (the banner, the outbox, exactly one order after it comes back) and two tablets at one table
// ordering at the same moment (one session, both orders on both screens and in one bill).
#include "tablescreentest.h"

#include "money.h"

#include <QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

// Puts one dish in the cart by tapping it on the menu and adding it from its sheet.
bool addByTapping(Fingers &fingers, TableScreen &screen, qint64 itemId)
{
    const qsizetype before = screen.cartModel().rowCount();
    const MenuItem *item = screen.menuIndex().item(itemId);
    auto *categories = qobject_cast<CategoriesModel *>(screen.categories());
    int row = 0;
    while (item && categories && row < categories->rowCount() &&
           categories->categoryIdAt(row) != item->categoryId)
        ++row;
    if (!item || !categories || !fingers.tap(u"category_%1"_s.arg(row)))
        return false;
    if (!fingers.tap(u"dish_%1"_s.arg(itemId)) ||
        !QTest::qWaitFor([&] { return screen.dishDraft().isOpen(); }, 5000))
        return false;
    if (!fingers.tap(u"dishAdd"_s))
        return false;
    return QTest::qWaitFor(
        [&] {
            return screen.cartModel().rowCount() == before + 1 && !fingers.find(u"dishSheet"_s);
        },
        5000);
}

QString euros(qint64 minor)
{
    return Money(minor, u"EUR"_s).format(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

} // namespace

class TableSyncTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void anOrderPlacedOfflineArrivesOnceWhenTheHubIsBack()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        const quint16 port = quint16(hub.hub->url().port());
        Diner diner(hub, u"en"_s, 4, quickTableReconnect());
        Fingers fingers;
        QVERIFY(showScreen(diner, fingers));
        TableScreen &screen = *diner.screen;
        QVERIFY(fingers.tap(u"welcomeStart"_s));
        QTRY_COMPARE(screen.page(), u"menu"_s);
        QVERIFY(!fingers.find(u"connectionBanner"_s));

        hub.hub.reset(); // the hub goes away in the middle of the evening
        QElapsedTimer noticed;
        noticed.start();
        QTRY_VERIFY_WITH_TIMEOUT(fingers.find(u"connectionBanner"_s), 10000);
        QVERIFY2(noticed.elapsed() < 10000, qPrintable(QString::number(noticed.elapsed())));

        const qint64 hummus = hub.itemId(u"hummus"_s);
        QVERIFY(addByTapping(fingers, screen, hummus));
        QVERIFY(fingers.tap(u"placeButton"_s));
        QVERIFY(fingers.tap(u"confirmPlace"_s));
        QTRY_COMPARE(screen.page(), u"status"_s);
        // Waiting to send, and said so: on the banner, on the status page, in the outbox.
        QTRY_COMPARE(fingers.text(u"connectionText"_s), u"Offline — will send when connected"_s);
        QVERIFY(fingers.item(u"sendingNotice"_s));
        QCOMPARE(fingers.text(u"sendingNotice"_s),
                 u"Offline — your order will be sent when the connection is back."_s);
        QCOMPARE(screen.orderModel().sendingCount(), 1);
        QCOMPARE(diner.outbox.pendingCount(), 1);
        QCOMPARE(hub.scalar(u"SELECT count(*) FROM orders"_s).toInt(), 0);

        // The hub comes back on the same store and port.
        hub.hub = std::make_unique<HubServer>(hub.database, hub.clock);
        QVERIFY(hub.hub->listen(QHostAddress::LocalHost, port).ok());
        QTRY_COMPARE_WITH_TIMEOUT(diner.outbox.pendingCount(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!fingers.find(u"connectionBanner"_s), 5000);
        QTRY_COMPARE(screen.orderModel().sendingCount(), 0);
        QVERIFY(!fingers.find(u"sendingNotice"_s));
        QCOMPARE(hub.scalar(u"SELECT count(*) FROM orders"_s).toInt(), 1);
        QCOMPARE(hub.scalar(u"SELECT count(*) FROM order_lines"_s).toInt(), 1);
        QCOMPARE(screen.orderModel().rowCount(), 1);
        QCOMPARE(fingers.text(u"billTotal"_s),
                 euros(hub.scalar(u"SELECT total_minor FROM orders"_s).toLongLong()));
    }

    void twoTabletsAtOneTableOrderAtOnce()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner left(hub, u"en"_s, 4);
        Diner right(hub, u"en"_s, 4);
        Fingers leftFingers, rightFingers;
        QVERIFY(showScreen(left, leftFingers));
        QVERIFY(showScreen(right, rightFingers));
        TableScreen &a = *left.screen;
        TableScreen &b = *right.screen;
        a.start();
        b.start();
        QVERIFY(addByTapping(leftFingers, a, hub.itemId(u"hummus"_s)));
        QVERIFY(addByTapping(rightFingers, b, hub.itemId(u"baba-ganoush"_s)));
        QVERIFY(leftFingers.tap(u"placeButton"_s));
        QVERIFY(rightFingers.tap(u"placeButton"_s));
        QVERIFY(leftFingers.item(u"confirmPlace"_s) && rightFingers.item(u"confirmPlace"_s));
        // Both confirm in the same turn of the event loop: the hub gets them together.
        QVERIFY(leftFingers.tap(u"confirmPlace"_s));
        QVERIFY(rightFingers.tap(u"confirmPlace"_s));

        QTRY_COMPARE_WITH_TIMEOUT(hub.scalar(u"SELECT count(*) FROM orders"_s).toInt(), 2, 10000);
        QCOMPARE(hub.scalar(u"SELECT count(*) FROM table_sessions"_s).toInt(), 1);
        QCOMPARE(hub.scalar(u"SELECT count(DISTINCT session_id) FROM orders"_s).toInt(), 1);
        const qint64 bill = hub.scalar(u"SELECT sum(total_minor) FROM orders"_s).toLongLong();
        for (auto [screen, fingers] : {std::pair{&a, &leftFingers}, std::pair{&b, &rightFingers}}) {
            QTRY_COMPARE(screen->page(), u"status"_s);
            QTRY_COMPARE_WITH_TIMEOUT(screen->orderModel().rowCount(), 2, 10000);
            QCOMPARE(screen->orderModel().sendingCount(), 0);
            QSet<qint64> orders;
            for (int row = 0; row < 2; ++row)
                orders.insert(screen->orderModel()
                                  .index(row)
                                  .data(OrderStatusModel::OrderIdRole)
                                  .toLongLong());
            QCOMPARE(orders.size(), 2);
            QTRY_COMPARE(fingers->text(u"billTotal"_s), euros(bill));
        }
    }
};

QTEST_MAIN(TableSyncTest)
#include "tst_tablesync.moc"
