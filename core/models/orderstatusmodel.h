#pragma once
// The table's placed orders, one row per line, as the hub reports them: which state each line is
// in, when it should be ready, and the running bill. Orders still in the outbox show as sending.

#include "clock.h"
#include "menuindex.h"
#include "orderrecord.h"
#include "readyestimator.h"

#include <QAbstractListModel>
#include <QHash>

#include <algorithm>

namespace tableside {

class OrderStatusModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(QString bill READ bill NOTIFY changed)
    Q_PROPERTY(int sendingCount READ sendingCount NOTIFY changed)

public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        OrderNumberRole, // 0 while sending
        LineIdRole,
        NameRole,
        OptionsRole,
        QuantityRole,
        NoteRole,
        SeatRole,
        StatusRole, // "sending", "placed", "accepted", "cooking", "ready", "served", "cancelled"
        StepRole,   // 0 sending/placed, 1 accepted, 2 cooking, 3 ready, 4 served; -1 cancelled
        LineTotalRole,
        MinutesLeftRole, // -1: nothing to wait for
        ItemIdRole,
        // The line invites the diner to rate its dish: served, the first served line of that dish,
        // and the dish not yet rated nor the rating put off.
        RateableRole,
        MyRatingRole, // the stars this party gave the dish: 0 none yet
    };
    Q_ENUM(Role)

    OrderStatusModel(const MenuIndex &menu, const Clock &clock, QObject *parent = nullptr);

    // An order written to the outbox, before the hub has it; key is its idempotency key.
    void addSending(const QString &key, const QList<CartLine> &lines,
                    const QList<qint64> &lineTotals);
    // The hub's order (reply or event); replaces the sending rows of the same key and is
    // ignored when the order is already shown.
    void addOrder(const OrderRecord &order, const QString &key = {});
    void dropSending(const QString &key);
    // at: when the hub stored the change (the event's time); null: now.
    void setLineStatus(qint64 lineId, OrderStatus status, const QDateTime &at = {});
    void cancelOrder(qint64 orderId);
    // Moves the estimates on to the clock's time.
    void tick();
    void refresh();
    void clear(); // a new party: its orders and its ratings go

    // The party rated a dish (1 to 5), or put its rating off: the invitation goes either way.
    void setRating(qint64 itemId, int stars);
    void putRatingOff(qint64 itemId);
    void forgetRating(qint64 itemId); // the hub refused it: the dish invites its rating again
    int ratingOf(qint64 itemId) const { return std::max(0, m_ratings.value(itemId)); }

    int sendingCount() const;
    qint64 billMinor() const;
    QString bill() const;
    const ReadyEstimator &estimator() const { return m_estimator; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void changed();

private:
    struct Row {
        QString key{};
        qint64 orderId = 0;
        int number = 0;
        qint64 lineId = 0;
        CartLine line{};
        QString kitchenName{}; // the hub's name, when the menu no longer has the dish
        qint64 totalMinor = 0;
        bool sending = false;
        OrderStatus status = OrderStatus::Placed;
        QDateTime placedAt{};
    };
    QString course(qint64 itemId) const;
    bool isRateable(int row) const;
    void ratingsChanged();
    int minutesLeft(const Row &row) const;

    const MenuIndex &m_menu;
    const Clock &m_clock;
    ReadyEstimator m_estimator;
    QList<Row> m_rows;
    QHash<qint64, int> m_ratings; // dish → stars; -1 put off
};

} // namespace tableside
