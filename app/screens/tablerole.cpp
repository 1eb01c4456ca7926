// The table role: the diner's screen on its own device, and its screenshots.
#include "embeddedvenue.h"
#include "exitcodes.h"
#include "outbox.h"
#include "remotedevice.h"
#include "roles.h"
#include "screenshot.h"
#include "screenwait.h"
#include "tablescreen.h"

#include <QDir>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace tableside {

int runTableRole(QGuiApplication &app, const CommandLine &line)
{
    bool numberOk = false;
    const int table = line.option(u"table"_s).toInt(&numberOk);
    if (!numberOk || table <= 0)
        return refuse(u"table needs --table N, the number of the table this screen stands on"_s);
    SystemClock clock;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    Outbox outbox(folder + u"/outbox-table-%1.sqlite"_s.arg(table), clock);
    if (auto opened = outbox.open(); !opened)
        return refuse(opened.error().message);
    VenueClient client(clock);
    client.setOutbox(&outbox);
    if (auto connected = connectRemoteDevice(client, line, u"table"_s, table); !connected)
        return refuse(connected.error().message);
    TableScreen screen(client, line.option(u"lang"_s, QLocale::system().name().left(2)));
    if (auto shown = screen.show(); !shown)
        return refuse(shown.error().message);
    return app.exec();
}

int screenshotTable(const ScreenshotRequest &request)
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
    if (!waitUntil([&] { return table.menuReady(); }))
        return refuse(u"the hub did not send the menu"_s);
    if (auto saved = saveScreenshot(table.window(), request.out); !saved)
        return refuse(saved.error().message);
    return 0;
}

} // namespace tableside
