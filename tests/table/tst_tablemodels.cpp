// The table's rules: composing a line under its group rules, the cart and its total, filters,
// the order's live state with estimates, and calls for staff.
#include "cartmodel.h"
#include "chatinbox.h"
#include "chatmodel.h"
#include "dishdraft.h"
#include "dishgroupsmodel.h"
#include "guesttext.h"
#include "menufiltermodel.h"
#include "menuitemsmodel.h"
#include "orderstatusmodel.h"
#include "readyestimator.h"
#include "servicecallsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

const QLocale English(QLocale::English, QLocale::UnitedKingdom);

Menu sampleMenu()
{
    MenuItem hummus;
    hummus.id = 1;
    hummus.categoryId = 10;
    hummus.key = u"hummus"_s;
    hummus.name = u"Hummus"_s;
    hummus.price = Money(650, u"EUR"_s);
    hummus.course = u"starter"_s;
    hummus.allergens = {u"sesame"_s};
    hummus.dietary = {u"vegan"_s, u"vegetarian"_s, u"gluten-free"_s};
    MenuItem steak;
    steak.id = 2;
    steak.categoryId = 20;
    steak.key = u"ribeye-steak"_s;
    steak.name = u"Ribeye steak"_s;
    steak.price = Money(2890, u"EUR"_s);
    steak.course = u"main"_s;
    steak.allergens = {u"milk"_s};
    steak.dietary = {u"gluten-free"_s, u"halal"_s};
    steak.groups = {
        MenuModifierGroup{5,
                          u"doneness"_s,
                          u"Doneness"_s,
                          1,
                          1,
                          {{51, u"rare"_s, u"Rare"_s, 0}, {52, u"medium"_s, u"Medium"_s, 0}}},
        MenuModifierGroup{6,
                          u"side"_s,
                          u"Side"_s,
                          1,
                          1,
                          {{61, u"fries"_s, u"Fries"_s, 0}, {62, u"veg"_s, u"Vegetables"_s, 100}}},
        MenuModifierGroup{7,
                          u"extras"_s,
                          u"Extras"_s,
                          0,
                          2,
                          {{71, u"sauce"_s, u"Sauce"_s, 250},
                           {72, u"mushrooms"_s, u"Mushrooms"_s, 300},
                           {73, u"egg"_s, u"Egg"_s, 150}}}};
    MenuItem calamari;
    calamari.id = 3;
    calamari.categoryId = 10;
    calamari.name = u"Fried calamari"_s;
    calamari.price = Money(1150, u"EUR"_s);
    calamari.allergens = {u"molluscs"_s, u"gluten"_s};
    return Menu{u"en"_s,
                u"EUR"_s,
                {MenuCategory{10, u"mezze"_s, u"Mezze"_s, {}, {hummus, calamari}},
                 MenuCategory{20, u"grill"_s, u"Grill"_s, {}, {steak}}}};
}

OrderRecord placed(qint64 orderId, QList<std::pair<qint64, qint64>> lines, const QDateTime &at)
{
    OrderRecord order;
    order.id = orderId;
    order.number = int(1000 + orderId);
    order.placedAt = at;
    for (const auto &[lineId, itemId] : lines) {
        OrderLineRecord line;
        line.id = lineId;
        line.itemId = itemId;
        line.quantity = 1;
        line.total = Money(itemId == 2 ? 2990 : 650, u"EUR"_s);
        order.lines.append(line);
    }
    return order;
}

QDateTime at(int minutes)
{
    return QDateTime(QDate(2026, 11, 23), QTime(19, 0), Qt::UTC).addSecs(minutes * 60);
}

} // namespace

class TableModelsTest : public QObject {
    Q_OBJECT

private:
    MenuIndex index;

private slots:
    void init() { index.setMenu(sampleMenu(), English); }

