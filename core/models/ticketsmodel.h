#pragma once
// The kitchen's open tickets in order of arrival, kept current from the hub's order events.
// One model serves a station display (only that station's lines; a ticket leaves when they are
// done) and the expo (station ""; every line; a ticket leaves when every station is done).
// Elapsed time and its urgency band come from an injected Clock and the owner's thresholds.

#include "clock.h"
#include "orderrecord.h"
#include "venuethresholds.h"

#include <QAbstractListModel>
#include <QJsonObject>
#include <QSet>

namespace tableside {

class TicketsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString station READ station WRITE setStation NOTIFY stationChanged)

public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1,
        NumberRole,
        TableRole,
        PlacedAtRole,
        StatusRole,
        LinesRole,     // list of {lineId, itemId, name, quantity, options, note, seat, station,
                       // status, allergens, open, pending}
        ElapsedRole,   // seconds since the order was placed
        UrgencyRole,   // "ok", "warn", "late" (ticketUrgency)
        StationsRole,  // list of {station, open, done}: every station the ticket involves
        PendingRole,   // every open line shown is waiting out its undo delay
        PositionRole,  // 1-based place on screen, what a bump bar's digit selects
        AllergensRole, // union of the shown lines' allergens
    };
    Q_ENUM(Role)

    explicit TicketsModel(QObject *parent = nullptr); // the system clock
    explicit TicketsModel(const Clock &clock, QObject *parent = nullptr);

    // Applies one event of the log; events of other kinds are ignored. Replays are harmless.
    void applyEvent(const QString &type, const QJsonObject &data);
    // orders.open's answer: the tickets still in the kitchen, replacing those known (a ticket
    // done meanwhile goes without a recall). Tickets new to this view arrive (and chime); those
    // still shown keep their rows, so a cook does not lose the place they scrolled to.
    void resetTo(const QList<OrderRecord> &orders);
    void clear();

    QString station() const { return m_station; }
    void setStation(const QString &station);
    void setThresholds(const VenueThresholds &thresholds);
    // Re-reads the clock: elapsed and urgency change for every ticket.
    void refreshTimes();

    // Lines waiting out a bump's undo delay: shown as bumped but still open.
    void setPending(const QList<qint64> &lineIds, bool pending);
    // The open, not yet pending lines of the ticket that this view shows (what a bump moves).
    QList<qint64> openLines(qint64 orderId) const;
    bool isPending(qint64 lineId) const { return m_pending.contains(lineId); }
    // The ticket's shown lines still placed or accepted (what "start" moves to cooking).
    QList<qint64> unstartedLines(qint64 orderId) const;
    qint64 orderIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    const OrderRecord *ticket(qint64 orderId) const;
    // Every ticket still in the kitchen, whatever the station filter.
    const QList<OrderRecord> &orders() const { return m_orders; }
    bool showsLine(const OrderLineRecord &line) const;
    QVariantList linesOf(const OrderRecord &order) const;

    static bool isOpen(OrderStatus status);

signals:
    void countChanged();
    void stationChanged();
    void ordersChanged();
    // A ticket this view shows arrived (the sound plays).
    void ticketArrived(int number, int table);
    // A ticket left this view because its lines were done (not cancelled): what recall keeps.
    void ticketBumped(const QVariantMap &snapshot);

private:
    qsizetype orderRow(qint64 orderId) const;
    qsizetype visibleRow(qint64 orderId) const;
    bool shouldShow(const OrderRecord &order) const;
    // Inserts, removes or refreshes the ticket's row after it changed.
    void sync(qint64 orderId, bool arrived);
    void forget(qsizetype orderIndex);
    // Makes `shown` the visible rows by removing and inserting rows, keeping those in both.
    void showOnly(const QList<qint64> &shown);
    QVariantMap snapshot(const OrderRecord &order) const;

    static const SystemClock s_systemClock;
    const Clock &m_clock;
    VenueThresholds m_thresholds;
    QString m_station;
    QList<OrderRecord> m_orders; // arrival order
    QList<qint64> m_visible;     // order ids shown, arrival order
    QSet<qint64> m_pending;      // line ids
};

} // namespace tableside
