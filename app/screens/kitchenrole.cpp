// The kitchen role: the kitchen display on its own device, and its screenshots.
#include "embeddedvenue.h"
#include "exitcodes.h"
#include "kitchenscreen.h"
#include "remotedevice.h"
#include "roles.h"
#include "screenshot.h"
#include "screenwait.h"

#include <QQuickWindow>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace tableside {

int runKitchenRole(QGuiApplication &app, const CommandLine &line)
{
    SystemClock clock;
    VenueClient client(clock);
    if (auto connected = connectRemoteDevice(client, line, u"kitchen"_s); !connected)
        return refuse(connected.error().message);
    KitchenScreen screen(client);
    if (auto shown = screen.show(); !shown)
        return refuse(shown.error().message);
    return app.exec();
}

int screenshotKitchen(const ScreenshotRequest &request)
{
    QTemporaryDir scratch;
    EmbeddedVenue venue(request.db.isEmpty() ? scratch.filePath(u"venue.sqlite"_s) : request.db);
    if (auto started = venue.start(); !started)
        return refuse(started.error().message);
    auto token = venue.deviceToken(u"kitchen"_s);
    if (!token)
        return refuse(token.error().message);
    SystemClock clock;
    VenueClient client(clock);
    client.connectTo(venue.hubUrl(), *token);
    KitchenScreen kitchen(client);
    if (auto shown = kitchen.show(); !shown)
        return refuse(shown.error().message);
    kitchen.window()->resize(request.size);
    if (!waitUntil([&] { return kitchen.online(); }))
        return refuse(u"the kitchen screen could not reach the hub"_s);
    if (auto saved = saveScreenshot(kitchen.window(), request.out); !saved)
        return refuse(saved.error().message);
    return 0;
}

} // namespace tableside
