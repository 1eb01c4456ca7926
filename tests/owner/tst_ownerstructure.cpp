// The owner's menu structure: the rules the editor keeps (a key made from a name, a drag's drop as
// one move, the category, list and choices forms' words) and, end to end through the real screen
// offscreen against a real hub, categories added, renamed, hidden, refused and removed, and
// dragged by mouse and by touch; dishes added, moved, dragged and removed; modifier lists listed,
// written and offered with a dish's own min and max; a dish sold out and counted down live.
#include "../support/quicktaps.h"
#include "../sync/hubtestsupport.h"

#include "categoryform.h"
#include "dishchoices.h"
#include "dishform.h"
#include "menuedit.h"
#include "menuentryrules.h"
#include "modifierlistform.h"
#include "ownerscreen.h"

#include <QJsonArray>
#include <QPointingDevice>
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

const QString OwnerPin = u"2580"_s;

// What the tables' menu.get holds of a dish: {id, price, available, stockLeft}, or empty.
QJsonObject onTheTables(VenueClient &client, const QString &key)
{
    const QJsonObject menu = ask(client, u"menu.get"_s, {})[u"menu"_s].toObject();
    for (const QJsonValue &category : menu[u"categories"_s].toArray())
        for (const QJsonValue &item : category[u"items"_s].toArray())
            if (item[u"key"_s].toString() == key)
                return item.toObject();
    return {};
}

QString say(const char *source, int n)
{
    QString text = QString::fromUtf8(source);
    return n < 0 ? text : text.replace(u"%Ln"_s, QString::number(n));
}

QString languageName(const QString &code)
{
    return code == u"en"_s ? u"English"_s : code;
}

MenuDocument smallMenu()
{
    MenuDocument document;
    document.defaultLanguage = u"en"_s;
    document.languages = {u"en"_s, u"el"_s};
    document.categories.append({u"mezze"_s, {{u"en"_s, u"Mezze"_s}}, {}, false, {}});
    document.categories.append({u"empty"_s, {{u"en"_s, u"Empty"_s}}, {}, false, {}});
    ModifierList sides{u"sides"_s, {{u"en"_s, u"Sides"_s}}, {}};
    sides.options.append({u"fries"_s, {{u"en"_s, u"Fries"_s}}, 0});
    sides.options.append({u"rice"_s, {{u"en"_s, u"Rice"_s}}, 50});
    document.modifierLists.append(sides);
    for (const QString &key : {u"hummus"_s, u"falafel"_s, u"dolmades"_s}) {
        DocumentItem item;
        item.key = key;
        item.category = u"mezze"_s;
        item.name = {{u"en"_s, key}};
        item.priceMinor = 650;
        item.course = u"starter"_s;
        item.station = u"cold"_s;
        document.items.append(item);
    }
    return document;
}

QStringList categoryKeys(const MenuDocument &document)
{
    QStringList keys;
    for (const DocumentCategory &category : document.categories)
        keys.append(category.key);
    return keys;
}

QStringList dishKeys(const MenuDocument &document, const QString &category)
{
    QStringList keys;
    for (const DocumentItem &item : document.items)
        if (item.category == category)
            keys.append(item.key);
    return keys;
}

// Scrolls the Flickable an item stands in so that the item is in the window.
void scrollIntoView(QQuickItem *item)
{
    for (QQuickItem *up = item->parentItem(); up; up = up->parentItem()) {
        if (!up->inherits("QQuickFlickable"))
            continue;
        const QPointF at = item->mapToItem(up, QPointF(0, 0));
        const qreal contentY = up->property("contentY").toReal();
        if (at.y() < 0 || at.y() + item->height() > up->height()) {
            const qreal most =
                std::max<qreal>(0, up->property("contentHeight").toReal() - up->height());
            up->setProperty("contentY", std::clamp(contentY + at.y() - 80, qreal(0), most));
        }
        return;
    }
}

bool tapShown(QQuickWindow *window, const QString &name)
{
    QQuickItem *target = waitForItem(window, name);
    if (!target)
        return false;
    scrollIntoView(target);
    return tapItem(window, target);
}

// Taps a field, selects what it holds and types `text` over it, as a keyboard would.
bool typeInto(QQuickWindow *window, const QString &name, const QString &text)
{
    if (!tapShown(window, name))
        return false;
    QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(window, Qt::Key_Delete);
    else
        for (const QChar c : text)
            QTest::keyClick(window, c.toLatin1());
    return true;
}

