#include "menuitemsmodel.h"

#include "hubphotos.h"

using namespace Qt::StringLiterals;

namespace tableside {

MenuItemsModel::MenuItemsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void MenuItemsModel::setMenu(const Menu &menu, const QLocale &locale)
{
    beginResetModel();
    m_rows.clear();
    m_locale = locale;
    for (const MenuCategory &category : menu.categories)
        for (const MenuItem &item : category.items)
            m_rows.append(Row{item, category.name});
    endResetModel();
    emit countChanged();
}

void MenuItemsModel::setAvailable(qint64 itemId, bool available)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].item.id != itemId)
            continue;
        m_rows[row].item.available = available;
        const QModelIndex at = index(int(row));
        emit dataChanged(at, at, {AvailableRole});
    }
}

void MenuItemsModel::setStationBehind(const QString &station, bool behind)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        MenuItem &item = m_rows[row].item;
        if (item.station != station || item.longerWait == behind)
            continue;
        item.longerWait = behind;
        const QModelIndex at = index(int(row));
        emit dataChanged(at, at, {LongerWaitRole});
    }
}

void MenuItemsModel::judgeServing(const QDateTime &now, const QTimeZone &zone,
                                  const ServingHours &words)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        MenuItem &item = m_rows[row].item;
        if (item.servingTimes.isAlways())
            continue;
        const bool served = item.servingTimes.isServedAt(now, zone);
        const QString hours = words.describe(item.servingTimes);
        if (item.servedNow == served && m_rows[row].servingHours == hours)
            continue;
        item.servedNow = served;
        m_rows[row].servingHours = hours;
        const QModelIndex at = index(int(row));
        emit dataChanged(at, at, {ServedNowRole, ServingHoursRole});
    }
}

int MenuItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QUrl MenuItemsModel::photoUrl(const QString &photo) const
{
    return photoImageUrl(photo, m_photoBase);
}

QVariant MenuItemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const MenuItem &item = row.item;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return item.name;
    case ItemIdRole:
        return item.id;
    case CategoryIdRole:
        return item.categoryId;
    case CategoryNameRole:
        return row.categoryName;
    case DescriptionRole:
        return item.description;
    case PriceRole:
        return item.price.format(m_locale);
    case PriceMinorRole:
        return item.price.minorUnits();
    case PhotoRole:
        return photoUrl(item.photo);
    case AvailableRole:
        return item.available;
    case LongerWaitRole:
        return item.longerWait;
    case ServedNowRole:
        return item.servedNow;
    case ServingHoursRole:
        return row.servingHours;
    case AllergensRole:
        return item.allergens;
    case DietaryRole:
        return item.dietary;
    case SpiceLevelRole:
        return item.spiceLevel;
    case HasChoicesRole:
        return !item.groups.isEmpty();
    default:
        return {};
    }
}

QHash<int, QByteArray> MenuItemsModel::roleNames() const
{
    return {
        {ItemIdRole, "itemId"},
        {CategoryIdRole, "categoryId"},
        {CategoryNameRole, "categoryName"},
        {NameRole, "name"},
        {DescriptionRole, "description"},
        {PriceRole, "price"},
        {PriceMinorRole, "priceMinor"},
        {PhotoRole, "photo"},
        {AvailableRole, "available"},
        {LongerWaitRole, "longerWait"},
        {ServedNowRole, "servedNow"},
        {ServingHoursRole, "servingHours"},
        {AllergensRole, "allergens"},
        {DietaryRole, "dietary"},
        {SpiceLevelRole, "spiceLevel"},
        {HasChoicesRole, "hasChoices"},
    };
}

const MenuItem *MenuItemsModel::itemById(qint64 itemId) const
{
    for (const Row &row : m_rows)
        if (row.item.id == itemId)
            return &row.item;
    return nullptr;
}

} // namespace tableside
