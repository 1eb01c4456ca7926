// The graphical roles, loaded by the tableside executable only when a screen is wanted, so the
// headless hub never maps a GUI library.
#include "commandline.h"
#include "embeddedvenue.h"
#include "exitcodes.h"
#include "kitchenscreen.h"
#include "outbox.h"
#include "screenshot.h"
#include "storeopening.h"
#include "tablescreen.h"
#include "venueclient.h"

#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)
Q_IMPORT_QML_PLUGIN(Tableside_KitchenPlugin)

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

struct ScreenshotRequest {
    QString language;
    QSize size;
    QString out;
    QString db;
};

// Checked before any window system starts, so a bad argument gets one line and exit 2.
Result<ScreenshotRequest> screenshotRequest(const CommandLine &line)
{
    if (!line.has(u"out"_s))
        return makeError(u"bad_arguments"_s, u"screenshot needs --out FILE.png"_s);
    if (line.option(u"role"_s, u"table"_s) != u"table"_s)
        return makeError(u"bad_arguments"_s, u"screenshot knows --role table"_s);
    if (line.option(u"screen"_s, u"menu"_s) != u"menu"_s)
        return makeError(u"bad_arguments"_s, u"screenshot of the table knows --screen menu"_s);
    QSize size(1280, 800);
    if (line.has(u"size"_s)) {
        const QStringList parts = line.option(u"size"_s).split(u'x');
        size = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
        if (size.width() < 320 || size.height() < 320)
            return makeError(u"bad_arguments"_s, u"--size wants WIDTHxHEIGHT, at least 320x320"_s);
    }
    return ScreenshotRequest{line.option(u"lang"_s, u"en"_s), size, line.option(u"out"_s),
                             line.option(u"db"_s)};
}

// Waits (running the event loop) until the table screen has its menu, or gives up.
Result<void> waitForMenu(TableScreen &table)
{
    if (table.menuReady())
        return {};
    QEventLoop loop;
    QString failure;
    QObject::connect(&table, &TableScreen::menuLoaded, &loop, &QEventLoop::quit);
    QObject::connect(&table, &TableScreen::menuFailed, &loop, [&](const QString &message) {
        failure = message;
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!failure.isEmpty())
        return makeError(u"menu_failed"_s, failure);
    if (!table.menuReady())
        return makeError(u"menu_failed"_s, u"The hub did not send the menu."_s);
    return {};
}

int runScreenshot(const ScreenshotRequest &request)
{
    QTemporaryDir scratch;
    EmbeddedVenue venue(request.db.isEmpty() ? scratch.filePath(u"venue.sqlite"_s) : request.db);
    if (auto started = venue.start(); !started)
        return refuse(started.error().message);
    auto token = venue.deviceToken(u"table"_s, 1);
    if (!token)
        return refuse(token.error().message);
    SystemClock clock;
    VenueClient client(clock);
    client.connectTo(venue.hubUrl(), *token);
    TableScreen table(client, request.language);
    if (auto shown = table.show(); !shown)
        return refuse(shown.error().message);
    table.window()->resize(request.size);
    if (auto ready = waitForMenu(table); !ready)
        return refuse(ready.error().message);
    if (auto saved = saveScreenshot(table.window(), request.out); !saved)
        return refuse(saved.error().message);
    return 0;
}

// The embedded venue: a hub on loopback, the table 1 screen and the kitchen screen as its clients.
int runEmbedded(QGuiApplication &app)
{
    EmbeddedVenue venue(defaultStorePath());
    if (auto started = venue.start(); !started)
        return refuse(started.error().message);
    auto tableToken = venue.deviceToken(u"table"_s, 1);
    auto kitchenToken = venue.deviceToken(u"kitchen"_s);
    if (!tableToken || !kitchenToken)
        return refuse((tableToken ? kitchenToken.error() : tableToken.error()).message);

    SystemClock clock;
    Outbox outbox(venue.storeFolder() + u"/outbox-table-1.sqlite"_s, clock);
    if (auto opened = outbox.open(); !opened)
        return refuse(opened.error().message);
    VenueClient tableClient(clock);
    tableClient.setOutbox(&outbox);
    VenueClient kitchenClient(clock);
    tableClient.connectTo(venue.hubUrl(), *tableToken);
    kitchenClient.connectTo(venue.hubUrl(), *kitchenToken);

    KitchenScreen kitchen(kitchenClient);
    TableScreen table(tableClient, QLocale::system().name().left(2));
    if (auto shown = kitchen.show(); !shown)
        return refuse(shown.error().message);
    if (auto shown = table.show(); !shown)
        return refuse(shown.error().message);
    return app.exec();
}

} // namespace

extern "C" Q_DECL_EXPORT int tablesideRunScreen(int argc, char **argv, const CommandLine *line)
{
    if (line->command == u"screenshot"_s) {
        auto request = screenshotRequest(*line);
        if (!request)
            return refuse(request.error().message);
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runScreenshot(*request);
    }
    QGuiApplication app(argc, argv);
    return runEmbedded(app);
}
