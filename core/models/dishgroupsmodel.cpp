#include "dishgroupsmodel.h"

namespace tableside {

DishGroupsModel::DishGroupsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

DishGroupsModel::~DishGroupsModel() = default;

void DishGroupsModel::setGroups(const QList<Group> &groups)
{
    if (groups == m_groups)
        return;
    const bool countChanges = groups.size() != m_groups.size();
    beginResetModel();
    m_groups = groups;
    m_options.clear();
    for (const Group &group : m_groups)
        m_options.push_back(std::make_unique<DishOptionsModel>(group.options));
    endResetModel();
    if (countChanges)
        emit countChanged();
}

void DishGroupsModel::setChoices(const QList<qint64> &chosen, bool missingShown)
{
    m_missingShown = missingShown;
    for (const auto &options : m_options)
        options->setChosen(chosen);
    if (!m_groups.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {SatisfiedRole, MissingRole});
}

int DishGroupsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QVariant DishGroupsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Group &group = m_groups.at(index.row());
    const DishOptionsModel &options = *m_options.at(index.row());
    const bool satisfied = options.chosenCount() >= group.min;
    switch (role) {
    case GroupIdRole:
        return group.id;
    case NameRole:
        return group.name;
    case MinRole:
        return group.min;
    case MaxRole:
        return group.max;
    case SatisfiedRole:
        return satisfied;
    case MissingRole:
        return m_missingShown && !satisfied;
    case OptionsRole:
        return QVariant::fromValue<QObject *>(m_options.at(index.row()).get());
    }
    return {};
}

QHash<int, QByteArray> DishGroupsModel::roleNames() const
{
    return {{GroupIdRole, "groupId"}, {NameRole, "name"},           {MinRole, "min"},
            {MaxRole, "max"},         {SatisfiedRole, "satisfied"}, {MissingRole, "missing"},
            {OptionsRole, "options"}};
}

} // namespace tableside
