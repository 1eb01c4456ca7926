// The owner's Guest voice end to end, each screen its real window offscreen: the owner opens the
// page, a diner orders hummus at the table, the kitchen cooks it and the floor serves it, the
// diner gives it four stars and a comment under the served dish, and the open page shows the
// hummus with its new average and the comment without being reloaded; the menu editor shows
// the average beside the dish. The kitchen and the floor hear nothing of the rating.
#include "../support/quicktaps.h"
#include "../table/tablescreentest.h"

#include "guesttext.h"
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

namespace {

// Every text shown under root whose objectName is `name` (a list's delegates).
QStringList textsNamed(QQuickItem *root, const QString &name)
{
    QStringList texts;
    if (root->objectName() == name)
        texts.append(root->property("text").toString());
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        texts += textsNamed(child, name);
    return texts;
}

// A served dish at a table, through the hub as the kitchen and the floor would serve it.
bool serve(TestClient &table, TestClient &kitchen, TestClient &floor, qint64 itemId,
           const QString &key)
{
    const QJsonObject placed = table.request(
        u"order.place"_s,
        {{u"key"_s, key},
         {u"lines"_s, QJsonArray{QJsonObject{{u"itemId"_s, itemId}, {u"quantity"_s, 1}}}}});
    const qint64 line = placed[u"result"_s][u"order"_s][u"lines"_s][0][u"id"_s].toInteger();
    for (const auto &[staff, to] :
         {std::pair{&kitchen, u"cooking"_s}, {&kitchen, u"ready"_s}, {&floor, u"served"_s}})
        if (!staff->request(u"order.line.advance"_s, {{u"lineId"_s, line}, {u"to"_s, to}})[u"ok"_s]
                 .toBool())
            return false;
    return true;
}

// The owner's screen on the hub, signed in on its keypad with Eleni Markou's PIN.
struct Office {
    explicit Office(TestHub &hub)
        : client(clock)
        , owner(client, clock)
    {
        client.connectTo(hub.hub->url(), hub.enroll(u"Office"_s, u"owner"_s));
    }

    bool signIn()
    {
        if (!owner.show().ok())
            return false;
        window = owner.window();
        window->resize(1280, 800);
        if (!QTest::qWaitForWindowExposed(window) ||
            !QTest::qWaitFor([&] { return owner.online() && !owner.document().items.isEmpty(); },
                             10000))
            return false;
        for (const char *key : {"ownerPinKey_2", "ownerPinKey_5", "ownerPinKey_8", "ownerPinKey_0"})
            if (!tap(window, QString::fromLatin1(key)))
                return false;
        return tap(window, u"ownerSignIn"_s) && QTest::qWaitFor([&] { return owner.signedIn(); });
    }

    QStringList comments() const { return textsNamed(window->contentItem(), u"voiceComment"_s); }

    SystemClock clock;
    VenueClient client;
    OwnerScreen owner;
    QQuickWindow *window = nullptr;
};

} // namespace

