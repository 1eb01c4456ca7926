// "When it is served" in the owner's dish form (WindowsForm, WindowsEditor): a window's days in the
// screen's week order and names, its times, until midnight, the sentence the tables will show,
// and the problem of a window that ends before it starts or is on no day, in the hub's own words
// (menuProblems); what the form saves. End to end through the real screen against a hub: the
// owner gives the hummus weekday hours by touch, sees the problem of an end before the start,
// makes it run until midnight, saves, and the draft holds the window.
#include "../support/quicktaps.h"
#include "../sync/hubtestsupport.h"

#include "categoryform.h"
#include "dishform.h"
#include "menudocumentjson.h"
#include "ownerscreen.h"
#include "windowsform.h"

#include <QJsonArray>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_OwnerPlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

const QLocale British(QLocale::English, QLocale::UnitedKingdom);
const QString OwnerPin = u"2580"_s; // Eleni Markou, the demo venue's owner

QVariantMap row(WindowsForm &form, int at)
{
    return form.windows()->rows().value(at);
}

QList<int> dayOrder(WindowsForm &form, int at)
{
    QList<int> days;
    for (const QVariant &day : row(form, at)[u"days"_s].toList())
        days.append(day.toMap()[u"day"_s].toInt());
    return days;
}

QList<int> chosenDays(WindowsForm &form, int at)
{
    QList<int> days;
    for (const QVariant &day : row(form, at)[u"days"_s].toList())
        if (day.toMap()[u"chosen"_s].toBool())
            days.append(day.toMap()[u"day"_s].toInt());
    return days;
}

bool online(VenueClient &client)
{
    return QTest::qWaitFor([&] { return client.state() == VenueClient::State::Online; }, 10000);
}

} // namespace

class TestOwnerWindows : public QObject {
    Q_OBJECT

private slots:
    void aWindowIsEditedAndWorded()
    {
        WindowsForm form;
        form.setLocale(British);
        form.open(u"dish"_s, u"hummus"_s, {});
        QCOMPARE(form.windows()->rowCount(), 0);
        QCOMPARE(form.alwaysText(), u"It can be ordered at any time."_s);
        QSignalSpy edited(&form, &WindowsForm::edited);
        form.addWindow();
        QCOMPARE(edited.count(), 1);
        QCOMPARE(row(form, 0)[u"fromHour"_s].toInt(), 12);
        QCOMPARE(row(form, 0)[u"untilHour"_s].toInt(), 15);
        QCOMPARE(row(form, 0)[u"hours"_s].toString(), u"Served 12:00–15:00."_s);
        QCOMPARE(row(form, 0)[u"problem"_s].toString(), QString());
        form.toggleDay(0, 6);
        form.toggleDay(0, 7);
        QCOMPARE(chosenDays(form, 0), (QList<int>{1, 2, 3, 4, 5}));
        QCOMPARE(row(form, 0)[u"hours"_s].toString(), u"Served 12:00–15:00 on weekdays."_s);
        form.setFromMinute(0, 30);
        QCOMPARE(form.windowList().first().from, QTime(12, 30));
        form.setUntilMidnight(0, true);
        QCOMPARE(row(form, 0)[u"hours"_s].toString(), u"Served from 12:30 on weekdays."_s);
        QVERIFY(row(form, 0)[u"untilMidnight"_s].toBool());
        form.setUntilHour(0, 9); // ignored while it runs until midnight
        QVERIFY(form.windowList().first().endsAtMidnight());
        form.setUntilMidnight(0, false);
        QCOMPARE(form.windowList().first().until, QTime(23, 0));
        form.removeWindow(0);
        QCOMPARE(form.windows()->rowCount(), 0);
        QCOMPARE(edited.count(), 7); // the hour set while it ran until midnight changed nothing
    }

