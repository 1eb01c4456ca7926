#pragma once
// The kitchen's all-day counts: how many of each dish are open (placed, accepted or cooking)
// right now, for one station or for all (""), most first. Recomputed from the open tickets.

#include "orderrecord.h"

#include <QAbstractListModel>

namespace tableside {

class AllDayModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        NameRole = Qt::UserRole + 1,
        QuantityRole,
        StationRole,
        ItemIdRole,
        RushRole, // RushQuantity or more open: the count stands out
    };
    Q_ENUM(Role)

    static constexpr int RushQuantity = 4;

    struct Entry {
        qint64 itemId = 0;
        QString name;
        QString station;
        int quantity = 0;
        bool operator==(const Entry &) const = default;
    };

    explicit AllDayModel(QObject *parent = nullptr);

    void recompute(const QList<OrderRecord> &orders, const QString &station);
    // Open portions of one dish (0 when none), whatever its place in the list.
    int quantityOf(qint64 itemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QList<Entry> m_entries;
};

} // namespace tableside
