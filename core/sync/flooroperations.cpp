#include "flooroperations.h"

#include "sessionoperations.h"
#include "tablerepository.h"
#include "venuerepository.h"
#include "wireformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tableside {

FloorOperations::FloorOperations(HubTransactions &work, SessionOperations &sessions)
    : m_work(work)
    , m_sessions(sessions)
    , m_orders(work.database(), work.clock(), &work.catalog())
    , m_service(work.database(), work.clock())
{}

Result<HubOutcome> FloorOperations::floorGet(const Device &, const QJsonObject &)
{
    auto venue = m_work.catalog().venue();
    if (!venue)
        return venue.error();
    auto tables = TableRepository(m_work.database()).list();
    if (!tables)
        return tables.error();
    auto sessions = m_sessions.openSessions();
    if (!sessions)
        return sessions.error();
    auto requests = m_service.open();
    if (!requests)
        return requests.error();

    QHash<int, TableSession> seated;
    for (const TableSession &session : std::as_const(sessions.value()))
        seated.insert(session.tableNumber, session);
    QJsonArray floor;
    for (const DiningTable &table : std::as_const(tables.value())) {
        const auto session = seated.constFind(table.number);
        floor.append(QJsonObject{
            {u"number"_s, table.number},
            {u"seats"_s, table.seats},
            {u"x"_s, table.x},
            {u"y"_s, table.y},
            {u"shape"_s, table.shape},
            {u"session"_s, session == seated.cend()
                               ? QJsonValue()
                               : QJsonObject{{u"id"_s, session->id},
                                             {u"partySize"_s, session->partySize},
                                             {u"openedAt"_s, isoTime(session->openedAt)}}}});
    }
    QJsonArray open;
    for (const ServiceRequest &request : std::as_const(requests.value()))
        open.append(QJsonObject{{u"requestId"_s, request.id},
                                {u"table"_s, request.tableNumber},
                                {u"kind"_s, request.kind},
                                {u"note"_s, request.note},
                                {u"requestedAt"_s, isoTime(request.requestedAt)}});
    const QJsonObject thresholds = venue->thresholds.toJson();
    return HubOutcome{
        {{u"tables"_s, floor}, {u"thresholds"_s, thresholds}, {u"openRequests"_s, open}}, {}};
}

Result<HubOutcome> FloorOperations::ordersOpen(const Device &, const QJsonObject &)
{
    // The hub answers one request at a time, so no event can fall between these two reads.
    auto orders = m_orders.openOrders(m_work.venueLanguage());
    if (!orders)
        return orders.error();
    auto latest = m_work.eventLog().latestSeq();
    if (!latest)
        return latest.error();
    QJsonArray list;
    for (const OrderRecord &order : std::as_const(orders.value()))
        list.append(orderToJson(order));
    return HubOutcome{{{u"orders"_s, list}, {u"latestSeq"_s, *latest}}, {}};
}

} // namespace tableside
