#include "venuescreens.h"

#include "venuewindows.h"

#include <QQuickWindow>

using namespace Qt::StringLiterals;

namespace tableside {

VenueScreens::VenueScreens(const QUrl &hub, const VenueDevices &devices,
                           const QString &outboxFolder, const QString &language, const Clock &clock)
    : m_outbox(outboxFolder + u"/outbox-table-%1.sqlite"_s.arg(TableNumber), clock)
    , m_tableClient(clock)
    , m_kitchenClient(clock)
    , m_floorClient(clock)
    , m_kitchen(m_kitchenClient, clock, {})
    , m_floor(m_floorClient, clock)
    , m_table(m_tableClient, language, clock)
{
    m_tableClient.setOutbox(&m_outbox);
    joinHub(m_tableClient, hub, devices.table);
    joinHub(m_kitchenClient, hub, devices.kitchen);
    joinHub(m_floorClient, hub, devices.floor);
    m_kitchen.setLanguage(language);
    m_floor.setLanguage(language);
    m_table.setOutbox(&m_outbox);
    m_table.gate()->expectTable(TableNumber);
}

Result<void> VenueScreens::show(const QRect &available)
{
    if (auto opened = m_outbox.open(); !opened)
        return opened.error();
    for (auto shown : {m_kitchen.show(), m_floor.show(), m_table.show()})
        if (!shown)
            return shown.error();
    const VenueWindowPlaces places = venueWindowPlaces(available);
    placeWindow(m_table.window(), places.table);
    placeWindow(m_kitchen.window(), places.kitchen);
    placeWindow(m_floor.window(), places.floor);
    return {};
}

} // namespace tableside