    void draftFollowsGroupRules()
    {
        DishDraft draft(index);
        QVERIFY(draft.open(2, {}));
        QVERIFY(!draft.canAdd());
        QCOMPARE(draft.missingGroup(), u"Doneness"_s);
        QVERIFY(draft.choose(5, 51));
        QVERIFY(draft.choose(5, 52)); // a single choice swaps
        QCOMPARE(draft.line().optionIds, QList<qint64>{52});
        QVERIFY(!draft.choose(5, 52)); // a required single choice is not taken back
        QCOMPARE(draft.missingGroup(), u"Side"_s);
        QVERIFY(draft.choose(6, 62));
        QVERIFY(draft.canAdd());
        QVERIFY(draft.choose(7, 71));
        QVERIFY(draft.choose(7, 72));
        QVERIFY(!draft.choose(7, 73)); // at most two extras
        QVERIFY(draft.choose(7, 71));  // an optional one is taken back
        QVERIFY(!draft.choose(5, 61)); // not in that group
        draft.setQuantity(2);
        QCOMPARE(draft.linePriceMinor(), 2 * (2890 + 100 + 300));
        QCOMPARE(draft.linePrice(), u"€65.80"_s);
        draft.setQuantity(99);
        QCOMPARE(draft.quantity(), 50);
        draft.setSeat(3);
        QCOMPARE(draft.line().seat, 3);
        DishGroupsModel &groups = *draft.groups();
        QAbstractItemModelTester groupsTester(&groups);
        QCOMPARE(groups.rowCount(), 3);
        QCOMPARE(draft.chosenOptions(), (QVariantList{qint64(52), qint64(62), qint64(72)}));
        const QModelIndex side = groups.index(1);
        QCOMPARE(side.data(DishGroupsModel::MinRole).toInt(), 1);
        QVERIFY(side.data(DishGroupsModel::SatisfiedRole).toBool());
        auto *sideOptions = qobject_cast<DishOptionsModel *>(
            side.data(DishGroupsModel::OptionsRole).value<QObject *>());
        QVERIFY(sideOptions);
        QAbstractItemModelTester optionsTester(sideOptions);
        QCOMPARE(sideOptions->index(1).data(DishOptionsModel::DeltaRole).toString(), u"+€1.00"_s);
        QCOMPARE(sideOptions->index(1).data(DishOptionsModel::OptionIdRole).toLongLong(), 62);
        QVERIFY(sideOptions->index(1).data(DishOptionsModel::ChosenRole).toBool());
        QVERIFY(!sideOptions->index(0).data(DishOptionsModel::ChosenRole).toBool());
        // A choice keeps the rows (the sheet's groups are not made again) and moves the mark.
        QSignalSpy reset(&groups, &QAbstractItemModel::modelReset);
        QVERIFY(draft.choose(6, 61));
        QCOMPARE(reset.count(), 0);
        QVERIFY(sideOptions->index(0).data(DishOptionsModel::ChosenRole).toBool());
        QVERIFY(!sideOptions->index(1).data(DishOptionsModel::ChosenRole).toBool());
        QVERIFY(draft.choose(6, 62));
        QCOMPARE(draft.chosenOptions(), (QVariantList{qint64(52), qint64(72), qint64(62)}));
    }

    void draftMarksEveryMissingGroupWhenAskedToAdd()
    {
        DishDraft draft(index);
        QSignalSpy changed(&draft, &DishDraft::changed);
        QVERIFY(draft.open(2, {}));
        QCOMPARE(draft.missingGroups(), (QVariantList{qint64(5), qint64(6)}));
        QVERIFY(!draft.missingShown()); // nothing is marked before the diner asks
        changed.clear();
        QVERIFY(!draft.confirmChoices());
        QVERIFY(draft.missingShown());
        QCOMPARE(changed.size(), 1);
        QVERIFY(draft.hasRequiredGroup());
        QVERIFY(draft.groups()->index(0).data(DishGroupsModel::MissingRole).toBool());
        QVERIFY(draft.groups()->index(1).data(DishGroupsModel::MissingRole).toBool());
        QVERIFY(!draft.groups()->index(2).data(DishGroupsModel::MissingRole).toBool());
        QVERIFY(draft.choose(5, 51));
        QCOMPARE(draft.missingGroups(), QVariantList{qint64(6)});
        QVERIFY(draft.missingShown());
        QVERIFY(draft.choose(7, 71)); // an optional group is never missing
        QCOMPARE(draft.missingGroups(), QVariantList{qint64(6)});
        QVERIFY(draft.choose(6, 61));
        QCOMPARE(draft.missingGroups(), QVariantList());
        QVERIFY(draft.confirmChoices());

        QVERIFY(draft.open(2, {})); // another dish, or the same again, starts unmarked
        QVERIFY(!draft.missingShown());
        QVERIFY(draft.open(1, {}));
        QCOMPARE(draft.missingGroups(), QVariantList());
        QVERIFY(draft.confirmChoices());

        // Sold out: nothing the diner can choose would help, so no group is marked.
        QVERIFY(draft.open(2, {}));
        QVERIFY(draft.choose(5, 51));
        QVERIFY(draft.choose(6, 61));
        index.setAvailable(2, false);
        draft.refresh();
        QVERIFY(!draft.confirmChoices());
        QVERIFY(!draft.missingShown());
        draft.close();
        QCOMPARE(draft.missingGroups(), QVariantList());
    }

