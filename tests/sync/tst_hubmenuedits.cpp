// MenuEditOperations: the owner's draft, edited one change at a time with an owner's PIN and
// undone, refused to a host's PIN and without one; published as a version every table sees, with
// what changed and who; refused while it has problems or after it changed unseen; rolled back to
// any version; a spreadsheet with bad rows changes nothing. The draft's news reach owner devices
// alone.
#include "hubpermissions.h"
#include "hubstorefixture.h"
#include "menudocumentjson.h"
#include "menueditoperations.h"
#include "menurepository.h"
#include "staffpincheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

const QString OwnerPin = u"2580"_s; // Eleni Markou, the demo venue's owner
const QString HostPin = u"1379"_s;  // Karim Haddad, a host

} // namespace

class TestHubMenuEdits : public QObject {
    Q_OBJECT

    std::unique_ptr<HubStoreFixture> m_store;
    std::unique_ptr<StaffPinCheck> m_pins;
    std::unique_ptr<MenuEditOperations> m_edits;
    Device m_owner;

    QJsonObject documentNow()
    {
        return m_edits->draftGet(m_owner, {})->result[u"document"_s].toObject();
    }

    DocumentItem dish(const QString &key)
    {
        const MenuDocument document = *menuDocumentFromJson(documentNow());
        return *document.item(key);
    }

    Result<HubOutcome> putDish(const DocumentItem &item, const QString &pin = OwnerPin)
    {
        return m_edits->draftEdit(
            m_owner, {{u"pin"_s, pin},
                      {u"edit"_s, QJsonObject{{u"put"_s, u"dish"_s},
                                              {u"entry"_s, documentItemToJson(item)}}}});
    }

    qint64 draftEditId()
    {
        return m_edits->draftGet(m_owner, {})->result[u"draft"_s][u"editId"_s].toInteger();
    }

    qint64 priceOnTheTables(const QString &key)
    {
        auto items = MenuRepository(m_store->database.connection()).items(u"en"_s, u"en"_s);
        for (const MenuItem &item : *items)
            if (item.key == key)
                return item.price.minorUnits();
        return -1;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<HubStoreFixture>();
        QCOMPARE(m_store->open(), QString());
        m_pins = std::make_unique<StaffPinCheck>(*m_store->work);
        m_edits = std::make_unique<MenuEditOperations>(*m_store->work, *m_pins);
        m_owner = m_store->device(u"owner"_s);
    }

    void theOwnerSeesTheMenuWithNoDraftYet()
    {
        const auto got = m_edits->draftGet(m_owner, {});
        QVERIFY(got.ok());
        QCOMPARE(got->result[u"published"_s].toInt(), 0);
        QVERIFY(got->result[u"draft"_s].isNull());
        QCOMPARE(got->result[u"problems"_s].toArray().size(), 0);
        QVERIFY(menuDocumentFromJson(got->result[u"document"_s].toObject())->item(u"hummus"_s));
    }

    void anEditNeedsAnOwnersPin()
    {
        DocumentItem hummus = dish(u"hummus"_s);
        hummus.priceMinor = 725;
        QCOMPARE(putDish(hummus, {}).error().code, u"pin_required"_s);
        QCOMPARE(putDish(hummus, HostPin).error().code, u"forbidden"_s);
        QCOMPARE(putDish(hummus, u"0000"_s).error().code, u"pin_wrong"_s);
        QCOMPARE(m_store->count(u"menu_draft_edits"_s), 0);
        for (const QString &role : {u"table"_s, u"kitchen"_s, u"host"_s})
            QVERIFY(!HubPermissions::allows(role, u"menu.draft.edit"_s));
        QVERIFY(HubPermissions::allows(u"owner"_s, u"menu.publish"_s));
    }

