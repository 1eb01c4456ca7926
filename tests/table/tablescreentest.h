#pragma once
// For end-to-end tests of the table screen: a diner's tablet (outbox, client, the real screen)
// against an in-process hub, and taps on its offscreen window by objectName.

#include "../sync/hubtestsupport.h"
#include "outbox.h"
#include "tablescreen.h"

#include "../support/quicktaps.h"

#include <QQuickItem>
#include <QQuickWindow>

#include <memory>

namespace tableside::testing {

// Reconnects within half a second, so a test that restarts the hub does not wait out the
// ten-second backoff a real tablet uses.
inline VenueClient::Timing quickTableReconnect()
{
    VenueClient::Timing timing;
    timing.reconnect.initialMs = 100;
    timing.reconnect.maxMs = 500;
    return timing;
}

struct Diner {
    Diner(TestHub &hub, const QString &language, int tableNumber,
          const VenueClient::Timing &timing = {}, const Clock *screenClock = nullptr)
        : outbox(dir.filePath(u"outbox.sqlite"_s), clock)
        , client(clock)
    {
        token = hub.enroll(u"Table %1"_s.arg(tableNumber), u"table"_s, tableNumber);
        (void)outbox.open();
        client.setTiming(timing);
        client.setOutbox(&outbox);
        client.connectTo(hub.hub->url(), token);
        screen = screenClock ? std::make_unique<TableScreen>(client, language, *screenClock)
                             : std::make_unique<TableScreen>(client, language);
        screen->setOutbox(&outbox);
    }

    QTemporaryDir dir;
    SystemClock clock;
    QString token;
    Outbox outbox;
    VenueClient client;
    std::unique_ptr<TableScreen> screen;
};

// Finds and taps what a diner sees on one window.
class Fingers {
public:
    QQuickWindow *window = nullptr;

    QQuickItem *find(const QString &name) const
    {
        return window ? findItem(window->contentItem(), name) : nullptr;
    }

    QQuickItem *item(const QString &name, int timeoutMs = 5000) const
    {
        QQuickItem *found = nullptr;
        (void)QTest::qWaitFor([&] { return (found = find(name)) != nullptr; }, timeoutMs);
        return found;
    }

    // Taps it once it has settled (tapItem).
    bool tap(const QString &name) const
    {
        QQuickItem *target = item(name);
        return target && tapItem(window, target);
    }

    QString text(const QString &name) const
    {
        QQuickItem *found = item(name);
        return found ? found->property("text").toString() : QString();
    }
};

// Shows the diner's screen at 1280×800 and waits for its menu.
inline bool showScreen(Diner &diner, Fingers &fingers)
{
    if (!diner.screen->show())
        return false;
    fingers.window = diner.screen->window();
    fingers.window->resize(1280, 800);
    return QTest::qWaitForWindowExposed(fingers.window) &&
           QTest::qWaitFor([&] { return diner.screen->menuReady(); }, 10000);
}

} // namespace tableside::testing