    void draftShowsThePriceSoFarAndRefusesSoldOut()
    {
        DishDraft draft(index);
        QVERIFY(draft.open(2, {}));
        QVERIFY(draft.choose(6, 62));
        QCOMPARE(draft.linePriceMinor(), 2990); // doneness still missing: the price so far
        index.setAvailable(2, false);
        draft.refresh();
        QVERIFY(draft.choose(5, 51));
        QVERIFY(!draft.canAdd());
        QVERIFY(!draft.open(999, {}));
    }

    void cartMergesPricesAndSerialises()
    {
        CartModel cart(index);
        QAbstractItemModelTester tester(&cart);
        QSignalSpy changed(&cart, &CartModel::changed);
        QVERIFY(!cart.canPlace());
        cart.add({.itemId = 1, .quantity = 2});
        cart.add({.itemId = 1, .quantity = 1});
        QCOMPARE(cart.rowCount(), 1);
        QCOMPARE(cart.dishCount(), 3);
        cart.add(
            {.itemId = 2, .optionIds = {52, 62}, .quantity = 1, .note = u" no salt "_s, .seat = 2});
        QCOMPARE(cart.rowCount(), 2);
        QCOMPARE(cart.totalMinor(), 3 * 650 + 2990);
        QCOMPARE(cart.total(), u"€49.40"_s);
        QCOMPARE(cart.index(1).data(CartModel::OptionsRole).toString(), u"Medium and Vegetables"_s);
        cart.decrease(0);
        cart.decrease(0);
        cart.decrease(0);
        QCOMPARE(cart.index(0).data(CartModel::QuantityRole).toInt(), 1); // never below one
        cart.nextSeat(0);
        QCOMPARE(cart.index(0).data(CartModel::SeatRole).toInt(), 1);
        const QJsonArray json = cart.toJson();
        QCOMPARE(json.size(), 2);
        QCOMPARE(json[1][u"note"].toString(), u"no salt"_s);
        QCOMPARE(json[1][u"seat"].toInt(), 2);
        QCOMPARE(json[1][u"optionIds"].toArray().size(), 2);
        QVERIFY(!json[1].toObject().contains(u"price"_s));
        QVERIFY(cart.canPlace());
        index.setAvailable(2, false);
        cart.refresh();
        QVERIFY(!cart.canPlace()); // a dish sold out since it was added blocks placing
        QVERIFY(!cart.index(1).data(CartModel::AvailableRole).toBool());
        cart.remove(1);
        QVERIFY(cart.canPlace());
        QVERIFY(changed.count() > 0);
    }

