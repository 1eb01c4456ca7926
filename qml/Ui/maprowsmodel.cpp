#include "maprowsmodel.h"

namespace tableside {

MapRowsModel::MapRowsModel(QList<QByteArray> roles, QByteArray key, QObject *parent)
    : QAbstractListModel(parent)
    , m_roles(std::move(roles))
    , m_key(QString::fromLatin1(key))
{}

void MapRowsModel::setRows(const QList<QVariantMap> &rows)
{
    const bool sameRows = rows.size() == m_rows.size() &&
                          std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                     [this](const QVariantMap &a, const QVariantMap &b) {
                                         return m_key.isEmpty() || a.value(m_key) == b.value(m_key);
                                     });
    if (!sameRows) {
        const bool countChanges = rows.size() != m_rows.size();
        beginResetModel();
        m_rows = rows;
        endResetModel();
        if (countChanges)
            emit countChanged();
        return;
    }
    for (qsizetype row = 0; row < rows.size(); ++row) {
        if (rows[row] == m_rows[row])
            continue;
        m_rows[row] = rows[row];
        emit dataChanged(index(int(row)), index(int(row)));
    }
}

int MapRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MapRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int at = role - (Qt::UserRole + 1);
    if (at < 0 || at >= m_roles.size())
        return {};
    return m_rows.at(index.row()).value(QString::fromLatin1(m_roles.at(at)));
}

QHash<int, QByteArray> MapRowsModel::roleNames() const
{
    QHash<int, QByteArray> names;
    for (int i = 0; i < m_roles.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, m_roles.at(i));
    return names;
}

} // namespace tableside
