// The staff screens in other languages, end to end on a real hub: Greek words that run longer
// than English stay inside the floor plan's tables, the kitchen footer and the alert buttons;
// Arabic turns the kitchen display right to left; English counts a party in words. In Arabic and
// Persian no word of the kitchen display is left in English, and its numbers are in their digits.
#include "hostscreen.h"
#include "kitchenscreen.h"
#include "staffflow.h"

#include <QGuiApplication>
#include <QLineF>
#include <QQmlExtensionPlugin>
#include <QRegularExpression>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_KitchenPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_HostPlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

// Every Text a person sees on the window now (sheets and drawers too), with its text.
void collectTexts(QQuickItem *item, QList<QQuickItem *> &texts)
{
    if (!item || !item->isVisible())
        return;
    if (item->inherits("QQuickText") && !item->property("text").toString().isEmpty())
        texts.append(item);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collectTexts(child, texts);
}

// What is left of a text once the venue's own words (its dishes, the cooks' notes) and the names
// printed on the bump bar's keys are taken out: the screen's own words and numbers.
QString screensOwn(QString text, const QStringList &venueWords)
{
    for (const QString &word : venueWords)
        text.remove(word);
    static const QRegularExpression keys(u"\\b(Enter|S|U|R)\\b"_s);
    return text.remove(keys);
}

} // namespace

class TestStaffLanguages : public QObject {
    Q_OBJECT

private slots:
    void floorCountsAPartyInWords()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        ManualClock screensClock(hub.clock.now());
        VenueClient hostClient(screensClock);
        hostClient.connectTo(hub.hub->url(), hub.enroll(u"Host"_s, u"host"_s));
        HostScreen host(hostClient, screensClock);
        host.setLanguage(u"en"_s);
        QVERIFY(host.show().ok());
        host.window()->resize(1280, 800);
        QVERIFY(online(hostClient));
        auto summary = [&] {
            QQuickItem *text = findItem(host.window()->contentItem(), u"tableSummary"_s);
            return text && text->isVisible() ? text->property("text").toString() : QString();
        };

