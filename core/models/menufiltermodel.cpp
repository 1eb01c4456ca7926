#include "menufiltermodel.h"

#include "menuitemsmodel.h"

namespace tableside {

MenuFilterModel::MenuFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &MenuFilterModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &MenuFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &MenuFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &MenuFilterModel::countChanged);
}

void MenuFilterModel::setCategoryId(qint64 id)
{
    if (id == m_categoryId)
        return;
    m_categoryId = id;
    invalidateFilter();
    emit categoryIdChanged();
    emit countChanged();
}

void MenuFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    invalidateFilter();
    emit searchTextChanged();
    emit countChanged();
}

bool MenuFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex at = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString needle = m_searchText.trimmed();
    if (!needle.isEmpty()) {
        // A search looks across every category, in names and descriptions.
        return at.data(MenuItemsModel::NameRole).toString().contains(needle, Qt::CaseInsensitive) ||
               at.data(MenuItemsModel::DescriptionRole)
                   .toString()
                   .contains(needle, Qt::CaseInsensitive);
    }
    return m_categoryId == 0 || at.data(MenuItemsModel::CategoryIdRole).toLongLong() == m_categoryId;
}

} // namespace tableside
