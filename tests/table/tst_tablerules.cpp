// The table screen's rules that once lived in its QML: the limits it shows are the hub's own, the
// bill button's enabling and notice, the allergens named in the diner's language, the quantity
// stepper, the seats on offer, the filter's chips, the call buttons and the chat's Send button.
#include "allergen.h"
#include "allergensmodel.h"
#include "cartmodel.h"
#include "chatrepository.h"
#include "clock.h"
#include "dietarytag.h"
#include "dietarytagsmodel.h"
#include "dishdraft.h"
#include "inputlimits.h"
#include "linepricer.h"
#include "menufiltermodel.h"
#include "orderrepository.h"
#include "protocolmessage.h"
#include "quickrepliesmodel.h"
#include "screenlimits.h"
#include "servicecallsmodel.h"
#include "servicekindsmodel.h"
#include "servicerequestrepository.h"
#include "sessionrepository.h"
#include "storefixture.h"
#include "tablescreen.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

// What the hub's store checks is the one place's too.
static_assert(ChatRepository::MaxBodyLength == InputLimits::MaxMessageLength);
static_assert(SessionRepository::MaxPartySize == InputLimits::MaxPartySize);
static_assert(ServiceRequestRepository::MaxNoteLength == InputLimits::MaxNoteLength);
static_assert(LinePricer::MaxQuantity == InputLimits::MaxQuantity);
static_assert(DishDraft::MaxNoteLength == InputLimits::MaxNoteLength);
static_assert(DishDraft::MaxSeat == InputLimits::MaxSeat);

namespace {

QString request(const QString &op, const QJsonObject &args)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"type"_s, u"request"_s},
                                                       {u"id"_s, u"r-1"_s},
                                                       {u"op"_s, op},
                                                       {u"args"_s, args}})
                                 .toJson(QJsonDocument::Compact));
}

QJsonObject orderWithLine(const QJsonObject &line)
{
    QJsonObject full{{u"itemId"_s, 1}, {u"quantity"_s, 1}};
    for (auto it = line.begin(); it != line.end(); ++it)
        full.insert(it.key(), it.value());
    return {{u"key"_s, u"k-1"_s}, {u"lines"_s, QJsonArray{full}}};
}

Menu oneDish()
{
    MenuItem hummus;
    hummus.id = 1;
    hummus.categoryId = 10;
    hummus.key = u"hummus"_s;
    hummus.name = u"Hummus"_s;
    hummus.price = Money(650, u"EUR"_s);
    hummus.allergens = {u"sesame"_s, u"gluten"_s};
    MenuCategory starters;
    starters.id = 10;
    starters.name = u"Starters"_s;
    starters.items = {hummus};
    Menu menu;
    menu.currency = u"EUR"_s;
    menu.categories = {starters};
    return menu;
}

} // namespace

