// The kitchen role: the kitchen display on its own device, and its screenshots.
#include "evening.h"
#include "exitcodes.h"
#include "kitchenscreen.h"
#include "remotedevice.h"
#include "roles.h"
#include "screenshot.h"
#include "screenwait.h"

#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace tableside {

int runKitchenRole(QGuiApplication &app, const CommandLine &line)
{
    SystemClock clock;
    VenueClient client(clock);
    KitchenScreen screen(client, clock, line.option(u"station"_s));
    // Without --station, the station the device was paired for (none: the expo).
    if (!line.has(u"station"_s))
        QObject::connect(&client, &VenueClient::deviceChanged, &screen, [&client, &screen] {
            screen.setStation(client.device().value("station"_L1).toString());
        });
    screen.setLanguage(line.option(u"lang"_s, QLocale::system().name().left(2)));
    if (auto connected = connectRemoteDevice(client, *screen.gate(), line, u"kitchen"_s);
        !connected)
        return refuse(connected.error().message);
    if (auto shown = screen.show(); !shown)
        return refuse(shown.error().message);
    return app.exec();
}

// A busy evening on a real hub in this process, then the display as the cooks see it.
int screenshotKitchen(const ScreenshotRequest &request)
{
    EveningVenue venue;
    if (auto started = venue.start(request.db); !started)
        return refuse(started.error().message);
    SystemClock clientClock;
    VenueClient client(clientClock);
    if (auto joined = venue.join(client, u"kitchen"_s); !joined)
        return refuse(joined.error().message);
    KitchenScreen kitchen(client, venue.clock(), request.station);
    kitchen.setLanguage(request.language);
    if (!waitUntil([&] { return kitchen.online(); }))
        return refuse(u"the kitchen screen could not reach the hub"_s);
    if (auto played = venue.play(); !played)
        return refuse(played.error().message);
    if (!waitUntil([&] {
            return kitchen.ticketsModel().rowCount() >= 5 && !kitchen.stations().isEmpty();
        }))
        return refuse(u"the kitchen screen did not receive the evening's tickets"_s);
    if (request.screen == u"recall"_s) {
        kitchen.setRecallShown(true);
    } else if (request.screen == u"line"_s && kitchen.ticketsModel().rowCount() > 1) {
        // A cook's tap on the second ticket's first line: selected, with its Start and Done.
        const qint64 orderId = kitchen.ticketsModel().orderIdAt(1);
        kitchen.tapLine(orderId, kitchen.ticketsModel().openLines(orderId).value(0));
    } else if (kitchen.ticketsModel().rowCount() > 1) {
        kitchen.select(kitchen.ticketsModel().orderIdAt(1)); // as a bump bar would
    }
    if (auto shown = kitchen.show(); !shown)
        return refuse(shown.error().message);
    kitchen.window()->resize(request.size);
    kitchen.tick();
    if (auto saved = saveScreenshot(kitchen.window(), request.out); !saved)
        return refuse(saved.error().message);
    return 0;
}

} // namespace tableside