        // A party of one at table 1 (two seats): "1 guest", not "1 guests".
        QVERIFY(tap(host.window(), u"table_1"_s));
        QTRY_COMPARE(summary(), u"Free · 2 seats"_s);
        QVERIFY(tap(host.window(), u"partyLess"_s));
        QVERIFY(tap(host.window(), u"seatParty"_s));
        QTRY_COMPARE(host.floorModel().tableInfo(1)[u"partySize"_s].toInt(), 1);
        QTRY_VERIFY(summary().isEmpty()); // the sheet closed once the party was seated
        QVERIFY(tap(host.window(), u"table_1"_s));
        QTRY_COMPARE(summary(), u"1 guest · 2 seats"_s);
    }

    void greekFooterKeepsClearOfTheMorePill()
    {
        FourTicketsOnTheDisplay display;
        QCOMPARE(display.open(u"el"_s), QString());
        KitchenScreen &kitchen = display.kitchen;

        // Greek says more than English on both sides of the "more" pill: each side is cut
        // short at the pill rather than drawn under it.
        QQuickItem *more = waitForItem(kitchen.window(), u"moreTickets"_s);
        QQuickItem *summary = waitForItem(kitchen.window(), u"footerSummary"_s);
        QQuickItem *hint = waitForItem(kitchen.window(), u"footerHint"_s);
        QVERIFY(more && summary && hint);
        QTRY_VERIFY(more->isVisible());
        QTRY_VERIFY(summary->property("text").toString().startsWith(u"4 ανοιχτές"_s));
        QVERIFY(sceneRect(summary).right() <= sceneRect(more).left());
        QVERIFY(sceneRect(hint).left() >= sceneRect(more).right());
        QVERIFY(summary->property("truncated").toBool()); // the legend is what gives way
        kitchen.setLanguage(u"en"_s);
    }

    void greekWordsStayInsideTheirTables()
    {
        ThreeDevices devices;
        QCOMPARE(devices.connect(), QString());
        auto &[hub, screensClock, table, kitchenClient, hostClient] = devices;
        HostScreen host(hostClient, screensClock);
        host.setLanguage(u"el"_s);
        QVERIFY(host.show().ok());
        host.window()->resize(1280, 800);
        QVERIFY(online(table) && online(kitchenClient) && online(hostClient));
        // Table 1 is round with two seats: the smallest on the plan.
        QVERIFY(!ask(hostClient, u"session.seat"_s, {{u"table"_s, 1}, {u"partySize"_s, 2}})
                     .contains(u"error"_s));
        QTRY_COMPARE(host.floorModel().tableInfo(1)[u"partySize"_s].toInt(), 2);

        QQuickItem *roundTable = waitForItem(host.window(), u"table_1"_s);
        QQuickItem *status = waitForItem(host.window(), u"tableStatus_1"_s);
        QQuickItem *party = waitForItem(host.window(), u"tableParty_1"_s);
        QVERIFY(roundTable && status && party);
        QTRY_VERIFY(party->isVisible());
        QCOMPARE(party->property("text").toString(), u"2/2 καθισμένοι"_s);
        // Inside the round table itself, not only its square: every corner of what is drawn
        // (a shrunk text is narrower than its item) lies within the circle.
        const QRectF round = sceneRect(roundTable);
        const qreal radius = round.width() / 2;
        for (QQuickItem *words : {status, party}) {
            const qreal inset = (words->width() - words->property("contentWidth").toReal()) / 2;
            const QRectF drawn = sceneRect(words).adjusted(inset, 0, -inset, 0);
            for (const QPointF corner :
                 {drawn.topLeft(), drawn.topRight(), drawn.bottomLeft(), drawn.bottomRight()})
                QVERIFY2(QLineF(round.center(), corner).length() <= radius,
                         qPrintable(words->objectName()));
        }

        // Table 4's food is ready: the alert's button says "Served" whole, smaller if it must.
        const QJsonObject order = placeOrder(table, hub, u"greek-1"_s);
        QVERIFY(cookUntilReady(kitchenClient, order));
        QQuickItem *served =
            waitForItem(host.window(), u"resolve_ready-%1"_s.arg(order[u"id"].toInteger()));
        QVERIFY(served);
        auto *label = served->property("contentItem").value<QQuickItem *>();
        QVERIFY(label);
        QTRY_COMPARE(label->property("text").toString(), u"Σερβιρίστηκε ✓"_s);
        QVERIFY(!label->property("truncated").toBool());
        host.setLanguage(u"en"_s);
    }

    void kitchenLeavesNoWordInEnglish_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QChar>("zero"); // the locale's digit zero; the others follow it
        QTest::addColumn<QString>("seat2");
        QTest::newRow("Arabic") << u"ar"_s << QChar(0x0660) << u"المقعد ٢"_s;
        QTest::newRow("Persian") << u"fa"_s << QChar(0x06F0) << u"صندلی ۲"_s;
    }
    void kitchenLeavesNoWordInEnglish()
    {
        QFETCH(QString, language);
        QFETCH(QChar, zero);
        QFETCH(QString, seat2);
        FourTicketsOnTheDisplay display;
        QCOMPARE(display.open(language), QString());
        KitchenScreen &kitchen = display.kitchen;
        QQuickWindow *window = kitchen.window();
        window->resize(1920, 1080); // room for all five tickets

        // Everything a ticket can show: a diner's seat, a line cooking, a line bumped and
        // waiting with Undo, a selected line with its Start and Done, the timers' WAIT band.
        const QJsonArray seatedLines{QJsonObject{
            {u"itemId"_s, display.hub.itemId(u"hummus"_s)}, {u"quantity"_s, 1}, {u"seat"_s, 2}}};
        const QJsonObject seated =
            ask(display.table, u"order.place"_s,
                {{u"key"_s, language + u"-seated"_s}, {u"lines"_s, seatedLines}})
                .value(u"order"_s)
                .toObject();
        const qint64 seatedLine = seated[u"lines"][0][u"id"].toInteger();
        QVERIFY(seatedLine > 0);
        const QJsonObject &first = display.orders[0];
        const QJsonObject &second = display.orders[1];
        const qint64 cooking = first[u"lines"][1][u"id"].toInteger();
        kitchen.startLine(cooking);
        QVERIFY(waitForItem(window, u"line_%1"_s.arg(cooking)));
        QTRY_VERIFY(findItem(window->contentItem(), u"line_%1"_s.arg(cooking))
                        ->property("cooking")
                        .toBool());
        // Nine minutes on, the display and the table still connected; then a bump that waits
        // out its undo delay.
        QVERIFY(
            passTime(display.clock, 9 * 60'000 + 7'000, {&display.table, &display.kitchenClient}));
        kitchen.bumpLine(second[u"id"].toInteger(), second[u"lines"][0][u"id"].toInteger());
        kitchen.tapLine(first[u"id"].toInteger(), first[u"lines"][0][u"id"].toInteger());
        QVERIFY(waitForItem(window, u"lineDone_%1"_s.arg(first[u"lines"][0][u"id"].toInteger())));
        QVERIFY(waitForItem(window, u"undo_%1"_s.arg(second[u"number"].toInt())));
        QVERIFY(findItem(window->contentItem(), u"line_%1"_s.arg(cooking))
                    ->property("cooking")
                    .toBool());
        QVERIFY(waitForItem(window, u"seat_%1"_s.arg(seatedLine)));

        QStringList venueWords{u"extra pitta"_s};
        for (const QVariant &item : kitchen.menuItems())
            venueWords.append(item.toMap()[u"name"_s].toString());
        std::ranges::sort(venueWords, {}, [](const QString &word) { return -word.size(); });
        static const QRegularExpression english(u"[A-Za-z0-9]"_s);
        const QRegularExpression clock(
            u"^[%1-%2]+:[%1-%2]{2}$"_s.arg(zero).arg(QChar(zero.unicode() + 9)));
        int timers = 0;
        auto checkEveryText = [&](const char *where) {
            QList<QQuickItem *> texts;
            collectTexts(window->contentItem(), texts);
            QVERIFY2(texts.size() > 20, where);
            timers = 0;
            for (QQuickItem *text : std::as_const(texts)) {
                const QString shown = text->property("text").toString();
                QVERIFY2(!screensOwn(shown, venueWords).contains(english),
                         qPrintable(u"%1: \"%2\" (%3)"_s.arg(QLatin1StringView(where), shown,
                                                             text->objectName())));
                if (text->objectName() == u"timerClock"_s) {
                    ++timers;
                    QVERIFY2(clock.match(shown).hasMatch(), qPrintable(shown));
                }
            }
        };
        checkEveryText("tickets");
        if (QTest::currentTestFailed())
            return;
        QVERIFY(timers >= 3);
        QVERIFY(!window->title().contains(english));
        QCOMPARE(findItem(window->contentItem(), u"seat_%1"_s.arg(seatedLine))
                     ->property("text")
                     .toString(),
                 seat2);

        // The sold-out drawer, and recall once a ticket has gone.
        QVERIFY(tap(window, u"soldOutButton"_s));
        QVERIFY(waitForItem(window, u"soldOutList"_s));
        checkEveryText("sold out");
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(window, Qt::Key_Escape);
        kitchen.bumpTicket(display.orders[2][u"id"].toInteger());
        QVERIFY(passTime(display.clock, KitchenScreen::BumpDelayMs,
                         {&display.table, &display.kitchenClient}));
        QTRY_COMPARE_WITH_TIMEOUT(kitchen.recallModel().rowCount(), 1, 10000);
        kitchen.setRecallShown(true);
        QVERIFY(waitForItem(window, u"recallList"_s));
        checkEveryText("recall");
        if (QTest::currentTestFailed())
            return;
        kitchen.setLanguage(u"en"_s);
    }

    void arabicStaffReadTheDisplayRightToLeft()
    {
        FourTicketsOnTheDisplay display;
        QCOMPARE(display.open(u"ar"_s), QString());
        KitchenScreen &kitchen = display.kitchen;
        QVERIFY(kitchen.rightToLeft());
        QList<int> numbers;
        for (const QJsonObject &order : std::as_const(display.orders))
            numbers.append(order[u"number"].toInt());

        // The oldest ticket is at the right, the next to its left; the fourth is off to the
        // left, and the footer says so.
        QQuickItem *first = waitForItem(kitchen.window(), u"ticket_%1"_s.arg(numbers[0]));
        QQuickItem *second = waitForItem(kitchen.window(), u"ticket_%1"_s.arg(numbers[1]));
        QVERIFY(first && second);
        QTRY_VERIFY(sceneRect(first).left() > sceneRect(second).right());
        QVERIFY(sceneRect(first).right() <= kitchen.window()->width());
        QQuickItem *more = waitForItem(kitchen.window(), u"moreTickets"_s);
        QVERIFY(more);
        QTRY_COMPARE(more->property("hidden").toInt(), 1);
        // All day: the count at the right, the dish's name to its left and not squeezed away.
        QQuickItem *count = waitForItem(kitchen.window(), u"allDayCount_Hummus"_s);
        QQuickItem *name = waitForItem(kitchen.window(), u"allDayName_Hummus"_s);
        QVERIFY(count && name);
        QVERIFY(name->width() > 100);
        QVERIFY(sceneRect(name).right() <= sceneRect(count).left());
        kitchen.setLanguage(u"en"_s); // the rest of the process reads left to right again
        QVERIFY(!kitchen.rightToLeft());
        QQuickItem *summary = waitForItem(kitchen.window(), u"footerSummary"_s);
        QVERIFY(summary);
        QTRY_VERIFY(summary->property("text").toString().startsWith(u"4 open tickets   ·"_s));
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestStaffLanguages test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_stafflanguages.moc"
