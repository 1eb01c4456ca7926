#include "menufiltermodel.h"

#include "menuitemsmodel.h"

namespace tableside {

namespace {

void toggle(QStringList &list, const QString &code)
{
    if (!list.removeOne(code))
        list.append(code);
}

} // namespace

MenuFilterModel::MenuFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
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
    refilter();
    emit categoryIdChanged();
}

void MenuFilterModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    refilter();
    emit searchTextChanged();
}

void MenuFilterModel::toggleAllergen(const QString &code)
{
    toggle(m_excludedAllergens, code);
    refilter();
    emit filtersChanged();
}

void MenuFilterModel::toggleDietary(const QString &code)
{
    toggle(m_requiredDietary, code);
    refilter();
    emit filtersChanged();
}

void MenuFilterModel::clearFilters()
{
    const bool hadFilters = activeFilterCount() > 0;
    m_excludedAllergens.clear();
    m_requiredDietary.clear();
    setSearchText({});
    refilter();
    if (hadFilters)
        emit filtersChanged();
}

void MenuFilterModel::refilter()
{
    invalidateFilter();
    emit countChanged();
}

bool MenuFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex at = sourceModel()->index(sourceRow, 0, sourceParent);
    const QStringList allergens = at.data(MenuItemsModel::AllergensRole).toStringList();
    for (const QString &code : m_excludedAllergens)
        if (allergens.contains(code))
            return false;
    const QStringList dietary = at.data(MenuItemsModel::DietaryRole).toStringList();
    for (const QString &code : m_requiredDietary)
        if (!dietary.contains(code))
            return false;
    const QString needle = m_searchText.trimmed();
    if (!needle.isEmpty()) {
        // A search looks across every category, in names and descriptions.
        return at.data(MenuItemsModel::NameRole).toString().contains(needle, Qt::CaseInsensitive) ||
               at.data(MenuItemsModel::DescriptionRole)
                   .toString()
                   .contains(needle, Qt::CaseInsensitive);
    }
    return m_categoryId == 0 ||
           at.data(MenuItemsModel::CategoryIdRole).toLongLong() == m_categoryId;
}

} // namespace tableside