class TestOwnerVoice : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void aServedDishRatedAtTheTableShowsOnTheOwnersOpenPage()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        const qint64 hummus = hub.itemId(u"hummus"_s);
        TestClient kitchen, floor;
        QVERIFY(kitchen.connectAs(hub.hub->url(), hub.enroll(u"Pass"_s, u"kitchen"_s)));
        QVERIFY(floor.connectAs(hub.hub->url(), hub.enroll(u"Floor"_s, u"host"_s)));
        for (TestClient *staff : {&kitchen, &floor})
            QVERIFY(staff->request(u"subscribe"_s, {})[u"ok"_s].toBool());

        // The owner signs in and opens the Guest voice: nobody has rated the hummus yet.
        Office desk(hub);
        QVERIFY(desk.signIn());
        OwnerScreen &owner = desk.owner;
        QQuickWindow *office = desk.window;
        QVERIFY(tap(office, u"voiceButton"_s));
        QTRY_COMPARE(owner.page(), u"voice"_s);
        QTRY_VERIFY(owner.voice()->loaded());
        QVERIFY(!findItem(office->contentItem(), u"voiceDish_hummus"_s));
        QCOMPARE(owner.voice()->npsText(), u"No answers yet"_s);
        QCOMPARE(owner.voice()->pageText(), u"No comments match."_s);

        // Table 6 orders the hummus; the kitchen cooks it and the floor serves it.
        Diner diner(hub, u"en"_s, 6);
        Fingers table;
        QVERIFY(showScreen(diner, table));
        QVERIFY(table.tap(u"welcomeStart"_s));
        QVERIFY(table.tap(u"dish_%1"_s.arg(hummus)));
        QVERIFY(table.tap(u"dishAdd"_s));
        QTRY_COMPARE(diner.screen->cartModel().rowCount(), 1);
        QTRY_VERIFY(!table.find(u"dishSheet"_s));
        QVERIFY(table.tap(u"placeButton"_s));
        QVERIFY(table.tap(u"confirmPlace"_s));
        QTRY_COMPARE(diner.screen->page(), u"status"_s);
        QTRY_COMPARE(hub.scalar(u"SELECT count(*) FROM order_lines"_s).toInt(), 1);
        const qint64 line = hub.scalar(u"SELECT id FROM order_lines"_s).toLongLong();
        for (const auto &[staff, to] :
             {std::pair{&kitchen, u"cooking"_s}, {&kitchen, u"ready"_s}, {&floor, u"served"_s}})
            QVERIFY(staff
                        ->request(u"order.line.advance"_s,
                                  {{u"lineId"_s, line}, {u"to"_s, to}})[u"ok"_s]
                        .toBool());

        // Under the served dish: four stars, then a comment.
        QVERIFY(table.tap(u"rateStar_0_4"_s));
        QTRY_COMPARE(hub.scalar(u"SELECT rating FROM feedback"_s).toInt(), 4);
        QVERIFY(table.tap(u"rateComment_0"_s));
        QVERIFY(table.tap(u"rateCommentField_0"_s));
        const QString said = u"Silky, and the pitta was warm"_s;
        for (const char key : said.toLatin1())
            QTest::keyClick(table.window, key);
        QTRY_COMPARE(table.item(u"rateCommentField_0"_s)->property("text").toString(), said);
        QVERIFY(table.tap(u"rateCommentSend_0"_s));
        QTRY_COMPARE(hub.scalar(u"SELECT comment FROM feedback"_s).toString(), said);

        // The owner's open page: the hummus with its average, and the comment, as the guest wrote.
        QTRY_VERIFY(findItem(office->contentItem(), u"voiceDishAverage_hummus"_s));
        QCOMPARE(findItem(office->contentItem(), u"voiceDishAverage_hummus"_s)
                     ->property("text")
                     .toString(),
                 u"4.0 ★"_s);
        QTRY_COMPARE(textsNamed(office->contentItem(), u"voiceComment"_s),
                     QStringList{displayedGuestText(said)});
        QCOMPARE(owner.voice()->pageText(), u"Comments 1 to 1 of 1"_s);

        // A second table rates it two stars: the average follows, live.
        TestClient tablet;
        QVERIFY(tablet.connectAs(hub.hub->url(), hub.enroll(u"Table 7"_s, u"table"_s, 7)));
        QVERIFY(serve(tablet, kitchen, floor, hummus, u"voice-7"_s));
        QVERIFY(
            tablet.request(u"feedback.give"_s, {{u"itemId"_s, hummus}, {u"rating"_s, 2}})[u"ok"_s]
                .toBool());
        QTRY_COMPARE(findItem(office->contentItem(), u"voiceDishAverage_hummus"_s)
                         ->property("text")
                         .toString(),
                     u"3.0 ★"_s);

        // The menu editor shows the average beside the dish.
        QVERIFY(tap(office, u"menuTab"_s));
        QTRY_COMPARE(owner.page(), u"menu"_s);
        QTRY_VERIFY(findItem(office->contentItem(), u"dishRating_hummus"_s));
        QVERIFY(findItem(office->contentItem(), u"dishRating_hummus"_s)
                    ->property("text")
                    .toString()
                    .startsWith(u"3.0 ★"_s));

        // Service hears of the order, never of its ratings.
        for (TestClient *staff : {&kitchen, &floor}) {
            QVERIFY(!staff->eventTypes().isEmpty());
            QVERIFY(!staff->eventTypes().contains(u"feedback.given"_s));
        }
    }

    // The page's own controls, tapped: the comments by stars, by dish and by days (a mistyped
    // day said, nothing sent), an e-mail deleted once confirmed, the retention period set.
    void theOwnerFiltersTheCommentsAndManagesContacts()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        TestClient table, kitchen, floor;
        QVERIFY(table.connectAs(hub.hub->url(), hub.enroll(u"Table 4"_s, u"table"_s, 4)));
        QVERIFY(kitchen.connectAs(hub.hub->url(), hub.enroll(u"Pass"_s, u"kitchen"_s)));
        QVERIFY(floor.connectAs(hub.hub->url(), hub.enroll(u"Floor"_s, u"host"_s)));
        const qint64 hummus = hub.itemId(u"hummus"_s), moussaka = hub.itemId(u"moussaka"_s);
        QVERIFY(serve(table, kitchen, floor, hummus, u"v-1"_s));
        QVERIFY(serve(table, kitchen, floor, moussaka, u"v-2"_s));
        for (const auto &[item, stars, said] :
             {std::tuple{hummus, 5, u"Silky"_s}, {moussaka, 2, u"Dry"_s}}) {
            hub.clock.advance(60'000); // a minute apart: newest first
            QVERIFY(table
                        .request(u"feedback.give"_s, {{u"itemId"_s, item},
                                                      {u"rating"_s, stars},
                                                      {u"comment"_s, said}})[u"ok"_s]
                        .toBool());
        }
        hub.clock.advance(60'000);
        QVERIFY(table
                    .request(u"visit.rate"_s, {{u"food"_s, 4},
                                               {u"recommend"_s, 9},
                                               {u"comment"_s, u"Lovely evening"_s},
                                               {u"email"_s, u"ana@example.org"_s},
                                               {u"consent"_s, true}})[u"ok"_s]
                    .toBool());
        const qint64 session = hub.scalar(u"SELECT session_id FROM visit_feedback"_s).toLongLong();

        Office office(hub);
        QVERIFY(office.signIn());
        QVERIFY(tap(office.window, u"voiceButton"_s));
        const auto shown = [](const QStringList &texts) {
            QStringList isolated;
            for (const QString &text : texts)
                isolated.append(displayedGuestText(text));
            return isolated;
        };
        QTRY_COMPARE(office.comments(), shown({u"Lovely evening"_s, u"Dry"_s, u"Silky"_s}));
        QCOMPARE(office.owner.voice()->npsText(), u"+100"_s);

        QVERIFY(tap(office.window, u"voiceRating_2"_s));
        QTRY_COMPARE(office.comments(), shown({u"Dry"_s}));
        QVERIFY(tap(office.window, u"voiceRating_4"_s)); // the visit's food stars
        QTRY_COMPARE(office.comments(), shown({u"Lovely evening"_s}));
        QVERIFY(tap(office.window, u"voiceRating_0"_s));
        QTRY_COMPARE(office.comments().size(), 3);

        // A dish tapped: its chart, its comments alone; its chip shows them all again.
        QVERIFY(tap(office.window, u"voiceDish_moussaka"_s));
        QTRY_COMPARE(office.comments(), shown({u"Dry"_s}));
        QVERIFY(office.owner.voice()->dishWeeks().size() == 1);
        QVERIFY(tap(office.window, u"voiceDishFilter"_s));
        QTRY_COMPARE(office.comments().size(), 3);

        // A mistyped day is said, and the comments stay as they were.
        QVERIFY(tap(office.window, u"voiceFrom"_s));
        for (const char key : QByteArrayLiteral("2026-13-01"))
            QTest::keyClick(office.window, key);
        QVERIFY(tap(office.window, u"voiceShowDays"_s));
        QTRY_VERIFY(!office.owner.voice()->error().isEmpty());
        QCOMPARE(office.comments().size(), 3);

        // An e-mail deleted, once confirmed.
        const QString forget = u"voiceForget_%1"_s.arg(session);
        QVERIFY(tap(office.window, forget));
        QVERIFY(!hub.scalar(u"SELECT contact_email FROM visit_feedback"_s).isNull());
        QVERIFY(tap(office.window, u"voiceConfirmForget_%1"_s.arg(session)));
        QTRY_VERIFY(hub.scalar(u"SELECT contact_email FROM visit_feedback"_s).isNull());
        QTRY_COMPARE(office.owner.voice()->contacts()->rowCount(), 0);

        // Comments kept 90 days, with the owner's PIN from the sign-in.
        QVERIFY(tap(office.window, u"voiceKeep90"_s));
        QTRY_COMPARE(hub.scalar(u"SELECT feedback_retention_days FROM venue"_s).toInt(), 90);
        QTRY_COMPARE(office.owner.voice()->retentionDays(), 90);
    }

    // The visit card, tapped at a real table after the bill is asked for: the stars, would you
    // recommend us, a comment and an e-mail kept only with the tick, and the owner's open page
    // counts it at once.
    void aVisitCardTappedAtTheTableReachesTheOwner()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        const qint64 hummus = hub.itemId(u"hummus"_s);
        TestClient kitchen, floor;
        QVERIFY(kitchen.connectAs(hub.hub->url(), hub.enroll(u"Pass"_s, u"kitchen"_s)));
        QVERIFY(floor.connectAs(hub.hub->url(), hub.enroll(u"Floor"_s, u"host"_s)));
        Office desk(hub);
        QVERIFY(desk.signIn());
        QVERIFY(tap(desk.window, u"voiceButton"_s));
        QTRY_VERIFY(desk.owner.voice()->loaded());
        QCOMPARE(desk.owner.voice()->npsText(), u"No answers yet"_s);

        Diner diner(hub, u"en"_s, 7);
        Fingers table;
        QVERIFY(showScreen(diner, table));
        QVERIFY(table.tap(u"welcomeStart"_s));
        QVERIFY(table.tap(u"dish_%1"_s.arg(hummus)));
        QVERIFY(table.tap(u"dishAdd"_s));
        QTRY_VERIFY(!table.find(u"dishSheet"_s));
        QVERIFY(table.tap(u"placeButton"_s));
        QVERIFY(table.tap(u"confirmPlace"_s));
        QTRY_COMPARE(diner.screen->page(), u"status"_s);
        QTRY_COMPARE(hub.scalar(u"SELECT count(*) FROM order_lines"_s).toInt(), 1);
        const qint64 line = hub.scalar(u"SELECT id FROM order_lines"_s).toLongLong();
        for (const auto &[staff, to] :
             {std::pair{&kitchen, u"cooking"_s}, {&kitchen, u"ready"_s}, {&floor, u"served"_s}})
            QVERIFY(staff
                        ->request(u"order.line.advance"_s,
                                  {{u"lineId"_s, line}, {u"to"_s, to}})[u"ok"_s]
                        .toBool());

        // The bill asked for: the card opens over the order by itself.
        QVERIFY(table.tap(u"requestBill"_s));
        QTRY_VERIFY(diner.screen->visitCardOpen());
        QVERIFY(table.item(u"visitCardSheet"_s));
        for (const char *mark :
             {"visitFood_5", "visitService_4", "visitAmbience_3", "visitRecommend_9"})
            QVERIFY2(table.tap(QString::fromLatin1(mark)), mark);
        const QString said = u"Warm welcome, quick hummus"_s;
        QVERIFY(table.tap(u"visitComment"_s));
        for (const char key : said.toLatin1())
            QTest::keyClick(table.window, key);
        QTRY_COMPARE(table.text(u"visitComment"_s), said);
        QVERIFY(table.tap(u"visitEmail"_s));
        for (const char key : QByteArray("guest@example.org"))
            QTest::keyClick(table.window, key);
        // Without the tick the address is not sent; with it, it is.
        QVERIFY(table.tap(u"visitConsent"_s));
        QVERIFY(table.tap(u"visitSend"_s));

        QTRY_COMPARE(hub.scalar(u"SELECT count(*) FROM visit_feedback"_s).toInt(), 1);
        QCOMPARE(hub.scalar(u"SELECT food || service || ambience || ':' || recommend FROM "
                            u"visit_feedback"_s)
                     .toString(),
                 u"543:9"_s);
        QCOMPARE(hub.scalar(u"SELECT comment FROM visit_feedback"_s).toString(), said);
        QCOMPARE(hub.scalar(u"SELECT contact_email FROM visit_feedback"_s).toString(),
                 u"guest@example.org"_s);
        // One promoter of one: +100 on the owner's open page, the card's stars beside it.
        QTRY_COMPARE(desk.owner.voice()->npsText(), u"+100"_s);
        QVERIFY(
            desk.owner.voice()->visitsText().contains(u"food 5.0, service 4.0, ambience 3.0"_s));
    }
};

QTEST_MAIN(TestOwnerVoice)
#include "tst_ownervoice.moc"
