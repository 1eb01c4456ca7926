// What a publish changes, as the publish history lists it: added, removed, changed (naming the
// fields and languages) and moved entries, and nothing for a document that did not change.
#include "menuchanges.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

DocumentItem dish(const QString &key, const QString &category, qint64 price)
{
    DocumentItem item;
    item.key = key;
    item.category = category;
    item.name = {{u"en"_s, key}};
    item.priceMinor = price;
    item.course = u"main"_s;
    item.station = u"grill"_s;
    return item;
}

MenuDocument menu()
{
    MenuDocument document;
    document.defaultLanguage = u"en"_s;
    document.languages = {u"en"_s, u"el"_s};
    document.categories = {{u"mezze"_s, {{u"en"_s, u"Mezze"_s}}, {}, false, {}},
                           {u"grill"_s, {{u"en"_s, u"Grill"_s}}, {}, false, {}},
                           {u"sweets"_s, {{u"en"_s, u"Sweets"_s}}, {}, false, {}}};
    document.items = {dish(u"hummus"_s, u"mezze"_s, 650), dish(u"falafel"_s, u"mezze"_s, 700),
                      dish(u"ribeye"_s, u"grill"_s, 2800), dish(u"kofta"_s, u"grill"_s, 1600),
                      dish(u"baklava"_s, u"sweets"_s, 550)};
    return document;
}

using Kind = MenuChange::Kind;

} // namespace

class TestMenuChanges : public QObject {
    Q_OBJECT

private slots:
    void theSameMenuChangesNothing() { QCOMPARE(menuChanges(menu(), menu()), {}); }

    void aPriceAndATranslation()
    {
        MenuDocument after = menu();
        after.items[2].priceMinor = 2950;
        after.items[2].name[u"el"_s] = u"Μπριζόλα"_s;
        const QList<MenuChange> expected{
            {Kind::Changed, u"dish"_s, u"ribeye"_s, {u"name/el"_s, u"price"_s}}};
        QCOMPARE(menuChanges(menu(), after), expected);
        QCOMPARE(describeMenuChange(expected.first()),
                 u"Changed the dish ribeye: name/el, price"_s);
    }

    void addedAndRemoved()
    {
        MenuDocument after = menu();
        after.items.removeAt(1);
        after.items.append(dish(u"loukoumades"_s, u"sweets"_s, 600));
        after.categories[2].hidden = true;
        const QList<MenuChange> expected{{Kind::Changed, u"category"_s, u"sweets"_s, {u"hidden"_s}},
                                         {Kind::Added, u"dish"_s, u"loukoumades"_s, {}},
                                         {Kind::Removed, u"dish"_s, u"falafel"_s, {}}};
        QCOMPARE(menuChanges(menu(), after), expected);
    }

    // Dragging one dish to the top moves one dish, not the four it passed.
    void aDragIsOneMove()
    {
        MenuDocument after = menu();
        after.items.move(4, 0);
        after.categories.move(2, 0);
        const QList<MenuChange> expected{{Kind::Moved, u"category"_s, u"sweets"_s, {}},
                                         {Kind::Moved, u"dish"_s, u"baklava"_s, {}}};
        QCOMPARE(menuChanges(menu(), after), expected);
        QCOMPARE(describeMenuChange(expected.last()), u"Moved the dish baklava"_s);
    }

    void aDishToAnotherCategory()
    {
        MenuDocument after = menu();
        after.items[1].category = u"grill"_s;
        after.items.move(1, 4);
        const QList<MenuChange> expected{{Kind::Changed, u"dish"_s, u"falafel"_s, {u"category"_s}},
                                         {Kind::Moved, u"dish"_s, u"falafel"_s, {}}};
        QCOMPARE(menuChanges(menu(), after), expected);
    }

    void aModifierListsOptions()
    {
        MenuDocument before = menu();
        before.modifierLists = {{u"sides"_s, {{u"en"_s, u"Sides"_s}}, {{u"chips"_s, {}, 0}}}};
        MenuDocument after = before;
        after.modifierLists[0].options[0].priceDeltaMinor = 100;
        after.items[2].modifiers = {{u"sides"_s, 0, 1}};
        const QList<MenuChange> expected{
            {Kind::Changed, u"modifier list"_s, u"sides"_s, {u"options"_s}},
            {Kind::Changed, u"dish"_s, u"ribeye"_s, {u"modifiers"_s}}};
        QCOMPARE(menuChanges(before, after), expected);
    }
};

QTEST_APPLESS_MAIN(TestMenuChanges)
#include "tst_menuchanges.moc"