class TableRulesTest : public QObject {
    Q_OBJECT

private slots:
    // The screen shows the limits the hub checks: at the limit a request is read, past it the hub
    // refuses it as a bad request.
    void theScreensLimitsAreTheHubs_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QJsonObject>("atLimit");
        QTest::addColumn<QJsonObject>("pastLimit");
        QTest::addColumn<int>("shown");
        QTest::addColumn<int>("limit");
        const ScreenLimits limits;
        const auto text = [](int length) { return QString(length, u'a'); };
        QTest::newRow("message") << u"chat.send"_s
                                 << QJsonObject{{u"body"_s, text(InputLimits::MaxMessageLength)}}
                                 << QJsonObject{{u"body"_s,
                                                 text(InputLimits::MaxMessageLength + 1)}}
                                 << limits.messageLength() << 2000;
        QTest::newRow("note") << u"order.place"_s
                              << orderWithLine({{u"note"_s, text(InputLimits::MaxNoteLength)}})
                              << orderWithLine({{u"note"_s, text(InputLimits::MaxNoteLength + 1)}})
                              << limits.noteLength() << 200;
        QTest::newRow("seat") << u"order.place"_s
                              << orderWithLine({{u"seat"_s, InputLimits::MaxSeat}})
                              << orderWithLine({{u"seat"_s, InputLimits::MaxSeat + 1}})
                              << limits.seat() << 20;
        QTest::newRow("party size")
            << u"session.seat"_s
            << QJsonObject{{u"table"_s, 1}, {u"partySize"_s, InputLimits::MaxPartySize}}
            << QJsonObject{{u"table"_s, 1}, {u"partySize"_s, InputLimits::MaxPartySize + 1}}
            << limits.partySize() << 100;
    }
    void theScreensLimitsAreTheHubs()
    {
        QFETCH(QString, op);
        QFETCH(QJsonObject, atLimit);
        QFETCH(QJsonObject, pastLimit);
        QFETCH(int, shown);
        QFETCH(int, limit);
        QCOMPARE(shown, limit);
        QVERIFY(ProtocolMessage::parse(request(op, atLimit)).ok());
        const auto refused = ProtocolMessage::parse(request(op, pastLimit));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, u"bad_request"_s);
    }

    void theQuantityStepsWithinItsLimits()
    {
        MenuIndex index;
        index.setMenu(oneDish(), QLocale(QLocale::English));
        DishDraft draft(index);
        QVERIFY(draft.open(1, {}));
        QVERIFY(!draft.canDecrease());
        QVERIFY(draft.canIncrease());
        draft.setQuantity(InputLimits::MaxQuantity);
        QVERIFY(draft.canDecrease());
        QVERIFY(!draft.canIncrease());

        CartModel cart(index);
        QAbstractItemModelTester tester(&cart);
        cart.add(draft.line());
        QCOMPARE(cart.index(0).data(CartModel::CanIncreaseRole).toBool(), false);
        QCOMPARE(cart.index(0).data(CartModel::CanDecreaseRole).toBool(), true);
        cart.setQuantity(0, 1);
        QCOMPARE(cart.index(0).data(CartModel::CanIncreaseRole).toBool(), true);
        QCOMPARE(cart.index(0).data(CartModel::CanDecreaseRole).toBool(), false);
    }

    // The bill is asked for once: again only when staff answered, or the request failed.
    void theBillCanBeAskedForWhenNoneIsOut()
    {
        ManualClock clock(QDateTime(QDate(2026, 5, 1), QTime(19, 0), Qt::UTC));
        ServiceCallsModel calls(clock);
        QAbstractItemModelTester tester(&calls);
        QVERIFY(calls.canRequestBill());
        calls.sending(u"t-1"_s, u"bill"_s);
        QVERIFY(!calls.canRequestBill());
        QCOMPARE(calls.openKinds(), QStringList{u"bill"_s});
        calls.confirmed(u"t-1"_s, 7);
        QVERIFY(!calls.canRequestBill());
        calls.acknowledged(7);
        QVERIFY(calls.canRequestBill());
        QVERIFY(calls.openKinds().isEmpty());
        calls.sending(u"t-2"_s, u"water"_s);
        QVERIFY(calls.canRequestBill());
        QCOMPARE(calls.openKinds(), QStringList{u"water"_s});
        calls.sending(u"t-3"_s, u"bill"_s);
        calls.failed(u"t-3"_s);
        QVERIFY(calls.canRequestBill());
    }

    // The bill's notice under its button: one sentence for each state of the request.
    void theBillNoticeSaysWhereTheRequestIs_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("notice");
        QTest::newRow("none") << QString() << QString();
        QTest::newRow("sending") << u"sending"_s << u"Bill requested — waiting for staff."_s;
        QTest::newRow("waiting") << u"waiting"_s << u"Bill requested — waiting for staff."_s;
        QTest::newRow("acknowledged") << u"acknowledged"_s << u"Your bill is on its way."_s;
        QTest::newRow("failed") << u"failed"_s
                                << u"The bill request was not sent. Please try again."_s;
    }
    void theBillNoticeSaysWhereTheRequestIs()
    {
        QFETCH(QString, state);
        QFETCH(QString, notice);
        QCOMPARE(TableScreen::billNoticeFor(state), notice);
    }
    // The screen's notice follows its calls as they go.
    void theBillNoticeFollowsTheCalls()
    {
        TableScreen screen;
        QSignalSpy changed(&screen, &TableScreen::billNoticeChanged);
        QCOMPARE(screen.billNotice(), QString());
        screen.callsModel().sending(u"t-1"_s, u"water"_s);
        QCOMPARE(screen.billNotice(), QString());
        screen.callsModel().sending(u"t-2"_s, u"bill"_s);
        QCOMPARE(screen.billNotice(), u"Bill requested — waiting for staff."_s);
        screen.callsModel().confirmed(u"t-2"_s, 9);
        screen.callsModel().acknowledged(9);
        QCOMPARE(screen.billNotice(), u"Your bill is on its way."_s);
        QVERIFY(changed.count() >= 3);
    }

    // The dish sheet offers the whole table and seats 1 to 6; each choice is the line's seat, and
    // every one of them is a seat the hub takes.
    void theSheetOffersTheTableAndSixSeats_data()
    {
        QTest::addColumn<int>("choice");
        for (int choice = 0; choice < DishDraft::PickerSeats + 1; ++choice)
            QTest::addRow("%d", choice) << choice;
    }
    void theSheetOffersTheTableAndSixSeats()
    {
        QFETCH(int, choice);
        MenuIndex index;
        index.setMenu(oneDish(), QLocale(QLocale::English));
        DishDraft draft(index);
        QCOMPARE(draft.seatChoices(), 7);
        QVERIFY(draft.open(1, {}));
        draft.setSeat(choice);
        QCOMPARE(draft.seat(), choice);
        CartModel cart(index);
        cart.add(draft.line());
        const QJsonObject line = cart.toJson().at(0).toObject();
        QCOMPARE(line.contains(u"seat"_s), choice > 0); // 0: the whole table, no seat on the wire
        QVERIFY(ProtocolMessage::parse(request(u"order.place"_s, {{u"key"_s, u"k-1"_s},
                                                                  {u"lines"_s, QJsonArray{line}}}))
                    .ok());
    }

    // Send is on for exactly the messages the hub stores: trimmed, 1 to 2000 characters.
    void theSendButtonFollowsTheHubsRule_data()
    {
        QTest::addColumn<QString>("draft");
        QTest::addColumn<bool>("sendable");
        const QString longest(InputLimits::MaxMessageLength, u'a');
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("spaces") << u"   "_s << false;
        QTest::newRow("line breaks and tabs") << u"\n\t \n"_s << false;
        QTest::newRow("a word") << u"Bread?"_s << true;
        QTest::newRow("a word among spaces") << u"  Bread? \n"_s << true;
        QTest::newRow("the longest") << longest << true;
        QTest::newRow("the longest among spaces") << u"  "_s + longest + u" "_s << true;
        QTest::newRow("one too long") << longest + u"a"_s << false;
    }
    void theSendButtonFollowsTheHubsRule()
    {
        QFETCH(QString, draft);
        QFETCH(bool, sendable);
        TableScreen screen;
        QSignalSpy changed(&screen, &TableScreen::chatDraftChanged);
        screen.setChatDraft(draft);
        QCOMPARE(screen.canSendChat(), sendable);
        // The hub's store takes exactly these.
        testing::TestStore store;
        QVERIFY(store.open());
        auto session = SessionRepository(store.connection(), store.clock).openOrSeat(1);
        QVERIFY(session.ok());
        const auto stored = ChatRepository(store.connection(), store.clock)
                                .send(session->session.id, u"table"_s, 0, draft);
        QCOMPARE(stored.ok(), sendable);
    }

    // Too long a message is refused on the screen in one sentence, its limit in the diner's digits.
    void aTooLongMessageIsRefusedInOneSentence()
    {
        TableScreen screen;
        QVERIFY(!screen.sendChat(QString(InputLimits::MaxMessageLength + 1, u'a')));
        QVERIFY2(screen.lastError().startsWith(u"That message is too long: at most "_s),
                 qPrintable(screen.lastError()));
        QVERIFY(!screen.lastError().contains(u'%'));
        QVERIFY(!screen.sendChat(u"  "_s));
    }

    void theFourteenAllergensAreNamed()
    {
        AllergensModel allergens;
        QAbstractItemModelTester tester(&allergens);
        QCOMPARE(allergens.rowCount(), int(allAllergens().size()));
        QCOMPARE(allergens.rowCount(), 14);
        for (int row = 0; row < allergens.rowCount(); ++row) {
            const QModelIndex index = allergens.index(row);
            QCOMPARE(index.data(AllergensModel::CodeRole).toString(),
                     allergenCode(allAllergens().at(row)));
            QVERIFY(!index.data(AllergensModel::NameRole).toString().isEmpty());
            QVERIFY(index.data(AllergensModel::NameRole) != index.data(AllergensModel::CodeRole));
        }
        QCOMPARE(allergens.name(u"soybeans"_s), u"Soya"_s);
    }

    void aDishsAllergensAreOneSentenceInTheDinersLanguage()
    {
        AllergensModel allergens;
        const auto list = [](const QStringList &names) {
            return QLocale(QLocale::English, QLocale::UnitedKingdom).createSeparatedList(names);
        };
        QCOMPARE(allergens.sentence({}, list), u"Contains none of the 14 listed allergens."_s);
        QCOMPARE(allergens.sentence({u"gluten"_s, u"milk"_s, u"eggs"_s}, list),
                 u"Contains: Gluten, Milk and Eggs"_s);
        // In the diner's language: every word the screen's, and a new language renames them.
        QSignalSpy renamed(&allergens, &QAbstractItemModel::dataChanged);
        allergens.setTranslate([](const char *source) {
            return QString::fromUtf8(source) == u"Milk"_s ? u"Γάλα"_s : QString::fromUtf8(source);
        });
        QCOMPARE(renamed.count(), 1);
        QCOMPARE(allergens.sentence({u"milk"_s}, list), u"Contains: Γάλα"_s);
    }

    // The filter's chips: every dietary tag the menu knows, once, the strictest first, each on
    // while the filter requires it; an allergen's chip is on while the filter leaves it out.
    void theFiltersChipsShowTheFilter()
    {
        MenuFilterModel filter;
        DietaryTagsModel tags(filter);
        QAbstractItemModelTester tester(&tags);
        QCOMPARE(tags.codes(),
                 (QStringList{u"vegan"_s, u"vegetarian"_s, u"gluten-free"_s, u"halal"_s}));
        QCOMPARE(tags.rowCount(), int(allDietaryTags().size()));
        for (DietaryTag tag : allDietaryTags())
            QCOMPARE(tags.codes().count(dietaryTagCode(tag)), 1);
        // The codes of the rows that are on.
        const auto chosen = [](const QAbstractItemModel &model) {
            const QHash<int, QByteArray> roles = model.roleNames();
            QStringList codes;
            for (int row = 0; row < model.rowCount(); ++row)
                if (model.index(row, 0).data(roles.key("chosen")).toBool())
                    codes.append(model.index(row, 0).data(roles.key("code")).toString());
            return codes;
        };
        for (int row = 0; row < tags.rowCount(); ++row)
            QCOMPARE(tags.index(row).data(DietaryTagsModel::CodeRole).toString(),
                     tags.codes().at(row));
        QVERIFY(chosen(tags).isEmpty());
        QSignalSpy changed(&tags, &QAbstractItemModel::dataChanged);
        filter.toggleDietary(u"halal"_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(chosen(tags), QStringList{u"halal"_s});
        filter.toggleDietary(u"vegan"_s);
        QCOMPARE(chosen(tags), (QStringList{u"vegan"_s, u"halal"_s}));
        filter.clearFilters(); // a new party
        QVERIFY(chosen(tags).isEmpty());

        AllergensModel allergens;
        QAbstractItemModelTester allergensTester(&allergens);
        QVERIFY(chosen(allergens).isEmpty());
        allergens.setFilter(&filter);
        filter.toggleAllergen(u"milk"_s);
        filter.toggleAllergen(u"gluten"_s);
        QCOMPARE(chosen(allergens), (QStringList{u"gluten"_s, u"milk"_s})); // in Annex II order
        filter.toggleAllergen(u"milk"_s);
        QCOMPARE(chosen(allergens), QStringList{u"gluten"_s});
    }

    // A call button is off while a call of its kind is out: from sending until staff answer it,
    // and on again when it failed. The bill has a button of its own, not among them.
    void aCallButtonIsOffWhileItsCallIsOut_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString &kind : ServiceCallsModel::waiterKinds())
            QTest::newRow(qPrintable(kind)) << kind;
    }
    void aCallButtonIsOffWhileItsCallIsOut()
    {
        QFETCH(QString, kind);
        ManualClock clock(QDateTime(QDate(2026, 5, 1), QTime(19, 0), Qt::UTC));
        ServiceCallsModel calls(clock);
        ServiceKindsModel kinds(calls);
        QAbstractItemModelTester tester(&kinds);
        QStringList codes;
        for (int row = 0; row < kinds.rowCount(); ++row)
            codes.append(kinds.index(row).data(ServiceKindsModel::CodeRole).toString());
        QCOMPARE(codes, (QStringList{u"help"_s, u"water"_s, u"cutlery"_s, u"other"_s}));
        const auto open = [&] {
            QStringList open;
            for (int row = 0; row < kinds.rowCount(); ++row)
                if (kinds.index(row).data(ServiceKindsModel::OpenRole).toBool())
                    open.append(kinds.index(row).data(ServiceKindsModel::CodeRole).toString());
            return open;
        };
        QVERIFY(open().isEmpty());
        calls.sending(u"t-1"_s, kind);
        QCOMPARE(open(), QStringList{kind});
        calls.confirmed(u"t-1"_s, 7);
        QCOMPARE(open(), QStringList{kind});
        calls.acknowledged(7);
        QVERIFY(open().isEmpty());
        calls.sending(u"t-2"_s, kind);
        calls.failed(u"t-2"_s);
        QVERIFY(open().isEmpty());
        calls.sending(u"t-3"_s, u"bill"_s);
        QVERIFY(open().isEmpty());
        QVERIFY(ServiceCallsModel::isKind(u"bill"_s));
        QVERIFY(ServiceCallsModel::isKind(kind));
        QVERIFY(!ServiceCallsModel::isKind(u"dessert"_s));
    }

    void quickRepliesAreReadInTheDinersLanguageAndSentInTheVenues()
    {
        QuickRepliesModel replies;
        QAbstractItemModelTester tester(&replies);
        replies.setTranslate(
            [](const char *source) { return u"«%1»"_s.arg(QString::fromUtf8(source)); });
        QCOMPARE(replies.rowCount(), 6);
        QCOMPARE(replies.index(0).data(QuickRepliesModel::BodyRole).toString(),
                 u"Could we have more bread?"_s);
        QCOMPARE(replies.index(0).data(QuickRepliesModel::TextRole).toString(),
                 u"«Could we have more bread?»"_s);
        QCOMPARE(replies.textOf(u"Thank you!"_s), u"«Thank you!»"_s);
        QCOMPARE(replies.textOf(u"Extra napkins"_s), u"Extra napkins"_s);
    }
};

QTEST_MAIN(TableRulesTest)
#include "tst_tablerules.moc"