    void aPriceChangedIsDraftedThenPublished()
    {
        DocumentItem hummus = dish(u"hummus"_s);
        hummus.priceMinor = 725;
        const auto edited = putDish(hummus);
        QVERIFY(edited.ok());
        QCOMPARE(HubStoreFixture::types(edited->events), QStringList{u"owner.menu.draft"_s});
        QCOMPARE(edited->events.first().data[u"by"_s].toString(), u"Eleni Markou"_s);
        QCOMPARE(edited->result[u"draft"_s][u"edits"_s].toInt(), 1);
        // Drafted, not live: the tables still see the old price.
        QCOMPARE(priceOnTheTables(u"hummus"_s), 650);
        QCOMPARE(dish(u"hummus"_s).priceMinor, 725);

        const auto published =
            m_edits->publish(m_owner, {{u"pin"_s, OwnerPin}, {u"editId"_s, draftEditId()}});
        QVERIFY2(published.ok(),
                 qPrintable(published.ok() ? QString() : published.error().message));
        QCOMPARE(HubStoreFixture::types(published->events), QStringList{u"menu.published"_s});
        QCOMPARE(published->result[u"version"_s].toInt(), 2); // 1 is the menu before it
        QCOMPARE(published->result[u"changes"_s].toArray(),
                 QJsonArray{u"Changed the dish hummus: price"_s});
        QCOMPARE(priceOnTheTables(u"hummus"_s), 725);
        QVERIFY(m_edits->draftGet(m_owner, {})->result[u"draft"_s].isNull());

        const auto versions = m_edits->versions(m_owner, {});
        const QJsonArray list = versions->result[u"versions"_s].toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0][u"by"_s].toString(), u"Eleni Markou"_s);
        QCOMPARE(list[0][u"publishedAt"_s].toString(), u"2026-11-23T19:00:00.000Z"_s);

        // One tap back: version 1 again, as version 3.
        const auto rolled = m_edits->rollback(m_owner, {{u"pin"_s, OwnerPin}, {u"version"_s, 1}});
        QVERIFY(rolled.ok());
        QCOMPARE(rolled->result[u"version"_s].toInt(), 3);
        QCOMPARE(rolled->result[u"restoredFrom"_s].toInt(), 1);
        QCOMPARE(priceOnTheTables(u"hummus"_s), 650);
        QCOMPARE(m_edits->rollback(m_owner, {{u"pin"_s, OwnerPin}, {u"version"_s, 9}}).error().code,
                 u"unknown_version"_s);
    }

    void undoTakesBackTheLastEdit()
    {
        DocumentItem hummus = dish(u"hummus"_s);
        hummus.priceMinor = 725;
        QVERIFY(putDish(hummus).ok());
        hummus.name[u"el"_s] = u"Χούμους σπιτικό"_s;
        QVERIFY(putDish(hummus).ok());
        const auto undone = m_edits->draftUndo(m_owner, {{u"pin"_s, OwnerPin}});
        QVERIFY(undone.ok());
        QCOMPARE(undone->result[u"draft"_s][u"edits"_s].toInt(), 1);
        const MenuDocument document =
            *menuDocumentFromJson(undone->result[u"document"_s].toObject());
        QCOMPARE(document.item(u"hummus"_s)->priceMinor, 725);
        QVERIFY(document.item(u"hummus"_s)->name.value(u"el"_s) != u"Χούμους σπιτικό"_s);
        QVERIFY(m_edits->draftUndo(m_owner, {{u"pin"_s, OwnerPin}}).ok());
        QCOMPARE(m_edits->draftUndo(m_owner, {{u"pin"_s, OwnerPin}}).error().code, u"no_draft"_s);
    }

    void aDraftWithProblemsIsNotPublished()
    {
        DocumentItem hummus = dish(u"hummus"_s);
        hummus.priceMinor = -5;
        QVERIFY(putDish(hummus).ok()); // a draft may hold problems while it is worked on
        const auto state = m_edits->draftGet(m_owner, {});
        QCOMPARE(state->result[u"problems"_s][0][u"field"_s].toString(), u"items/hummus/price"_s);
        const auto refused =
            m_edits->publish(m_owner, {{u"pin"_s, OwnerPin}, {u"editId"_s, draftEditId()}});
        QCOMPARE(refused.error().code, u"menu_problems"_s);
        QCOMPARE(refused.error().message,
                 u"Problems to fix before publishing: 1. The first: The price of dish \"hummus\" "
                 "is below zero."_s);
        QCOMPARE(priceOnTheTables(u"hummus"_s), 650);
        QCOMPARE(m_store->count(u"menu_versions"_s), 0);
    }

    void aDraftChangedSinceItWasSeenIsNotPublished()
    {
        DocumentItem hummus = dish(u"hummus"_s);
        hummus.priceMinor = 700;
        QVERIFY(putDish(hummus).ok());
        const qint64 seen = draftEditId();
        hummus.priceMinor = 9000;
        QVERIFY(putDish(hummus).ok()); // another owner's edit, meanwhile
        QCOMPARE(
            m_edits->publish(m_owner, {{u"pin"_s, OwnerPin}, {u"editId"_s, seen}}).error().code,
            u"draft_changed"_s);
        QCOMPARE(m_edits->publish(m_owner, {{u"pin"_s, OwnerPin}, {u"editId"_s, 0}}).error().code,
                 u"draft_changed"_s);
    }

    void nothingToPublish()
    {
        QCOMPARE(m_edits->publish(m_owner, {{u"pin"_s, OwnerPin}, {u"editId"_s, 0}}).error().code,
                 u"no_draft"_s);
    }

    void aSpreadsheetWithBadRowsChangesNothing()
    {
        const auto refused = m_edits->draftImport(
            m_owner, {{u"pin"_s, OwnerPin}, {u"csv"_s, u"kind,key\r\ndish,x\r\n"_s}});
        QCOMPARE(refused.error().code, u"bad_spreadsheet"_s);
        QVERIFY(
            refused.error().message.contains(u"Row 1, column parent: This column is missing."_s));
        QCOMPARE(m_store->count(u"menu_draft_edits"_s), 0);
    }

    void theDraftsNewsIsForOwnersAlone()
    {
        const StoredEvent draft{1, u"owner.menu.draft"_s, {{u"editId"_s, 1}}, {}, {}};
        const auto audience = HubPermissions::audienceOf(draft);
        QVERIFY(HubPermissions::maySee(u"owner"_s, 0, audience));
        for (const QString &role : {u"host"_s, u"kitchen"_s, u"table"_s})
            QVERIFY(!HubPermissions::maySee(role, 1, audience));
        const StoredEvent published{2, u"menu.published"_s, {{u"version"_s, 2}}, {}, {}};
        QVERIFY(HubPermissions::maySee(u"table"_s, 4, HubPermissions::audienceOf(published)));
    }

    // The owner's screen signs in by asking whose a PIN is before changing anything.
    void aPinSaysWhoseItIs()
    {
        const auto owner = m_pins->ask(m_owner, {{u"pin"_s, OwnerPin}});
        QVERIFY(owner.ok());
        QCOMPARE(owner->result[u"name"_s].toString(), u"Eleni Markou"_s);
        QCOMPARE(owner->result[u"role"_s].toString(), u"owner"_s);
        QCOMPARE(m_pins->ask(m_owner, {{u"pin"_s, HostPin}})->result[u"role"_s].toString(),
                 u"host"_s);
        QCOMPARE(m_pins->ask(m_owner, {{u"pin"_s, u"0000"_s}}).error().code, u"pin_wrong"_s);
    }
};

QTEST_GUILESS_MAIN(TestHubMenuEdits)
#include "tst_hubmenuedits.moc"
