#pragma once
// The embedded venue's three screens, the table 1, the kitchen and the floor, each a device of
// the hub like a remote one, each in its own language, tiled on one screen and labelled.

#include "devicecredential.h"
#include "hostscreen.h"
#include "kitchenscreen.h"
#include "outbox.h"
#include "result.h"
#include "tablescreen.h"

#include <QRect>
#include <QUrl>

namespace tableside {

struct VenueDevices {
    DeviceCredential table; // table 1's
    DeviceCredential kitchen;
    DeviceCredential floor;
};

class VenueScreens {
public:
    // outboxFolder: where table 1 keeps the orders it has not yet seen acknowledged.
    // Each screen joins the hub (joinHub) once control is back in the event loop.
    VenueScreens(const QUrl &hub, const VenueDevices &devices, const QString &outboxFolder,
                 const QString &language, const Clock &clock);

    // Shows the three windows tiling `available` (venueWindowPlaces).
    Result<void> show(const QRect &available);

    TableScreen &table() { return m_table; }
    KitchenScreen &kitchen() { return m_kitchen; }
    HostScreen &floor() { return m_floor; }
    VenueClient &tableClient() { return m_tableClient; }
    VenueClient &kitchenClient() { return m_kitchenClient; }
    VenueClient &floorClient() { return m_floorClient; }

    static constexpr int TableNumber = 1;

private:
    Outbox m_outbox;
    VenueClient m_tableClient;
    VenueClient m_kitchenClient;
    VenueClient m_floorClient;
    KitchenScreen m_kitchen;
    HostScreen m_floor;
    TableScreen m_table;
};

} // namespace tableside
