// The host role: the waiters' floor view on its own device, and its screenshots.
#include "evening.h"
#include "exitcodes.h"
#include "hostscreen.h"
#include "remotedevice.h"
#include "roles.h"
#include "screenshot.h"
#include "screenwait.h"

#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace tableside {

int runHostRole(QGuiApplication &app, const CommandLine &line)
{
    SystemClock clock;
    VenueClient client(clock);
    if (auto connected = connectRemoteDevice(client, line, u"host"_s); !connected)
        return refuse(connected.error().message);
    HostScreen screen(client, clock);
    screen.setLanguage(line.option(u"lang"_s, QLocale::system().name().left(2)));
    if (auto shown = screen.show(); !shown)
        return refuse(shown.error().message);
    return app.exec();
}

int screenshotHost(const ScreenshotRequest &request)
{
    EveningVenue venue;
    if (auto started = venue.start(request.db); !started)
        return refuse(started.error().message);
    auto token = venue.deviceToken(u"host"_s);
    if (!token)
        return refuse(token.error().message);
    SystemClock clientClock;
    VenueClient client(clientClock);
    client.connectTo(venue.hubUrl(), *token);
    HostScreen host(client, venue.clock());
    host.setLanguage(request.language);
    // Until the hub answers floor.get, the plan is the one the owner drew in this store.
    host.setFallbackTables(venue.floorPlan());
    if (!waitUntil([&] { return host.online(); }))
        return refuse(u"the floor view could not reach the hub"_s);
    if (auto played = venue.play(); !played)
        return refuse(played.error().message);
    if (!waitUntil([&] { return host.alertsModel().rowCount() >= 4; }))
        return refuse(u"the floor view did not receive the evening's alerts"_s);
    if (auto shown = host.show(); !shown)
        return refuse(shown.error().message);
    host.window()->resize(request.size);
    host.tick();
    if (!host.lastError().isEmpty())
        qWarning("host: %s", qPrintable(host.lastError()));
    if (auto saved = saveScreenshot(host.window(), request.out); !saved)
        return refuse(saved.error().message);
    return 0;
}

} // namespace tableside