    // A published menu that changes a price or takes a dish or one of its choices away marks
    // the line; nothing is re-priced or dropped until the diner confirms or removes it.
    void aPublishedMenuMarksTheCartsLines()
    {
        CartModel cart(index);
        QAbstractItemModelTester tester(&cart);
        cart.add({.itemId = 1, .quantity = 2});
        cart.add({.itemId = 2, .optionIds = {51, 62}});
        cart.add({.itemId = 3});
        QVERIFY(cart.canPlace());
        QVERIFY(!cart.needsReview());

        Menu published = sampleMenu();
        published.categories[0].items[0].price = Money(725, u"EUR"_s);   // hummus dearer
        published.categories[1].items[0].groups[1].options.removeLast(); // no vegetables
        published.categories[0].items.removeLast();                      // no calamari
        index.setMenu(published, English);
        cart.refresh();

        using Change = CartModel::Change;
        QCOMPARE(cart.rowCount(), 3);
        QCOMPARE(cart.index(0).data(CartModel::ChangeRole).value<Change>(), Change::PriceChanged);
        QCOMPARE(cart.index(0).data(CartModel::AgreedUnitPriceRole).toString(), u"€6.50"_s);
        QCOMPARE(cart.index(0).data(CartModel::UnitPriceRole).toString(), u"€7.25"_s);
        QCOMPARE(cart.index(1).data(CartModel::ChangeRole).value<Change>(), Change::Gone);
        QCOMPARE(cart.index(2).data(CartModel::ChangeRole).value<Change>(), Change::Gone);
        QVERIFY(cart.needsReview());
        QVERIFY(!cart.canPlace());

        cart.confirm(0);
        QCOMPARE(cart.index(0).data(CartModel::ChangeRole).value<Change>(), Change::None);
        QCOMPARE(cart.totalMinor(), 2 * 725);
        cart.confirm(1); // a line that is gone cannot be confirmed, only removed
        QCOMPARE(cart.index(1).data(CartModel::ChangeRole).value<Change>(), Change::Gone);
        cart.remove(2);
        cart.remove(1);
        QVERIFY(!cart.needsReview());
        QVERIFY(cart.canPlace());
        // The same dish at its new price joins the confirmed line.
        cart.add({.itemId = 1});
        QCOMPARE(cart.rowCount(), 1);
        QCOMPARE(cart.dishCount(), 3);
    }

    void cartFollowsTheMenuLanguage()
    {
        CartModel cart(index);
        cart.add({.itemId = 1});
        Menu greek = sampleMenu();
        greek.categories[0].items[0].name = u"Χούμους"_s;
        index.setMenu(greek, QLocale(QLocale::Greek, QLocale::Greece));
        cart.refresh();
        QCOMPARE(cart.index(0).data(CartModel::NameRole).toString(), u"Χούμους"_s);
        QVERIFY(cart.total().contains(u"6,50"_s));
    }

    void filtersHideAllergensAndRequireTags_data()
    {
        QTest::addColumn<QStringList>("allergens");
        QTest::addColumn<QStringList>("dietary");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QList<qint64>>("shown");
        QTest::newRow("all") << QStringList() << QStringList() << QString()
                             << QList<qint64>{1, 3, 2};
        QTest::newRow("no molluscs")
            << QStringList{u"molluscs"_s} << QStringList() << QString() << QList<qint64>{1, 2};
        QTest::newRow("no milk or sesame") << QStringList{u"milk"_s, u"sesame"_s} << QStringList()
                                           << QString() << QList<qint64>{3};
        QTest::newRow("vegan") << QStringList() << QStringList{u"vegan"_s} << QString()
                               << QList<qint64>{1};
        QTest::newRow("gluten-free and halal")
            << QStringList() << QStringList{u"gluten-free"_s, u"halal"_s} << QString()
            << QList<qint64>{2};
        QTest::newRow("search with filter")
            << QStringList{u"gluten"_s} << QStringList() << u"fried"_s << QList<qint64>{};
    }

    void filtersHideAllergensAndRequireTags()
    {
        QFETCH(QStringList, allergens);
        QFETCH(QStringList, dietary);
        QFETCH(QString, search);
        QFETCH(QList<qint64>, shown);
        MenuItemsModel items;
        items.setMenu(sampleMenu(), English);
        MenuFilterModel filter;
        QAbstractItemModelTester tester(&filter);
        filter.setSourceModel(&items);
        for (const QString &code : allergens)
            filter.toggleAllergen(code);
        for (const QString &code : dietary)
            filter.toggleDietary(code);
        filter.setSearchText(search);
        QList<qint64> ids;
        for (int row = 0; row < filter.rowCount(); ++row)
            ids.append(filter.index(row, 0).data(MenuItemsModel::ItemIdRole).toLongLong());
        QCOMPARE(ids, shown);
        QCOMPARE(filter.activeFilterCount(), allergens.size() + dietary.size());
        filter.clearFilters();
        QCOMPARE(filter.rowCount(), 3);
        QCOMPARE(filter.activeFilterCount(), 0);
    }

