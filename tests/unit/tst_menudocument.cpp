// The owner's menu document: what stops it from being published (each problem naming its
// field), the translations it lacks, its JSON, and when a dish can be ordered across a
// daylight-saving change.
#include "menudocument.h"
#include "menudocumentjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

MenuDocument goodMenu()
{
    MenuDocument menu;
    menu.defaultLanguage = u"en"_s;
    menu.languages = {u"en"_s, u"el"_s, u"ar"_s, u"fa"_s};
    menu.categories = {
        {u"mezze"_s, {{u"en"_s, u"Mezze"_s}, {u"el"_s, u"Μεζέδες"_s}}, {}, false, {}},
        {u"grill"_s, {{u"en"_s, u"Grill"_s}}, {}, false, {}},
    };
    menu.modifierLists = {{u"doneness"_s,
                           {{u"en"_s, u"Doneness"_s}},
                           {{u"rare"_s, {{u"en"_s, u"Rare"_s}}, 0},
                            {u"medium"_s, {{u"en"_s, u"Medium"_s}}, 0},
                            {u"well-done"_s, {{u"en"_s, u"Well done"_s}}, 0}}}};
    DocumentItem hummus;
    hummus.key = u"hummus"_s;
    hummus.category = u"mezze"_s;
    hummus.name = {{u"en"_s, u"Hummus"_s}, {u"ar"_s, u"حمص"_s}};
    hummus.priceMinor = 650;
    hummus.course = u"starter"_s;
    hummus.station = u"cold"_s;
    hummus.allergens = {u"sesame"_s};
    hummus.dietary = {u"vegan"_s};
    DocumentItem steak;
    steak.key = u"ribeye"_s;
    steak.category = u"grill"_s;
    steak.name = {{u"en"_s, u"Ribeye Steak"_s}};
    steak.priceMinor = 2800;
    steak.course = u"main"_s;
    steak.station = u"grill"_s;
    steak.modifiers = {{u"doneness"_s, 1, 1}};
    steak.windows = {{AvailabilityWindow::EveryDay, QTime(18, 0), QTime(0, 0)}};
    menu.items = {hummus, steak};
    return menu;
}

using Change = std::function<void(MenuDocument &)>;

} // namespace

class TestMenuDocument : public QObject {
    Q_OBJECT

private slots:
    void aGoodMenuHasNoProblem() { QCOMPARE(menuProblems(goodMenu()), QList<MenuProblem>{}); }

    void eachProblemNamesItsField_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("code");

