// The embedded venue: one process, a hub on loopback, and the table 1 and kitchen screens that
// connect to it exactly as remote devices would.
#include "embeddedvenue.h"
#include "exitcodes.h"
#include "kitchenscreen.h"
#include "outbox.h"
#include "roles.h"
#include "storeopening.h"
#include "tablescreen.h"

using namespace Qt::StringLiterals;

namespace tableside {

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

    // One process, one set of UI strings: both screens start in the system's language.
    const QString language = QLocale::system().name().left(2);
    KitchenScreen kitchen(kitchenClient);
    kitchen.setLanguage(language);
    TableScreen table(tableClient, language);
    table.setOutbox(&outbox);
    if (auto shown = kitchen.show(); !shown)
        return refuse(shown.error().message);
    if (auto shown = table.show(); !shown)
        return refuse(shown.error().message);
    return app.exec();
}

} // namespace tableside