    void estimatesLearnFromTheKitchen()
    {
        ReadyEstimator estimator;
        QCOMPARE(estimator.cookSeconds(2, u"main"_s),
                 ReadyEstimator::defaultCookSeconds(u"main"_s));
        QVERIFY(ReadyEstimator::defaultCookSeconds(u"drink"_s) <
                ReadyEstimator::defaultCookSeconds(u"starter"_s));
        // Placed at 0: queue (3) + default main (18) = 21 minutes.
        QCOMPARE(estimator.minutesLeft(100, 2, u"main"_s, OrderStatus::Placed, at(0), at(0)), 21);
        estimator.noteStatus(100, 2, OrderStatus::Cooking, at(2));
        estimator.noteStatus(100, 2, OrderStatus::Ready, at(12)); // 10 minutes
        estimator.noteStatus(101, 2, OrderStatus::Cooking, at(3));
        estimator.noteStatus(101, 2, OrderStatus::Ready, at(17)); // 14 minutes
        QCOMPARE(estimator.cookSeconds(2, u"main"_s), 12 * 60);
        QCOMPARE(estimator.cookSeconds(1, u"starter"_s), 10 * 60); // other dishes keep defaults
        estimator.noteStatus(102, 2, OrderStatus::Cooking, at(20));
        QCOMPARE(estimator.minutesLeft(102, 2, u"main"_s, OrderStatus::Cooking, at(18), at(25)), 7);
        // Late: still "any minute", never zero or negative.
        QCOMPARE(estimator.minutesLeft(102, 2, u"main"_s, OrderStatus::Cooking, at(18), at(40)), 1);
        QCOMPARE(estimator.minutesLeft(102, 2, u"main"_s, OrderStatus::Ready, at(18), at(25)), -1);
        QCOMPARE(estimator.minutesLeft(102, 2, u"main"_s, OrderStatus::Served, at(18), at(25)), -1);
    }

    void statusFollowsTheHub()
    {
        ManualClock clock(at(0));
        OrderStatusModel orders(index, clock);
        QAbstractItemModelTester tester(&orders);
        orders.addSending(u"k1"_s, {{.itemId = 2, .optionIds = {52, 62}}, {.itemId = 1}},
                          {2990, 650});
        QCOMPARE(orders.rowCount(), 2);
        QCOMPARE(orders.sendingCount(), 1);
        QCOMPARE(orders.index(0).data(OrderStatusModel::StatusRole).toString(), u"sending"_s);
        QCOMPARE(orders.billMinor(), 0); // nothing on the bill until the hub has it
        const OrderRecord order = placed(7, {{70, 2}, {71, 1}}, at(0));
        orders.addOrder(order, u"k1"_s);
        orders.addOrder(order); // the event after the reply: no duplicate
        QCOMPARE(orders.rowCount(), 2);
        QCOMPARE(orders.sendingCount(), 0);
        QCOMPARE(orders.bill(), u"€36.40"_s);
        QCOMPARE(orders.index(0).data(OrderStatusModel::StatusRole).toString(), u"placed"_s);
        QCOMPARE(orders.index(0).data(OrderStatusModel::MinutesLeftRole).toInt(), 21);
        QCOMPARE(orders.index(1).data(OrderStatusModel::MinutesLeftRole).toInt(), 13);

        clock.set(at(5));
        orders.setLineStatus(70, OrderStatus::Cooking);
        QCOMPARE(orders.index(0).data(OrderStatusModel::StepRole).toInt(), 2);
        QCOMPARE(orders.index(0).data(OrderStatusModel::MinutesLeftRole).toInt(), 18);
        clock.set(at(16));
        orders.setLineStatus(70, OrderStatus::Ready, at(15)); // the hub's time, not arrival
        QCOMPARE(orders.index(0).data(OrderStatusModel::MinutesLeftRole).toInt(), -1);
        QCOMPARE(orders.estimator().cookSeconds(2, u"main"_s), 10 * 60);

        orders.setLineStatus(70, OrderStatus::Served);
        orders.cancelOrder(7); // served lines stay on the bill
        QCOMPARE(orders.index(1).data(OrderStatusModel::StatusRole).toString(), u"cancelled"_s);
        QCOMPARE(orders.index(1).data(OrderStatusModel::StepRole).toInt(), -1);
        QCOMPARE(orders.billMinor(), 2990);
        orders.clear();
        QCOMPARE(orders.rowCount(), 0);
    }

