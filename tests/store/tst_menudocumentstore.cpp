// The live menu as one document: the demo venue reads as a menu with nothing to fix, writing it
// back changes nothing, a published change reaches what the tables and the pricing read (a price,
// a new dish, a dish gone, a hidden one, a missing translation), a dish left out keeps its row
// for past orders and its id when it comes back, and the spreadsheet survives a trip through the
// database byte for byte. The history keeps versions and the draft's edits with who and when.
#include "menucsv.h"
#include "menudocumentstore.h"
#include "menuhistory.h"
#include "storefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

const MenuCsvFormat demoFormat{u"en"_s, {u"en"_s, u"el"_s, u"ar"_s, u"fa"_s}, 2};

QString problemsText(const QList<MenuProblem> &problems)
{
    QStringList lines;
    for (const MenuProblem &problem : problems)
        lines.append(problem.field + u": "_s + problem.message);
    return lines.join(u'\n');
}

DocumentItem *itemIn(MenuDocument &document, const QString &key)
{
    for (DocumentItem &item : document.items)
        if (item.key == key)
            return &item;
    return nullptr;
}

} // namespace

class TestMenuDocumentStore : public QObject {
    Q_OBJECT

    std::unique_ptr<TestStore> m_store;

    Result<MenuDocument> live() { return MenuDocumentStore(m_store->connection()).live(); }

    void apply(const MenuDocument &document)
    {
        Transaction transaction(m_store->connection());
        QVERIFY(transaction.started());
        auto applied = MenuDocumentStore(m_store->connection()).apply(document);
        if (!applied)
            QFAIL(qPrintable(applied.error().message));
        QVERIFY(transaction.commit());
    }

    Result<MenuItem> dinersDish(const QString &key, const QString &language = u"en"_s)
    {
        auto items = MenuRepository(m_store->connection()).items(language, u"en"_s);
        if (!items)
            return items.error();
        for (const MenuItem &item : *items)
            if (item.key == key)
                return item;
        return makeError(u"unknown_item"_s, key);
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        QVERIFY(m_store->open());
    }

    void theDemoVenueIsAMenuWithNothingToFix()
    {
        auto document = live();
        QVERIFY(document.ok());
        QCOMPARE(document->languages, demoFormat.languages);
        QVERIFY(document->categories.size() >= 4);
        QVERIFY(document->items.size() >= 20);
        QVERIFY2(menuProblems(*document).isEmpty(),
                 qPrintable(problemsText(menuProblems(*document))));
        // The demo's two different "extras" groups are two lists, named by their dishes.
        QVERIFY(document->modifierList(u"hummus-extras"_s));
        QVERIFY(document->modifierList(u"horiatiki-extras"_s));
        QVERIFY(!document->modifierList(u"extras"_s));
    }

    void writingTheLiveMenuBackChangesNothing()
    {
        const MenuDocument before = *live();
        const qint64 hummusId = m_store->item(u"hummus"_s).id;
        const Menu tablesBefore = *MenuRepository(m_store->connection()).load(u"el"_s, u"en"_s);
        apply(before);
        QCOMPARE(*live(), before);
        QCOMPARE(dinersDish(u"hummus"_s)->id, hummusId);
        const Menu tablesAfter = *MenuRepository(m_store->connection()).load(u"el"_s, u"en"_s);
        QCOMPARE(tablesAfter.categories.size(), tablesBefore.categories.size());
        for (qsizetype i = 0; i < tablesBefore.categories.size(); ++i) {
            QCOMPARE(tablesAfter.categories[i].name, tablesBefore.categories[i].name);
            QCOMPARE(tablesAfter.categories[i].items.size(),
                     tablesBefore.categories[i].items.size());
            for (qsizetype j = 0; j < tablesBefore.categories[i].items.size(); ++j) {
                const MenuItem &was = tablesBefore.categories[i].items[j];
                const MenuItem &is = tablesAfter.categories[i].items[j];
                QCOMPARE(is.id, was.id);
                QCOMPARE(is.name, was.name);
                QCOMPARE(is.price, was.price);
                QCOMPARE(is.groups.size(), was.groups.size());
                for (qsizetype g = 0; g < was.groups.size(); ++g)
                    for (qsizetype o = 0; o < was.groups[g].options.size(); ++o)
                        QCOMPARE(is.groups[g].options[o].id, was.groups[g].options[o].id);
            }
        }
    }

