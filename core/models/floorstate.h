#pragma once
// What the floor looks like to a waiter, kept from the hub's events: the tables (positions from
// the owner's floor plan), their parties, the orders still to be cooked or carried out, and the
// open service requests. FloorModel and AlertsModel are two views of it; every rule about a
// table's status lives here.

#include "money.h"
#include "orderstatus.h"
#include "venuethresholds.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tableside {

struct FloorTable {
    int number = 0;
    int seats = 0;
    double x = -1; // 0..1 across the plan; negative: not on the plan (seen only in events)
    double y = -1;
    QString shape = QStringLiteral("square");
    qint64 sessionId = 0;
    int partySize = 0;
};

struct FloorLine {
    qint64 id = 0;
    QString name;
    int quantity = 0;
    OrderStatus status = OrderStatus::Placed;
    QDateTime readySince;
};

struct FloorOrder {
    qint64 id = 0;
    int number = 0;
    int table = 0;
    QDateTime placedAt;
    QList<FloorLine> lines;
    qint64 sessionId = 0;
    Money total; // the hub's
};

struct FloorRequest {
    qint64 id = 0;
    int table = 0;
    QString kind; // help, water, cutlery, other, bill
    QDateTime since;
};

class FloorState {
public:
    // Status codes, most pressing first: a table shows the first that holds.
    static const QStringList Statuses; // called, ready, bill, waiting, ordered, seated, free

    // floor.get's tables: [{number, seats, x, y, shape, session: {id, partySize} | null}].
    void setTables(const QJsonArray &tables);
    // floor.get's openRequests: [{requestId, table, kind, requestedAt}]: every request still
    // open, so those answered meanwhile go.
    void setOpenRequests(const QJsonArray &requests);
    // orders.open's orders: the orders still open, replacing those known (the finished ones of
    // a party still seated stay, for its bill). A ready line is dated by its readyAt, else by
    // when this screen first saw it ready, else by `now`.
    void setOpenOrders(const QJsonArray &orders, const QDateTime &now);
    // Applies one event; `at` is when the hub stored it, so ages survive a replay. True if it
    // changed anything on the floor.
    bool apply(const QString &type, const QJsonObject &data, const QDateTime &at);

    QString status(int table, const QDateTime &now, const VenueThresholds &thresholds) const;
    // Whether `status` is true of the table, most pressing or not: a table called while its food
    // cooks is both "called" and "ordered" (the floor's header counts each).
    bool holds(int table, const QString &status, const QDateTime &now,
               const VenueThresholds &thresholds) const;
    int readyCount(int table) const;   // portions ready to carry out
    int openCount(int table) const;    // portions still with the kitchen
    QString callKind(int table) const; // the oldest open non-bill request's kind, or ""
    bool billRequested(int table) const;
    // Ready lines of the table's orders, as {lineId, orderId, name, quantity}.
    QVariantList readyLines(int table) const;
    // What the seated party ordered, every line in order of ordering, served ones too (as far as
    // this screen has seen them), and the sum of the hub's order totals.
    QList<FloorLine> orderedLines(int table) const;
    Money orderedTotal(int table) const;

    const QList<FloorTable> &tables() const { return m_tables; }
    const QList<FloorOrder> &orders() const { return m_orders; }
    const QList<FloorRequest> &requests() const { return m_requests; }
    const FloorTable *table(int number) const;

private:
    FloorTable &ensureTable(int number);
    void dropPastOrders();

    QList<FloorTable> m_tables; // by number
    QList<FloorOrder> m_orders;
    QList<FloorRequest> m_requests;
};

} // namespace tableside
