#include "categoriesmodel.h"

namespace tableside {

void CategoriesModel::setMenu(const Menu &menu)
{
    beginResetModel();
    m_rows.clear();
    for (const MenuCategory &c : menu.categories)
        m_rows.append(Row{c.id, c.name, c.description, int(c.items.size())});
    endResetModel();
    emit countChanged();
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
    default:
        return {};
    }
}

QHash<int, QByteArray> CategoriesModel::roleNames() const
{
    return {{CategoryIdRole, "categoryId"},
            {NameRole, "name"},
            {DescriptionRole, "description"},
            {ItemCountRole, "itemCount"}};
}

qint64 CategoriesModel::categoryIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

} // namespace tableside
