// Pricing one order line: unit = base + chosen option deltas, total = unit x quantity, and every
// way a request can be refused.

#include "linepricer.h"

#include <QTest>

using namespace tableside;

namespace {

MenuItemSpec ribeye()
{
    MenuItemSpec item{.id = 7, .name = "Ribeye steak", .basePrice = Money(2450, "EUR")};
    item.groups = {
        {.id = 1,
         .name = "Doneness",
         .minChoices = 1,
         .maxChoices = 1,
         .options = {{11, "Rare", 0}, {12, "Medium", 0}, {13, "Well done", 0}}},
        {.id = 2,
         .name = "Sides",
         .minChoices = 0,
         .maxChoices = 2,
         .options = {{21, "Chips", 300}, {22, "Salad", 150}, {23, "Mash", 250}}},
        {.id = 3,
         .name = "Sauce",
         .minChoices = 0,
         .maxChoices = 1,
         .options = {{31, "Peppercorn", 150}, {32, "Béarnaise", 200}}},
    };
    return item;
}

MenuItemSpec fixture(const QString &name)
{
    if (name == QLatin1String("ribeye"))
        return ribeye();
    if (name == QLatin1String("lamb")) {
        return {.id = 8, .name = "Lamb chops", .basePrice = Money(2600, "EUR"), .available = false};
    }
    if (name == QLatin1String("lemonade"))
        return {.id = 9, .name = "Lemonade", .basePrice = Money(350, "EUR")};
    if (name == QLatin1String("burger")) {
        MenuItemSpec item{.id = 10, .name = "Burger", .basePrice = Money(1400, "EUR")};
        item.groups = {{.id = 4, .name = "Cheese", .options = {{41, "No cheese", -100}}}};
        return item;
    }
    if (name == QLatin1String("ramen"))
        return {.id = 11, .name = "Ramen", .basePrice = Money(980, "JPY")};
    if (name == QLatin1String("mezze")) {
        MenuItemSpec item{.id = 12, .name = "Mezze platter", .basePrice = Money(1800, "EUR")};
        item.groups = {{.id = 5,
                        .name = "Dips",
                        .minChoices = 3,
                        .maxChoices = 4,
                        .options = {{51, "Hummus", 0},
                                    {52, "Tzatziki", 0},
                                    {53, "Baba ghanoush", 0},
                                    {54, "Muhammara", 50}}}};
        return item;
    }
    if (name == QLatin1String("broken")) {
        // Menu data gone wrong: a discount bigger than the dish.
        MenuItemSpec item{.id = 13, .name = "Side salad", .basePrice = Money(400, "EUR")};
        item.groups = {{.id = 6, .name = "Dressing", .options = {{61, "Free", -500}}}};
        return item;
    }
    qFatal("unknown fixture");
}

} // namespace

class TestLinePricer : public QObject {
    Q_OBJECT

private slots:
    void prices_data();
    void prices();
    void refusals_data();
    void refusals();
};

void TestLinePricer::prices_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QList<qint64>>("optionIds");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<qint64>("unit");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QList<qint64>>("pricedOptionIds");
    QTest::addColumn<QList<qint64>>("deltas");

    using Ids = QList<qint64>;
    QTest::newRow("steak, chips and peppercorn, x3")
        << "ribeye" << Ids{12, 21, 31} << 3 << qint64(2900) << qint64(8700) << "EUR"
        << Ids{12, 21, 31} << Ids{0, 300, 150};
    QTest::newRow("options in menu order whatever the request order")
        << "ribeye" << Ids{31, 22, 21, 13} << 1 << qint64(3050) << qint64(3050) << "EUR"
        << Ids{13, 21, 22, 31} << Ids{0, 300, 150, 150};
    QTest::newRow("only the required choice")
        << "ribeye" << Ids{11} << 1 << qint64(2450) << qint64(2450) << "EUR" << Ids{11} << Ids{0};
    QTest::newRow("largest quantity")
        << "ribeye" << Ids{11} << LinePricer::MaxQuantity << qint64(2450) << qint64(122500) << "EUR"
        << Ids{11} << Ids{0};
    QTest::newRow("no modifiers") << "lemonade" << Ids{} << 2 << qint64(350) << qint64(700) << "EUR"
                                  << Ids{} << Ids{};
    QTest::newRow("negative delta") << "burger" << Ids{41} << 2 << qint64(1300) << qint64(2600)
                                    << "EUR" << Ids{41} << Ids{-100};
    QTest::newRow("optional group left empty")
        << "burger" << Ids{} << 1 << qint64(1400) << qint64(1400) << "EUR" << Ids{} << Ids{};
    QTest::newRow("zero-digit currency")
        << "ramen" << Ids{} << 3 << qint64(980) << qint64(2940) << "JPY" << Ids{} << Ids{};
    QTest::newRow("minimum of three dips")
        << "mezze" << Ids{54, 51, 52} << 1 << qint64(1850) << qint64(1850) << "EUR"
        << Ids{51, 52, 54} << Ids{0, 0, 50};
}

