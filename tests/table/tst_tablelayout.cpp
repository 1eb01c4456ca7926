// The table screen's layout as a diner sees it, on the real screen against a real hub: nothing a
// diner must read is cut off or hidden under something else, and nothing moves under a finger.
// Checked at the screen sizes and in the scripts the tables run (Latin, Arabic, Persian), with
// large text on and off.
#include "tablescreentest.h"

#include <QPointer>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QWheelEvent>

#include <algorithm>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

QRectF sceneRect(const QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

QString describe(const QRectF &rect)
{
    return u"(%1,%2 %3×%4)"_s.arg(rect.x()).arg(rect.y()).arg(rect.width()).arg(rect.height());
}

// Every visible item under root whose objectName starts with prefix.
QList<QQuickItem *> itemsNamed(QQuickItem *root, const QString &prefix)
{
    QList<QQuickItem *> found;
    if (!root || !root->isVisible())
        return found;
    if (root->objectName().startsWith(prefix))
        found.append(root);
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        found += itemsNamed(child, prefix);
    return found;
}

// The window has laid out and drawn what changed.
bool settled(QQuickWindow *window)
{
    return QTest::qWaitFor([&] { return !QQuickTest::qIsPolishScheduled(window); }, 3000);
}

} // namespace

class TableLayoutTest : public QObject {
    Q_OBJECT

private:
    QQuickWindow *window = nullptr;

    QQuickItem *item(const QString &name)
    {
        QQuickItem *found = nullptr;
        [&] { QTRY_VERIFY2((found = findItem(window->contentItem(), name)), qPrintable(name)); }();
        return found;
    }

    // Waits until the item has stopped moving and growing (a sheet rising, a panel opening) and
    // the window has laid out, as tapItem does before it taps.
    bool still(QQuickItem *target)
    {
        QRectF before(-1, -1, -1, -1);
        return QTest::qWaitFor(
            [&] {
                if (QQuickTest::qIsPolishScheduled(window))
                    return false;
                const QRectF now = sceneRect(target);
                const bool same = now == before;
                before = now;
                return same;
            },
            3000);
    }

    // Scrolls the dish sheet's details until the item shows whole, as a diner would.
    void reveal(const QString &name)
    {
        QQuickItem *target = item(name);
        QQuickItem *details = item(u"dishDetails"_s);
        QVERIFY(target && details);
        const QRectF view = sceneRect(details);
        const QRectF rect = sceneRect(target);
        if (view.contains(rect))
            return;
        const qreal contentY = details->property("contentY").toReal();
        const qreal most =
            std::max(0.0, details->property("contentHeight").toReal() - details->height());
        details->setProperty("contentY",
                             std::clamp(contentY + rect.bottom() - view.bottom() + 16, 0.0, most));
        QVERIFY(settled(window));
        QVERIFY2(view.contains(sceneRect(target)), qPrintable(name));
    }

    void tap(const QString &name)
    {
        QQuickItem *target = item(name);
        QVERIFY2(target && tapItem(window, target), qPrintable(name));
    }

    bool start(Diner &diner, const QSize &size, bool largeText)
    {
        diner.screen->setLargeText(largeText);
        if (!diner.screen->show())
            return false;
        window = diner.screen->window();
        window->resize(size);
        diner.screen->start();
        return QTest::qWaitForWindowExposed(window) &&
               QTest::qWaitFor([&] { return diner.screen->menuReady(); }, 10000) && settled(window);
    }

