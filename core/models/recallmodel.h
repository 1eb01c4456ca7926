#pragma once
// The last tickets this kitchen view bumped, newest first, read-only: what "recall" shows when a
// cook needs to see again what went out.

#include <QAbstractListModel>
#include <QVariantMap>

namespace tableside {

class RecallModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { OrderIdRole = Qt::UserRole + 1, NumberRole, TableRole, LinesRole, BumpedAtRole };
    Q_ENUM(Role)

    explicit RecallModel(int keep = 10, QObject *parent = nullptr);

    // A snapshot as TicketsModel::ticketBumped gives it; a ticket bumped again moves to the top.
    void remember(const QVariantMap &snapshot);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    int m_keep;
    QList<QVariantMap> m_tickets;
};

} // namespace tableside
