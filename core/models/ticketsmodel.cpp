#include "ticketsmodel.h"

#include "guesttext.h"
#include "wireformat.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace tableside {

const SystemClock TicketsModel::s_systemClock;

TicketsModel::TicketsModel(QObject *parent)
    : TicketsModel(s_systemClock, parent)
{}

TicketsModel::TicketsModel(const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
{}

bool TicketsModel::isOpen(OrderStatus status)
{
    return status == OrderStatus::Placed || status == OrderStatus::Accepted ||
           status == OrderStatus::Cooking;
}

static bool stillInKitchen(const OrderRecord &order)
{
    // A ticket leaves the kitchen when every line is ready, served or cancelled.
    return std::ranges::any_of(order.lines,
                               [](const auto &line) { return TicketsModel::isOpen(line.status); });
}

bool TicketsModel::showsLine(const OrderLineRecord &line) const
{
    return line.status != OrderStatus::Cancelled &&
           (m_station.isEmpty() || line.station == m_station);
}

bool TicketsModel::shouldShow(const OrderRecord &order) const
{
    return std::ranges::any_of(order.lines, [this](const OrderLineRecord &line) {
        return showsLine(line) && isOpen(line.status);
    });
}

qsizetype TicketsModel::orderRow(qint64 orderId) const
{
    for (qsizetype row = 0; row < m_orders.size(); ++row)
        if (m_orders[row].id == orderId)
            return row;
    return -1;
}

qsizetype TicketsModel::visibleRow(qint64 orderId) const
{
    return m_visible.indexOf(orderId);
}

qint64 TicketsModel::orderIdAt(int row) const
{
    return row >= 0 && row < m_visible.size() ? m_visible.at(row) : 0;
}

void TicketsModel::sync(qint64 orderId, bool arrived)
{
    const qsizetype at = orderRow(orderId);
    const qsizetype row = visibleRow(orderId);
    const bool show = at >= 0 && shouldShow(m_orders[at]);
    if (row >= 0 && !show) {
        const QVariantMap bumped = at >= 0 ? snapshot(m_orders[at]) : QVariantMap();
        beginRemoveRows({}, int(row), int(row));
        m_visible.removeAt(row);
        endRemoveRows();
        emit countChanged();
        if (!bumped.isEmpty())
            emit ticketBumped(bumped);
        if (row < m_visible.size()) // positions after it moved up
            emit dataChanged(index(int(row)), index(int(m_visible.size() - 1)), {PositionRole});
    } else if (row < 0 && show) {
        qsizetype insertAt = 0;
        while (insertAt < m_visible.size() && orderRow(m_visible[insertAt]) < at)
            ++insertAt;
        beginInsertRows({}, int(insertAt), int(insertAt));
        m_visible.insert(insertAt, orderId);
        endInsertRows();
        emit countChanged();
        if (insertAt + 1 < m_visible.size())
            emit dataChanged(index(int(insertAt + 1)), index(int(m_visible.size() - 1)),
                             {PositionRole});
        if (arrived)
            emit ticketArrived(m_orders[at].number, m_orders[at].tableNumber);
    } else if (row >= 0) {
        const QModelIndex changed = index(int(row));
        emit dataChanged(changed, changed);
    }
}

void TicketsModel::forget(qsizetype orderIndex)
{
    const qint64 orderId = m_orders[orderIndex].id;
    for (const OrderLineRecord &line : std::as_const(m_orders[orderIndex].lines))
        m_pending.remove(line.id);
    if (const qsizetype row = visibleRow(orderId); row >= 0) { // gone without a recall
        beginRemoveRows({}, int(row), int(row));
        m_visible.removeAt(row);
        endRemoveRows();
        emit countChanged();
        if (row < m_visible.size())
            emit dataChanged(index(int(row)), index(int(m_visible.size() - 1)), {PositionRole});
    }
    m_orders.removeAt(orderIndex);
}

void TicketsModel::applyEvent(const QString &type, const QJsonObject &data)
{
    if (type == u"order.placed"_s) {
        OrderRecord order = orderFromJson(data[u"order"].toObject());
        if (order.id == 0 || orderRow(order.id) >= 0 || !stillInKitchen(order))
            return; // each ticket once, however often the event is replayed
        const qint64 orderId = order.id;
        m_orders.append(std::move(order));
        sync(orderId, true);
        emit ordersChanged();
    } else if (type == u"order.line.status"_s) {
        const qsizetype at = orderRow(data[u"orderId"].toInteger());
        const auto lineStatus = orderStatusFromCode(data[u"status"].toString());
        if (at < 0 || !lineStatus)
            return;
        OrderRecord &order = m_orders[at];
        const qint64 lineId = data[u"lineId"].toInteger();
        for (OrderLineRecord &line : order.lines)
            if (line.id == lineId)
                line.status = *lineStatus;
        if (!isOpen(*lineStatus))
            m_pending.remove(lineId);
        if (const auto orderStatus = orderStatusFromCode(data[u"orderStatus"].toString()))
            order.status = *orderStatus;
        const qint64 orderId = order.id;
        sync(orderId, false);
        if (!stillInKitchen(m_orders[at]))
            forget(at);
        emit ordersChanged();
    } else if (type == u"order.cancelled"_s) {
        const qsizetype at = orderRow(data[u"orderId"].toInteger());
        if (at < 0)
            return;
        for (OrderLineRecord &line : m_orders[at].lines)
            if (isOpen(line.status))
                line.status = OrderStatus::Cancelled;
        forget(at); // cancelled lines are shown nowhere: the row goes, and nothing is recalled
        emit ordersChanged();
    }
}

void TicketsModel::resetTo(const QList<OrderRecord> &orders)
{
    const QList<qint64> shownBefore = m_visible;
    QList<OrderRecord> known;
    QList<qint64> shown;
    QSet<qint64> ids;
    QSet<qint64> openLines;
    for (const OrderRecord &order : orders) {
        if (order.id == 0 || ids.contains(order.id) || !stillInKitchen(order))
            continue;
        ids.insert(order.id);
        known.append(order);
        for (const OrderLineRecord &line : order.lines)
            if (isOpen(line.status))
                openLines.insert(line.id);
        if (shouldShow(order))
            shown.append(order.id);
    }
    m_orders = std::move(known);
    m_pending.intersect(openLines); // a bump still waiting to go keeps its line shown as bumped
    showOnly(shown);
    emit countChanged();
    emit ordersChanged();
    for (const OrderRecord &order : std::as_const(m_orders))
        if (m_visible.contains(order.id) && !shownBefore.contains(order.id))
            emit ticketArrived(order.number, order.tableNumber);
}

void TicketsModel::showOnly(const QList<qint64> &shown)
{
    const auto keptIn = [](const QList<qint64> &from, const QList<qint64> &other) {
        QList<qint64> kept;
        for (qint64 id : from)
            if (other.contains(id))
                kept.append(id);
        return kept;
    };
    if (keptIn(m_visible, shown) != keptIn(shown, m_visible)) { // reordered: no rows to keep
        beginResetModel();
        m_visible = shown;
        endResetModel();
        return;
    }
    for (qsizetype row = m_visible.size() - 1; row >= 0; --row) {
        if (shown.contains(m_visible[row]))
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_visible.removeAt(row);
        endRemoveRows();
    }
    for (qsizetype row = 0; row < shown.size(); ++row) {
        if (row < m_visible.size() && m_visible[row] == shown[row])
            continue;
        beginInsertRows({}, int(row), int(row));
        m_visible.insert(row, shown[row]);
        endInsertRows();
    }
    if (!m_visible.isEmpty()) // a kept ticket may have changed while this view was away
        emit dataChanged(index(0), index(int(m_visible.size() - 1)));
}

void TicketsModel::clear()
{
    beginResetModel();
    m_orders.clear();
    m_visible.clear();
    m_pending.clear();
    endResetModel();
    emit countChanged();
    emit ordersChanged();
}

void TicketsModel::setStation(const QString &station)
{
    if (station == m_station)
        return;
    beginResetModel();
    m_station = station;
    m_visible.clear();
    for (const OrderRecord &order : std::as_const(m_orders))
        if (shouldShow(order))
            m_visible.append(order.id);
    endResetModel();
    emit stationChanged();
    emit countChanged();
}

void TicketsModel::setThresholds(const VenueThresholds &thresholds)
{
    m_thresholds = thresholds;
    refreshTimes();
}

void TicketsModel::refreshTimes()
{
    if (!m_visible.isEmpty())
        emit dataChanged(index(0), index(int(m_visible.size() - 1)), {ElapsedRole, UrgencyRole});
}

void TicketsModel::setPending(const QList<qint64> &lineIds, bool pending)
{
    QSet<qint64> touched;
    for (qint64 lineId : lineIds) {
        if (pending)
            m_pending.insert(lineId);
        else
            m_pending.remove(lineId);
    }
    for (const OrderRecord &order : std::as_const(m_orders))
        for (const OrderLineRecord &line : order.lines)
            if (lineIds.contains(line.id))
                touched.insert(order.id);
    for (qint64 orderId : touched)
        sync(orderId, false);
}

QList<qint64> TicketsModel::openLines(qint64 orderId) const
{
    QList<qint64> lines;
    if (const OrderRecord *order = ticket(orderId))
        for (const OrderLineRecord &line : order->lines)
            if (showsLine(line) && isOpen(line.status) && !m_pending.contains(line.id))
                lines.append(line.id);
    return lines;
}

QList<qint64> TicketsModel::unstartedLines(qint64 orderId) const
{
    QList<qint64> lines;
    if (const OrderRecord *order = ticket(orderId))
        for (const OrderLineRecord &line : order->lines)
            if (showsLine(line) &&
                (line.status == OrderStatus::Placed || line.status == OrderStatus::Accepted))
                lines.append(line.id);
    return lines;
}

int TicketsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariantList TicketsModel::linesOf(const OrderRecord &order) const
{
    QVariantList lines;
    for (const OrderLineRecord &line : order.lines) {
        if (!showsLine(line))
            continue;
        QStringList options;
        for (const OrderOptionRecord &option : line.options)
            options.append(option.name);
        lines.append(QVariantMap{
            {u"lineId"_s, line.id},
            {u"itemId"_s, line.itemId},
            {u"name"_s, line.name},
            {u"quantity"_s, line.quantity},
            {u"options"_s, options},
            {u"note"_s, displayedGuestText(line.note)},
            {u"seat"_s, line.seat},
            {u"station"_s, line.station},
            {u"status"_s, orderStatusCode(line.status)},
            {u"allergens"_s, line.allergens},
            {u"open"_s, isOpen(line.status)},
            {u"pending"_s, m_pending.contains(line.id)},
        });
    }
    return lines;
}

static QVariantList stationsOf(const OrderRecord &order)
{
    QStringList names;
    QHash<QString, QPair<int, int>> counts; // station -> open, done
    for (const OrderLineRecord &line : order.lines) {
        if (line.status == OrderStatus::Cancelled)
            continue;
        if (!names.contains(line.station))
            names.append(line.station);
        auto &count = counts[line.station];
        (TicketsModel::isOpen(line.status) ? count.first : count.second) += 1;
    }
    QVariantList stations;
    for (const QString &name : std::as_const(names))
        stations.append(QVariantMap{{u"station"_s, name},
                                    {u"open"_s, counts[name].first},
                                    {u"done"_s, counts[name].first == 0}});
    return stations;
}

QVariantMap TicketsModel::snapshot(const OrderRecord &order) const
{
    return {{u"orderId"_s, order.id},        {u"number"_s, order.number},
            {u"table"_s, order.tableNumber}, {u"placedAt"_s, order.placedAt},
            {u"bumpedAt"_s, m_clock.now()},  {u"lines"_s, linesOf(order)}};
}

QVariant TicketsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype at = orderRow(m_visible.at(index.row()));
    if (at < 0)
        return {};
    const OrderRecord &order = m_orders.at(at);
    const qint64 elapsed =
        order.placedAt.isValid() ? std::max<qint64>(0, order.placedAt.secsTo(m_clock.now())) : 0;
    switch (role) {
    case OrderIdRole:
        return order.id;
    case NumberRole:
        return order.number;
    case TableRole:
        return order.tableNumber;
    case PlacedAtRole:
        return order.placedAt;
    case StatusRole:
        return orderStatusCode(order.status);
    case LinesRole:
        return linesOf(order);
    case ElapsedRole:
        return elapsed;
    case UrgencyRole:
        return ticketUrgency(elapsed, m_thresholds);
    case StationsRole:
        return stationsOf(order);
    case PendingRole:
        return openLines(order.id).isEmpty();
    case PositionRole:
        return index.row() + 1;
    case AllergensRole: {
        QStringList allergens;
        for (const OrderLineRecord &line : order.lines)
            if (showsLine(line))
                for (const QString &allergen : line.allergens)
                    if (!allergens.contains(allergen))
                        allergens.append(allergen);
        return allergens;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketsModel::roleNames() const
{
    return {{OrderIdRole, "orderId"},   {NumberRole, "number"},     {TableRole, "table"},
            {PlacedAtRole, "placedAt"}, {StatusRole, "status"},     {LinesRole, "lines"},
            {ElapsedRole, "elapsed"},   {UrgencyRole, "urgency"},   {StationsRole, "stations"},
            {PendingRole, "pending"},   {PositionRole, "position"}, {AllergensRole, "allergens"}};
}

const OrderRecord *TicketsModel::ticket(qint64 orderId) const
{
    const qsizetype row = orderRow(orderId);
    return row < 0 ? nullptr : &m_orders.at(row);
}

} // namespace tableside