    void aPublishedChangeReachesTheTables()
    {
        MenuDocument document = *live();
        itemIn(document, u"hummus"_s)->priceMinor = 725;
        DocumentItem pitta = *itemIn(document, u"hummus"_s);
        pitta.key = u"warm-pitta-basket"_s;
        pitta.name = {{u"en"_s, u"Warm Pitta Basket"_s}, {u"el"_s, u"Καλάθι με πίτες"_s}};
        pitta.description = {{u"en"_s, u"Three breads, warm"_s}, {u"fa"_s, u"  "_s}};
        pitta.modifiers.clear();
        pitta.priceMinor = 400;
        document.items.insert(1, pitta);
        const qint64 falafelId = m_store->item(u"falafel"_s).id;
        document.items.removeIf([](const DocumentItem &item) { return item.key == u"falafel"_s; });
        itemIn(document, u"dolmades"_s)->hidden = true;
        QVERIFY(menuProblems(document).isEmpty());
        apply(document);

        QCOMPARE(dinersDish(u"hummus"_s)->price.minorUnits(), 725);
        QCOMPARE(dinersDish(u"warm-pitta-basket"_s, u"el"_s)->name, u"Καλάθι με πίτες"_s);
        // Greek has no description yet: the default language's stands in on the tables.
        QCOMPARE(dinersDish(u"warm-pitta-basket"_s, u"el"_s)->description, u"Three breads, warm"_s);
        // Nor has Persian, whatever spaces it holds (dinerText, the owner's preview's rule too).
        QCOMPARE(dinersDish(u"warm-pitta-basket"_s, u"fa"_s)->description, u"Three breads, warm"_s);
        QCOMPARE(dinersDish(u"falafel"_s).error().code, u"unknown_item"_s);
        QCOMPARE(dinersDish(u"dolmades"_s).error().code, u"unknown_item"_s);
        QCOMPARE(
            MenuRepository(m_store->connection()).item(falafelId, u"en"_s, u"en"_s).error().code,
            u"unknown_item"_s);
        // Falafel's row stays for the orders that name it, retired; back on the menu, same id.
        QCOMPARE(scalarSql(m_store->connection(), u"SELECT retired FROM menu_items WHERE id = ?"_s,
                           {falafelId})
                     ->toInt(),
                 1);
        // The live tables keep no modifier list that no dish offers (the published version's
        // document does).
        MenuDocument offered = document;
        offered.modifierLists.removeIf([&](const ModifierList &list) {
            return std::none_of(document.items.begin(), document.items.end(), [&](const auto &i) {
                return std::any_of(i.modifiers.begin(), i.modifiers.end(),
                                   [&](const ModifierUse &use) { return use.list == list.key; });
            });
        });
        QCOMPARE(*live(), offered);
        MenuDocument again = document;
        DocumentItem falafel = *itemIn(again, u"hummus"_s);
        falafel.key = u"falafel"_s;
        falafel.name = {{u"en"_s, u"Falafel"_s}};
        falafel.modifiers.clear();
        again.items.append(falafel);
        apply(again);
        QCOMPARE(dinersDish(u"falafel"_s)->id, falafelId);
    }