void TestLinePricer::prices()
{
    QFETCH(QString, item);
    QFETCH(QList<qint64>, optionIds);
    QFETCH(int, quantity);
    QFETCH(qint64, unit);
    QFETCH(qint64, total);
    QFETCH(QString, currency);
    QFETCH(QList<qint64>, pricedOptionIds);
    QFETCH(QList<qint64>, deltas);

    const MenuItemSpec spec = fixture(item);
    const Result<PricedLine> result =
        LinePricer::price(spec, LineRequest{spec.id, optionIds, quantity});
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    const PricedLine &line = result.value();
    QCOMPARE(line.itemId, spec.id);
    QCOMPARE(line.quantity, quantity);
    QCOMPARE(line.unitPrice.minorUnits(), unit);
    QCOMPARE(line.unitPrice.currency(), currency);
    QCOMPARE(line.total.minorUnits(), total);
    QCOMPARE(line.total.currency(), currency);
    QCOMPARE(line.optionIds, pricedOptionIds);
    QCOMPARE(line.optionPriceDeltas, deltas);
}

void TestLinePricer::refusals_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<qint64>("itemId"); // -1: the fixture's own id
    QTest::addColumn<QList<qint64>>("optionIds");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    using Ids = QList<qint64>;
    const qint64 same = -1;
    QTest::newRow("another dish's id")
        << "ribeye" << qint64(99) << Ids{11} << 1 << "unknown_item"
        << "This dish (number 99) is no longer on the menu; refresh the menu and order again.";
    QTest::newRow("sold out") << "lamb" << same << Ids{} << 1 << "item_unavailable"
                              << "Lamb chops is sold out.";
    QTest::newRow("sold out wins over a bad quantity")
        << "lamb" << same << Ids{} << 0 << "item_unavailable"
        << "Lamb chops is sold out.";
    QTest::newRow("quantity 0") << "ribeye" << same << Ids{11} << 0 << "quantity_too_small"
                                << "Order at least one Ribeye steak.";
    QTest::newRow("negative quantity") << "ribeye" << same << Ids{11} << -2 << "quantity_too_small"
                                       << "Order at least one Ribeye steak.";
    QTest::newRow("quantity 51")
        << "ribeye" << same << Ids{11} << 51 << "quantity_too_large"
        << "Order at most 50 of Ribeye steak on one line; ask a waiter for a larger order.";
    QTest::newRow("doneness left out") << "ribeye" << same << Ids{21} << 1 << "choice_required"
                                       << "Choose your doneness for Ribeye steak.";
    QTest::newRow("too few dips") << "mezze" << same << Ids{51} << 1 << "choice_required"
                                  << "Choose at least 3 dips for Mezze platter.";
    QTest::newRow("three sides") << "ribeye" << same << Ids{12, 21, 22, 23} << 1
                                 << "too_many_choices"
                                 << "Choose at most 2 sides for Ribeye steak.";
    QTest::newRow("two donenesses") << "ribeye" << same << Ids{11, 13} << 1 << "too_many_choices"
                                    << "Choose only one doneness for Ribeye steak.";
    QTest::newRow("option of another dish")
        << "ribeye" << same << Ids{12, 41} << 1 << "option_not_on_item"
        << "One of the choices is not offered with Ribeye steak; refresh the menu and choose "
           "again.";
    QTest::newRow("same side twice")
        << "ribeye" << same << Ids{12, 21, 21} << 1 << "duplicate_option"
        << "Chips was chosen twice for Ribeye steak.";
    QTest::newRow("prices below zero")
        << "broken" << same << Ids{61} << 1 << "price_invalid"
        << "Side salad cannot be priced with these choices; ask a waiter.";
}

void TestLinePricer::refusals()
{
    QFETCH(QString, item);
    QFETCH(qint64, itemId);
    QFETCH(QList<qint64>, optionIds);
    QFETCH(int, quantity);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const MenuItemSpec spec = fixture(item);
    const LineRequest request{itemId < 0 ? spec.id : itemId, optionIds, quantity};
    const Result<PricedLine> result = LinePricer::price(spec, request);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, code);
    QCOMPARE(result.error().message, message);
}

QTEST_GUILESS_MAIN(TestLinePricer)
#include "tst_linepricer.moc"