    void aRefusedOrderLeavesTheStatus()
    {
        ManualClock clock(at(0));
        OrderStatusModel orders(index, clock);
        orders.addSending(u"k2"_s, {{.itemId = 1}}, {650});
        orders.dropSending(u"k2"_s);
        QCOMPARE(orders.rowCount(), 0);
    }

    void callsShowAcknowledgementAndNeverTimeOut()
    {
        ManualClock clock(at(0));
        ServiceCallsModel calls(clock);
        QAbstractItemModelTester tester(&calls);
        QVERIFY(ServiceCallsModel::isKind(u"water"_s));
        QVERIFY(!ServiceCallsModel::isKind(u"dessert"_s));
        calls.sending(u"r1"_s, u"water"_s);
        QVERIFY(calls.isOpen(u"water"_s));
        QCOMPARE(calls.stateOf(u"water"_s), u"sending"_s);
        calls.requested(77, u"water"_s); // the event before the reply
        calls.confirmed(u"r1"_s, 77);
        QCOMPARE(calls.rowCount(), 1);
        QCOMPARE(calls.stateOf(u"water"_s), u"waiting"_s);
        QVERIFY(!calls.index(0).data(ServiceCallsModel::StillWaitingRole).toBool());
        clock.set(at(10));
        calls.tick();
        QVERIFY(calls.index(0).data(ServiceCallsModel::StillWaitingRole).toBool());
        QCOMPARE(calls.stateOf(u"water"_s), u"waiting"_s); // still there, never dropped
        calls.acknowledged(77);
        QCOMPARE(calls.stateOf(u"water"_s), u"acknowledged"_s);
        QVERIFY(!calls.index(0).data(ServiceCallsModel::StillWaitingRole).toBool());
        calls.sending(u"r2"_s, u"bill"_s);
        calls.failed(u"r2"_s);
        QCOMPARE(calls.billState(), u"failed"_s);
        QCOMPARE(calls.waitingCount(), 0);
        calls.requested(80, u"help"_s); // made on another screen at the table
        QCOMPARE(calls.waitingCount(), 1);
        calls.clear();
        QCOMPARE(calls.rowCount(), 0);
    }

    void aCallIsStillWaitingAfterTheVenuesThresholdFromTheHubsTime()
    {
        ManualClock clock(at(10));
        ServiceCallsModel calls(clock);
        QCOMPARE(calls.escalateAfterSeconds(), 120); // the venue table's default
        calls.setEscalateAfterSeconds(0);            // nonsense keeps it
        QCOMPARE(calls.escalateAfterSeconds(), 120);
        calls.setEscalateAfterSeconds(300);
        // Heard of on a replay: the hub made the call four minutes ago.
        calls.requested(5, u"help"_s, at(6));
        QVERIFY(!calls.index(0).data(ServiceCallsModel::StillWaitingRole).toBool());
        QCOMPARE(calls.index(0).data(ServiceCallsModel::MinutesWaitingRole).toInt(), 4);
        clock.set(at(11));
        calls.tick();
        QVERIFY(calls.index(0).data(ServiceCallsModel::StillWaitingRole).toBool());
        // Sent here: it counts from the hub's time once its event comes.
        calls.sending(u"r1"_s, u"water"_s);
        calls.confirmed(u"r1"_s, 6);
        calls.requested(6, u"water"_s, at(7));
        QCOMPARE(calls.index(0).data(ServiceCallsModel::MinutesWaitingRole).toInt(), 4);
    }

