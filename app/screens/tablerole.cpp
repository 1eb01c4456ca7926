// The table role: the diner's screen on its own device. Its screenshots: tablescreenshot.cpp.
#include "exitcodes.h"
#include "outbox.h"
#include "remotedevice.h"
#include "roles.h"
#include "tablescreen.h"

#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tableside {

int runTableRole(QGuiApplication &app, const CommandLine &line)
{
    const int table = tableOption(line); // checked: checkScreenArguments
    SystemClock clock;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    Outbox outbox(folder + u"/outbox-table-%1.sqlite"_s.arg(table), clock);
    if (auto opened = outbox.open(); !opened)
        return refuse(opened.error().message);
    VenueClient client(clock);
    client.setOutbox(&outbox);
    TableScreen screen(client, line.option(u"lang"_s, QLocale::system().name().left(2)));
    screen.setOutbox(&outbox);
    screen.gate()->expectTable(table);
    if (auto connected = connectRemoteDevice(client, *screen.gate(), line, u"table"_s, table);
        !connected)
        return refuse(connected.error().message);
    if (auto shown = screen.show(); !shown)
        return refuse(shown.error().message);
    return app.exec();
}

} // namespace tableside
