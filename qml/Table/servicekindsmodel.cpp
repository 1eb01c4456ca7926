#include "servicekindsmodel.h"

#include "servicecallsmodel.h"

namespace tableside {

ServiceKindsModel::ServiceKindsModel(const ServiceCallsModel &calls, QObject *parent)
    : QAbstractListModel(parent)
    , m_calls(calls)
{
    connect(&calls, &ServiceCallsModel::changed, this,
            [this] { emit dataChanged(index(0), index(rowCount() - 1), {OpenRole}); });
}

int ServiceKindsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(ServiceCallsModel::waiterKinds().size());
}

QVariant ServiceKindsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString &kind = ServiceCallsModel::waiterKinds().at(index.row());
    switch (role) {
    case CodeRole:
        return kind;
    case OpenRole:
        return m_calls.isOpen(kind);
    }
    return {};
}

QHash<int, QByteArray> ServiceKindsModel::roleNames() const
{
    return {{CodeRole, "code"}, {OpenRole, "open"}};
}

} // namespace tableside