    void aConversationShowsBothSidesOnceEach()
    {
        ChatModel chat(ChatModel::Side::Table);
        QAbstractItemModelTester tester(&chat);
        chat.setTextTranslator([](const QString &body) {
            return body == u"Thank you!"_s ? u"Ευχαριστούμε!"_s : body;
        });
        chat.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
        chat.addSending(u"k1"_s, u"Thank you!"_s, at(0));
        QCOMPARE(chat.sendingCount(), 1);
        QCOMPARE(chat.index(0).data(ChatModel::StateRole).toString(), u"sending"_s);
        // Shown isolated, as every text a person typed (guesttext.h).
        QCOMPARE(chat.index(0).data(ChatModel::TextRole).toString(),
                 displayedGuestText(u"Ευχαριστούμε!"_s));
        QVERIFY(chat.index(0).data(ChatModel::MineRole).toBool());
        // The event before the reply: one row, at the hub's time.
        chat.received(12, u"table"_s, u"Thank you!"_s, at(1));
        chat.confirmed(u"k1"_s, 12);
        QCOMPARE(chat.rowCount(), 1);
        QCOMPARE(chat.sendingCount(), 0);
        QCOMPARE(chat.index(0).data(ChatModel::TimeRole).toString(), u"19:01"_s);
        // A reply the diner is not looking at is unread until the conversation opens.
        chat.received(13, u"host"_s, u"You are welcome"_s, at(2));
        chat.received(13, u"host"_s, u"You are welcome"_s, at(2)); // a replay
        QCOMPARE(chat.rowCount(), 2);
        QCOMPARE(chat.unreadCount(), 1);
        QVERIFY(!chat.index(1).data(ChatModel::MineRole).toBool());
        chat.setReading(true);
        QCOMPARE(chat.unreadCount(), 0);
        chat.received(14, u"host"_s, u"Coffee?"_s, at(3));
        QCOMPARE(chat.unreadCount(), 0);
        chat.setReading(false);
        // Refused for good: the row goes.
        chat.addSending(u"k2"_s, u"x"_s, at(4));
        chat.dropSending(u"k2"_s);
        QCOMPARE(chat.rowCount(), 3);
        chat.clear();
        QCOMPARE(chat.rowCount(), 0);
        QCOMPARE(chat.unreadCount(), 0);
    }

    void theFloorsInboxKeepsUnreadTablesUntilOpened()
    {
        ChatInbox inbox;
        QSignalSpy changed(&inbox, &ChatInbox::changed);
        const auto message = [](qint64 id, int table, const QString &from, const QString &body) {
            return QJsonObject{
                {u"messageId"_s, id}, {u"table"_s, table}, {u"from"_s, from}, {u"body"_s, body}};
        };
        QVERIFY(inbox.apply(u"chat.message"_s, message(1, 4, u"table"_s, u"Bread?"_s), at(1)));
        QVERIFY(inbox.apply(u"chat.message"_s, message(2, 4, u"table"_s, u"And forks"_s), at(2)));
        QVERIFY(!inbox.apply(u"chat.message"_s, message(2, 4, u"table"_s, u"And forks"_s), at(2)));
        QVERIFY(inbox.apply(u"chat.message"_s, message(3, 5, u"host"_s, u"Welcome"_s), at(3)));
        QCOMPARE(changed.size(), 3);
        QCOMPARE(inbox.unread().size(), 1); // a waiter's own message is no alert
        QCOMPARE(inbox.unread().constFirst().table, 4);
        QCOMPARE(inbox.unread().constFirst().count, 2);
        QCOMPARE(inbox.unread().constFirst().lastBody, u"And forks"_s);
        QCOMPARE(inbox.unread().constFirst().since, at(1));
        inbox.markRead(4);
        QVERIFY(inbox.unread().isEmpty());
        QCOMPARE(inbox.conversation(4).size(), 2);
        QVERIFY(inbox.apply(u"session.closed"_s, {{u"sessionId"_s, 9}, {u"table"_s, 4}}, at(5)));
        QVERIFY(inbox.conversation(4).isEmpty());
        QCOMPARE(inbox.conversation(5).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TableModelsTest)
#include "tst_tablemodels.moc"
