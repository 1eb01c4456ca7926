#include "ticketsmodel.h"

#include "wireformat.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace tableside {

TicketsModel::TicketsModel(QObject *parent) : QAbstractListModel(parent) {}

bool TicketsModel::stillInKitchen(const OrderRecord &order)
{
    // A ticket leaves the kitchen when every line is ready, served or cancelled.
    for (const OrderLineRecord &line : order.lines)
        if (line.status == OrderStatus::Placed || line.status == OrderStatus::Accepted ||
            line.status == OrderStatus::Cooking)
            return true;
    return false;
}

qsizetype TicketsModel::rowOf(qint64 orderId) const
{
    for (qsizetype row = 0; row < m_tickets.size(); ++row)
        if (m_tickets[row].id == orderId)
            return row;
    return -1;
}

void TicketsModel::removeRow(qsizetype row)
{
    beginRemoveRows({}, int(row), int(row));
    m_tickets.removeAt(row);
    endRemoveRows();
    emit countChanged();
}

void TicketsModel::applyEvent(const QString &type, const QJsonObject &data)
{
    if (type == u"order.placed"_s) {
        OrderRecord order = orderFromJson(data[u"order"].toObject());
        if (order.id == 0 || rowOf(order.id) >= 0 || !stillInKitchen(order))
            return; // each ticket once, however often the event is replayed
        beginInsertRows({}, int(m_tickets.size()), int(m_tickets.size()));
        m_tickets.append(std::move(order));
        endInsertRows();
        emit countChanged();
        emit ticketArrived(m_tickets.constLast().number, m_tickets.constLast().tableNumber);
    } else if (type == u"order.line.status"_s) {
        const qsizetype row = rowOf(data[u"orderId"].toInteger());
        if (row < 0)
            return;
        OrderRecord &order = m_tickets[row];
        const auto lineStatus = orderStatusFromCode(data[u"status"].toString());
        const auto orderStatus = orderStatusFromCode(data[u"orderStatus"].toString());
        for (OrderLineRecord &line : order.lines)
            if (line.id == data[u"lineId"].toInteger() && lineStatus)
                line.status = *lineStatus;
        if (orderStatus)
            order.status = *orderStatus;
        if (!stillInKitchen(order))
            return removeRow(row);
        const QModelIndex at = index(int(row));
        emit dataChanged(at, at, {StatusRole, LinesRole});
    } else if (type == u"order.cancelled"_s) {
        const qsizetype row = rowOf(data[u"orderId"].toInteger());
        if (row >= 0)
            removeRow(row);
    }
}

void TicketsModel::clear()
{
    beginResetModel();
    m_tickets.clear();
    endResetModel();
    emit countChanged();
}

int TicketsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

static QVariantList linesOf(const OrderRecord &order)
{
    QVariantList lines;
    for (const OrderLineRecord &line : order.lines) {
        QStringList options;
        for (const OrderOptionRecord &option : line.options)
            options.append(option.name);
        lines.append(QVariantMap{
            {u"lineId"_s, line.id},
            {u"name"_s, line.name},
            {u"quantity"_s, line.quantity},
            {u"options"_s, options},
            {u"note"_s, line.note},
            {u"seat"_s, line.seat},
            {u"station"_s, line.station},
            {u"status"_s, orderStatusCode(line.status)},
            {u"allergens"_s, line.allergens},
        });
    }
    return lines;
}

QVariant TicketsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRecord &order = m_tickets.at(index.row());
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
    default:
        return {};
    }
}

QHash<int, QByteArray> TicketsModel::roleNames() const
{
    return {{OrderIdRole, "orderId"}, {NumberRole, "number"},     {TableRole, "table"},
            {PlacedAtRole, "placedAt"}, {StatusRole, "status"}, {LinesRole, "lines"}};
}

const OrderRecord *TicketsModel::ticket(qint64 orderId) const
{
    const qsizetype row = rowOf(orderId);
    return row < 0 ? nullptr : &m_tickets.at(row);
}

} // namespace tableside
