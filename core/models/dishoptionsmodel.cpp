#include "dishoptionsmodel.h"

#include <algorithm>

namespace tableside {

DishOptionsModel::DishOptionsModel(QList<Option> options, QObject *parent)
    : QAbstractListModel(parent)
    , m_options(std::move(options))
{}

void DishOptionsModel::setChosen(const QList<qint64> &chosen)
{
    for (int row = 0; row < m_options.size(); ++row) {
        const qint64 id = m_options[row].id;
        if (chosen.contains(id) != m_chosen.contains(id)) {
            m_chosen = chosen;
            emit dataChanged(index(0), index(rowCount() - 1), {ChosenRole});
            return;
        }
    }
    m_chosen = chosen;
}

int DishOptionsModel::chosenCount() const
{
    return int(std::ranges::count_if(
        m_options, [&](const Option &option) { return m_chosen.contains(option.id); }));
}

int DishOptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_options.size());
}

QVariant DishOptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Option &option = m_options.at(index.row());
    switch (role) {
    case OptionIdRole:
        return option.id;
    case NameRole:
        return option.name;
    case DeltaRole:
        return option.delta;
    case ChosenRole:
        return m_chosen.contains(option.id);
    }
    return {};
}

QHash<int, QByteArray> DishOptionsModel::roleNames() const
{
    return {{OptionIdRole, "optionId"},
            {NameRole, "name"},
            {DeltaRole, "delta"},
            {ChosenRole, "chosen"}};
}

} // namespace tableside
