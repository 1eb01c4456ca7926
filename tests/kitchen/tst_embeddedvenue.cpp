// The embedded venue's screens end to end on a real hub: the table, the kitchen and the floor tile
// one screen with none behind another, each labelled, and each keeps its own language in one
// process: a diner who picks Arabic changes the table's screen alone. They pair with the hub as
// remote devices do, once, and come back with their tokens.
#include "embeddedvenue.h"
#include "staffflow.h"
#include "venuescreens.h"
#include "venuewindows.h"

#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)
Q_IMPORT_QML_PLUGIN(Tableside_KitchenPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_HostPlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

const QRect FullHd(0, 0, 1920, 1080);

// Every text a person can read on the window now.
QStringList visibleTexts(QQuickItem *item)
{
    QStringList texts;
    if (!item || !item->isVisible() || item->opacity() == 0)
        return texts;
    if (item->inherits("QQuickText") || item->inherits("QQuickTextInput") ||
        item->inherits("QQuickTextEdit")) {
        const QString text = item->property("text").toString();
        if (!text.trimmed().isEmpty())
            texts.append(text);
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        texts += visibleTexts(child);
    return texts;
}

QStringList textsInScript(QQuickWindow *window, const QRegularExpression &script)
{
    return visibleTexts(window->contentItem()).filter(script);
}

const QRegularExpression Arabic(u"[\\x{0600}-\\x{06FF}]"_s);
const QRegularExpression Greek(u"[\\x{0370}-\\x{03FF}]"_s);

struct ScreensOnATestHub {
    // The hub's start, "" when it started.
    QString start()
    {
        if (QString error = hub.start(); !error.isEmpty())
            return error;
        const auto device = [&](const QString &role, int table, const QString &name) {
            auto code = hub.hub->makePairingCode(role, table);
            return DeviceCredential{{}, code ? *code : QString(), name};
        };
        const VenueDevices devices{device(u"table"_s, VenueScreens::TableNumber, u"Table 1"_s),
                                   device(u"kitchen"_s, 0, u"Kitchen"_s),
                                   device(u"host"_s, 0, u"Floor"_s)};
        screens = std::make_unique<VenueScreens>(hub.hub->url(), devices, folder.path(), u"en"_s,
                                                 hub.clock);
        return {};
    }

    bool allOnline()
    {
        return QTest::qWaitFor(
            [&] {
                return screens->table().online() && screens->kitchen().online() &&
                       screens->floor().online() && screens->table().menuReady();
            },
            10000);
    }

    TestHub hub;
    QTemporaryDir folder;
    std::unique_ptr<VenueScreens> screens;
};

} // namespace

class TestEmbeddedVenue : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void theWindowsTileTheScreenWithNoneBehindAnother_data()
    {
        QTest::addColumn<QRect>("available");
        QTest::newRow("1920x1080") << FullHd;
        QTest::newRow("1280x800 under a panel") << QRect(0, 32, 1280, 768);
        QTest::newRow("odd sizes") << QRect(0, 0, 1367, 769);
    }

    void theWindowsTileTheScreenWithNoneBehindAnother()
    {
        QFETCH(QRect, available);
        const VenueWindowPlaces places = venueWindowPlaces(available);
        const QList<QRect> frames{places.table, places.kitchen, places.floor};
        int area = 0;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            QVERIFY(available.contains(frames[i]));
            QVERIFY(frames[i].width() >= available.width() / 3);
            area += frames[i].width() * frames[i].height();
            for (qsizetype j = i + 1; j < frames.size(); ++j)
                QVERIFY2(!frames[i].intersects(frames[j]), qPrintable(u"%1 %2"_s.arg(i).arg(j)));
        }
        QCOMPARE(area, available.width() * available.height()); // no space is left unused
    }

    void threeScreensOpenInViewAndLabelled()
    {
        ScreensOnATestHub venue;
        QCOMPARE(venue.start(), QString());
        QVERIFY(venue.screens->show(FullHd).ok());
        QVERIFY(venue.allOnline());
        const QList<QQuickWindow *> windows{venue.screens->table().window(),
                                            venue.screens->kitchen().window(),
                                            venue.screens->floor().window()};
        for (QQuickWindow *window : windows) {
            QVERIFY(window->isVisible());
            QVERIFY(QTest::qWaitForWindowExposed(window));
        }
        const VenueWindowPlaces places = venueWindowPlaces(FullHd);
        QTRY_COMPARE(windows[0]->frameGeometry(), places.table);
        QTRY_COMPARE(windows[1]->frameGeometry(), places.kitchen);
        QTRY_COMPARE(windows[2]->frameGeometry(), places.floor);
        QTRY_COMPARE(windows[0]->title(), u"Table 1 — Olive & Ember"_s);
        QVERIFY(windows[1]->title().startsWith(u"Kitchen"_s));
        QCOMPARE(windows[2]->title(), u"Floor"_s);
    }

    void aDinersLanguageChangesTheTableAlone()
    {
        ScreensOnATestHub venue;
        QCOMPARE(venue.start(), QString());
        QVERIFY(venue.screens->show(FullHd).ok());
        QVERIFY(venue.allOnline());
        QQuickWindow *table = venue.screens->table().window();
        QQuickWindow *kitchen = venue.screens->kitchen().window();
        QQuickWindow *floor = venue.screens->floor().window();

        // The diner picks Arabic on the welcome screen.
        QVERIFY(tap(table, u"language_ar"_s));
        QTRY_VERIFY(!textsInScript(table, Arabic).isEmpty());
        QVERIFY(venue.screens->table().rightToLeft());

        // An order arrives after the choice: its ticket, the kitchen and the floor stay English.
        VenueClient waiter(venue.hub.clock);
        waiter.connectTo(venue.hub.hub->url(), venue.hub.enroll(u"Waiter"_s, u"host"_s));
        QVERIFY(online(waiter));
        const QJsonObject placed =
            ask(waiter, u"order.place"_s,
                {{u"key"_s, u"embedded-1"_s},
                 {u"table"_s, VenueScreens::TableNumber},
                 {u"lines"_s, QJsonArray{QJsonObject{{u"itemId"_s, venue.hub.itemId(u"hummus"_s)},
                                                     {u"quantity"_s, 1}}}}});
        QVERIFY2(placed.contains(u"order"_s), qPrintable(QJsonDocument(placed).toJson()));
        const int number = placed[u"order"_s][u"number"_s].toInt();
        QVERIFY(waitForItem(kitchen, u"ticket_%1"_s.arg(number)));
        QTRY_VERIFY(visibleTexts(kitchen->contentItem()).contains(u"Hummus"_s));
        QCOMPARE(textsInScript(kitchen, Arabic), QStringList());
        QCOMPARE(textsInScript(floor, Arabic), QStringList());
        QVERIFY(!venue.screens->kitchen().rightToLeft());

        // A cook's Greek leaves the diner's Arabic and the floor's English as they are.
        const QStringList tableBefore = visibleTexts(table->contentItem());
        const QStringList floorBefore = visibleTexts(floor->contentItem());
        venue.screens->kitchen().setLanguage(u"el"_s);
        QTRY_VERIFY(!textsInScript(kitchen, Greek).isEmpty());
        QCOMPARE(visibleTexts(table->contentItem()), tableBefore);
        QCOMPARE(visibleTexts(floor->contentItem()), floorBefore);
        QVERIFY(venue.screens->table().rightToLeft());
    }

    // The embedded venue writes nothing to its store itself: its screens pair with codes the hub
    // makes, and at the next start they come back with the tokens they were given.
    void theScreensPairOnceAndComeBackWithTheirTokens()
    {
        QTemporaryDir folder;
        const QString store = folder.filePath(u"venue.sqlite"_s);
        const auto count = [&](const QString &sql) {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"reader"_s);
            db.setDatabaseName(store);
            int n = -1;
            if (db.open()) {
                QSqlQuery query(sql, db);
                if (query.next())
                    n = query.value(0).toInt();
            }
            db = {};
            QSqlDatabase::removeDatabase(u"reader"_s);
            return n;
        };
        for (int start = 1; start <= 2; ++start) {
            EmbeddedVenue venue(store);
            QVERIFY(venue.start().ok());
            SystemClock clock;
            VenueClient table(clock);
            VenueClient kitchen(clock);
            QVERIFY(venue.join(table, u"table"_s, VenueScreens::TableNumber).ok());
            QVERIFY(venue.join(kitchen, u"kitchen"_s).ok());
            QVERIFY(online(table));
            QVERIFY(online(kitchen));
            QCOMPARE(count(u"SELECT count(*) FROM devices"_s), 2);
            QCOMPARE(count(u"SELECT count(*) FROM pairing_codes WHERE used_at IS NOT NULL"_s), 2);
        }
    }
};

QTEST_MAIN(TestEmbeddedVenue)
#include "tst_embeddedvenue.moc"
