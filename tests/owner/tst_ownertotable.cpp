// The owner's screen and a diner's screen side by side on one hub, each its real window, tapped:
// the owner changes the hummus's price and publishes, and the open table shows the new price
// without a restart, the waiting cart line marked and Place off; the owner rolls back from the
// history, and the table shows the old price again with the cart placeable as it was. A dish the
// owner marks as the house's pick is recommended beside an open dish at the table.
#include "../support/quicktaps.h"
#include "../table/tablescreentest.h"

#include "ownerscreen.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)
Q_IMPORT_QML_PLUGIN(Tableside_OwnerPlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestOwnerToTable : public QObject {
    Q_OBJECT

private:
    // The owner's window on this hub, signed in with the demo owner's PIN.
    static bool signIn(OwnerScreen &owner, VenueClient &client, TestHub &hub)
    {
        client.connectTo(hub.hub->url(), hub.enroll(u"Office"_s, u"owner"_s));
        if (!owner.show().ok())
            return false;
        QQuickWindow *office = owner.window();
        office->resize(1280, 800);
        if (!QTest::qWaitForWindowExposed(office) ||
            !QTest::qWaitFor([&] { return owner.online() && !owner.document().items.isEmpty(); },
                             10000))
            return false;
        for (const char *key : {"ownerPinKey_2", "ownerPinKey_5", "ownerPinKey_8", "ownerPinKey_0"})
            if (!tap(office, QString::fromLatin1(key)))
                return false;
        return tap(office, u"ownerSignIn"_s) && QTest::qWaitFor([&] { return owner.signedIn(); });
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void aPublishReachesAnOpenTableAndARollbackUndoesIt()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        const qint64 hummus = hub.itemId(u"hummus"_s);

        Diner diner(hub, u"en"_s, 6);
        Fingers table;
        QVERIFY(showScreen(diner, table));
        QVERIFY(table.tap(u"welcomeStart"_s));
        const QString card = u"dish_%1"_s.arg(hummus);
        QCOMPARE(table.item(card)->property("price").toString(), u"€6.50"_s);
        QVERIFY(table.tap(card));
        QVERIFY(table.tap(u"dishAdd"_s));
        QTRY_COMPARE(diner.screen->cartModel().rowCount(), 1);
        QTRY_VERIFY(!table.find(u"dishSheet"_s));
        QVERIFY(table.item(u"placeButton"_s)->isEnabled());

        SystemClock ownerClock;
        VenueClient ownerClient(ownerClock);
        OwnerScreen owner(ownerClient, ownerClock);
        QVERIFY(signIn(owner, ownerClient, hub));
        QQuickWindow *office = owner.window();

        // 6.50 -> 7.25, typed into the dish's form, saved, published.
        QVERIFY(tap(office, u"dish_hummus"_s));
        QTRY_COMPARE(owner.page(), u"item"_s);
        QVERIFY(tap(office, u"priceField"_s));
        QTest::keyClick(office, Qt::Key_A, Qt::ControlModifier);
        for (char key : {'7', '.', '2', '5'})
            QTest::keyClick(office, key);
        QTRY_COMPARE(owner.form()->priceText(), u"7.25"_s);
        QVERIFY(tap(office, u"saveDish"_s));
        QTRY_VERIFY(owner.hasDraft());
        QCOMPARE(table.item(card)->property("price").toString(), u"€6.50"_s); // a draft only
        QVERIFY(tap(office, u"publishButton"_s));
        QTRY_VERIFY(!owner.hasDraft());

        // The open table: the new price on the card, the waiting line marked, Place off.
        QTRY_COMPARE(table.item(card)->property("price").toString(), u"€7.25"_s);
        QTRY_VERIFY(table.item(u"cartConfirm_0"_s));
        QVERIFY(!table.item(u"placeButton"_s)->isEnabled());
        QCOMPARE(table.text(u"cartTotal"_s), u"€7.25"_s);

        // Rolled back from the history: 6.50 again, nothing left to confirm.
        QVERIFY(tap(office, u"historyButton"_s));
        QVERIFY(tap(office, u"rollback_1"_s));
        QVERIFY(tap(office, u"confirmRollback"_s));
        QTRY_COMPARE(table.item(card)->property("price").toString(), u"€6.50"_s);
        QTRY_VERIFY(table.item(u"placeButton"_s)->isEnabled());
        QVERIFY(!table.find(u"cartConfirm_0"_s));
        QCOMPARE(table.text(u"cartTotal"_s), u"€6.50"_s);
        QCOMPARE(hub.scalar(u"SELECT price_minor FROM menu_items WHERE id = ?"_s, {hummus}).toInt(),
                 650);
    }

    void aPickTheOwnerMarksIsRecommendedAtTheTable()
    {
        TestHub hub;
        QCOMPARE(hub.start(u"UPDATE menu_items SET pick = 0"_s), QString());
        const qint64 babaGanoush = hub.itemId(u"baba-ganoush"_s);
        SystemClock ownerClock;
        VenueClient ownerClient(ownerClock);
        OwnerScreen owner(ownerClient, ownerClock);
        QVERIFY(signIn(owner, ownerClient, hub));
        QQuickWindow *office = owner.window();

        QVERIFY(tap(office, u"dish_baba-ganoush"_s));
        QTRY_COMPARE(owner.page(), u"item"_s);
        QVERIFY(!owner.form()->pick());
        QVERIFY(tap(office, u"pickSwitch"_s));
        QTRY_VERIFY(owner.form()->pick());
        QVERIFY(tap(office, u"saveDish"_s));
        QTRY_VERIFY(owner.hasDraft());
        QVERIFY(tap(office, u"publishButton"_s));
        QTRY_VERIFY(!owner.hasDraft());
        QTRY_COMPARE(
            hub.scalar(u"SELECT pick FROM menu_items WHERE id = ?"_s, {babaGanoush}).toInt(), 1);

        Diner diner(hub, u"en"_s, 6);
        Fingers table;
        QVERIFY(showScreen(diner, table));
        QVERIFY(table.tap(u"welcomeStart"_s));
        QVERIFY(table.tap(u"dish_%1"_s.arg(hub.itemId(u"hummus"_s))));
        QTRY_VERIFY(table.item(u"recommendation_%1"_s.arg(babaGanoush)));
        QTRY_VERIFY(table.item(u"recommendation_%1"_s.arg(babaGanoush))->isVisible());
        QCOMPARE(diner.screen->dishPairings()->reasonOf(babaGanoush), u"owner_pick"_s);
    }
};

QTEST_MAIN(TestOwnerToTable)
#include "tst_ownertotable.moc"