// A finger or the mouse takes a row's handle and lets go `rows` rows further down (up when
// negative), moving in small steps as a hand does.
enum class Pointer { Mouse, Touch };
bool dragHandle(QQuickWindow *window, const QString &handle, qreal distance, Pointer pointer)
{
    QQuickItem *item = waitForItem(window, handle);
    if (!item)
        return false;
    const QPoint from = item->mapToScene({item->width() / 2, item->height() / 2}).toPoint();
    const int steps = 12;
    static QPointingDevice *touch = QTest::createTouchDevice();
    if (pointer == Pointer::Mouse)
        QTest::mousePress(window, Qt::LeftButton, {}, from);
    else
        QTest::touchEvent(window, touch).press(0, from, window);
    for (int i = 1; i <= steps; ++i) {
        const QPoint at = from + QPoint(0, int(distance * i / steps));
        if (pointer == Pointer::Mouse)
            QTest::mouseMove(window, at);
        else
            QTest::touchEvent(window, touch).move(0, at, window);
        QTest::qWait(5); // a hand's pace: the handler sees the movement as a drag
    }
    const QPoint to = from + QPoint(0, int(distance));
    if (pointer == Pointer::Mouse)
        QTest::mouseRelease(window, Qt::LeftButton, {}, to);
    else
        QTest::touchEvent(window, touch).release(0, to, window);
    return true;
}

// The venue's lists end with the newest: the lists page scrolled to its end.
void listsToTheEnd(QQuickWindow *window)
{
    if (QQuickItem *lists = waitForItem(window, u"listList"_s)) {
        QMetaObject::invokeMethod(lists, "positionViewAtEnd");
        QQuickTest::qWaitForPolish(window);
    }
}

QString textOf(QQuickWindow *window, const QString &name)
{
    QQuickItem *item = waitForItem(window, name);
    return item ? item->property("text").toString() : QString();
}

// The owner's screen, shown at 1280x800 on a hub with the demo venue, signed in on its keypad.
struct OwnerOnHub {
    TestHub hub;
    ManualClock screenClock{hub.clock.now()};
    SystemClock deviceClock;
    VenueClient client{deviceClock};
    OwnerScreen owner{client, screenClock};
    QQuickWindow *window = nullptr;

    QString open()
    {
        if (const QString failed = hub.start(); !failed.isEmpty())
            return failed;
        client.connectTo(hub.hub->url(), hub.enroll(u"Office"_s, u"owner"_s));
        if (!online(client))
            return u"the owner's device stayed offline"_s;
        if (!QTest::qWaitFor([&] { return !owner.document().items.isEmpty(); }, 10000))
            return u"the owner's screen did not read the draft"_s;
        owner.setLanguage(u"en"_s);
        if (!owner.show().ok())
            return u"the owner's screen did not load"_s;
        window = owner.window();
        window->resize(1280, 800);
        window->requestActivate();
        if (!QTest::qWaitForWindowExposed(window) || !QTest::qWaitForWindowActive(window))
            return u"the owner's window was not shown"_s;
        for (const QChar digit : OwnerPin)
            if (!tap(window, u"ownerPinKey_"_s + digit))
                return u"the keypad was not there"_s;
        if (!tap(window, u"ownerSignIn"_s) ||
            !QTest::qWaitFor([&] { return owner.signedIn(); }, 10000))
            return u"the owner could not sign in"_s;
        return {};
    }

    // Waits until the hub has taken `edits` more edits of the draft than at `before`.
    bool edited(qint64 before)
    {
        return QTest::qWaitFor([&] { return owner.draftEditId() > before && !owner.busy(); },
                               10000);
    }
};

} // namespace

