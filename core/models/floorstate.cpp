#include "floorstate.h"

#include "wireformat.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace tableside {

const QStringList FloorState::Statuses{u"called"_s,  u"ready"_s,  u"bill"_s, u"waiting"_s,
                                       u"ordered"_s, u"seated"_s, u"free"_s};

static bool withKitchen(OrderStatus status)
{
    return status == OrderStatus::Placed || status == OrderStatus::Accepted ||
           status == OrderStatus::Cooking;
}

// Nothing left to cook or carry out.
static bool isDone(const FloorOrder &order)
{
    return std::ranges::none_of(order.lines, [](const FloorLine &line) {
        return withKitchen(line.status) || line.status == OrderStatus::Ready;
    });
}

void FloorState::setTables(const QJsonArray &tables)
{
    for (const QJsonValue &value : tables) {
        const QJsonObject json = value.toObject();
        FloorTable &table = ensureTable(json[u"number"].toInt());
        table.seats = json[u"seats"].toInt();
        table.x = std::clamp(json[u"x"].toDouble(), 0.0, 1.0);
        table.y = std::clamp(json[u"y"].toDouble(), 0.0, 1.0);
        table.shape = json[u"shape"].toString(u"square"_s);
        // floor.get gives {"session": {id, partySize, openedAt} | null}.
        const QJsonObject session = json[u"session"].toObject();
        table.sessionId = session[u"id"].toInteger(json[u"sessionId"].toInteger());
        table.partySize =
            table.sessionId ? session[u"partySize"].toInt(json[u"partySize"].toInt(1)) : 0;
    }
    dropPastOrders(); // a party that left while this screen was away
}

void FloorState::setOpenRequests(const QJsonArray &requests)
{
    QList<FloorRequest> open;
    for (const QJsonValue &value : requests) {
        const qint64 id = value[u"requestId"].toInteger();
        QDateTime since = fromIsoTime(value[u"requestedAt"].toString());
        // The hub's time beats the time this screen heard of it.
        if (const auto known = std::ranges::find(m_requests, id, &FloorRequest::id);
            !since.isValid() && known != m_requests.end())
            since = known->since;
        const int table = value[u"table"].toInt();
        ensureTable(table);
        open.append({id, table, value[u"kind"].toString(), since});
    }
    m_requests = open;
}

void FloorState::setOpenOrders(const QJsonArray &orders, const QDateTime &now)
{
    QList<FloorOrder> open;
    for (const QJsonValue &value : orders) {
        const OrderRecord record = orderFromJson(value.toObject());
        if (record.id == 0)
            continue;
        ensureTable(record.tableNumber);
        const auto known = std::ranges::find(m_orders, record.id, &FloorOrder::id);
        FloorOrder order{record.id,
                         record.number,
                         record.tableNumber,
                         record.placedAt.isValid() ? record.placedAt : now,
                         {},
                         record.sessionId,
                         record.total};
        for (const OrderLineRecord &line : record.lines) {
            QDateTime readySince;
            if (line.status == OrderStatus::Ready) {
                readySince = line.readyAt;
                if (!readySince.isValid() && known != m_orders.end())
                    if (const auto seen = std::ranges::find(known->lines, line.id, &FloorLine::id);
                        seen != known->lines.end())
                        readySince = seen->readySince;
                if (!readySince.isValid())
                    readySince = now;
            }
            order.lines.append({line.id, line.name, line.quantity, line.status, readySince});
        }
        open.append(order);
    }
    // Orders all served are not in the snapshot; the seated party's stay on its bill. One that
    // was still open and is missing was served or cancelled meanwhile: which, only the hub knows.
    for (const FloorOrder &known : std::as_const(m_orders))
        if (std::ranges::find(open, known.id, &FloorOrder::id) == open.end() && isDone(known))
            open.append(known);
    m_orders = open;
    dropPastOrders();
}

const FloorTable *FloorState::table(int number) const
{
    auto found = std::ranges::find(m_tables, number, &FloorTable::number);
    return found == m_tables.end() ? nullptr : &*found;
}

FloorTable &FloorState::ensureTable(int number)
{
    auto found = std::ranges::lower_bound(m_tables, number, {}, &FloorTable::number);
    if (found != m_tables.end() && found->number == number)
        return *found;
    FloorTable table;
    table.number = number;
    return *m_tables.insert(found, table);
}

void FloorState::dropPastOrders()
{
    // An order stays while there is something to cook or carry out, and while its party sits
    // (the sheet shows the party's bill); served lines colour nothing on the floor.
    m_orders.removeIf([this](const FloorOrder &order) {
        const FloorTable *seated = table(order.table);
        if (order.sessionId != 0 && seated && seated->sessionId == order.sessionId)
            return false;
        return isDone(order);
    });
}

