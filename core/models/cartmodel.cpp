#include "cartmodel.h"

#include "dishdraft.h"
#include "guesttext.h"
#include "linepricer.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

CartModel::CartModel(const MenuIndex &menu, QObject *parent)
    : QAbstractListModel(parent)
    , m_menu(menu)
{}

void CartModel::add(const CartLine &added)
{
    CartLine line = added;
    line.agreedUnitMinor = unitMinorNow(line).value_or(-1);
    for (qsizetype row = 0; row < m_lines.size(); ++row) {
        CartLine &same = m_lines[row];
        if (same.itemId == line.itemId && same.optionIds == line.optionIds &&
            same.note == line.note && same.seat == line.seat &&
            same.agreedUnitMinor == line.agreedUnitMinor && same.recommended == line.recommended) {
            setQuantity(int(row), same.quantity + line.quantity);
            return;
        }
    }
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size()));
    m_lines.append(line);
    endInsertRows();
    emit changed();
}

void CartModel::setQuantity(int row, int quantity)
{
    if (row < 0 || row >= m_lines.size())
        return;
    quantity = std::clamp(quantity, 1, LinePricer::MaxQuantity);
    if (m_lines[row].quantity == quantity)
        return;
    m_lines[row].quantity = quantity;
    changedRow(row);
}

void CartModel::increase(int row)
{
    if (row >= 0 && row < m_lines.size())
        setQuantity(row, m_lines[row].quantity + 1);
}

void CartModel::decrease(int row)
{
    if (row >= 0 && row < m_lines.size())
        setQuantity(row, m_lines[row].quantity - 1);
}

void CartModel::remove(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    emit changed();
}

void CartModel::nextSeat(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    m_lines[row].seat = (m_lines[row].seat + 1) % (DishDraft::MaxSeat + 1);
    changedRow(row);
}

void CartModel::confirm(int row)
{
    if (row < 0 || row >= m_lines.size())
        return;
    if (const auto now = unitMinorNow(m_lines[row]); now && *now != m_lines[row].agreedUnitMinor) {
        m_lines[row].agreedUnitMinor = *now;
        changedRow(row);
    }
}

void CartModel::clear()
{
    setLines({});
}

void CartModel::setLines(const QList<CartLine> &lines)
{
    beginResetModel();
    m_lines = lines;
    endResetModel();
    emit changed();
}

void CartModel::refresh()
{
    if (!m_lines.isEmpty())
        emit dataChanged(index(0), index(int(m_lines.size()) - 1));
    emit changed();
}

QJsonArray CartModel::toJson() const
{
    QJsonArray lines;
    for (const CartLine &line : m_lines) {
        QJsonArray options;
        for (qint64 id : line.optionIds)
            options.append(id);
        QJsonObject json{
            {u"itemId"_s, line.itemId}, {u"optionIds"_s, options}, {u"quantity"_s, line.quantity}};
        if (!line.note.trimmed().isEmpty())
            json.insert(u"note"_s, line.note.trimmed());
        if (line.seat > 0)
            json.insert(u"seat"_s, line.seat);
        if (!line.recommended.isEmpty())
            json.insert(u"recommended"_s, line.recommended);
        lines.append(json);
    }
    return lines;
}

int CartModel::dishCount() const
{
    int count = 0;
    for (const CartLine &line : m_lines)
        count += line.quantity;
    return count;
}

std::optional<qint64> CartModel::unitMinorNow(const CartLine &line) const
{
    const MenuItem *item = m_menu.item(line.itemId);
    if (!item)
        return std::nullopt;
    MenuItemSpec spec = MenuIndex::toSpec(*item);
    spec.available = true; // a sold-out dish still shows what it cost
    auto priced = LinePricer::price(spec, {line.itemId, line.optionIds, 1});
    if (!priced)
        return std::nullopt;
    return priced->total.minorUnits();
}

qint64 CartModel::lineTotalMinor(const CartLine &line) const
{
    return unitMinorNow(line).value_or(0) * line.quantity;
}

CartModel::Change CartModel::changeOf(const CartLine &line) const
{
    const auto now = unitMinorNow(line);
    if (!now)
        return Change::Gone;
    if (line.agreedUnitMinor >= 0 && *now != line.agreedUnitMinor)
        return Change::PriceChanged;
    if (const MenuItem *item = m_menu.item(line.itemId); item && !item->servedNow)
        return Change::NotServedNow;
    return Change::None;
}

bool CartModel::needsReview() const
{
    return std::any_of(m_lines.begin(), m_lines.end(), [this](const CartLine &line) {
        const Change change = changeOf(line);
        return change == Change::PriceChanged || change == Change::Gone;
    });
}

qint64 CartModel::totalMinor() const
{
    qint64 total = 0;
    for (const CartLine &line : m_lines)
        total += lineTotalMinor(line);
    return total;
}

QString CartModel::total() const
{
    return m_menu.format(totalMinor());
}

bool CartModel::canPlace() const
{
    if (m_lines.isEmpty())
        return false;
    for (const CartLine &line : m_lines) {
        const MenuItem *item = m_menu.item(line.itemId);
        if (!item || !item->available || changeOf(line) != Change::None)
            return false;
    }
    return true;
}

int CartModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant CartModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CartLine &line = m_lines.at(index.row());
    const MenuItem *item = m_menu.item(line.itemId);
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return item ? item->name : QString();
    case ItemIdRole:
        return line.itemId;
    case OptionsRole:
        return m_menu.optionsText(line.optionIds);
    case QuantityRole:
        return line.quantity;
    case NoteRole:
        return displayedGuestText(line.note);
    case SeatRole:
        return line.seat;
    case UnitPriceRole:
        return line.quantity > 0 ? m_menu.format(lineTotalMinor(line) / line.quantity) : QString();
    case LineTotalRole:
        return m_menu.format(lineTotalMinor(line));
    case AvailableRole:
        return item && item->available;
    case CanDecreaseRole:
        return line.quantity > 1;
    case CanIncreaseRole:
        return line.quantity < LinePricer::MaxQuantity;
    case ChangeRole:
        return QVariant::fromValue(changeOf(line));
    case PriceChangedRole:
        return changeOf(line) == Change::PriceChanged;
    case GoneRole:
        return changeOf(line) == Change::Gone;
    case NotServedNowRole:
        return changeOf(line) == Change::NotServedNow;
    case ServingHoursRole:
        return m_menu.servingHours(line.itemId);
    case AgreedUnitPriceRole:
        return line.agreedUnitMinor >= 0 ? m_menu.format(line.agreedUnitMinor) : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> CartModel::roleNames() const
{
    return {{ItemIdRole, "itemId"},
            {NameRole, "name"},
            {OptionsRole, "options"},
            {QuantityRole, "quantity"},
            {NoteRole, "note"},
            {SeatRole, "seat"},
            {UnitPriceRole, "unitPrice"},
            {LineTotalRole, "lineTotal"},
            {AvailableRole, "available"},
            {CanDecreaseRole, "canDecrease"},
            {CanIncreaseRole, "canIncrease"},
            {ChangeRole, "change"},
            {AgreedUnitPriceRole, "agreedUnitPrice"},
            {PriceChangedRole, "priceChanged"},
            {GoneRole, "gone"},
            {NotServedNowRole, "notServedNow"},
            {ServingHoursRole, "servingHours"}};
}

void CartModel::changedRow(int row)
{
    emit dataChanged(index(row), index(row));
    emit changed();
}

} // namespace tableside
