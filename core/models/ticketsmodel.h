#pragma once
// The kitchen's open tickets, oldest first, kept current from the hub's order events.

#include "orderrepository.h"

#include <QAbstractListModel>
#include <QJsonObject>

namespace tableside {

class TicketsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        NumberRole,
        TableRole,
        PlacedAtRole,
        StatusRole,
        LinesRole, // list of {lineId, name, quantity, options, note, seat, station, status, allergens}
    };
    Q_ENUM(Role)

    explicit TicketsModel(QObject *parent = nullptr);

    // Applies one event of the log; events of other kinds are ignored.
    void applyEvent(const QString &type, const QJsonObject &data);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const OrderRecord *ticket(qint64 orderId) const;

signals:
    void countChanged();
    void ticketArrived(int number, int table);

private:
    qsizetype rowOf(qint64 orderId) const;
    void removeRow(qsizetype row);
    static bool stillInKitchen(const OrderRecord &order);

    QList<OrderRecord> m_tickets;
};

} // namespace tableside