bool FloorState::apply(const QString &type, const QJsonObject &data, const QDateTime &at)
{
    const int tableNumber = data[u"table"].toInt();
    if (type == u"session.opened"_s) {
        FloorTable &table = ensureTable(tableNumber);
        table.sessionId = data[u"sessionId"].toInteger();
        table.partySize = data[u"partySize"].toInt(1);
    } else if (type == u"session.closed"_s) {
        FloorTable &table = ensureTable(tableNumber);
        if (table.sessionId != data[u"sessionId"].toInteger() && table.sessionId != 0)
            return false;
        table.sessionId = 0;
        table.partySize = 0;
        // The party has gone: what it left open no longer needs a waiter.
        m_orders.removeIf([&](const FloorOrder &order) { return order.table == tableNumber; });
        m_requests.removeIf([&](const FloorRequest &r) { return r.table == tableNumber; });
    } else if (type == u"order.placed"_s) {
        const OrderRecord record = orderFromJson(data[u"order"].toObject());
        if (record.id == 0 ||
            std::ranges::find(m_orders, record.id, &FloorOrder::id) != m_orders.end())
            return false;
        ensureTable(record.tableNumber);
        FloorOrder order{record.id,
                         record.number,
                         record.tableNumber,
                         record.placedAt.isValid() ? record.placedAt : at,
                         {},
                         record.sessionId,
                         record.total};
        for (const OrderLineRecord &line : record.lines)
            order.lines.append({line.id, line.name, line.quantity, line.status,
                                line.status == OrderStatus::Ready ? at : QDateTime()});
        m_orders.append(order);
        dropPastOrders();
    } else if (type == u"order.line.status"_s) {
        auto order = std::ranges::find(m_orders, data[u"orderId"].toInteger(), &FloorOrder::id);
        const auto status = orderStatusFromCode(data[u"status"].toString());
        if (order == m_orders.end() || !status)
            return false;
        auto line = std::ranges::find(order->lines, data[u"lineId"].toInteger(), &FloorLine::id);
        if (line == order->lines.end())
            return false;
        line->status = *status;
        line->readySince = *status == OrderStatus::Ready ? at : QDateTime();
        dropPastOrders();
    } else if (type == u"order.cancelled"_s) {
        m_orders.removeIf(
            [&](const FloorOrder &order) { return order.id == data[u"orderId"].toInteger(); });
    } else if (type == u"service.requested"_s) {
        const qint64 id = data[u"requestId"].toInteger();
        if (std::ranges::find(m_requests, id, &FloorRequest::id) != m_requests.end())
            return false;
        ensureTable(tableNumber);
        m_requests.append({id, tableNumber, data[u"kind"].toString(), at});
    } else if (type == u"service.acknowledged"_s) {
        return m_requests.removeIf([&](const FloorRequest &r) {
            return r.id == data[u"requestId"].toInteger();
        }) > 0;
    } else {
        return false;
    }
    return true;
}

QString FloorState::status(int number, const QDateTime &now,
                           const VenueThresholds &thresholds) const
{
    const FloorTable *found = table(number);
    if (!callKind(number).isEmpty())
        return u"called"_s;
    if (readyCount(number) > 0)
        return u"ready"_s;
    if (billRequested(number))
        return u"bill"_s;
    bool ordered = false;
    for (const FloorOrder &order : m_orders) {
        if (order.table != number)
            continue;
        for (const FloorLine &line : order.lines) {
            if (!withKitchen(line.status))
                continue;
            if (order.placedAt.secsTo(now) >= qint64(thresholds.ticketLateMinutes) * 60)
                return u"waiting"_s;
            ordered = true;
        }
    }
    if (ordered)
        return u"ordered"_s;
    return found && found->sessionId ? u"seated"_s : u"free"_s;
}

bool FloorState::holds(int number, const QString &status, const QDateTime &now,
                       const VenueThresholds &thresholds) const
{
    const FloorTable *found = table(number);
    const bool seated = found && found->sessionId;
    if (status == u"called"_s)
        return !callKind(number).isEmpty();
    if (status == u"ready"_s)
        return readyCount(number) > 0;
    if (status == u"bill"_s)
        return billRequested(number);
    if (status == u"waiting"_s || status == u"ordered"_s) {
        const bool waitingOnly = status == u"waiting"_s;
        const qint64 late = qint64(thresholds.ticketLateMinutes) * 60;
        return std::ranges::any_of(m_orders, [&](const FloorOrder &order) {
            return order.table == number &&
                   std::ranges::any_of(
                       order.lines,
                       [](const FloorLine &line) { return withKitchen(line.status); }) &&
                   (!waitingOnly || order.placedAt.secsTo(now) >= late);
        });
    }
    if (status == u"seated"_s)
        return seated;
    if (status == u"free"_s)
        return this->status(number, now, thresholds) == u"free"_s;
    return false;
}

int FloorState::readyCount(int table) const
{
    int count = 0;
    for (const FloorOrder &order : m_orders)
        if (order.table == table)
            for (const FloorLine &line : order.lines)
                count += line.status == OrderStatus::Ready ? line.quantity : 0;
    return count;
}

int FloorState::openCount(int table) const
{
    int count = 0;
    for (const FloorOrder &order : m_orders)
        if (order.table == table)
            for (const FloorLine &line : order.lines)
                count += withKitchen(line.status) ? line.quantity : 0;
    return count;
}

QString FloorState::callKind(int table) const
{
    for (const FloorRequest &request : m_requests)
        if (request.table == table && request.kind != u"bill"_s)
            return request.kind;
    return {};
}

bool FloorState::billRequested(int table) const
{
    return std::ranges::any_of(m_requests, [table](const FloorRequest &request) {
        return request.table == table && request.kind == u"bill"_s;
    });
}

QVariantList FloorState::readyLines(int table) const
{
    QVariantList lines;
    for (const FloorOrder &order : m_orders)
        if (order.table == table)
            for (const FloorLine &line : order.lines)
                if (line.status == OrderStatus::Ready)
                    lines.append(QVariantMap{{u"lineId"_s, line.id},
                                             {u"orderId"_s, order.id},
                                             {u"name"_s, line.name},
                                             {u"quantity"_s, line.quantity}});
    return lines;
}

QList<FloorLine> FloorState::orderedLines(int table) const
{
    QList<FloorLine> lines;
    for (const FloorOrder &order : m_orders)
        if (order.table == table)
            lines.append(order.lines);
    return lines;
}

Money FloorState::orderedTotal(int table) const
{
    Money total; // every order of a venue is in its one currency
    for (const FloorOrder &order : m_orders)
        if (order.table == table)
            total += order.total;
    return total;
}

} // namespace tableside
