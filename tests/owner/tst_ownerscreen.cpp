// The owner's menu editor (OwnerScreen, DishForm): what the form sends as an edit, which
// translations it marks missing, the lock after exactly five idle minutes, a refused PIN said in
// words, and end to end through a real hub: the owner signs in, changes the hummus from 6.50 to
// 7.25, publishes, and the tables' menu.get says 7.25; a host's PIN cannot publish.
#include "../support/quicktaps.h"
#include "../sync/hubtestsupport.h"

#include "dishform.h"
#include "menudocumentjson.h"
#include "ownerscreen.h"
#include "staffpinrule.h"

#include <QJsonArray>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_OwnerPlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

// A request from a client, answered through replied(): its result, or {"error": code}.
QJsonObject ask(VenueClient &client, const QString &op, const QJsonObject &args)
{
    QJsonObject answer;
    bool done = false;
    QString expected;
    auto connection = QObject::connect(
        &client, &VenueClient::replied,
        [&](const QString &id, bool ok, const QJsonObject &result, const QString &code) {
            if (id != expected)
                return;
            answer = ok ? result : QJsonObject{{u"error"_s, code}};
            done = true;
        });
    expected = client.request(op, args);
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    QObject::disconnect(connection);
    return answer;
}

bool online(VenueClient &client)
{
    return QTest::qWaitFor([&] { return client.state() == VenueClient::State::Online; }, 10000);
}

const QString OwnerPin = u"2580"_s; // Eleni Markou, the demo venue's owner
const QString HostPin = u"1379"_s;

MenuDocument twoLanguages()
{
    MenuDocument document;
    document.defaultLanguage = u"en"_s;
    document.languages = {u"en"_s, u"el"_s};
    document.categories.append({u"mezze"_s, {{u"en"_s, u"Mezze"_s}}, {}, false, {}});
    DocumentItem hummus;
    hummus.key = u"hummus"_s;
    hummus.category = u"mezze"_s;
    hummus.name = {{u"en"_s, u"Hummus"_s}, {u"el"_s, u"Χούμους"_s}};
    hummus.description = {{u"en"_s, u"Chickpeas, tahini"_s}};
    hummus.priceMinor = 650;
    hummus.course = u"starter"_s;
    hummus.station = u"cold"_s;
    hummus.allergens = {u"sesame"_s};
    document.items.append(hummus);
    return document;
}

// An owner's screen on a fresh hub with the demo venue, on a clock of its own (the device's
// connection keeps real time: ten idle minutes of the screen's clock are no silence on the wire).
struct OwnerOnHub {
    TestHub hub;
    ManualClock screenClock{hub.clock.now()};
    SystemClock deviceClock;
    VenueClient client{deviceClock};
    OwnerScreen owner{client, screenClock};

    QString open()
    {
        if (const QString failed = hub.start(); !failed.isEmpty())
            return failed;
        client.connectTo(hub.hub->url(), hub.enroll(u"Office"_s, u"owner"_s));
        if (!online(client))
            return u"the owner's device stayed offline"_s;
        if (!QTest::qWaitFor([&] { return !owner.document().items.isEmpty(); }, 10000))
            return u"the owner's screen did not read the draft"_s;
        return {};
    }

    bool signIn(const QString &pin)
    {
        if (!online(client))
            return false;
        for (QChar digit : pin)
            owner.addDigit(digit.digitValue());
        owner.signIn();
        return QTest::qWaitFor([&] { return !owner.checkingPin(); }, 10000) && owner.signedIn();
    }
};

qint64 priceOnTheTables(VenueClient &client, const QString &key)
{
    const QJsonObject menu = ask(client, u"menu.get"_s, {})[u"menu"_s].toObject();
    for (const QJsonValue &category : menu[u"categories"_s].toArray())
        for (const QJsonValue &item : category[u"items"_s].toArray())
            if (item[u"key"_s].toString() == key)
                return item[u"price"_s].toInteger();
    return -1;
}

} // namespace

