// The embedded venue: one process, a hub on loopback, and the table 1, kitchen and floor screens
// that pair with it and connect to it exactly as remote devices would, tiled on one screen; the
// floor opens the owner's menu editor after the owner's PIN.
#include "embeddedvenue.h"
#include "exitcodes.h"
#include "ownerdoor.h"
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
    auto table = venue.credential(u"table"_s, VenueScreens::TableNumber);
    auto kitchen = venue.credential(u"kitchen"_s);
    auto floor = venue.credential(u"host"_s);
    for (const auto *credential : {&table, &kitchen, &floor})
        if (!*credential)
            return refuse(credential->error().message);

    SystemClock clock;
    VenueScreens screens(venue.hubUrl(), {*table, *kitchen, *floor}, venue.storeFolder(),
                         QLocale::system().name().left(2), clock);
    venue.keepToken(screens.tableClient(), u"table"_s, VenueScreens::TableNumber);
    venue.keepToken(screens.kitchenClient(), u"kitchen"_s);
    venue.keepToken(screens.floorClient(), u"host"_s);
    OwnerDoor door(venue.hubUrl(), u"Embedded owner screen"_s, clock, venue.keptToken(u"owner"_s));
    door.setLanguage(screens.floor().language());
    openMenuEditorFrom(screens.floor(), door);
    const QScreen *screen = app.primaryScreen();
    if (auto shown = screens.show(screen ? screen->availableGeometry() : QRect(0, 0, 1920, 1080));
        !shown)
        return refuse(shown.error().message);
    return app.exec();
}

} // namespace tableside
