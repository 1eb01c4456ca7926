// The host role: the waiters' floor view on its own device, and its screenshots.
#include "evening.h"
#include "exitcodes.h"
#include "hostscreen.h"
#include "ownerdoor.h"
#include "remotedevice.h"
#include "roles.h"
#include "screenshot.h"
#include "screenwait.h"

#include <QHostInfo>
#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace tableside {

int runHostRole(QGuiApplication &app, const CommandLine &line)
{
    SystemClock clock;
    VenueClient client(clock);
    HostScreen screen(client, clock);
    screen.setLanguage(line.option(u"lang"_s, QLocale::system().name().left(2)));
    if (auto connected = connectRemoteDevice(client, *screen.gate(), line, u"host"_s); !connected)
        return refuse(connected.error().message);
    OwnerDoor door(*hubAddress(line), u"owner (%1)"_s.arg(QHostInfo::localHostName()), clock,
                   keptDeviceToken(*hubAddress(line), u"owner"_s));
    door.setLanguage(screen.language());
    openMenuEditorFrom(screen, door);
    if (auto shown = screen.show(); !shown)
        return refuse(shown.error().message);
    return app.exec();
}

namespace {

// Diners at two seated tables write to the staff; a waiter has answered the first. The first
// table's sheet is then opened, the second's message stays an alert behind it.
// Returns the first table's number.
Result<int> talkWithTwoTables(EveningVenue &venue, HostScreen &host, const Clock &clock)
{
    QList<int> seated;
    for (const FloorTable &table : host.floorModel().state().tables())
        if (table.sessionId && seated.size() < 2)
            seated.append(table.number);
    if (seated.size() < 2)
        return makeError(u"no_tables"_s, u"the evening seated fewer than two tables"_s);
    const auto say = [&](int table, const QString &body) -> Result<void> {
        VenueClient diner(clock);
        if (auto joined = venue.join(diner, u"table"_s, table); !joined)
            return joined.error();
        if (!waitUntil([&] { return diner.state() == VenueClient::State::Online; }))
            return makeError(u"no_table"_s, u"a table could not reach the hub"_s);
        bool answered = false;
        QObject::connect(&diner, &VenueClient::replied, [&] { answered = true; });
        diner.request(u"chat.send"_s, {{u"body"_s, body}});
        if (!waitUntil([&] { return answered; }))
            return makeError(u"no_chat"_s, u"a message was not answered"_s);
        return {};
    };
    if (auto said = say(seated[0], u"Could we have more bread?"_s); !said)
        return said.error();
    host.openChat(seated[0]);
    host.sendChat(u"Of course, fresh from the oven in a minute."_s);
    if (!waitUntil([&] { return host.chatModel().rowCount() == 2; }))
        return makeError(u"no_chat"_s, u"the waiter's answer did not arrive"_s);
    if (auto said = say(seated[0], u"Thank you! And a high chair, please."_s); !said)
        return said.error();
    host.closeChat();
    if (auto said = say(seated[1], u"Is the lamb kleftiko very spicy?"_s); !said)
        return said.error();
    if (!waitUntil([&] {
            return std::ranges::count(host.alertsModel().alerts(), u"chat"_s,
                                      &AlertsModel::Alert::kind) == 2;
        }))
        return makeError(u"no_chat"_s, u"the floor did not show the messages"_s);
    return seated[0];
}

// "Add a device" as a host with the demo venue's PIN 1379 made a code for table 5.
Result<void> showPairingCode(HostScreen &host)
{
    QObject *sheet = host.window()->findChild<QObject *>(u"pairingSheet"_s);
    if (!sheet || !QMetaObject::invokeMethod(sheet, "openSheet"))
        return makeError(u"no_sheet"_s, u"the floor has no Add a device sheet"_s);
    DevicePairing &pairing = host.devicePairing();
    for (int digit : {1, 3, 7, 9})
        pairing.addDigit(digit);
    pairing.acceptPin();
    for (int i = 0; i < 4; ++i)
        pairing.stepTable(1);
    pairing.make();
    if (!waitUntil([&] { return !pairing.code().isEmpty(); }))
        return makeError(u"no_code"_s, u"the hub made no pairing code: %1"_s.arg(pairing.error()));
    waitUntil([] { return false; }, 400); // the sheet moves in
    return {};
}

// The sheet of the seated table with the most lines ordered; with `closing`, as it asks whether
// the table has paid.
Result<void> openBusiestTable(HostScreen &host, bool closing)
{
    int busiest = 0;
    qsizetype most = 0;
    for (const FloorTable &table : host.floorModel().state().tables()) {
        const qsizetype lines = host.floorModel().state().orderedLines(table.number).size();
        if (table.sessionId && lines > most) {
            most = lines;
            busiest = table.number;
        }
    }
    QObject *sheet = host.window()->findChild<QObject *>(u"tableSheet"_s);
    if (!busiest || !sheet ||
        !QMetaObject::invokeMethod(sheet, "openFor", Q_ARG(QVariant, busiest)))
        return makeError(u"no_sheet"_s, u"no table's sheet could be opened"_s);
    if (closing)
        sheet->setProperty("confirming", true);
    waitUntil([] { return false; }, 400); // the sheet moves in
    return {};
}

} // namespace

int screenshotHost(const ScreenshotRequest &request)
{
    EveningVenue venue;
    if (auto started = venue.start(request.db); !started)
        return refuse(started.error().message);
    SystemClock clientClock;
    VenueClient client(clientClock);
    if (auto joined = venue.join(client, u"host"_s); !joined)
        return refuse(joined.error().message);
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
    int chatTable = 0;
    if (request.screen == u"chat"_s) {
        auto talked = talkWithTwoTables(venue, host, clientClock);
        if (!talked)
            return refuse(talked.error().message);
        chatTable = *talked;
    }
    if (auto shown = host.show(); !shown)
        return refuse(shown.error().message);
    host.window()->resize(request.size);
    if (request.screen == u"chat"_s) {
        host.openChat(chatTable);
        waitUntil([] { return false; }, 400); // the sheet moves in
    }
    if (request.screen == u"pair"_s) {
        if (auto made = showPairingCode(host); !made)
            return refuse(made.error().message);
    }
    if (request.screen == u"table"_s || request.screen == u"close"_s) {
        if (auto opened = openBusiestTable(host, request.screen == u"close"_s); !opened)
            return refuse(opened.error().message);
    }
    host.tick();
    if (!host.lastError().isEmpty())
        qWarning("host: %s", qPrintable(host.lastError()));
    if (auto saved = saveScreenshot(host.window(), request.out); !saved)
        return refuse(saved.error().message);
    return 0;
}

} // namespace tableside
