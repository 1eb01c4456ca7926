#pragma once
// What the staff screens' end-to-end tests share: a device's requests answered in place, an order
// placed and cooked, a display with more tickets than fit, and where an item lies on the screen.

#include "../sync/hubtestsupport.h"
#include "kitchenscreen.h"
#include "screenstest.h"

#include "../support/timepassing.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QQuickItem>
#include <QTest>

namespace tableside::testing {

inline QRectF sceneRect(const QQuickItem *item)
{
    return item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
}

// Wholly in view, to a hundredth of a pixel: a line may end exactly where its list does, and a
// card's place on the screen need not be a whole pixel.
inline bool shows(const QQuickItem *list, const QQuickItem *line)
{
    return sceneRect(list).adjusted(-0.01, -0.01, 0.01, 0.01).contains(sceneRect(line));
}

// Requests from a client, answered through replied().
inline QJsonObject ask(VenueClient &client, const QString &op, const QJsonObject &args)
{
    QJsonObject answer;
    bool done = false;
    QString expected;
    auto connection = QObject::connect(
        &client, &VenueClient::replied,
        [&](const QString &id, bool ok, const QJsonObject &result, const QString &code) {
            if (id != expected)
                return;
            answer = ok ? result : QJsonObject{{u"error"_s, code}};
            done = true;
        });
    expected = client.request(op, args);
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    QObject::disconnect(connection);
    return answer;
}

inline bool online(VenueClient &client)
{
    return QTest::qWaitFor([&] { return client.state() == VenueClient::State::Online; }, 10000);
}

inline QJsonObject placeOrder(VenueClient &table, TestHub &hub, const QString &key)
{
    const QJsonArray lines{
        QJsonObject{{u"itemId"_s, hub.itemId(u"hummus"_s)},
                    {u"quantity"_s, 2},
                    {u"note"_s, u"extra pitta"_s}},
        QJsonObject{{u"itemId"_s, hub.itemId(u"moussaka"_s)}, {u"quantity"_s, 1}}};
    return ask(table, u"order.place"_s, {{u"key"_s, key}, {u"lines"_s, lines}})
        .value(u"order"_s)
        .toObject();
}

// The kitchen starts and finishes every line of the order: its food is ready at the pass.
inline bool cookUntilReady(VenueClient &kitchen, const QJsonObject &order)
{
    for (const QJsonValue &line : order[u"lines"].toArray()) {
        for (const QString &to : {u"cooking"_s, u"ready"_s}) {
            if (!ask(kitchen, u"order.line.advance"_s, {{u"lineId"_s, line[u"id"]}, {u"to"_s, to}})
                     .contains(u"orderStatus"_s))
                return false;
        }
    }
    return true;
}

// Table 4, a kitchen and a host device on a fresh hub, their screens on a clock of their own.
struct ThreeDevices {
    TestHub hub;
    ManualClock screensClock{hub.clock.now()};
    VenueClient table{screensClock};
    VenueClient kitchenClient{screensClock};
    VenueClient hostClient{screensClock};

    // Starts the hub and connects the three devices to it: empty on success, else what failed.
    QString connect()
    {
        if (const QString failed = hub.start(); !failed.isEmpty())
            return failed;
        table.connectTo(hub.hub->url(), hub.enroll(u"T4"_s, u"table"_s, 4));
        kitchenClient.connectTo(hub.hub->url(), hub.enroll(u"Kitchen"_s, u"kitchen"_s));
        hostClient.connectTo(hub.hub->url(), hub.enroll(u"Host"_s, u"host"_s));
        return {};
    }
};

// Table 4 and a kitchen display on a fresh hub: the display shown at 1280 x 800 in a language,
// with four tickets on it, one more than fits.
struct FourTicketsOnTheDisplay {
    TestHub hub;
    ManualClock clock{hub.clock.now()};
    VenueClient table{clock};
    VenueClient kitchenClient{clock};
    KitchenScreen kitchen{kitchenClient, clock, {}};
    QList<QJsonObject> orders;

    // Empty once all is done, else what failed.
    QString open(const QString &language)
    {
        if (const QString failed = hub.start(); !failed.isEmpty())
            return failed;
        table.connectTo(hub.hub->url(), hub.enroll(u"T4"_s, u"table"_s, 4));
        kitchenClient.connectTo(hub.hub->url(), hub.enroll(u"Kitchen"_s, u"kitchen"_s));
        kitchen.setLanguage(language);
        if (!kitchen.show().ok())
            return u"the display did not show"_s;
        kitchen.window()->resize(1280, 800);
        if (!online(table) || !online(kitchenClient))
            return u"a client stayed offline"_s;
        for (int i = 0; i < 4; ++i) {
            orders.append(placeOrder(table, hub, u"%1-%2"_s.arg(language).arg(i)));
            if (orders.last().isEmpty())
                return u"order %1 was refused"_s.arg(i);
        }
        return {};
    }
};

} // namespace tableside::testing
