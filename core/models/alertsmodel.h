#pragma once
// The waiters' alerts: service calls, bill requests, food ready to carry out and messages from
// diners nobody has opened. An alert left
// unacknowledged past the owner's alertEscalateSeconds escalates: it moves to the top (oldest
// escalated first) and escalated() fires once for it; the others are newest first.

#include "chatinbox.h"
#include "floormodel.h"

#include <QAbstractListModel>
#include <QSet>

namespace tableside {

class AlertsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int escalatedCount READ escalatedCount NOTIFY countChanged)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        KindRole, // help, water, cutlery, other, bill, ready, chat
        TableRole,
        RequestIdRole, // service requests
        OrderIdRole,   // food ready
        NumberRole,    // the order's number
        LinesRole,     // food ready: [{lineId, name, quantity}]
        AgeRole,       // seconds since it was raised
        EscalatedRole,
        MessageRole, // chat: the latest message not opened yet
        CountRole,   // chat: how many are not opened yet
    };
    Q_ENUM(Role)

    struct Alert {
        QString key;
        QString kind;
        int table = 0;
        qint64 requestId = 0;
        qint64 orderId = 0;
        int number = 0;
        QVariantList lines;
        QDateTime since;
        bool escalated = false;
        QString message;
        int count = 0;
    };

    explicit AlertsModel(const FloorModel &floor, QObject *parent = nullptr);
    // The diners' messages to show as alerts until a waiter opens them; it outlives this model.
    void setInbox(const ChatInbox *inbox);

    // Re-derives the list from the floor and the clock (called on every floor change and tick).
    void refresh();
    int escalatedCount() const;
    const QList<Alert> &alerts() const { return m_alerts; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();
    void escalated(const QString &key, int table);

private:
    const FloorModel &m_floor;
    const ChatInbox *m_inbox = nullptr;
    QList<Alert> m_alerts;
    QSet<QString> m_escalatedKeys;
};

} // namespace tableside
