#include "categoriesmodel.h"

namespace tableside {

void CategoriesModel::setMenu(const Menu &menu)
{
    beginResetModel();
    m_rows.clear();
    for (const MenuCategory &c : menu.categories)
        m_rows.append(Row{c.id, c.name, c.description, int(c.items.size()), c.windows});
    endResetModel();
    emit countChanged();
}

void CategoriesModel::judgeServing(const QDateTime &now, const QTimeZone &zone,
                                   const ServingHours &words)
{
    for (qsizetype at = 0; at < m_rows.size(); ++at) {
        Row &row = m_rows[at];
        if (row.windows.isEmpty())
            continue;
        const bool served = isWithinWindows(row.windows, now, zone);
        const QString hours = words.describe(row.windows);
        if (row.servedNow == served && row.hours == hours)
            continue;
        row.servedNow = served;
        row.hours = hours;
        emit dataChanged(index(int(at)), index(int(at)), {ServedNowRole, HoursRole});
    }
}

int CategoriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CategoriesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case CategoryIdRole:
        return row.id;
    case DescriptionRole:
        return row.description;
    case ItemCountRole:
        return row.itemCount;
    case ServedNowRole:
        return row.servedNow;
    case HoursRole:
        return row.hours;
    default:
        return {};
    }
}

QHash<int, QByteArray> CategoriesModel::roleNames() const
{
    return {{CategoryIdRole, "categoryId"},   {NameRole, "name"},
            {DescriptionRole, "description"}, {ItemCountRole, "itemCount"},
            {ServedNowRole, "servedNow"},     {HoursRole, "hours"}};
}

qint64 CategoriesModel::categoryIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

} // namespace tableside
