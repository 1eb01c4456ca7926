#include "floormodel.h"

namespace tableside {

FloorModel::FloorModel(const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
{}

void FloorModel::setTables(const QJsonArray &tables, const std::optional<QJsonArray> &openRequests)
{
    beginResetModel();
    m_state.setTables(tables);
    if (openRequests)
        m_state.setOpenRequests(*openRequests);
    endResetModel();
    emit countChanged();
    emit floorChanged();
}

void FloorModel::setThresholds(const VenueThresholds &thresholds)
{
    m_thresholds = thresholds;
    refreshAll();
}

void FloorModel::setOpenOrders(const QJsonArray &orders)
{
    const qsizetype tablesBefore = m_state.tables().size();
    beginResetModel();
    m_state.setOpenOrders(orders, m_clock.now());
    endResetModel();
    if (m_state.tables().size() != tablesBefore)
        emit countChanged();
    emit floorChanged();
}

void FloorModel::applyEvent(const QString &type, const QJsonObject &data, const QDateTime &at)
{
    const qsizetype tablesBefore = m_state.tables().size();
    const bool growing = [&] {
        const int number = type == QLatin1StringView("order.placed")
                               ? data.value(QLatin1StringView("order"))
                                     .toObject()
                                     .value(QLatin1StringView("table"))
                                     .toInt()
                               : data.value(QLatin1StringView("table")).toInt();
        return number > 0 && !m_state.table(number);
    }();
    if (growing)
        beginResetModel();
    const bool changed = m_state.apply(type, data, at.isValid() ? at : m_clock.now());
    if (growing) {
        endResetModel();
        if (m_state.tables().size() != tablesBefore)
            emit countChanged();
    }
    if (changed) {
        if (!growing)
            refreshAll();
        emit floorChanged();
    }
}

void FloorModel::refreshTimes()
{
    refreshAll();
}

void FloorModel::refreshAll()
{
    if (rowCount() > 0)
        emit dataChanged(index(0), index(rowCount() - 1));
}

int FloorModel::rowOf(int tableNumber) const
{
    const auto &tables = m_state.tables();
    for (qsizetype row = 0; row < tables.size(); ++row)
        if (tables[row].number == tableNumber)
            return int(row);
    return -1;
}

int FloorModel::countWithStatus(const QString &status) const
{
    const QDateTime now = m_clock.now();
    return int(std::ranges::count_if(m_state.tables(), [&](const FloorTable &table) {
        return m_state.holds(table.number, status, now, m_thresholds);
    }));
}

QVariantMap FloorModel::tableInfo(int number) const
{
    QVariantMap info;
    const int row = rowOf(number);
    if (row < 0)
        return info;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        info.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return info;
}

int FloorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_state.tables().size());
}

QVariant FloorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FloorTable &table = m_state.tables().at(index.row());
    switch (role) {
    case NumberRole:
        return table.number;
    case SeatsRole:
        return table.seats;
    case XRole:
        return table.x;
    case YRole:
        return table.y;
    case ShapeRole:
        return table.shape;
    case StatusRole:
        return m_state.status(table.number, m_clock.now(), m_thresholds);
    case SessionIdRole:
        return table.sessionId;
    case PartySizeRole:
        return table.partySize;
    case ReadyCountRole:
        return m_state.readyCount(table.number);
    case OpenCountRole:
        return m_state.openCount(table.number);
    case CallKindRole:
        return m_state.callKind(table.number);
    case BillRole:
        return m_state.billRequested(table.number);
    case ReadyLinesRole:
        return m_state.readyLines(table.number);
    default:
        return {};
    }
}

QHash<int, QByteArray> FloorModel::roleNames() const
{
    return {{NumberRole, "number"},
            {SeatsRole, "seats"},
            {XRole, "planX"},
            {YRole, "planY"},
            {ShapeRole, "shape"},
            {StatusRole, "status"},
            {SessionIdRole, "sessionId"},
            {PartySizeRole, "partySize"},
            {ReadyCountRole, "readyCount"},
            {OpenCountRole, "openCount"},
            {CallKindRole, "callKind"},
            {BillRole, "billRequested"},
            {ReadyLinesRole, "readyLines"}};
}

} // namespace tableside
