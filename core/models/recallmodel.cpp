#include "recallmodel.h"

using namespace Qt::StringLiterals;

namespace tableside {

RecallModel::RecallModel(int keep, QObject *parent)
    : QAbstractListModel(parent)
    , m_keep(keep)
{}

void RecallModel::remember(const QVariantMap &snapshot)
{
    const qint64 orderId = snapshot.value(u"orderId"_s).toLongLong();
    for (qsizetype row = 0; row < m_tickets.size(); ++row) {
        if (m_tickets[row].value(u"orderId"_s).toLongLong() == orderId) {
            beginRemoveRows({}, int(row), int(row));
            m_tickets.removeAt(row);
            endRemoveRows();
            break;
        }
    }
    beginInsertRows({}, 0, 0);
    m_tickets.prepend(snapshot);
    endInsertRows();
    if (m_tickets.size() > m_keep) {
        beginRemoveRows({}, m_keep, int(m_tickets.size() - 1));
        m_tickets.resize(m_keep);
        endRemoveRows();
    }
    emit countChanged();
}

int RecallModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tickets.size());
}

QVariant RecallModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariantMap &ticket = m_tickets.at(index.row());
    switch (role) {
    case OrderIdRole:
        return ticket.value(u"orderId"_s);
    case NumberRole:
        return ticket.value(u"number"_s);
    case TableRole:
        return ticket.value(u"table"_s);
    case LinesRole:
        return ticket.value(u"lines"_s);
    case BumpedAtRole:
        return ticket.value(u"bumpedAt"_s);
    default:
        return {};
    }
}

QHash<int, QByteArray> RecallModel::roleNames() const
{
    return {{OrderIdRole, "orderId"},
            {NumberRole, "number"},
            {TableRole, "table"},
            {LinesRole, "lines"},
            {BumpedAtRole, "bumpedAt"}};
}

} // namespace tableside
