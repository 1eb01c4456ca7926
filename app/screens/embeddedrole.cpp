// The embedded venue: one process, a hub on loopback, and the table 1, kitchen and floor screens
// that connect to it exactly as remote devices would, tiled on one screen.
#include "embeddedvenue.h"
#include "exitcodes.h"
#include "roles.h"
#include "storeopening.h"
#include "venuescreens.h"

#include <QScreen>

using namespace Qt::StringLiterals;

namespace tableside {

int runEmbedded(QGuiApplication &app)
{
    EmbeddedVenue venue(defaultStorePath());
    if (auto started = venue.start(); !started)
        return refuse(started.error().message);
    auto table = venue.deviceToken(u"table"_s, VenueScreens::TableNumber);
    auto kitchen = venue.deviceToken(u"kitchen"_s);
    auto floor = venue.deviceToken(u"host"_s);
    for (const auto *token : {&table, &kitchen, &floor})
        if (!*token)
            return refuse(token->error().message);

    SystemClock clock;
    VenueScreens screens(venue.hubUrl(), {*table, *kitchen, *floor}, venue.storeFolder(),
                         QLocale::system().name().left(2), clock);
    const QScreen *screen = app.primaryScreen();
    if (auto shown = screens.show(screen ? screen->availableGeometry() : QRect(0, 0, 1920, 1080));
        !shown)
        return refuse(shown.error().message);
    return app.exec();
}

} // namespace tableside