    // A wheel turn over a point of the window, as a mouse or touchpad scroll sends it.
    void wheel(const QPointF &at, int delta)
    {
        QWheelEvent event(at, window->mapToGlobal(at.toPoint()), QPoint(), QPoint(0, delta),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QGuiApplication::sendEvent(window, &event);
    }

    static void screens()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("largeText");
        for (const QString &language : {u"en"_s, u"ar"_s, u"fa"_s})
            for (const QSize &size : {QSize(1280, 800), QSize(1920, 1080)})
                for (bool large : {false, true})
                    QTest::addRow("%s %dx%d%s", qPrintable(language), size.width(), size.height(),
                                  large ? " large" : "")
                        << language << size << large;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // Every dish of every category, scrolled through: its name whole, and each dietary tag and
    // the spice inside its card, never under the description.
    void everyCardShowsItsNameAndTagsWhole_data() { screens(); }
    void everyCardShowsItsNameAndTagsWhole()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, largeText);
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, language, 4);
        QVERIFY(start(diner, size, largeText));
        TableScreen &screen = *diner.screen;
        QQuickItem *grid = item(u"dishGrid"_s);
        auto *categories = static_cast<QAbstractItemModel *>(screen.categories());
        QSet<QString> seen;
        int tags = 0;
        for (int row = 0; row < categories->rowCount(); ++row) {
            screen.filterModel().setCategoryId(
                categories->index(row, 0).data(CategoriesModel::CategoryIdRole).toLongLong());
            QVERIFY(settled(window));
            grid->setProperty("contentY", grid->property("originY"));
            for (;;) {
                QVERIFY(settled(window));
                for (QQuickItem *card : itemsNamed(grid, u"dish_"_s)) {
                    const QString id = card->objectName().mid(5);
                    // The surface the diner sees sits inside the cell by its margins.
                    const QRectF bounds = sceneRect(card).adjusted(8, 8, -8, -8);
                    QQuickItem *name = findItem(card, u"dishName_"_s + id);
                    QVERIFY(name);
                    QVERIFY2(!name->property("truncated").toBool(),
                             qPrintable(name->property("text").toString()));
                    QVERIFY2(bounds.contains(sceneRect(name)),
                             qPrintable(name->property("text").toString()));
                    QQuickItem *tagRow = findItem(card, u"dishTags_"_s + id);
                    QVERIFY(tagRow);
                    // What shows of the description ends above the tags.
                    if (QQuickItem *description = findItem(card, u"dishDescription_"_s + id))
                        QVERIFY(
                            description
                                ->mapToScene({0, description->property("contentHeight").toReal()})
                                .y() <= sceneRect(tagRow).top());
                    for (QQuickItem *tag : tagRow->childItems()) {
                        if (!tag->isVisible() || tag->width() <= 0)
                            continue;
                        const QRectF rect = sceneRect(tag);
                        QVERIFY2(
                            bounds.contains(rect),
                            qPrintable(u"%1 of %2: %3 outside the card %4"_s.arg(
                                tag->property("text").toString(), name->property("text").toString(),
                                describe(rect), describe(bounds))));
                        ++tags;
                    }
                    seen.insert(id);
                }
                const qreal bottom = grid->property("originY").toReal() +
                                     grid->property("contentHeight").toReal() - grid->height();
                const qreal y = grid->property("contentY").toReal();
                if (y >= bottom)
                    break;
                grid->setProperty("contentY", std::min(bottom, y + grid->height()));
            }
        }
        int dishes = 0;
        for (int row = 0; row < categories->rowCount(); ++row)
            dishes += categories->index(row, 0).data(CategoriesModel::ItemCountRole).toInt();
        QCOMPARE(seen.size(), dishes);
        QVERIFY(tags > 100);
    }

    // With large text too: the cart's title and the order status button side by side or one
    // above the other, never one under the other; the search shows its whole placeholder.
    void theMenuHeadingsStayWhole_data() { screens(); }
    void theMenuHeadingsStayWhole()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, largeText);
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, language, 4);
        QVERIFY(start(diner, size, largeText));
        TableScreen &screen = *diner.screen;
        QVERIFY(screen.openDish(hub.itemId(u"hummus"_s)));
        QVERIFY(screen.addDraftToCart());
        QVERIFY(screen.placeOrder());
        QTRY_VERIFY_WITH_TIMEOUT(screen.orderModel().sendingCount() == 0, 10000);
        screen.setPage(u"menu"_s); // ordering more: the cart now has its status button
        QQuickItem *title = item(u"cartTitle"_s);
        QQuickItem *status = item(u"statusButton"_s);
        QVERIFY(title && status);
        QVERIFY(settled(window));
        QVERIFY2(!sceneRect(title).intersects(sceneRect(status)),
                 qPrintable(describe(sceneRect(title)) + describe(sceneRect(status))));
        QVERIFY2(title->property("contentWidth").toReal() <= title->width(),
                 qPrintable(QString::number(title->property("contentWidth").toReal())));
        QCOMPARE(title->property("lineCount").toInt(), 1);
        QQuickItem *placeholder = item(u"searchPlaceholder"_s);
        QVERIFY(!placeholder->property("truncated").toBool());
        QVERIFY(!sceneRect(item(u"searchField"_s)).intersects(sceneRect(item(u"filtersButton"_s))));
    }

    // The embedded venue's table stands on its side (960x1080): a cart line's seat, stepper and
    // remove button all stay whole inside their line, the seat on a row of its own if need be.
    void aNarrowCartKeepsEachLineWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("largeText");
        for (const QString &language : {u"en"_s, u"ar"_s, u"fa"_s})
            for (bool large : {false, true})
                QTest::addRow("%s%s", qPrintable(language), large ? " large" : "")
                    << language << large;
    }
    void aNarrowCartKeepsEachLineWhole()
    {
        QFETCH(QString, language);
        QFETCH(bool, largeText);
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, language, 4);
        QVERIFY(start(diner, {960, 1080}, largeText));
        TableScreen &screen = *diner.screen;
        for (const QString &dish : {u"hummus"_s, u"baba-ganoush"_s}) {
            QVERIFY(screen.openDish(hub.itemId(dish)));
            QVERIFY(screen.addDraftToCart());
        }
        screen.cartModel().nextSeat(0); // Seat 1
        QQuickItem *line = item(u"cartLine_0"_s);
        QQuickItem *seat = item(u"cartSeat_0"_s);
        QQuickItem *remove = item(u"cartRemove_0"_s);
        QQuickItem *next = item(u"cartLine_1"_s);
        QVERIFY(line && seat && remove && next);
        const auto whole = [&] {
            const QRectF inside = sceneRect(line).adjusted(-0.5, -0.5, 0.5, 0.5);
            return settled(window) && inside.contains(sceneRect(seat)) &&
                   inside.contains(sceneRect(remove)) && seat->width() >= seat->implicitWidth() &&
                   sceneRect(next).top() >= sceneRect(line).bottom();
        };
        QTRY_VERIFY2(whole(), qPrintable(describe(sceneRect(line)) + describe(sceneRect(seat)) +
                                         describe(sceneRect(remove))));
    }

    // Making the last required choice does not move the dish sheet's bottom bar: a finger on
    // its way to "+" lands on "+".
    void theSheetsBarStaysPutWhenTheChoicesAreMade_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("largeText");
        for (const QString &language : {u"en"_s, u"ar"_s})
            for (bool large : {false, true})
                QTest::addRow("%s%s", qPrintable(language), large ? " large" : "")
                    << language << large;
    }
    void theSheetsBarStaysPutWhenTheChoicesAreMade()
    {
        QFETCH(QString, language);
        QFETCH(bool, largeText);
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, language, 4);
        QVERIFY(start(diner, {1280, 800}, largeText));
        TableScreen &screen = *diner.screen;
        const qint64 ribeye = hub.itemId(u"ribeye-steak"_s);
        QVERIFY(screen.openDish(ribeye));
        QQuickItem *plus = item(u"dishQuantityPlus"_s);
        QQuickItem *add = item(u"dishAdd"_s);
        QVERIFY(still(plus));
        const QRectF plusBefore = sceneRect(plus);
        const QRectF addBefore = sceneRect(add);
        QVERIFY(!screen.dishDraft().canAdd());
        for (const MenuModifierGroup &group : screen.menuIndex().item(ribeye)->groups) {
            if (group.minChoices == 0)
                continue;
            reveal(u"option_%1"_s.arg(group.options.constFirst().id));
            tap(u"option_%1"_s.arg(group.options.constFirst().id));
        }
        QTRY_VERIFY(screen.dishDraft().canAdd());
        QVERIFY(settled(window));
        QCOMPARE(sceneRect(plus), plusBefore);
        QCOMPARE(sceneRect(add), addBefore);
    }

    // "Add to order" with a required choice missing adds nothing and says which: every missing
    // group marked in words and an outline, the first one scrolled into view.
    void addingWithoutARequiredChoiceShowsWhatIsMissing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("largeText");
        for (const QString &language : {u"en"_s, u"ar"_s})
            for (bool large : {false, true})
                QTest::addRow("%s%s", qPrintable(language), large ? " large" : "")
                    << language << large;
    }
    void addingWithoutARequiredChoiceShowsWhatIsMissing()
    {
        QFETCH(QString, language);
        QFETCH(bool, largeText);
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, language, 4);
        QVERIFY(start(diner, {1280, 800}, largeText));
        TableScreen &screen = *diner.screen;
        const qint64 ribeye = hub.itemId(u"ribeye-steak"_s);
        QVERIFY(screen.openDish(ribeye));
        const QList<MenuModifierGroup> groups = screen.menuIndex().item(ribeye)->groups;
        QCOMPARE(groups.size(), 3);
        QVERIFY(groups[0].minChoices > 0 && groups[1].minChoices > 0 && groups[2].minChoices == 0);
        const auto group = [&](int i) { return item(u"group_%1"_s.arg(groups[i].id)); };
        const auto rule = [&](int i) { return item(u"groupRule_%1"_s.arg(groups[i].id)); };
        // The sign before a marked group's rule, beside its words (not glued into them).
        const auto warned = [&](int i) {
            QQuickItem *sign =
                findItem(window->contentItem(), u"groupWarning_%1"_s.arg(groups[i].id));
            return sign && sign->isVisible();
        };
        const auto outlined = [&](int i) {
            return findItem(window->contentItem(), u"groupOutline_%1"_s.arg(groups[i].id)) !=
                   nullptr;
        };
        const QString unmarked = rule(0)->property("text").toString();
        const qreal ruleHeight = rule(0)->height();
        for (int i = 0; i < 3; ++i)
            QVERIFY(!outlined(i) && !warned(i));

        // The first missing group is scrolled out of sight, as after reading down to the note.
        QQuickItem *details = item(u"dishDetails"_s);
        QVERIFY(still(item(u"dishQuantityPlus"_s)));
        details->setProperty("contentY",
                             details->property("contentHeight").toReal() - details->height());
        QVERIFY(settled(window));
        QVERIFY(!sceneRect(details).contains(sceneRect(group(0))));

        tap(u"dishAdd"_s);
        QTRY_VERIFY(outlined(0));
        QVERIFY(outlined(1));
        QVERIFY(!outlined(2)); // optional
        QVERIFY(group(0)->property("missing").toBool());
        QVERIFY(!group(2)->property("missing").toBool());
        QVERIFY(warned(0) && warned(1) && !warned(2));
        // The same sentence, with the sign before it, and as tall: nothing below moves.
        QCOMPARE(rule(0)->property("text").toString(), unmarked);
        const QRectF sign = sceneRect(item(u"groupWarning_%1"_s.arg(groups[0].id)));
        const QRectF words = sceneRect(rule(0));
        QVERIFY(language == u"ar"_s ? sign.left() >= words.right() : sign.right() <= words.left());
        QCOMPARE(rule(0)->height(), ruleHeight);
        QTRY_VERIFY2(sceneRect(details).contains(sceneRect(group(0))),
                     qPrintable(describe(sceneRect(group(0)))));
        QVERIFY(screen.dishDraft().isOpen());
        QCOMPARE(screen.cartModel().rowCount(), 0);
        QVERIFY(!item(u"dishMissing"_s)->property("truncated").toBool()); // "Please choose: …"

        // A choice clears its own group's mark; the other stays until it is made too.
        tap(u"option_%1"_s.arg(groups[0].options.constFirst().id));
        QTRY_VERIFY(!outlined(0));
        QVERIFY(outlined(1));
        QVERIFY(!warned(0) && warned(1));
        QCOMPARE(rule(0)->property("text").toString(), unmarked);
        reveal(u"option_%1"_s.arg(groups[1].options.constFirst().id));
        tap(u"option_%1"_s.arg(groups[1].options.constFirst().id));
        QTRY_VERIFY(!outlined(1));
        tap(u"dishAdd"_s);
        QTRY_COMPARE(screen.cartModel().rowCount(), 1);
        QTRY_VERIFY(!screen.dishDraft().isOpen());
    }

    // A chip keeps its size and place when it is toggled: the filters, and a dish's choices.
    void chipsStayUnderTheFinger_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("ar") << u"ar"_s;
    }
    void chipsStayUnderTheFinger()
    {
        QFETCH(QString, language);
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, language, 4);
        QVERIFY(start(diner, {1280, 800}, false));
        tap(u"filtersButton"_s);
        const QStringList chips{u"diet_vegan"_s, u"diet_vegetarian"_s, u"diet_halal"_s,
                                u"allergen_milk"_s};
        QHash<QString, QRectF> before;
        // Opened: the last chip shows whole inside the panel, which has stopped growing.
        QQuickItem *panel = item(u"filterPanel"_s);
        QTRY_VERIFY(sceneRect(panel).contains(sceneRect(item(u"allergen_molluscs"_s))));
        QVERIFY(still(panel));
        for (const QString &chip : chips)
            before.insert(chip, sceneRect(item(chip)));
        tap(u"diet_vegan"_s);
        QTRY_VERIFY(item(u"diet_vegan"_s)->property("checked").toBool());
        QVERIFY(settled(window));
        for (const QString &chip : chips)
            QCOMPARE(sceneRect(item(chip)), before[chip]);
        tap(u"diet_vegan"_s);
        QTRY_VERIFY(!item(u"diet_vegan"_s)->property("checked").toBool());
        QVERIFY(settled(window));
        QCOMPARE(sceneRect(item(u"diet_vegan"_s)), before[u"diet_vegan"_s]);
        // A chip shows the filter, not its own taps: the next party finds it off.
        tap(u"allergen_milk"_s);
        QTRY_VERIFY(item(u"allergen_milk"_s)->property("checked").toBool());
        diner.screen->filterModel().clearFilters();
        QTRY_VERIFY(!item(u"allergen_milk"_s)->property("checked").toBool());

        // On the dish sheet: the first choice of a group, and its neighbour in the same row.
        TableScreen &screen = *diner.screen;
        const qint64 ribeye = hub.itemId(u"ribeye-steak"_s);
        QVERIFY(screen.openDish(ribeye));
        const MenuModifierGroup &doneness = screen.menuIndex().item(ribeye)->groups.constFirst();
        const QString first = u"option_%1"_s.arg(doneness.options[0].id);
        const QString second = u"option_%1"_s.arg(doneness.options[1].id);
        QVERIFY(still(item(u"dishQuantityPlus"_s)));
        const QRectF firstBefore = sceneRect(item(first));
        const QRectF secondBefore = sceneRect(item(second));
        tap(first);
        QTRY_VERIFY(item(first)->property("checked").toBool());
        QVERIFY(settled(window));
        QCOMPARE(sceneRect(item(first)), firstBefore);
        QCOMPARE(sceneRect(item(second)), secondBefore);
    }

    // A scroll over the dish sheet stays in the sheet; another category opens at its top.
    void theMenuKeepsItsPlaceBehindTheSheetAndStartsEachCategoryAtTheTop()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        Diner diner(hub, u"en"_s, 4);
        QVERIFY(start(diner, {1280, 800}, false));
        TableScreen &screen = *diner.screen;
        QQuickItem *grid = item(u"dishGrid"_s);
        const qreal top = grid->property("originY").toReal();
        QCOMPARE(grid->property("contentY").toReal(), top);
        // A wheel over the menu scrolls it: the same wheel over the sheet would, were it let.
        wheel(sceneRect(grid).center(), -240);
        QTRY_VERIFY(grid->property("contentY").toReal() > top);
        QTRY_VERIFY(!grid->property("moving").toBool());
        grid->setProperty("contentY", top + 100);
        QVERIFY(settled(window));

        QVERIFY(screen.openDish(hub.itemId(u"hummus"_s)));
        QQuickItem *details = item(u"dishDetails"_s);
        QVERIFY(still(item(u"dishQuantityPlus"_s)));
        // Over the photo, over the text, over the bottom bar and over the dim around the sheet;
        // down past the end and back up past the start.
        const QRectF sheet = sceneRect(item(u"dishSheet"_s));
        const QList<QPointF> points{sceneRect(details).center(),
                                    sceneRect(item(u"dishLinePrice"_s)).center(),
                                    {sceneRect(details).left() - 100, sheet.center().y()},
                                    {sheet.left() + 10, sheet.top() + 10}};
        for (const QPointF &at : points) {
            for (int turn = 0; turn < 6; ++turn)
                wheel(at, -120);
            for (int turn = 0; turn < 12; ++turn)
                wheel(at, 120);
        }
        QTest::qWait(0);
        QVERIFY(settled(window));
        QCOMPARE(grid->property("contentY").toReal(), top + 100);
        screen.dishDraft().close();
        QTRY_VERIFY(!findItem(window->contentItem(), u"dishSheet"_s));

        tap(u"category_4"_s);
        QTRY_VERIFY(screen.filterModel().categoryId() != 0);
        QVERIFY(settled(window));
        QCOMPARE(grid->property("contentY").toReal(), grid->property("originY").toReal());
    }
};

QTEST_MAIN(TableLayoutTest)
#include "tst_tablelayout.moc"