class TestOwnerStructure : public QObject {
    Q_OBJECT

private slots:
    void keyIsMadeFromTheName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("key");
        QTest::newRow("words") << u"Grilled Octopus"_s << QStringList() << u"grilled-octopus"_s;
        QTest::newRow("accents") << u"Crème brûlée"_s << QStringList() << u"creme-brulee"_s;
        QTest::newRow("signs") << u"  Fish & Chips!! "_s << QStringList() << u"fish-chips"_s;
        QTest::newRow("digits") << u"7UP 330ml"_s << QStringList() << u"7up-330ml"_s;
        QTest::newRow("taken") << u"Hummus"_s << QStringList{u"hummus"_s} << u"hummus-2"_s;
        QTest::newRow("taken twice")
            << u"Hummus"_s << QStringList{u"hummus"_s, u"hummus-2"_s} << u"hummus-3"_s;
        QTest::newRow("Greek") << u"Χταπόδι"_s << QStringList() << u"dish"_s;
        QTest::newRow("Greek, taken") << u"Χταπόδι"_s << QStringList{u"dish"_s} << u"dish-2"_s;
        QTest::newRow("long") << QString(100, u'a') << QStringList()
                              << QString(MenuLimits::MaxKeyLength - 3, u'a');
    }
    void keyIsMadeFromTheName()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, taken);
        QFETCH(QString, key);
        QCOMPARE(keyFromName(name, taken, u"dish"_s), key);
        QCOMPARE(keyProblem(key, taken), KeyProblem::None);
    }

    void typedKeysAreChecked_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<int>("problem");
        QTest::newRow("fine") << u"sweet-things"_s << int(KeyProblem::None);
        QTest::newRow("empty") << u""_s << int(KeyProblem::Empty);
        QTest::newRow("capitals") << u"Sweet"_s << int(KeyProblem::Malformed);
        QTest::newRow("space") << u"sweet things"_s << int(KeyProblem::Malformed);
        QTest::newRow("double hyphen") << u"sweet--things"_s << int(KeyProblem::Malformed);
        QTest::newRow("ends in a hyphen") << u"sweet-"_s << int(KeyProblem::Malformed);
        QTest::newRow("too long") << QString(MenuLimits::MaxKeyLength + 1, u'a')
                                  << int(KeyProblem::Malformed);
        QTest::newRow("taken") << u"mezze"_s << int(KeyProblem::Taken);
    }
    void typedKeysAreChecked()
    {
        QFETCH(QString, key);
        QFETCH(int, problem);
        QCOMPARE(int(keyProblem(key, {u"mezze"_s})), problem);
    }

    // A drag from row `from` to row `to` is one move edit that leaves the rows in that order.
    void dropIsOneMove_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("before"); // "-": no edit
        QTest::newRow("down one") << 0 << 1 << u"c"_s;
        QTest::newRow("down to the end") << 0 << 3 << u""_s;
        QTest::newRow("up to the top") << 3 << 0 << u"a"_s;
        QTest::newRow("up one") << 2 << 1 << u"b"_s;
        QTest::newRow("in place") << 1 << 1 << u"-"_s;
        QTest::newRow("out of range") << 1 << 4 << u"-"_s;
    }
    void dropIsOneMove()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QString, before);
        const QStringList keys{u"a"_s, u"b"_s, u"c"_s, u"d"_s};
        const auto made = moveBefore(keys, from, to);
        if (before == u"-"_s) {
            QVERIFY(!made);
            return;
        }
        QVERIFY(made);
        QCOMPARE(*made, before);
        // Applied to a document, the categories stand as the drag left them.
        MenuDocument document;
        document.defaultLanguage = u"en"_s;
        document.languages = {u"en"_s};
        for (const QString &key : keys)
            document.categories.append({key, {{u"en"_s, key}}, {}, false, {}});
        auto moved = applyMenuEdit(
            document,
            {{u"move"_s, u"category"_s}, {u"key"_s, keys.at(from)}, {u"before"_s, *made}});
        QVERIFY(moved.ok());
        QStringList expected = keys;
        expected.move(from, to);
        QCOMPARE(categoryKeys(moved->document), expected);
    }

    void categoryFormMakesItsKeyAndSaysWhatIsMissing()
    {
        const MenuDocument document = smallMenu();
        CategoryForm form(say, languageName);
        form.open(document, {});
        QVERIFY(form.isNew());
        QVERIFY(!form.canSave());
        QCOMPARE(form.problem(), u"Write the category's name in English, the menu's default "
                                 "language."_s);
        form.setName(u"el"_s, u"Γλυκά"_s); // not the default: makes no key
        QCOMPARE(form.key(), QString());
        form.setName(u"en"_s, u"Sweet things"_s);
        QCOMPARE(form.key(), u"sweet-things"_s);
        QVERIFY(form.canSave());
        form.setName(u"el"_s, {});
        QVERIFY(form.texts()->rows().at(1)[u"nameMissing"_s].toBool()); // Greek, marked
        QVERIFY(!form.texts()->rows().at(0)[u"nameMissing"_s].toBool());
        QCOMPARE(form.texts()->rows().at(0)[u"language"_s].toString(), u"en"_s);
        form.setKey(u"mezze"_s); // typed over: taken
        QCOMPARE(form.problem(), u"Another category has the key “mezze”."_s);
        form.setName(u"en"_s, u"Desserts"_s); // a typed key stays
        QCOMPARE(form.key(), u"mezze"_s);
        form.setKey(u"desserts"_s);
        QVERIFY(form.canSave());
        const QJsonObject edit = form.edit();
        QCOMPARE(edit[u"put"_s].toString(), u"category"_s);
        auto put = applyMenuEdit(document, edit);
        QVERIFY(put.ok());
        QCOMPARE(categoryKeys(put->document).last(), u"desserts"_s);
        // An existing one: its key stays, and one that holds dishes says so.
        form.open(document, u"mezze"_s);
        QVERIFY(!form.isNew());
        form.setKey(u"other"_s);
        QCOMPARE(form.key(), u"mezze"_s);
        QVERIFY(!form.canRemove());
        QCOMPARE(form.removeProblem(),
                 u"This category holds 3 dish(es): move them to another category or remove them "
                 "before removing it."_s);
        form.open(document, u"empty"_s);
        QVERIFY(form.canRemove());
        QVERIFY(!form.canSave()); // nothing changed
        form.setHidden(true);
        QVERIFY(form.canSave());
    }

    void choicesShowTheHubsProblem()
    {
        const MenuDocument document = smallMenu();
        DishForm form;
        DishChoices choices(form, [](const LocalizedText &text) { return text.value(u"en"_s); });
        choices.setDocument(document);
        form.open(document, document.items.first());
        QCOMPARE(choices.lists()->rowCount(), 1);
        QVERIFY(!choices.lists()->rows().first()[u"offered"_s].toBool());
        choices.setOffered(u"sides"_s, true);
        QCOMPARE(form.current().modifiers, (QList<ModifierUse>{{u"sides"_s, 0, 1}}));
        QCOMPARE(choices.problemCount(), 0);
        choices.setMin(u"sides"_s, 2); // at least 2, at most 1
        const auto problem = [&] {
            return choices.lists()->rows().first()[u"problem"_s].toString();
        };
        QCOMPARE(problem(), u"On \"hummus\", \"sides\" asks for at least 2 but at most 1."_s);
        QCOMPARE(choices.problemCount(), 1);
        choices.setMax(u"sides"_s, 3);
        choices.setMin(u"sides"_s, 3); // the list has 2 options
        QCOMPARE(problem(), u"On \"hummus\", \"sides\" asks for at least 3 but has only 2 "
                            "options."_s);
        // The same words the hub says when it refuses to publish.
        MenuDocument draft = document;
        draft.items[0] = form.current();
        QCOMPARE(menuProblems(draft).first().message, problem());
        choices.setMin(u"sides"_s, 1);
        QCOMPARE(problem(), QString());
        choices.setMax(u"sides"_s, 0); // at most none is not a choice: the least is 1
        QCOMPARE(form.current().modifiers.first().maxChoices, 1);
        choices.setOffered(u"sides"_s, false);
        QVERIFY(form.current().modifiers.isEmpty());
    }

    void listFormReadsPricesInTheScreensLocale_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint64>("minor"); // refused: -9999
        QTest::newRow("point") << u"en"_s << u"0.50"_s << qint64(50);
        QTest::newRow("comma in Greek") << u"el"_s << u"1,50"_s << qint64(150);
        QTest::newRow("lower") << u"en"_s << u"-0.50"_s << qint64(-50);
        QTest::newRow("Persian digits") << u"fa"_s << u"۱٫۵۰"_s << qint64(150);
        QTest::newRow("empty is none") << u"en"_s << u""_s << qint64(0);
        QTest::newRow("words") << u"en"_s << u"half"_s << qint64(-9999);
        QTest::newRow("absurd") << u"en"_s << u"2000"_s << qint64(-9999);
    }
    void listFormReadsPricesInTheScreensLocale()
    {
        QFETCH(QString, locale);
        QFETCH(QString, typed);
        QFETCH(qint64, minor);
        DishForm prices;
        prices.setLocale(QLocale(locale));
        ModifierListForm form(say, languageName, prices);
        form.open(smallMenu(), u"sides"_s);
        form.setOptionPrice(0, typed);
        const QString error = form.options()->rows().at(0)[u"priceError"_s].toString();
        if (minor == -9999) {
            QVERIFY(!error.isEmpty());
            QVERIFY(!form.canSave());
            QCOMPARE(form.current().options.at(0).priceDeltaMinor, 0); // the last that read
        } else {
            QCOMPARE(error, QString());
            QCOMPARE(form.current().options.at(0).priceDeltaMinor, minor);
        }
    }

    void listFormAddsRemovesAndOrdersOptions()
    {
        DishForm prices;
        ModifierListForm form(say, languageName, prices);
        form.open(smallMenu(), {});
        QVERIFY(form.isNew());
        QCOMPARE(form.options()->rowCount(), 1); // one to name at once
        form.setName(u"en"_s, u"Sides"_s);       // "sides" is taken
        QCOMPARE(form.key(), u"sides-2"_s);
        QCOMPARE(form.problem(), u"Write the name of option 1 in English, the menu's default "
                                 "language."_s);
        form.setOptionName(0, u"en"_s, u"Garlic sauce"_s);
        form.addOption();
        form.setOptionName(1, u"en"_s, u"Chilli"_s);
        form.setOptionPrice(1, u"0.75"_s);
        form.addOption();
        form.setOptionName(2, u"en"_s, u"Garlic sauce"_s); // the same name: its own key
        QVERIFY(form.canSave());
        QStringList keys;
        for (const DocumentOption &option : form.current().options)
            keys.append(option.key);
        QCOMPARE(keys, (QStringList{u"garlic-sauce"_s, u"chilli"_s, u"garlic-sauce-2"_s}));
        form.moveOption(1, 0);
        QCOMPARE(form.current().options.at(0).key, u"chilli"_s);
        QCOMPARE(form.options()->rows().at(0)[u"priceText"_s].toString(), u"0.75"_s);
        QVERIFY(form.options()->rows().at(0)[u"first"_s].toBool());
        form.removeOption(2);
        QCOMPARE(form.current().options.size(), 2);
        auto put = applyMenuEdit(smallMenu(), form.edit());
        QVERIFY(put.ok());
        QCOMPARE(put->document.modifierList(u"sides-2"_s)->options.at(0).priceDeltaMinor, 75);
        form.removeOption(0);
        form.removeOption(0);
        QCOMPARE(form.problem(), u"A list needs at least one option."_s);
    }

    // Through the screen: a category added with its key made from its name and a language
    // missing, renamed in Greek, one holding dishes refused removal in words, the new one
    // removed, one hidden (its dishes leave the tables once published), and the categories
    // dragged by mouse and by finger, each drop one move of the draft.
    void categoriesThroughTheScreen()
    {
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        QQuickWindow *window = venue.window;
        QVERIFY(tap(window, u"addCategory"_s));
        QTRY_COMPARE(venue.owner.page(), u"category"_s);
        QVERIFY(!waitForItem(window, u"saveCategory"_s)->isEnabled());
        QVERIFY(typeInto(window, u"categoryName_en"_s, u"Sweet things"_s));
        QCOMPARE(venue.owner.structure()->categoryForm()->key(), u"sweet-things"_s);
        QCOMPARE(textOf(window, u"categoryKey"_s), u"sweet-things"_s);
        qint64 before = venue.owner.draftEditId();
        QVERIFY(tap(window, u"saveCategory"_s));
        QVERIFY(venue.edited(before));
        QTRY_COMPARE(venue.owner.page(), u"menu"_s);
        QCOMPARE(categoryKeys(venue.owner.document()).last(), u"sweet-things"_s);
        QTRY_COMPARE(venue.owner.category(), u"sweet-things"_s); // chosen, to fill it
        // Named in English only: marked in the list.
        bool marked = false;
        for (const QVariantMap &row : venue.owner.categories()->rows())
            if (row[u"key"_s] == u"sweet-things"_s)
                marked = row[u"missing"_s].toBool();
        QVERIFY(marked);

        QVERIFY(tap(window, u"editCategory_sweet-things"_s));
        QTRY_COMPARE(venue.owner.page(), u"category"_s);
        QVERIFY(!waitForItem(window, u"categoryKey"_s)); // saved: its key stays
        QVERIFY(typeInto(window, u"categoryName_el"_s, u"Glyka"_s));
        before = venue.owner.draftEditId();
        QVERIFY(tap(window, u"saveCategory"_s));
        QVERIFY(venue.edited(before));
        QCOMPARE(venue.owner.document().category(u"sweet-things"_s)->name.value(u"el"_s),
                 u"Glyka"_s);

        // Salads holds five dishes: it says so, and Remove is off.
        QVERIFY(tap(window, u"editCategory_salads"_s));
        QTRY_COMPARE(venue.owner.page(), u"category"_s);
        QVERIFY(!waitForItem(window, u"removeCategory"_s)->isEnabled());
        QCOMPARE(textOf(window, u"removeCategoryProblem"_s),
                 u"This category holds 5 dishes: move them to another category or remove "
                 "them before removing it."_s);
        QVERIFY(tap(window, u"cancelCategory"_s));
        QVERIFY(tap(window, u"editCategory_sweet-things"_s));
        QTRY_VERIFY(waitForItem(window, u"removeCategory"_s)->isEnabled());
        before = venue.owner.draftEditId();
        QVERIFY(tap(window, u"removeCategory"_s));
        QVERIFY(venue.edited(before));
        QVERIFY(!venue.owner.document().category(u"sweet-things"_s));

        // Hidden: once published, its dishes are not on the tables.
        QVERIFY(!onTheTables(venue.client, u"horiatiki"_s).isEmpty());
        QVERIFY(tap(window, u"editCategory_salads"_s));
        QVERIFY(tapShown(window, u"categoryHidden"_s));
        before = venue.owner.draftEditId();
        QVERIFY(tap(window, u"saveCategory"_s));
        QVERIFY(venue.edited(before));
        QVERIFY(venue.owner.document().category(u"salads"_s)->hidden);

        // Dragged by the mouse: mezze, two rows down, lands after grill (one edit).
        const QStringList order = categoryKeys(venue.owner.document());
        QCOMPARE(order.mid(0, 3), (QStringList{u"mezze"_s, u"salads"_s, u"grill"_s}));
        before = venue.owner.draftEditId();
        QVERIFY(dragHandle(window, u"categoryHandle_mezze"_s, 2 * 56, Pointer::Mouse));
        QVERIFY(venue.edited(before));
        QCOMPARE(venue.owner.draftEditId(), before + 1);
        QCOMPARE(categoryKeys(venue.owner.document()).mid(0, 3),
                 (QStringList{u"salads"_s, u"grill"_s, u"mezze"_s}));
        // And by a finger: grill back to the top.
        before = venue.owner.draftEditId();
        QVERIFY(dragHandle(window, u"categoryHandle_grill"_s, -1 * 56, Pointer::Touch));
        QVERIFY(venue.edited(before));
        QCOMPARE(categoryKeys(venue.owner.document()).mid(0, 3),
                 (QStringList{u"grill"_s, u"salads"_s, u"mezze"_s}));

        venue.owner.publish();
        QTRY_VERIFY(!venue.owner.hasDraft());
        QVERIFY2(!venue.owner.noticeIsError(), qPrintable(venue.owner.notice()));
        QVERIFY(onTheTables(venue.client, u"horiatiki"_s).isEmpty());
        QVERIFY(!onTheTables(venue.client, u"hummus"_s).isEmpty());
        const QJsonObject menu = ask(venue.client, u"menu.get"_s, {})[u"menu"_s].toObject();
        QCOMPARE(menu[u"categories"_s].toArray().first()[u"key"_s].toString(), u"grill"_s);
    }

    // Through the screen: a dish added to the chosen category in the dish's form (its key made
    // from its name), dragged within the category, moved to another from its form, and removed
    // behind a confirmation that names it.
    void dishesThroughTheScreen()
    {
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        QQuickWindow *window = venue.window;
        QVERIFY(tap(window, u"category_desserts"_s));
        QTRY_COMPARE(venue.owner.category(), u"desserts"_s);
        QVERIFY(tap(window, u"addDish"_s));
        QTRY_COMPARE(venue.owner.page(), u"item"_s);
        QVERIFY(venue.owner.structure()->newDish());
        QVERIFY(typeInto(window, u"name_en"_s, u"Orange pie"_s));
        QCOMPARE(venue.owner.form()->key(), u"orange-pie"_s);
        QVERIFY(typeInto(window, u"priceField"_s, u"6.20"_s));
        QVERIFY(tapShown(window, u"course_dessert"_s));
        QVERIFY(tapShown(window, u"station_dessert"_s));
        qint64 before = venue.owner.draftEditId();
        QVERIFY(tapShown(window, u"saveDish"_s));
        QVERIFY(venue.edited(before));
        QTRY_COMPARE(venue.owner.page(), u"menu"_s);
        QCOMPARE(dishKeys(venue.owner.document(), u"desserts"_s).last(), u"orange-pie"_s);
        QCOMPARE(venue.owner.document().item(u"orange-pie"_s)->priceMinor, 620);
        QVERIFY(venue.owner.problems()->rowCount() == 0);

        // Dragged up to the top of the desserts (rows of 53 px).
        const int rows = int(dishKeys(venue.owner.document(), u"desserts"_s).size());
        before = venue.owner.draftEditId();
        QVERIFY(dragHandle(window, u"dishHandle_orange-pie"_s, -(rows - 1) * 53, Pointer::Touch));
        QVERIFY(venue.edited(before));
        QCOMPARE(dishKeys(venue.owner.document(), u"desserts"_s).first(), u"orange-pie"_s);
        before = venue.owner.draftEditId();
        QVERIFY(dragHandle(window, u"dishHandle_baklava"_s, 53, Pointer::Mouse));
        QVERIFY(venue.edited(before));
        QCOMPARE(dishKeys(venue.owner.document(), u"desserts"_s).mid(0, 3),
                 (QStringList{u"orange-pie"_s, u"galaktoboureko"_s, u"baklava"_s}));

        // Moved to the sides from its form.
        QVERIFY(tap(window, u"dish_orange-pie"_s));
        QTRY_COMPARE(venue.owner.page(), u"item"_s);
        QVERIFY(!venue.owner.structure()->newDish());
        QVERIFY(tapShown(window, u"dishCategory_sides"_s));
        before = venue.owner.draftEditId();
        QVERIFY(tapShown(window, u"saveDish"_s));
        QVERIFY(venue.edited(before));
        QCOMPARE(venue.owner.document().item(u"orange-pie"_s)->category, u"sides"_s);

        // Removed, once confirmed.
        QVERIFY(tap(window, u"category_sides"_s));
        QVERIFY(tap(window, u"dish_orange-pie"_s));
        QTRY_COMPARE(venue.owner.page(), u"item"_s);
        QVERIFY(tapShown(window, u"removeDish"_s));
        QCOMPARE(textOf(window, u"removeDishQuestion"_s),
                 u"Remove “Orange pie” from the menu? The tables keep it until you publish."_s);
        QVERIFY(tapShown(window, u"cancelRemoveDish"_s));
        QVERIFY(venue.owner.document().item(u"orange-pie"_s));
        QVERIFY(tapShown(window, u"removeDish"_s));
        before = venue.owner.draftEditId();
        QVERIFY(tapShown(window, u"confirmRemoveDish"_s));
        QVERIFY(venue.edited(before));
        QTRY_COMPARE(venue.owner.page(), u"menu"_s);
        QVERIFY(!venue.owner.document().item(u"orange-pie"_s));
    }

    // Through the screen: the lists page names the dishes that offer each list; a new list with
    // two options (a price in the screen's locale) is written, offered on the hummus with its own
    // min and max (a min above the max or the options is shown as the hub would name it), and
    // a list no dish offers is removed.
    void modifierListsThroughTheScreen()
    {
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        QQuickWindow *window = venue.window;
        QVERIFY(tap(window, u"openLists"_s));
        QTRY_COMPARE(venue.owner.page(), u"lists"_s);
        const MenuDocument &document = venue.owner.document();
        QVERIFY(!document.modifierLists.isEmpty());
        // Every list the demo has is offered somewhere: no Remove on its row.
        const QString first = document.modifierLists.first().key;
        QVERIFY(textOf(window, u"listOffered_"_s + first).startsWith(u"Offered on "_s));
        QVERIFY(!waitForItem(window, u"removeList_"_s + first, 200));

        QVERIFY(tap(window, u"addList"_s));
        QTRY_COMPARE(venue.owner.page(), u"list"_s);
        QVERIFY(typeInto(window, u"listName_en"_s, u"Sauces"_s));
        QVERIFY(typeInto(window, u"optionName_0_en"_s, u"Garlic"_s));
        QVERIFY(typeInto(window, u"optionPrice_0"_s, u"0.50"_s));
        QVERIFY(tapShown(window, u"addOption"_s));
        QVERIFY(typeInto(window, u"optionName_1_en"_s, u"Chilli"_s));
        QVERIFY(typeInto(window, u"optionPrice_1"_s, u"0,7"_s));
        QVERIFY(tapShown(window, u"optionUp_1"_s));
        QCOMPARE(textOf(window, u"listProblem"_s), QString());
        qint64 before = venue.owner.draftEditId();
        QVERIFY(tap(window, u"saveList"_s));
        QVERIFY(venue.edited(before));
        QTRY_COMPARE(venue.owner.page(), u"lists"_s);
        const ModifierList *sauces = venue.owner.document().modifierList(u"sauces"_s);
        QVERIFY(sauces);
        QCOMPARE(sauces->options.size(), 2);
        QCOMPARE(sauces->options.at(0).key, u"chilli"_s);
        QCOMPARE(sauces->options.at(0).priceDeltaMinor, 70);
        QCOMPARE(sauces->options.at(1).priceDeltaMinor, 50);
        listsToTheEnd(window);
        QCOMPARE(textOf(window, u"listOffered_sauces"_s), u"Offered on no dish."_s);

        // Offered on the hummus: at least 3 of at most 1, then of 2 options, then right.
        QVERIFY(tap(window, u"closeLists"_s));
        QVERIFY(tap(window, u"dish_hummus"_s));
        QTRY_COMPARE(venue.owner.page(), u"item"_s);
        QVERIFY(tapShown(window, u"offer_sauces"_s));
        for (int i = 0; i < 3; ++i)
            QVERIFY(tapShown(window, u"min_saucesUp"_s));
        QCOMPARE(textOf(window, u"choiceProblem_sauces"_s),
                 u"On \"hummus\", \"sauces\" asks for at least 3 but at most 1."_s);
        for (int i = 0; i < 3; ++i)
            QVERIFY(tapShown(window, u"max_saucesUp"_s));
        QCOMPARE(textOf(window, u"choiceProblem_sauces"_s),
                 u"On \"hummus\", \"sauces\" asks for at least 3 but has only 2 options."_s);
        QVERIFY(tapShown(window, u"min_saucesDown"_s));
        QVERIFY(tapShown(window, u"min_saucesDown"_s));
        QTRY_VERIFY(!waitForItem(window, u"choiceProblem_sauces"_s, 200));
        before = venue.owner.draftEditId();
        QVERIFY(tapShown(window, u"saveDish"_s));
        QVERIFY(venue.edited(before));
        const DocumentItem *hummus = venue.owner.document().item(u"hummus"_s);
        QVERIFY(std::ranges::find(hummus->modifiers, ModifierUse{u"sauces"_s, 1, 4}) !=
                hummus->modifiers.end());
        QCOMPARE(venue.owner.problems()->rowCount(), 0);

        // Offered now: listed with the hummus, and no Remove; a new unoffered list is removed.
        QVERIFY(tap(window, u"openLists"_s));
        listsToTheEnd(window);
        QTRY_COMPARE(textOf(window, u"listOffered_sauces"_s), u"Offered on Hummus."_s);
        QVERIFY(!waitForItem(window, u"removeList_sauces"_s, 200));
        QVERIFY(tap(window, u"addList"_s));
        QVERIFY(typeInto(window, u"listName_en"_s, u"Toppings"_s));
        QVERIFY(typeInto(window, u"optionName_0_en"_s, u"Nuts"_s));
        before = venue.owner.draftEditId();
        QVERIFY(tap(window, u"saveList"_s));
        QVERIFY(venue.edited(before));
        QVERIFY(venue.owner.document().modifierList(u"toppings"_s));
        listsToTheEnd(window);
        before = venue.owner.draftEditId();
        QVERIFY(tap(window, u"removeList_toppings"_s));
        QVERIFY(venue.edited(before));
        QVERIFY(!venue.owner.document().modifierList(u"toppings"_s));

        // Published: the tables offer the hummus its sauces.
        venue.owner.publish();
        QTRY_VERIFY(!venue.owner.hasDraft());
        QVERIFY2(!venue.owner.noticeIsError(), qPrintable(venue.owner.notice()));
        bool offered = false;
        for (const QJsonValue &group :
             onTheTables(venue.client, u"hummus"_s)[u"groups"_s].toArray())
            if (group[u"key"_s].toString() == u"sauces"_s)
                offered = group[u"min"_s].toInt() == 1 && group[u"max"_s].toInt() == 4 &&
                          group[u"options"_s].toArray().size() == 2;
        QVERIFY(offered);
    }

    // Through the screen: the hummus sold out now and then counted, live on the tables at once
    // (no publish), its count shown on the dish's row and in its form as a table's order counts
    // it down.
    void soldOutAndCountedLive()
    {
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        QQuickWindow *window = venue.window;
        QVERIFY(tap(window, u"dish_hummus"_s));
        QTRY_COMPARE(venue.owner.page(), u"item"_s);
        QTRY_VERIFY(venue.owner.structure()->stock()->live());
        QVERIFY(tapShown(window, u"sellOut"_s));
        QTRY_COMPARE(textOf(window, u"stockState"_s), u"Sold out"_s);
        QVERIFY(!onTheTables(venue.client, u"hummus"_s)[u"available"_s].toBool());
        QVERIFY(!venue.owner.hasDraft()); // live, not the draft
        for (int i = 0; i < 2; ++i)
            QVERIFY(tapShown(window, u"stockCountDown"_s)); // 10 -> 8
        QCOMPARE(textOf(window, u"setLeft"_s), u"Only 8 left"_s);
        QVERIFY(tapShown(window, u"setLeft"_s));
        QTRY_COMPARE(textOf(window, u"stockState"_s), u"Only 8 left"_s);
        const QJsonObject live = onTheTables(venue.client, u"hummus"_s);
        QCOMPARE(live[u"stockLeft"_s].toInt(), 8);
        QVERIFY(live[u"available"_s].toBool());

        // A table orders three: the form and the dish's row count down.
        VenueClient table{venue.deviceClock};
        table.connectTo(venue.hub.hub->url(), venue.hub.enroll(u"Table 4"_s, u"table"_s, 4));
        QVERIFY(online(table));
        const QJsonObject placed =
            ask(table, u"order.place"_s,
                {{u"key"_s, u"structure-1"_s},
                 {u"lines"_s,
                  QJsonArray{QJsonObject{{u"itemId"_s, live[u"id"_s]}, {u"quantity"_s, 3}}}}});
        QVERIFY2(!placed.contains(u"error"_s), qPrintable(placed[u"error"_s].toString()));
        QTRY_COMPARE(textOf(window, u"stockState"_s), u"Only 5 left"_s);
        QVERIFY(tap(window, u"cancelDish"_s));
        QTRY_COMPARE(textOf(window, u"dishStock_hummus"_s), u"Only 5 left"_s);
        QVERIFY(tap(window, u"dish_hummus"_s));
        QVERIFY(tapShown(window, u"putBack"_s));
        QTRY_COMPARE(venue.owner.structure()->stock()->stateText(), u"On sale, not counted."_s);
        const QJsonObject back = onTheTables(venue.client, u"hummus"_s);
        QVERIFY(back[u"available"_s].toBool());
        QVERIFY(!back.contains(u"stockLeft"_s));
    }
};

QTEST_MAIN(TestOwnerStructure)
#include "tst_ownerstructure.moc"
