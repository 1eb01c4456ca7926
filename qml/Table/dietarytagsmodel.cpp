#include "dietarytagsmodel.h"

#include "dietarytag.h"
#include "menufiltermodel.h"

namespace tableside {

namespace {

// The strictest first: vegan before vegetarian.
const QList<DietaryTag> &shownTags()
{
    static const QList<DietaryTag> tags{DietaryTag::Vegan, DietaryTag::Vegetarian,
                                        DietaryTag::GlutenFree, DietaryTag::Halal};
    return tags;
}

} // namespace

DietaryTagsModel::DietaryTagsModel(const MenuFilterModel &filter, QObject *parent)
    : QAbstractListModel(parent)
    , m_filter(filter)
{
    connect(&filter, &MenuFilterModel::filtersChanged, this,
            [this] { emit dataChanged(index(0), index(rowCount() - 1), {ChosenRole}); });
}

QStringList DietaryTagsModel::codes()
{
    QStringList codes;
    for (DietaryTag tag : shownTags())
        codes.append(dietaryTagCode(tag));
    return codes;
}

int DietaryTagsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(shownTags().size());
}

QVariant DietaryTagsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString code = dietaryTagCode(shownTags().at(index.row()));
    switch (role) {
    case CodeRole:
        return code;
    case ChosenRole:
        return m_filter.requiredDietary().contains(code);
    }
    return {};
}

QHash<int, QByteArray> DietaryTagsModel::roleNames() const
{
    return {{CodeRole, "code"}, {ChosenRole, "chosen"}};
}

} // namespace tableside
