#include "alldaymodel.h"

#include "ticketsmodel.h"

namespace tableside {

AllDayModel::AllDayModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void AllDayModel::recompute(const QList<OrderRecord> &orders, const QString &station)
{
    QList<Entry> entries;
    for (const OrderRecord &order : orders) {
        for (const OrderLineRecord &line : order.lines) {
            if (!TicketsModel::isOpen(line.status) ||
                (!station.isEmpty() && line.station != station))
                continue;
            auto found = std::ranges::find(entries, line.itemId, &Entry::itemId);
            if (found == entries.end())
                entries.append({line.itemId, line.name, line.station, line.quantity});
            else
                found->quantity += line.quantity;
        }
    }
    std::ranges::sort(entries, [](const Entry &a, const Entry &b) {
        return a.quantity != b.quantity ? a.quantity > b.quantity
                                        : QString::localeAwareCompare(a.name, b.name) < 0;
    });
    if (entries == m_entries)
        return;
    const bool sameRows =
        entries.size() == m_entries.size() &&
        std::ranges::equal(entries, m_entries, {}, &Entry::itemId, &Entry::itemId);
    if (sameRows) {
        m_entries = std::move(entries);
        emit dataChanged(index(0), index(int(m_entries.size() - 1)), {QuantityRole, RushRole});
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
    emit countChanged();
}

int AllDayModel::quantityOf(qint64 itemId) const
{
    auto found = std::ranges::find(m_entries, itemId, &Entry::itemId);
    return found == m_entries.end() ? 0 : found->quantity;
}

int AllDayModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant AllDayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case NameRole:
        return entry.name;
    case QuantityRole:
        return entry.quantity;
    case StationRole:
        return entry.station;
    case ItemIdRole:
        return entry.itemId;
    case RushRole:
        return entry.quantity >= RushQuantity;
    default:
        return {};
    }
}

QHash<int, QByteArray> AllDayModel::roleNames() const
{
    return {{NameRole, "name"},
            {QuantityRole, "quantity"},
            {StationRole, "station"},
            {ItemIdRole, "itemId"},
            {RushRole, "rush"}};
}

} // namespace tableside
