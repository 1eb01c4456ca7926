// Recommendations on the real table screen, offscreen, against a real in-process hub: the
// owner's picks while history is thin beside an open dish, added in one tap (or opened when a
// choice comes first); "often ordered with this" from other tables' sessions; the diner's
// allergen filter keeping a dish away; the order's own recommendations before it is placed; and
// what was shown and then ordered counted in the hub's store.
#include "tablescreentest.h"

#include <QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TableRecommendTest : public QObject {
    Q_OBJECT

private:
    static QStringList offered(const RecommendationsModel &pairings)
    {
        QStringList rows;
        for (int row = 0; row < pairings.rowCount(); ++row) {
            const QModelIndex index = pairings.index(row);
            rows.append(index.data(RecommendationsModel::NameRole).toString() + u" / "_s +
                        index.data(RecommendationsModel::ReasonTextRole).toString());
        }
        return rows;
    }

    static qint64 counted(TestHub &hub, qint64 itemId, const QString &reason, const char *what)
    {
        return hub
            .scalar(u"SELECT %1 FROM recommendation_counts WHERE item_id = ? AND reason = ?"_s.arg(
                        QLatin1StringView(what)),
                    {itemId, reason})
            .toLongLong();
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void thePicksBesideADishAddedInOneTapAndCounted()
    {
        TestHub hub;
        QCOMPARE(hub.start(u"UPDATE menu_items SET pick = key IN ('dolmades', 'lamb-chops')"_s),
                 QString());
        const qint64 hummus = hub.itemId(u"hummus"_s);
        const qint64 dolmades = hub.itemId(u"dolmades"_s);
        const qint64 lambChops = hub.itemId(u"lamb-chops"_s);
        Diner diner(hub, u"en"_s, 4);
        Fingers fingers;
        QVERIFY(showScreen(diner, fingers));
        TableScreen &screen = *diner.screen;
        QVERIFY(fingers.tap(u"welcomeStart"_s));
        QVERIFY(fingers.tap(u"dish_%1"_s.arg(hummus)));

        // Nobody has ordered yet: the house's picks, a dish with its required choices too.
        QTRY_COMPARE(offered(*screen.dishPairings()),
                     (QStringList{u"Dolmades / The house recommends"_s,
                                  u"Lamb Cutlets / The house recommends"_s}));
        QTRY_VERIFY(fingers.item(u"dishRecommendations"_s)->isVisible());
        QCOMPARE(fingers.text(u"recommendationAdd_%1"_s.arg(dolmades)), u"Add"_s);
        QCOMPARE(fingers.text(u"recommendationAdd_%1"_s.arg(lambChops)), u"Choose"_s);
        // Shown once, counted once.
        QTRY_COMPARE(counted(hub, dolmades, u"owner_pick"_s, "shown"), 1);

        // One tap: in the order, for the table, saying why; the open dish stays open.
        QVERIFY(fingers.tap(u"recommendationAdd_%1"_s.arg(dolmades)));
        QTRY_COMPARE(screen.cartModel().rowCount(), 1);
        QCOMPARE(screen.cartModel().lines().constFirst().itemId, dolmades);
        QCOMPARE(screen.cartModel().lines().constFirst().recommended, u"owner_pick"_s);
        QVERIFY(screen.dishDraft().isOpen());
        QCOMPARE(screen.dishDraft().line().itemId, hummus);
        QVERIFY(fingers.item(u"recommendationAdded"_s)->isVisible());
        QTRY_COMPARE(offered(*screen.dishPairings()),
                     QStringList{u"Lamb Cutlets / The house recommends"_s});

        // A dish that needs a choice opens instead, remembering why it was offered.
        QVERIFY(fingers.tap(u"recommendationAdd_%1"_s.arg(lambChops)));
        QTRY_COMPARE(screen.dishDraft().line().itemId, lambChops);
        QCOMPARE(screen.dishDraft().line().recommended, u"owner_pick"_s);
        QVERIFY(fingers.tap(u"dishClose"_s));
        QTRY_VERIFY(!screen.dishDraft().isOpen());

        // Beside the order, before it is placed: never what is in it already.
        QTRY_COMPARE(offered(*screen.orderPairings()),
                     QStringList{u"Lamb Cutlets / The house recommends"_s});
        QTRY_VERIFY(fingers.item(u"orderRecommendations"_s)->isVisible());

        QVERIFY(fingers.tap(u"placeButton"_s));
        QVERIFY(fingers.tap(u"confirmPlace"_s));
        QTRY_COMPARE(diner.outbox.pendingCount(), 0);
        QTRY_COMPARE(hub.scalar(u"SELECT count(*) FROM order_lines"_s).toInt(), 1);
        QCOMPARE(hub.scalar(u"SELECT recommended FROM order_lines WHERE item_id = ?"_s, {dolmades})
                     .toString(),
                 u"owner_pick"_s);
        QCOMPARE(counted(hub, dolmades, u"owner_pick"_s, "ordered"), 1);
        QCOMPARE(counted(hub, dolmades, u"owner_pick"_s, "shown"), 1);
        QCOMPARE(counted(hub, lambChops, u"owner_pick"_s, "ordered"), 0);
        QVERIFY(counted(hub, lambChops, u"owner_pick"_s, "shown") >= 1);
    }

    // Right to left, the row reads photo, name, then Add from the right: nothing under the button.
    void aRowReadsFromTheRightInArabic()
    {
        TestHub hub;
        QCOMPARE(hub.start(u"UPDATE menu_items SET pick = key IN ('dolmades')"_s), QString());
        const qint64 dolmades = hub.itemId(u"dolmades"_s);
        Diner diner(hub, u"ar"_s, 4);
        Fingers fingers;
        QVERIFY(showScreen(diner, fingers));
        QVERIFY(fingers.tap(u"welcomeStart"_s));
        QVERIFY(fingers.tap(u"dish_%1"_s.arg(hub.itemId(u"hummus"_s))));
        QQuickItem *row = fingers.item(u"recommendation_%1"_s.arg(dolmades));
        QVERIFY(row);
        QQuickItem *add = fingers.item(u"recommendationAdd_%1"_s.arg(dolmades));
        QQuickItem *photo = nullptr;
        QQuickItem *texts = nullptr;
        for (QQuickItem *child : row->childItems()) {
            if (child->inherits("QQuickImage"))
                photo = child;
            else if (child->inherits("QQuickColumn"))
                texts = child;
        }
        QVERIFY(add && photo && texts);
        const auto sceneRect = [](QQuickItem *item) {
            return QRectF(item->mapToScene({0, 0}), item->size());
        };
        QTRY_VERIFY(texts->width() > 100);
        const QRectF rowRect = sceneRect(row), photoRect = sceneRect(photo),
                     textsRect = sceneRect(texts), addRect = sceneRect(add);
        QVERIFY(photoRect.right() <= rowRect.right() && photoRect.left() > rowRect.center().x());
        QVERIFY(textsRect.right() <= photoRect.left());
        QVERIFY(addRect.right() <= textsRect.left());
        QVERIFY(addRect.left() >= rowRect.left());
    }

    void oftenOrderedWithThisUnderTheDinersFilters()
    {
        TestHub hub;
        QCOMPARE(hub.start(u"UPDATE menu_items SET pick = 0"_s), QString());
        const qint64 hummus = hub.itemId(u"hummus"_s);
        const qint64 gyros = hub.itemId(u"pork-gyros"_s);
        // Two parties at table 5 had gyros with their hummus.
        TestClient otherTable, host;
        QVERIFY(otherTable.connectAs(hub.hub->url(), hub.enroll(u"Table 5"_s, u"table"_s, 5)));
        QVERIFY(host.connectAs(hub.hub->url(), hub.enroll(u"Host"_s, u"host"_s)));
        for (int party = 0; party < 2; ++party) {
            const QJsonObject placed = otherTable.request(
                u"order.place"_s,
                {{u"key"_s, u"party-%1"_s.arg(party)},
                 {u"lines"_s, QJsonArray{QJsonObject{{u"itemId"_s, hummus}, {u"quantity"_s, 1}},
                                         QJsonObject{{u"itemId"_s, gyros}, {u"quantity"_s, 1}}}}});
            QVERIFY2(placed[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(placed)));
            const qint64 session = placed[u"result"_s][u"order"_s][u"sessionId"_s].toInteger();
            QVERIFY(
                host.request(u"session.close"_s, {{u"sessionId"_s, session}})[u"ok"_s].toBool());
        }

        Diner diner(hub, u"en"_s, 4);
        Fingers fingers;
        QVERIFY(showScreen(diner, fingers));
        TableScreen &screen = *diner.screen;
        QVERIFY(fingers.tap(u"welcomeStart"_s));
        QVERIFY(fingers.tap(u"dish_%1"_s.arg(hummus)));
        QTRY_VERIFY(screen.dishPairings()->rowCount() > 0);
        QCOMPARE(offered(*screen.dishPairings()).constFirst(),
                 u"Pork Gyros Plate / Often ordered with this"_s);
        QTRY_VERIFY(fingers.item(u"recommendation_%1"_s.arg(gyros))->isVisible());

        // Gyros carries milk: a diner who avoids it is never offered it.
        screen.filterModel().toggleAllergen(u"milk"_s);
        QTRY_VERIFY(!offered(*screen.dishPairings()).join(u'|').contains(u"Pork Gyros"_s));
    }
};

QTEST_MAIN(TableRecommendTest)
#include "tst_tablerecommend.moc"