    void aModifierListIsOfferedByEachDishWithItsOwnChoices()
    {
        MenuDocument document = *live();
        document.modifierLists.append({u"bread"_s,
                                       {{u"en"_s, u"Bread"_s}},
                                       {{u"pitta"_s, {{u"en"_s, u"Pitta"_s}}, 0},
                                        {u"sourdough"_s, {{u"en"_s, u"Sourdough"_s}}, 120}}});
        itemIn(document, u"hummus"_s)->modifiers.append({u"bread"_s, 1, 1});
        itemIn(document, u"tzatziki"_s)->modifiers = {{u"bread"_s, 0, 2}};
        QVERIFY(menuProblems(document).isEmpty());
        apply(document);
        const MenuItem tzatziki = *dinersDish(u"tzatziki"_s);
        QCOMPARE(tzatziki.groups.size(), 1);
        QCOMPARE(tzatziki.groups[0].key, u"bread"_s);
        QCOMPARE(tzatziki.groups[0].maxChoices, 2);
        QCOMPARE(tzatziki.groups[0].options.size(), 2);
        QCOMPARE(tzatziki.groups[0].options[1].priceDeltaMinor, 120);
        QCOMPARE(dinersDish(u"hummus"_s)->groups.last().minChoices, 1);
        // Read back, one list offered twice.
        const MenuDocument back = *live();
        QCOMPARE(back.modifierList(u"bread"_s)->options.size(), 2);
        QCOMPARE(itemIn(const_cast<MenuDocument &>(back), u"tzatziki"_s)->modifiers,
                 (QList<ModifierUse>{{u"bread"_s, 0, 2}}));
    }

    void theSpreadsheetSurvivesTheDatabase()
    {
        const QByteArray exported = menuToCsv(*live(), demoFormat);
        const MenuCsvRead read = menuFromCsv(exported, demoFormat);
        QVERIFY(read.problems.isEmpty());
        apply(read.document);
        QCOMPARE(menuToCsv(*live(), demoFormat), exported);
    }

    void versionsAndTheDraftKeepWhoAndWhen()
    {
        MenuHistory history(m_store->connection(), m_store->clock);
        QVERIFY(!history.latest()->has_value());
        QVERIFY(!history.draft()->has_value());
        const MenuDocument first = *live();
        QCOMPARE(*history.recordVersion(first, {u"The venue's menu"_s}, {}), 1);

        MenuDocument edited = first;
        edited.items[0].priceMinor += 50;
        QVERIFY(history.saveDraft(edited, u"Price of the first dish"_s, {0, 0}).ok());
        m_store->clock.advance(60'000);
        MenuDocument edited2 = edited;
        edited2.items[1].priceMinor += 50;
        QVERIFY(history.saveDraft(edited2, u"Price of the second dish"_s, {0, 0}).ok());
        QCOMPARE(history.draft()->value().edits, 2);
        QCOMPARE(history.draft()->value().document, edited2);
        QVERIFY(*history.undoDraft());
        QCOMPARE(history.draft()->value().document, edited);
        QCOMPARE(history.draft()->value().summary, u"Price of the first dish"_s);

        m_store->clock.advance(60'000);
        QCOMPARE(*history.recordVersion(edited, {u"Changed a price"_s}, {}, 0), 2);
        QVERIFY(!history.draft()->has_value()); // published: the draft is closed
        QVERIFY(!*history.undoDraft());
        QCOMPARE(*history.recordVersion(first, {u"Back to version 1"_s}, {}, 1), 3);

        const QList<MenuVersion> versions = *history.versions(10);
        QCOMPARE(versions.size(), 3);
        QCOMPARE(versions[0].version, 3);
        QCOMPARE(versions[0].restoredFrom, 1);
        QCOMPARE(versions[1].changes, QStringList{u"Changed a price"_s});
        QCOMPARE(versions[1].publishedAt, fixedNow().addSecs(120));
        QCOMPARE(history.version(2)->document, edited);
        QCOMPARE(history.latest()->value().document, first);
        QCOMPARE(history.version(9).error().code, u"unknown_version"_s);
        // Every edit stays on record, the undone one marked so.
        QCOMPARE(scalarSql(m_store->connection(),
                           u"SELECT group_concat(state, ',') FROM menu_draft_edits"_s)
                     ->toString(),
                 u"published,undone"_s);
    }
};

QTEST_GUILESS_MAIN(TestMenuDocumentStore)
#include "tst_menudocumentstore.moc"