class TestOwnerScreen : public QObject {
    Q_OBJECT

private slots:
    void formSendsOneDishEdit()
    {
        const MenuDocument document = twoLanguages();
        DishForm form;
        form.open(document, document.items.first());
        QVERIFY(!form.modified());
        QVERIFY(!form.canSave());
        QCOMPARE(form.priceText(), u"6.50"_s);
        form.setPriceText(u"7.25"_s);
        form.toggleAllergen(u"milk"_s);
        form.setSpiceLevel(9); // more than the menu knows: the hottest
        QVERIFY(form.canSave());
        const QJsonObject edit = form.edit();
        QCOMPARE(edit[u"put"_s].toString(), u"dish"_s);
        auto entry = documentItemFromJson(edit[u"entry"_s].toObject());
        QVERIFY(entry.ok());
        QCOMPARE(entry->key, u"hummus"_s);
        QCOMPARE(entry->priceMinor, 725);
        QCOMPARE(entry->spiceLevel, MenuLimits::MaxSpiceLevel);
        // Annex II order: milk (7) before sesame (11), as the tables list them.
        QCOMPARE(entry->allergens, (QStringList{u"milk"_s, u"sesame"_s}));
        QCOMPARE(entry->name, document.items.first().name);
    }

    void priceIsReadOrRefused_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("minor"); // -1: refused, with a reason
        QTest::newRow("point") << u"en"_s << u"7.25"_s << qint64(725);
        QTest::newRow("whole") << u"en"_s << u"7"_s << qint64(700);
        QTest::newRow("comma in Greek") << u"el"_s << u"7,25"_s << qint64(725);
        QTest::newRow("point in Greek") << u"el"_s << u"7.25"_s << qint64(725);
        QTest::newRow("Arabic digits") << u"ar"_s << u"٧٫٢٥"_s << qint64(725);
        QTest::newRow("zero") << u"en"_s << u"0"_s << qint64(0);
        QTest::newRow("below zero") << u"en"_s << u"-1"_s << qint64(-1);
        QTest::newRow("a third decimal") << u"en"_s << u"7.255"_s << qint64(-1);
        QTest::newRow("absurd") << u"en"_s << u"20000"_s << qint64(-1);
        QTest::newRow("words") << u"en"_s << u"seven"_s << qint64(-1);
        QTest::newRow("empty") << u"en"_s << u""_s << qint64(-1);
    }
    void priceIsReadOrRefused()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(qint64, minor);
        const MenuDocument document = twoLanguages();
        DishForm form;
        form.setLocale(QLocale(locale));
        form.open(document, document.items.first());
        form.setPriceText(typed);
        if (minor < 0) {
            QVERIFY(!form.priceError().isEmpty());
            QVERIFY(!form.canSave());
            QCOMPARE(form.current().priceMinor, 650); // the last price that read stays
        } else {
            QCOMPARE(form.priceError(), QString());
            QCOMPARE(form.current().priceMinor, minor);
        }
    }

    void missingTranslationsAreMarked()
    {
        const MenuDocument document = twoLanguages();
        DishForm form;
        form.open(document, document.items.first());
        const auto row = [&](const QString &language) {
            for (const QVariantMap &each : form.texts()->rows())
                if (each[u"language"_s] == language)
                    return each;
            return QVariantMap();
        };
        QCOMPARE(form.texts()->rows().first()[u"language"_s].toString(), u"en"_s);
        QVERIFY(row(u"en"_s)[u"isDefault"_s].toBool());
        QVERIFY(!row(u"el"_s)[u"nameMissing"_s].toBool());
        // English has a description, Greek none: Greek's is missing.
        QVERIFY(row(u"el"_s)[u"descriptionMissing"_s].toBool());
        QVERIFY(!row(u"en"_s)[u"descriptionMissing"_s].toBool());
        form.setName(u"el"_s, u"  "_s);
        QVERIFY(row(u"el"_s)[u"nameMissing"_s].toBool());
        QVERIFY(!form.current().name.contains(u"el"_s)); // blank is left out, not kept blank
        // With no description in any language, none is missing.
        form.setDescription(u"en"_s, {});
        QVERIFY(!row(u"el"_s)[u"descriptionMissing"_s].toBool());
    }

    void problemNamesItsDish()
    {
        QCOMPARE(OwnerScreen::dishOfField(u"items/hummus/price"_s), u"hummus"_s);
        QCOMPARE(OwnerScreen::dishOfField(u"items/lamb-chops/name/el"_s), u"lamb-chops"_s);
        QCOMPARE(OwnerScreen::dishOfField(u"categories/mezze/name/en"_s), QString());
    }

    void refusedPinsAreSaid_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("said");
        QTest::newRow("a host's") << HostPin << u"Only an owner's PIN can change the menu."_s;
        QTest::newRow("nobody's") << u"1111"_s << u"That PIN is not right. Try again."_s;
    }
    void refusedPinsAreSaid()
    {
        QFETCH(QString, pin);
        QFETCH(QString, said);
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        QVERIFY(!venue.signIn(pin));
        QCOMPARE(venue.owner.signInError(), said);
        QCOMPARE(venue.owner.pinLength(), 0); // typed again from the start
        // Nothing was published or drafted by the check.
        QCOMPARE(venue.hub.scalar(u"SELECT count(*) FROM menu_versions"_s).toInt(), 0);
        QVERIFY(!venue.owner.hasDraft());
    }

    // Someone guessing at the keypad: the fifth wrong PIN locks, and then even the owner's own
    // PIN is refused in words until the lock has run out on the hub's clock.
    void repeatedWrongPinsLockTheScreenOut()
    {
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        for (int attempt = 1; attempt < StaffPinRule::MaxWrongPins; ++attempt) {
            QVERIFY(!venue.signIn(u"1111"_s));
            QCOMPARE(venue.owner.signInError(), u"That PIN is not right. Try again."_s);
        }
        QVERIFY(!venue.signIn(u"1111"_s));
        const QString locked = u"Too many wrong PINs: the PIN is locked for a while."_s;
        QCOMPARE(venue.owner.signInError(), locked);
        QVERIFY(!venue.signIn(OwnerPin));
        QCOMPARE(venue.owner.signInError(), locked);
        QCOMPARE(venue.owner.pinLength(), 0);

        venue.hub.clock.advance(StaffPinRule::LockMinutes * 60 * 1000 - 1000);
        QVERIFY(!venue.signIn(OwnerPin));
        QCOMPARE(venue.owner.signInError(), locked);
        venue.hub.clock.advance(1000);
        QVERIFY(venue.signIn(OwnerPin));
        QCOMPARE(venue.owner.signInError(), QString());
    }

    void locksAfterExactlyFiveIdleMinutes()
    {
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        QVERIFY(venue.signIn(OwnerPin));
        venue.screenClock.advance(4 * 60 * 1000);
        venue.owner.touched(); // a tap: five minutes from now
        venue.screenClock.advance(OwnerScreen::IdleLockMs - 1);
        QVERIFY(venue.owner.signedIn());
        venue.screenClock.advance(1);
        QVERIFY(!venue.owner.signedIn());
        QCOMPARE(venue.owner.pinLength(), 0);
        QCOMPARE(venue.owner.page(), u"menu"_s);
        // Locked, a tap does not unlock: only a PIN does.
        venue.owner.touched();
        QVERIFY(!venue.owner.signedIn());
        QVERIFY(venue.signIn(OwnerPin));
    }

    void ownerChangesAPriceAndPublishes()
    {
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        QCOMPARE(priceOnTheTables(venue.client, u"hummus"_s), 650);
        QVERIFY(venue.signIn(OwnerPin));
        venue.owner.openDish(u"hummus"_s);
        QCOMPARE(venue.owner.page(), u"item"_s);
        QCOMPARE(venue.owner.category(), u"mezze"_s);
        QCOMPARE(venue.owner.form()->priceText(), u"6.50"_s);
        venue.owner.form()->setPriceText(u"7.25"_s);
        venue.owner.saveDish();
        QTRY_VERIFY(venue.owner.hasDraft());
        QCOMPARE(venue.owner.page(), u"menu"_s);
        QCOMPARE(venue.owner.document().item(u"hummus"_s)->priceMinor, 725);
        QCOMPARE(priceOnTheTables(venue.client, u"hummus"_s), 650); // a draft, not yet live
        QVERIFY(venue.owner.draftText().contains(u"1 unpublished change"_s));
        // The dish's row shows the draft's price.
        bool listed = false;
        for (const QVariantMap &row : venue.owner.dishes()->rows())
            if (row[u"key"_s] == u"hummus"_s)
                listed = row[u"priceText"_s].toString().contains(u"7.25"_s);
        QVERIFY(listed);
        venue.owner.publish();
        QTRY_VERIFY(!venue.owner.hasDraft());
        QVERIFY2(!venue.owner.noticeIsError(), qPrintable(venue.owner.notice()));
        QCOMPARE(priceOnTheTables(venue.client, u"hummus"_s), 725);
        // The history: version 2 by the owner, the menu as it was kept as version 1.
        venue.owner.openHistory();
        QTRY_COMPARE(venue.owner.versions()->rowCount(), 2);
        const QVariantMap newest = venue.owner.versions()->rows().first();
        QCOMPARE(newest[u"version"_s].toInt(), 2);
        QVERIFY(newest[u"byText"_s].toString().contains(u"Eleni Markou"_s));
        QVERIFY(newest[u"changesText"_s].toString().contains(u"hummus"_s));
        QVERIFY(newest[u"current"_s].toBool());
        // Roll back waits for its confirmation, then restores 6.50.
        venue.owner.askRollback(2);
        QCOMPARE(venue.owner.rollbackVersion(), 0); // the one on the tables now
        venue.owner.askRollback(1);
        QCOMPARE(venue.owner.rollbackVersion(), 1);
        QCOMPARE(priceOnTheTables(venue.client, u"hummus"_s), 725);
        venue.owner.confirmRollback();
        QTRY_COMPARE(priceOnTheTables(venue.client, u"hummus"_s), 650);
    }

    void undoTakesBackTheLastChange()
    {
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        QVERIFY(venue.signIn(OwnerPin));
        venue.owner.openDish(u"hummus"_s);
        venue.owner.form()->setName(u"el"_s, {});
        venue.owner.saveDish();
        QTRY_VERIFY(venue.owner.hasDraft());
        bool marked = false;
        for (const QVariantMap &row : venue.owner.dishes()->rows())
            if (row[u"key"_s] == u"hummus"_s)
                marked = row[u"missing"_s].toBool();
        QVERIFY(marked);
        venue.owner.undo();
        QTRY_VERIFY(!venue.owner.hasDraft());
        QVERIFY(venue.owner.document().item(u"hummus"_s)->name.contains(u"el"_s));
    }

    void aProblemIsListedAndPublishRefusedInWords()
    {
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        QVERIFY(venue.signIn(OwnerPin));
        venue.owner.openDish(u"hummus"_s);
        venue.owner.form()->setName(u"en"_s, {}); // no name in the default language
        venue.owner.saveDish();
        QTRY_VERIFY(venue.owner.hasDraft());
        QVERIFY(venue.owner.problems()->rowCount() > 0);
        QCOMPARE(venue.owner.problems()->rows().first()[u"dishKey"_s].toString(), u"hummus"_s);
        venue.owner.publish();
        QTRY_VERIFY(venue.owner.noticeIsError());
        QVERIFY2(venue.owner.notice().contains(u"problem"_s), qPrintable(venue.owner.notice()));
        QVERIFY(venue.owner.hasDraft());
        venue.owner.closeDish();
        venue.owner.openProblem(0);
        QCOMPARE(venue.owner.page(), u"item"_s);
        QCOMPARE(venue.owner.form()->key(), u"hummus"_s);
    }

    void aHostPinCannotPublish()
    {
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        QVERIFY(venue.signIn(OwnerPin));
        venue.owner.openDish(u"hummus"_s);
        venue.owner.form()->setPriceText(u"7.25"_s);
        venue.owner.saveDish();
        QTRY_VERIFY(venue.owner.hasDraft());
        // A host's PIN on the owner's device, straight to the hub: refused, nothing live.
        const QJsonObject refused =
            ask(venue.client, u"menu.publish"_s,
                {{u"pin"_s, HostPin}, {u"editId"_s, venue.owner.draftEditId()}});
        QCOMPARE(refused[u"error"_s].toString(), u"forbidden"_s);
        QCOMPARE(priceOnTheTables(venue.client, u"hummus"_s), 650);
    }

    void pageTitleFitsBesideTheButtons_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : {"en", "el", "ar", "fa"})
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // The header's buttons leave the title its own room: a long title shrinks or is cut short,
    // never drawn under them (Greek's "Publish history" once ran under Undo).
    void pageTitleFitsBesideTheButtons()
    {
        QFETCH(QString, language);
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        venue.owner.setLanguage(language);
        QVERIFY(venue.signIn(u"2580"_s));
        QVERIFY(venue.owner.show().ok());
        QQuickWindow *window = venue.owner.window();
        window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        for (const char *page : {"menu", "history", "preview", "voice", "ideas"}) {
            if (QString::fromLatin1(page) == u"history"_s)
                venue.owner.openHistory();
            else if (QString::fromLatin1(page) == u"preview"_s)
                venue.owner.openPreview();
            else if (QString::fromLatin1(page) == u"voice"_s)
                venue.owner.openVoice();
            else if (QString::fromLatin1(page) == u"ideas"_s)
                venue.owner.openIdeas();
            QTRY_COMPARE(venue.owner.page(), QString::fromLatin1(page));
            QQuickItem *title = waitForItem(window, u"pageTitle"_s);
            QVERIFY(title);
            QTRY_VERIFY(!QQuickTest::qIsPolishScheduled(window));
            QVERIFY2(title->property("paintedWidth").toReal() <= title->width() + 0.5,
                     qPrintable(u"%1 on %2: %3 wide in %4"_s.arg(
                         title->property("text").toString(), QString::fromLatin1(page),
                         QString::number(title->property("paintedWidth").toReal()),
                         QString::number(title->width()))));
        }
    }

    void ownerTapsThroughTheScreen()
    {
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        venue.owner.setLanguage(u"ar"_s);
        QVERIFY(venue.owner.show().ok());
        QQuickWindow *window = venue.owner.window();
        window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        for (const char *key : {"ownerPinKey_2", "ownerPinKey_5", "ownerPinKey_8", "ownerPinKey_0"})
            QVERIFY(tap(window, QString::fromLatin1(key)));
        QCOMPARE(venue.owner.pinLength(), 4);
        QVERIFY(tap(window, u"ownerSignIn"_s));
        QTRY_VERIFY(venue.owner.signedIn());
        QVERIFY(tap(window, u"dish_hummus"_s));
        QTRY_COMPARE(venue.owner.page(), u"item"_s);
        QCOMPARE(venue.owner.form()->key(), u"hummus"_s);
        // Right to left: the category list stands at the right of the dishes.
        QVERIFY(venue.owner.rightToLeft());
        QVERIFY(tap(window, u"cancelDish"_s));
        QTRY_COMPARE(venue.owner.page(), u"menu"_s);
        QQuickItem *categories = waitForItem(window, u"categoryList"_s);
        QQuickItem *dishes = waitForItem(window, u"dishList"_s);
        QVERIFY(categories && dishes);
        QVERIFY(categories->mapToScene({0, 0}).x() > dishes->mapToScene({0, 0}).x());
    }
};

QTEST_MAIN(TestOwnerScreen)
#include "tst_ownerscreen.moc"
