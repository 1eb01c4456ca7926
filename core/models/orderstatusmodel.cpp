#include "orderstatusmodel.h"

#include "guesttext.h"

using namespace Qt::StringLiterals;

namespace tableside {

OrderStatusModel::OrderStatusModel(const MenuIndex &menu, const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_menu(menu)
    , m_clock(clock)
{}

void OrderStatusModel::addSending(const QString &key, const QList<CartLine> &lines,
                                  const QList<qint64> &lineTotals)
{
    if (lines.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + lines.size() - 1));
    for (qsizetype i = 0; i < lines.size(); ++i)
        m_rows.append(Row{.key = key,
                          .line = lines[i],
                          .totalMinor = lineTotals.value(i),
                          .sending = true,
                          .placedAt = m_clock.now()});
    endInsertRows();
    emit changed();
}

void OrderStatusModel::addOrder(const OrderRecord &order, const QString &key)
{
    if (!key.isEmpty())
        dropSending(key);
    for (const Row &row : std::as_const(m_rows))
        if (row.orderId == order.id)
            return;
    if (order.lines.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + order.lines.size() - 1));
    for (const OrderLineRecord &line : order.lines) {
        QList<qint64> optionIds;
        for (const OrderOptionRecord &option : line.options)
            optionIds.append(option.id);
        m_rows.append(
            Row{.key = key,
                .orderId = order.id,
                .number = order.number,
                .lineId = line.id,
                .line = CartLine{line.itemId, optionIds, line.quantity, line.note, line.seat},
                .kitchenName = line.name,
                .totalMinor = line.total.minorUnits(),
                .status = line.status,
                .placedAt = order.placedAt.isValid() ? order.placedAt : m_clock.now()});
        m_estimator.noteStatus(line.id, line.itemId, line.status, m_clock.now());
    }
    endInsertRows();
    emit changed();
}

void OrderStatusModel::dropSending(const QString &key)
{
    for (qsizetype row = m_rows.size() - 1; row >= 0; --row) {
        if (!m_rows[row].sending || m_rows[row].key != key)
            continue;
        beginRemoveRows({}, int(row), int(row));
        m_rows.removeAt(row);
        endRemoveRows();
    }
    emit changed();
}

void OrderStatusModel::setLineStatus(qint64 lineId, OrderStatus status, const QDateTime &at)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        Row &line = m_rows[row];
        if (line.sending || line.lineId != lineId)
            continue;
        line.status = status;
        m_estimator.noteStatus(lineId, line.line.itemId, status, at.isValid() ? at : m_clock.now());
        emit dataChanged(index(int(row)), index(int(row)));
        if (status == OrderStatus::Served)
            ratingsChanged(); // the dish's first served line may be another now
        emit changed();
        return;
    }
}

void OrderStatusModel::cancelOrder(qint64 orderId)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        Row &line = m_rows[row];
        if (line.sending || line.orderId != orderId || line.status == OrderStatus::Served)
            continue;
        line.status = OrderStatus::Cancelled;
        m_estimator.noteStatus(line.lineId, line.line.itemId, line.status, m_clock.now());
        emit dataChanged(index(int(row)), index(int(row)));
    }
    emit changed();
}

void OrderStatusModel::tick()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {MinutesLeftRole});
}

void OrderStatusModel::refresh()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
    emit changed();
}

void OrderStatusModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_ratings.clear();
    m_estimator.clear();
    endResetModel();
    emit changed();
}

void OrderStatusModel::setRating(qint64 itemId, int stars)
{
    m_ratings.insert(itemId, stars);
    ratingsChanged();
}

void OrderStatusModel::putRatingOff(qint64 itemId)
{
    if (m_ratings.value(itemId) > 0)
        return;
    m_ratings.insert(itemId, -1);
    ratingsChanged();
}

void OrderStatusModel::forgetRating(qint64 itemId)
{
    if (m_ratings.remove(itemId) > 0)
        ratingsChanged();
}

bool OrderStatusModel::isRateable(int row) const
{
    const Row &line = m_rows.at(row);
    if (line.sending || line.status != OrderStatus::Served || m_ratings.contains(line.line.itemId))
        return false;
    for (int earlier = 0; earlier < row; ++earlier) {
        const Row &other = m_rows.at(earlier);
        if (!other.sending && other.status == OrderStatus::Served &&
            other.line.itemId == line.line.itemId)
            return false;
    }
    return true;
}

void OrderStatusModel::ratingsChanged()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {RateableRole, MyRatingRole});
}

int OrderStatusModel::sendingCount() const
{
    QSet<QString> keys;
    for (const Row &row : m_rows)
        if (row.sending)
            keys.insert(row.key);
    return int(keys.size());
}

qint64 OrderStatusModel::billMinor() const
{
    qint64 total = 0;
    for (const Row &row : m_rows)
        if (!row.sending && row.status != OrderStatus::Cancelled)
            total += row.totalMinor;
    return total;
}

QString OrderStatusModel::bill() const
{
    return m_menu.format(billMinor());
}

QString OrderStatusModel::course(qint64 itemId) const
{
    const MenuItem *item = m_menu.item(itemId);
    return item ? item->course : QString();
}

int OrderStatusModel::minutesLeft(const Row &row) const
{
    if (row.sending)
        return -1;
    return m_estimator.minutesLeft(row.lineId, row.line.itemId, course(row.line.itemId), row.status,
                                   row.placedAt, m_clock.now());
}

int OrderStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OrderStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: {
        const MenuItem *item = m_menu.item(row.line.itemId);
        return item ? item->name : row.kitchenName;
    }
    case OrderIdRole:
        return row.orderId;
    case OrderNumberRole:
        return row.number;
    case LineIdRole:
        return row.lineId;
    case OptionsRole:
        return m_menu.optionsText(row.line.optionIds);
    case QuantityRole:
        return row.line.quantity;
    case NoteRole:
        return displayedGuestText(row.line.note);
    case SeatRole:
        return row.line.seat;
    case StatusRole:
        return row.sending ? u"sending"_s : orderStatusCode(row.status);
    case StepRole:
        return row.sending || row.status == OrderStatus::Placed ? 0
               : row.status == OrderStatus::Cancelled           ? -1
                                                                : int(row.status);
    case LineTotalRole:
        return m_menu.format(row.totalMinor);
    case MinutesLeftRole:
        return minutesLeft(row);
    case ItemIdRole:
        return row.line.itemId;
    case RateableRole:
        return isRateable(index.row());
    case MyRatingRole:
        return ratingOf(row.line.itemId);
    default:
        return {};
    }
}

QHash<int, QByteArray> OrderStatusModel::roleNames() const
{
    return {{OrderIdRole, "orderId"},     {OrderNumberRole, "orderNumber"},
            {LineIdRole, "lineId"},       {NameRole, "name"},
            {OptionsRole, "options"},     {QuantityRole, "quantity"},
            {NoteRole, "note"},           {SeatRole, "seat"},
            {StatusRole, "status"},       {StepRole, "step"},
            {LineTotalRole, "lineTotal"}, {MinutesLeftRole, "minutesLeft"},
            {ItemIdRole, "itemId"},       {RateableRole, "rateable"},
            {MyRatingRole, "myRating"}};
}

} // namespace tableside