        QTest::newRow("negative price")
            << Change([](MenuDocument &m) { m.items[0].priceMinor = -1; })
            << u"items/hummus/price"_s << u"negative_price"_s;
        QTest::newRow("absurd price") << Change([](MenuDocument &m) {
            m.items[0].priceMinor = MenuLimits::MaxPriceMinor + 1;
        }) << u"items/hummus/price"_s << u"absurd_price"_s;
        QTest::newRow("absurd option price") << Change([](MenuDocument &m) {
            m.modifierLists[0].options[0].priceDeltaMinor = -MenuLimits::MaxPriceDeltaMinor - 1;
        }) << u"modifierLists/doneness/options/rare/priceDelta"_s
                                             << u"absurd_price"_s;
        QTest::newRow("dish name missing in default language") << Change([](MenuDocument &m) {
            m.items[1].name = {{u"el"_s, u"Μπριζόλα"_s}};
        }) << u"items/ribeye/name/en"_s << u"name_missing"_s;
        QTest::newRow("dish name only spaces")
            << Change([](MenuDocument &m) { m.items[1].name[u"en"_s] = u"  "_s; })
            << u"items/ribeye/name/en"_s << u"name_missing"_s;
        QTest::newRow("category name missing")
            << Change([](MenuDocument &m) { m.categories[1].name.clear(); })
            << u"categories/grill/name/en"_s << u"name_missing"_s;
        QTest::newRow("option name missing")
            << Change([](MenuDocument &m) { m.modifierLists[0].options[2].name.clear(); })
            << u"modifierLists/doneness/options/well-done/name/en"_s << u"name_missing"_s;
        QTest::newRow("group min above max") << Change([](MenuDocument &m) {
            m.items[1].modifiers[0] = {u"doneness"_s, 2, 1};
        }) << u"items/ribeye/modifiers/doneness/min"_s
                                             << u"min_above_max"_s;
        QTest::newRow("group min above its options") << Change([](MenuDocument &m) {
            m.items[1].modifiers[0] = {u"doneness"_s, 4, 5};
        }) << u"items/ribeye/modifiers/doneness/min"_s
                                                     << u"min_above_options"_s;
        QTest::newRow("group max zero") << Change([](MenuDocument &m) {
            m.items[1].modifiers[0] = {u"doneness"_s, 0, 0};
        }) << u"items/ribeye/modifiers/doneness"_s
                                        << u"bad_choices"_s;
        QTest::newRow("unknown modifier list") << Change([](MenuDocument &m) {
            m.items[0].modifiers = {{u"sauces"_s, 0, 1}};
        }) << u"items/hummus/modifiers/sauces"_s
                                               << u"unknown_modifier_list"_s;
        QTest::newRow("modifier list without options") << Change([](MenuDocument &m) {
            m.modifierLists[0].options.clear();
            m.items[1].modifiers[0].minChoices = 0;
        }) << u"modifierLists/doneness/options"_s << u"no_options"_s;
        QTest::newRow("item in no category")
            << Change([](MenuDocument &m) { m.items[0].category.clear(); })
            << u"items/hummus/category"_s << u"no_category"_s;
        QTest::newRow("item in an unknown category")
            << Change([](MenuDocument &m) { m.items[0].category = u"drinks"_s; })
            << u"items/hummus/category"_s << u"unknown_category"_s;
        QTest::newRow("window ends before it starts") << Change([](MenuDocument &m) {
            m.items[0].windows = {{AvailabilityWindow::EveryDay, QTime(15, 0), QTime(12, 0)}};
        }) << u"items/hummus/windows/1"_s << u"window_ends_before_start"_s;
        QTest::newRow("empty window") << Change([](MenuDocument &m) {
            m.categories[0].windows = {{AvailabilityWindow::EveryDay, QTime(12, 0), QTime(12, 0)}};
        }) << u"categories/mezze/windows/1"_s
                                      << u"window_ends_before_start"_s;
        QTest::newRow("window on no day") << Change([](MenuDocument &m) {
            m.items[0].windows = {{0, QTime(12, 0), QTime(15, 0)}};
        }) << u"items/hummus/windows/1/days"_s
                                          << u"bad_window_days"_s;
        QTest::newRow("two items with one key")
            << Change([](MenuDocument &m) { m.items[1].key = u"hummus"_s; })
            << u"items/hummus/key"_s << u"duplicate_key"_s;
        QTest::newRow("two categories with one key")
            << Change([](MenuDocument &m) { m.categories[1].key = u"mezze"_s; })
            << u"categories/mezze/key"_s << u"duplicate_key"_s;
        QTest::newRow("key with a space")
            << Change([](MenuDocument &m) { m.items[0].key = u"hum mus"_s; })
            << u"items/hum mus/key"_s << u"bad_key"_s;
        QTest::newRow("no course") << Change([](MenuDocument &m) { m.items[0].course.clear(); })
                                   << u"items/hummus/course"_s << u"bad_course"_s;
        QTest::newRow("no station") << Change([](MenuDocument &m) { m.items[0].station = u" "_s; })
                                    << u"items/hummus/station"_s << u"no_station"_s;
        QTest::newRow("spice too hot") << Change([](MenuDocument &m) { m.items[0].spiceLevel = 4; })
                                       << u"items/hummus/spice"_s << u"bad_spice"_s;
        QTest::newRow("unknown allergen")
            << Change([](MenuDocument &m) { m.items[0].allergens.append(u"chili"_s); })
            << u"items/hummus/allergens"_s << u"unknown_allergen"_s;
        QTest::newRow("unknown dietary tag")
            << Change([](MenuDocument &m) { m.items[0].dietary.append(u"keto"_s); })
            << u"items/hummus/dietary"_s << u"unknown_dietary_tag"_s;
        QTest::newRow("default language not spoken")
            << Change([](MenuDocument &m) { m.defaultLanguage = u"de"_s; }) << u"defaultLanguage"_s
            << u"bad_default_language"_s;
    }

    void eachProblemNamesItsField()
    {
        QFETCH(Change, change);
        QFETCH(QString, field);
        QFETCH(QString, code);
        MenuDocument menu = goodMenu();
        change(menu);
        const QList<MenuProblem> problems = menuProblems(menu);
        const bool found = std::any_of(problems.begin(), problems.end(), [&](const auto &p) {
            return p.field == field && p.code == code && !p.message.isEmpty();
        });
        if (!found)
            for (const MenuProblem &problem : problems)
                qWarning() << problem.field << problem.code << problem.message;
        QVERIFY2(found, qPrintable(u"no %1 at %2"_s.arg(code, field)));
    }

    void aMessageSaysWhatIsWrongInWords()
    {
        MenuDocument menu = goodMenu();
        menu.items[1].modifiers[0] = {u"doneness"_s, 4, 5};
        const QList<MenuProblem> problems = menuProblems(menu);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().message,
                 u"On \"ribeye\", \"doneness\" asks for at least 4 but has only 3 options."_s);
    }

    void missingTranslationsAreListed()
    {
        const MenuDocument menu = goodMenu();
        QCOMPARE(missingLanguages(menu, menu.items[0].name), (QStringList{u"el"_s, u"fa"_s}));
        QCOMPARE(missingLanguages(menu, menu.categories[0].name), (QStringList{u"ar"_s, u"fa"_s}));
    }

    void jsonKeepsEveryField()
    {
        MenuDocument menu = goodMenu();
        menu.categories[0].hidden = true;
        menu.categories[0].description = {{u"fa"_s, u"پیش‌غذاها"_s}};
        menu.items[0].photo = u"3f2a"_s;
        menu.items[0].spiceLevel = 2;
        menu.items[0].hidden = true;
        menu.items[0].windows = {{0x1f, QTime(12, 0), QTime(15, 30)},
                                 {0x60, QTime(11, 0), QTime(0, 0)}};
        menu.modifierLists[0].options[0].priceDeltaMinor = -150;
        const QJsonObject json = menuDocumentToJson(menu);
        auto back = menuDocumentFromJson(json);
        if (!back)
            QFAIL(qPrintable(back.error().message));
        QCOMPARE(*back, menu);
        // And through text, as it travels and is stored.
        auto again =
            menuDocumentFromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
        QVERIFY(again.ok());
        QCOMPARE(*again, menu);
    }

    void jsonOfTheWrongShapeNamesTheField_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("price as text")
            << u"items/0/price"_s << QJsonValue(u"6.50"_s) << u"items/1/price"_s;
        QTest::newRow("price with a fraction")
            << u"items/1/price"_s << QJsonValue(6.5) << u"items/2/price"_s;
        QTest::newRow("name as text")
            << u"categories/0/name"_s << QJsonValue(u"Mezze"_s) << u"categories/1/name"_s;
        QTest::newRow("weekday 8")
            << u"items/1/windows"_s
            << QJsonValue(QJsonArray{QJsonObject{
                   {u"days"_s, QJsonArray{8}}, {u"from"_s, u"12:00"_s}, {u"until"_s, u"15:00"_s}}})
            << u"items/2/windows/1/days"_s;
        QTest::newRow("time without minutes")
            << u"items/1/windows"_s
            << QJsonValue(QJsonArray{QJsonObject{
                   {u"days"_s, QJsonArray{1}}, {u"from"_s, u"12"_s}, {u"until"_s, u"15:00"_s}}})
            << u"items/2/windows/1/from"_s;
        QTest::newRow("no key") << u"modifierLists/0/key"_s << QJsonValue()
                                << u"modifierLists/1/key"_s;
    }

    void jsonOfTheWrongShapeNamesTheField()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        QJsonObject json = menuDocumentToJson(goodMenu());
        // Set json at path ("items/0/price"), array indexes from 0.
        const QStringList parts = path.split(u'/');
        std::function<QJsonValue(QJsonValue, qsizetype)> set = [&](QJsonValue at, qsizetype i) {
            if (i == parts.size())
                return value;
            if (at.isArray()) {
                QJsonArray array = at.toArray();
                const int index = parts.at(i).toInt();
                array[index] = set(array.at(index), i + 1);
                return QJsonValue(array);
            }
            QJsonObject object = at.toObject();
            if (i + 1 == parts.size() && value.isNull())
                object.remove(parts.at(i));
            else
                object[parts.at(i)] = set(object.value(parts.at(i)), i + 1);
            return QJsonValue(object);
        };
        json = set(json, 0).toObject();
        auto read = menuDocumentFromJson(json);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().code, u"bad_menu"_s);
        QVERIFY2(read.error().message.contains(field + u" "_s), qPrintable(read.error().message));
    }

    void windowsFollowTheVenuesWallClock_data()
    {
        QTest::addColumn<AvailabilityWindow>("window");
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<bool>("open");

        const AvailabilityWindow lunch{AvailabilityWindow::EveryDay, QTime(12, 0), QTime(15, 0)};
        const auto utc = [](int month, int day, int hour, int minute) {
            return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
        };
        // Athens is UTC+2 in winter and UTC+3 from 03:00 on 29 March 2026.
        QTest::newRow("winter, 12:30 local") << lunch << utc(3, 28, 10, 30) << true;
        QTest::newRow("winter, 11:30 local") << lunch << utc(3, 28, 9, 30) << false;
        QTest::newRow("summer, 12:30 local") << lunch << utc(3, 29, 9, 30) << true;
        QTest::newRow("summer, 15:00 local is closed") << lunch << utc(3, 29, 12, 0) << false;
        QTest::newRow("summer, 14:59 local") << lunch << utc(3, 29, 11, 59) << true;
        // Back to UTC+2 at 04:00 on 25 October 2026.
        QTest::newRow("autumn, 12:30 local") << lunch << utc(10, 25, 10, 30) << true;
        QTest::newRow("autumn, 11:30 local") << lunch << utc(10, 25, 9, 30) << false;
        const AvailabilityWindow weekdays{0x1f, QTime(12, 0), QTime(15, 0)};
        QTest::newRow("Friday") << weekdays << utc(3, 27, 10, 30) << true;
        QTest::newRow("Saturday") << weekdays << utc(3, 28, 10, 30) << false;
        const AvailabilityWindow lateNight{AvailabilityWindow::EveryDay, QTime(22, 0), QTime(0, 0)};
        QTest::newRow("23:59 local, to midnight") << lateNight << utc(7, 1, 20, 59) << true;
        QTest::newRow("00:00 local, past midnight") << lateNight << utc(7, 1, 21, 0) << false;
        // 03:30 on 29 March does not exist in Athens; an early window never sees it.
        const AvailabilityWindow breakfast{AvailabilityWindow::EveryDay, QTime(4, 0), QTime(10, 0)};
        QTest::newRow("the skipped hour") << breakfast << utc(3, 29, 1, 0) << true;
        QTest::newRow("before the skipped hour") << breakfast << utc(3, 29, 0, 59) << false;
    }

    void windowsFollowTheVenuesWallClock()
    {
        QFETCH(AvailabilityWindow, window);
        QFETCH(QDateTime, moment);
        QFETCH(bool, open);
        const QTimeZone athens("Europe/Athens");
        QVERIFY(athens.isValid());
        QCOMPARE(isWithinWindows({window}, moment, athens), open);
    }

    void noWindowMeansAlwaysAndAnyWindowWillDo()
    {
        const QTimeZone athens("Europe/Athens");
        const QDateTime night(QDate(2026, 1, 1), QTime(2, 0), QTimeZone::utc());
        QVERIFY(isWithinWindows({}, night, athens));
        const QList<AvailabilityWindow> twice{
            {AvailabilityWindow::EveryDay, QTime(12, 0), QTime(15, 0)},
            {AvailabilityWindow::EveryDay, QTime(3, 0), QTime(5, 0)}};
        QVERIFY(isWithinWindows(twice, night, athens)); // 04:00 in Athens
    }
};

QTEST_APPLESS_MAIN(TestMenuDocument)
#include "tst_menudocument.moc"