    void theWeekRunsInTheScreensOrder_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QList<int>>("order");
        QTest::addColumn<QString>("firstName");
        QTest::newRow("British") << British << QList<int>{1, 2, 3, 4, 5, 6, 7} << u"Mon"_s;
        QTest::newRow("American") << QLocale(QLocale::English, QLocale::UnitedStates)
                                  << QList<int>{7, 1, 2, 3, 4, 5, 6} << u"Sun"_s;
        const QLocale persian(QLocale::Persian, QLocale::Iran);
        QTest::newRow("Persian") << persian << QList<int>{6, 7, 1, 2, 3, 4, 5}
                                 << persian.standaloneDayName(6, QLocale::ShortFormat);
    }
    void theWeekRunsInTheScreensOrder()
    {
        QFETCH(QLocale, locale);
        QFETCH(QList<int>, order);
        QFETCH(QString, firstName);
        WindowsForm form;
        form.setLocale(locale);
        form.open(u"dish"_s, u"hummus"_s, {});
        form.addWindow();
        QCOMPARE(dayOrder(form, 0), order);
        QCOMPARE(row(form, 0)[u"days"_s].toList().first().toMap()[u"name"_s].toString(), firstName);
    }

    // The problems are the hub's own sentences, for the window they concern.
    void problemsAreTheHubs_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<AvailabilityWindow>("window");
        QTest::addColumn<QString>("problem");
        QTest::newRow("ends before it starts")
            << u"dish"_s << AvailabilityWindow{AvailabilityWindow::EveryDay, {18, 0}, {9, 0}}
            << u"Window 2 of the dish \"hummus\" ends at 09:00, before it starts at 18:00; a "
               u"window past midnight is two windows."_s;
        QTest::newRow("on no day") << u"category"_s << AvailabilityWindow{0, {18, 0}, {22, 0}}
                                   << u"Window 2 of the category \"hummus\" is on no day of the "
                                      u"week."_s;
        QTest::newRow("until midnight")
            << u"dish"_s << AvailabilityWindow{0x7f, {18, 0}, {0, 0}} << QString();
    }
    void problemsAreTheHubs()
    {
        QFETCH(QString, kind);
        QFETCH(AvailabilityWindow, window);
        QFETCH(QString, problem);
        WindowsForm form;
        form.setLocale(British);
        form.open(kind, u"hummus"_s, {{AvailabilityWindow::EveryDay, {7, 0}, {11, 30}}, window});
        QCOMPARE(row(form, 0)[u"problem"_s].toString(), QString());
        QCOMPARE(row(form, 1)[u"problem"_s].toString(), problem);
        // A window with a problem has no sentence for the tables.
        QCOMPARE(row(form, 1)[u"hours"_s].toString().isEmpty(), !problem.isEmpty());
    }

    void theDishFormSavesItsWindows()
    {
        MenuDocument document;
        document.defaultLanguage = u"en"_s;
        document.languages = {u"en"_s};
        document.categories.append({u"mezze"_s, {{u"en"_s, u"Mezze"_s}}, {}, false, {}});
        DocumentItem hummus;
        hummus.key = u"hummus"_s;
        hummus.category = u"mezze"_s;
        hummus.name = {{u"en"_s, u"Hummus"_s}};
        hummus.course = u"starter"_s;
        hummus.station = u"cold"_s;
        document.items.append(hummus);
        DishForm form;
        form.setLocale(British);
        form.open(document, hummus);
        QVERIFY(!form.modified());
        form.windows()->addWindow();
        QVERIFY(form.modified());
        QVERIFY(form.canSave());
        const QJsonArray windows = form.edit()[u"entry"_s][u"windows"_s].toArray();
        QCOMPARE(windows, (QJsonArray{QJsonObject{{u"days"_s, QJsonArray{1, 2, 3, 4, 5, 6, 7}},
                                                  {u"from"_s, u"12:00"_s},
                                                  {u"until"_s, u"15:00"_s}}}));
        // Opening another dish shows its own windows.
        form.open(document, hummus);
        QCOMPARE(form.windows()->windows()->rowCount(), 0);
    }

    void theCategoryFormSavesItsWindows()
    {
        MenuDocument document;
        document.defaultLanguage = u"en"_s;
        document.languages = {u"en"_s};
        document.categories.append({u"mezze"_s, {{u"en"_s, u"Mezze"_s}}, {}, false, {}});
        CategoryForm form([](const char *source, int) { return QString::fromUtf8(source); },
                          [](const QString &code) { return code; });
        form.windows()->setLocale(British);
        form.open(document, u"mezze"_s);
        QCOMPARE(form.windows()->alwaysText(), u"Its dishes can be ordered at any time."_s);
        QVERIFY(!form.modified());
        form.windows()->addWindow();
        form.windows()->setUntilHour(0, 11);
        QVERIFY(form.modified());
        QCOMPARE(form.windows()->windows()->rows().first()[u"problem"_s].toString(),
                 u"Window 1 of the category \"mezze\" ends at 11:00, before it starts at 12:00; "
                 u"a window past midnight is two windows."_s);
        form.windows()->setUntilMidnight(0, true);
        QCOMPARE(form.edit()[u"entry"_s][u"windows"_s].toArray(),
                 (QJsonArray{QJsonObject{{u"days"_s, QJsonArray{1, 2, 3, 4, 5, 6, 7}},
                                         {u"from"_s, u"12:00"_s},
                                         {u"until"_s, u"00:00"_s}}}));
    }

    void ownerSetsHoursByTouch()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        ManualClock screenClock{hub.clock.now()};
        SystemClock deviceClock;
        VenueClient client{deviceClock};
        OwnerScreen owner{client, screenClock};
        client.connectTo(hub.hub->url(), hub.enroll(u"Office"_s, u"owner"_s));
        QVERIFY(online(client));
        QTRY_VERIFY(!owner.document().items.isEmpty());
        QVERIFY(owner.show().ok());
        QQuickWindow *window = owner.window();
        window->resize(1280, 800);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        for (QChar digit : OwnerPin)
            QVERIFY(tap(window, u"ownerPinKey_%1"_s.arg(digit)));
        QVERIFY(tap(window, u"ownerSignIn"_s));
        QTRY_VERIFY(owner.signedIn());
        QVERIFY(tap(window, u"dish_hummus"_s));
        QTRY_COMPARE(owner.page(), u"item"_s);

        QQuickItem *always = waitForItem(window, u"windowsAlways"_s);
        QVERIFY(always && always->isVisible());
        QCOMPARE(always->property("text").toString(), u"It can be ordered at any time."_s);
        // The section is below the fold: scroll the form to it, as a finger would.
        QQuickItem *add = waitForItem(window, u"addWindow"_s);
        QVERIFY(add);
        QQuickItem *flickable = add->parentItem();
        while (flickable && !flickable->inherits("QQuickFlickable"))
            flickable = flickable->parentItem();
        QVERIFY(flickable);
        const auto scrollTo = [&](QQuickItem *target) {
            const qreal y =
                target
                    ->mapToItem(flickable->property("contentItem").value<QQuickItem *>(),
                                QPointF(0, 0))
                    .y();
            flickable->setProperty("contentY", std::max<qreal>(0, y - 120));
            QVERIFY(QQuickTest::qWaitForPolish(window));
        };
        scrollTo(add);
        QVERIFY(tap(window, u"addWindow"_s));
        QQuickItem *first = waitForItem(window, u"window_0"_s);
        QVERIFY(first);
        scrollTo(first);
        QVERIFY(tap(window, u"window_0_day_6"_s));
        QVERIFY(tap(window, u"window_0_day_7"_s));
        QTRY_COMPARE(waitForItem(window, u"window_0_hours"_s)->property("text").toString(),
                     u"Served 12:00–15:00 on weekdays."_s);
        // An end before the start: the hub's own words, and no sentence for the tables.
        QQuickItem *untilHour = waitForItem(window, u"window_0_until_hour"_s);
        QVERIFY(untilHour);
        untilHour->setProperty("currentIndex", 9);
        QQuickItem *problem = waitForItem(window, u"window_0_problem"_s);
        QTRY_VERIFY(problem->isVisible());
        QCOMPARE(problem->property("text").toString(),
                 u"Window 1 of the dish \"hummus\" ends at 09:00, before it starts at 12:00; a "
                 u"window past midnight is two windows."_s);
        QCOMPARE(owner.form()->windows()->windows()->rows().first()[u"hours"_s].toString(),
                 QString());
        QCOMPARE(untilHour->property("currentIndex").toInt(), 9);
        if (const QString shot = qEnvironmentVariable("TABLESIDE_WINDOWS_SHOT"); !shot.isEmpty()) {
            QTest::qWait(2000); // the wheel's turn to 09, for the picture only
            QVERIFY(window->grabWindow().save(shot));
        }
        QVERIFY(tap(window, u"window_0_midnight"_s));
        QTRY_VERIFY(!problem->isVisible());
        QCOMPARE(waitForItem(window, u"window_0_hours"_s)->property("text").toString(),
                 u"Served from 12:00 on weekdays."_s);

        // Saved into the draft as the hub keeps it.
        QVERIFY(tap(window, u"saveDish"_s));
        QTRY_VERIFY(owner.hasDraft());
        const DocumentItem *saved = owner.document().item(u"hummus"_s);
        QVERIFY(saved);
        QCOMPARE(saved->windows,
                 (QList<AvailabilityWindow>{{AvailabilityWindow::Weekdays, {12, 0}, {0, 0}}}));
    }
};

QTEST_MAIN(TestOwnerWindows)
#include "tst_ownerwindows.moc"
