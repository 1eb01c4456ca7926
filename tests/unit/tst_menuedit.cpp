// The owner's edits of the draft, one at a time: a dish, category or list put (added where it
// belongs, or changed where it stands), removed (never leaving a dish without its category or
// list) and moved (a dish moved among another category's dishes joins it).
#include "menudocumentjson.h"
#include "menuedit.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

DocumentItem dish(const QString &key, const QString &category)
{
    DocumentItem item;
    item.key = key;
    item.category = category;
    item.name = {{u"en"_s, key}};
    item.priceMinor = 500;
    item.course = u"main"_s;
    item.station = u"grill"_s;
    return item;
}

MenuDocument menu()
{
    MenuDocument document;
    document.defaultLanguage = u"en"_s;
    document.languages = {u"en"_s};
    document.categories = {{u"mezze"_s, {{u"en"_s, u"Mezze"_s}}, {}, false, {}},
                           {u"grill"_s, {{u"en"_s, u"Grill"_s}}, {}, false, {}}};
    document.modifierLists = {{u"sides"_s, {{u"en"_s, u"Sides"_s}}, {{u"chips"_s, {}, 0}}}};
    document.items = {dish(u"hummus"_s, u"mezze"_s), dish(u"falafel"_s, u"mezze"_s),
                      dish(u"ribeye"_s, u"grill"_s)};
    document.items[2].modifiers = {{u"sides"_s, 0, 1}};
    return document;
}

QStringList keys(const MenuDocument &document)
{
    QStringList keys;
    for (const DocumentItem &item : document.items)
        keys.append(item.key);
    return keys;
}

} // namespace

class TestMenuEdit : public QObject {
    Q_OBJECT

private slots:
    void aNewDishGoesAtTheEndOfItsCategory()
    {
        const QJsonObject edit{{u"put"_s, u"dish"_s},
                               {u"entry"_s, documentItemToJson(dish(u"dolmades"_s, u"mezze"_s))}};
        auto done = applyMenuEdit(menu(), edit);
        QVERIFY(done.ok());
        QCOMPARE(keys(done->document),
                 (QStringList{u"hummus"_s, u"falafel"_s, u"dolmades"_s, u"ribeye"_s}));
        QCOMPARE(done->summary, u"Added the dish dolmades"_s);
    }

    void aChangedDishStaysWhereItIs()
    {
        DocumentItem hummus = dish(u"hummus"_s, u"mezze"_s);
        hummus.priceMinor = 725;
        hummus.name[u"el"_s] = u"Χούμους"_s;
        auto done = applyMenuEdit(
            menu(), {{u"put"_s, u"dish"_s}, {u"entry"_s, documentItemToJson(hummus)}});
        QVERIFY(done.ok());
        QCOMPARE(keys(done->document), keys(menu()));
        QCOMPARE(done->document.items[0], hummus);
        QCOMPARE(done->summary, u"Changed the dish hummus"_s);
    }

    void aCategoryAndAListArePutBeforeAnother()
    {
        const DocumentCategory drinks{u"drinks"_s, {{u"en"_s, u"Drinks"_s}}, {}, false, {}};
        auto done = applyMenuEdit(menu(), {{u"put"_s, u"category"_s},
                                           {u"entry"_s, categoryToJson(drinks)},
                                           {u"before"_s, u"mezze"_s}});
        QVERIFY(done.ok());
        QCOMPARE(done->document.categories.first(), drinks);
        const ModifierList sauces{u"sauces"_s, {{u"en"_s, u"Sauces"_s}}, {{u"garlic"_s, {}, 50}}};
        done = applyMenuEdit(done->document,
                             {{u"put"_s, u"list"_s}, {u"entry"_s, modifierListToJson(sauces)}});
        QVERIFY(done.ok());
        QCOMPARE(done->document.modifierLists.last(), sauces);
    }

    void movingADishAmongAnotherCategorysJoinsIt()
    {
        auto done = applyMenuEdit(
            menu(), {{u"move"_s, u"dish"_s}, {u"key"_s, u"hummus"_s}, {u"before"_s, u"ribeye"_s}});
        QVERIFY(done.ok());
        QCOMPARE(keys(done->document), (QStringList{u"falafel"_s, u"hummus"_s, u"ribeye"_s}));
        QCOMPARE(done->document.items[1].category, u"grill"_s);
        done = applyMenuEdit(
            menu(), {{u"move"_s, u"category"_s}, {u"key"_s, u"mezze"_s}, {u"before"_s, u""_s}});
        QVERIFY(done.ok());
        QCOMPARE(done->document.categories.last().key, u"mezze"_s);
    }

    void refusals_data()
    {
        QTest::addColumn<QJsonObject>("edit");
        QTest::addColumn<QString>("message");
        QTest::newRow("category with dishes")
            << QJsonObject{{u"remove"_s, u"category"_s}, {u"key"_s, u"grill"_s}}
            << u"The category \"grill\" still holds the dish \"ribeye\": move or remove its "
               "dishes first."_s;
        QTest::newRow("list still offered")
            << QJsonObject{{u"remove"_s, u"list"_s}, {u"key"_s, u"sides"_s}}
            << u"A dish still offers the modifier list \"sides\"."_s;
        QTest::newRow("unknown dish")
            << QJsonObject{{u"remove"_s, u"dish"_s}, {u"key"_s, u"moussaka"_s}}
            << u"There is no dish \"moussaka\"."_s;
        QTest::newRow("before nothing")
            << QJsonObject{{u"move"_s, u"dish"_s}, {u"key"_s, u"hummus"_s}, {u"before"_s, u"x"_s}}
            << u"There is no dish \"x\" to put it before."_s;
        QTest::newRow("price as text")
            << QJsonObject{{u"put"_s, u"dish"_s},
                           {u"entry"_s, QJsonObject{{u"key"_s, u"x"_s}, {u"price"_s, u"5"_s}}}}
            << u"The menu's field dish/price must be a whole number."_s;
        QTest::newRow("no verb") << QJsonObject{{u"key"_s, u"x"_s}}
                                 << u"An edit puts, removes or moves an entry."_s;
        QTest::newRow("put a table")
            << QJsonObject{{u"put"_s, u"table"_s}, {u"entry"_s, QJsonObject{}}}
            << u"put needs dish, category or list, not \"table\"."_s;
    }

    void refusals()
    {
        QFETCH(QJsonObject, edit);
        QFETCH(QString, message);
        auto done = applyMenuEdit(menu(), edit);
        QVERIFY(!done.ok());
        QCOMPARE(done.error().message, message);
    }

    void aRemovedDishAndThenItsCategory()
    {
        auto done = applyMenuEdit(menu(), {{u"remove"_s, u"dish"_s}, {u"key"_s, u"ribeye"_s}});
        QVERIFY(done.ok());
        done =
            applyMenuEdit(done->document, {{u"remove"_s, u"category"_s}, {u"key"_s, u"grill"_s}});
        QVERIFY(done.ok());
        QCOMPARE(done->document.categories.size(), 1);
        QCOMPARE(done->summary, u"Removed the category grill"_s);
    }
};

QTEST_APPLESS_MAIN(TestMenuEdit)
#include "tst_menuedit.moc"
