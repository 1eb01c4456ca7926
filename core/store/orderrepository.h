#pragma once
// Orders: placing (priced here, never from a client's figures), reading, moving lines through
// the kitchen and cancelling. Every status change is checked by OrderStateMachine and written to
// order_status_history. Callers hold the transaction (see core/store/README.md).

#include "clock.h"
#include "menurepository.h"
#include "money.h"
#include "orderrecord.h"
#include "orderstatus.h"
#include "result.h"
#include "sessionrepository.h"
#include "stationloadrule.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace tableside {

struct OrderLineInput {
    qint64 itemId = 0;
    QList<qint64> optionIds;
    int quantity = 1;
    QString note;
    int seat = 0; // 0: no seat
    // The recommendation the diner added it from (a RecommendationReason code), or empty.
    QString recommended = {};
};

// What is left of a dish counted down, after an order took some.
struct StockLeft {
    qint64 itemId = 0;
    int left = 0; // 0: sold out now
};

struct PlaceOutcome {
    OrderRecord order;
    bool replayed = false;    // the key was seen before
    QList<StockLeft> stock{}; // the counted dishes this order took
};

class MenuCatalog;
struct VenueSettings;

class OrderRepository {
public:
    // With a catalog, lines are priced from it (the hub's in-memory menu); else from the store.
    OrderRepository(QSqlDatabase db, const Clock &clock, MenuCatalog *catalog = nullptr);

    static constexpr int MaxLines = 100;
    static constexpr int MaxNoteLength = 200;
    static constexpr int MaxSeat = 20;
    static constexpr int MaxKeyLength = 64;

    // Prices every line itself (never a client's figure); names in `language` (the kitchen's).
    // Validation errors: "bad_request" (0 or >100 lines, note too long, seat out of 1..20),
    // "not_available_now" (a dish outside its or its category's windows), plus LinePricer's
    // codes: unknown_item, item_unavailable, choice_required, too_many_choices,
    // option_not_on_item, duplicate_option, quantity_too_small, quantity_too_large.
    // A key seen before returns the first order with replayed = true and writes nothing.
    // The session must exist and be open: "unknown_session", "session_closed".
    // The order returned is built from what was written, equal to order() of its id.
    Result<PlaceOutcome> place(const QString &idempotencyKey, qint64 sessionId,
                               qint64 deviceId /* 0: none */, const QList<OrderLineInput> &lines,
                               const QString &language);
    // The same, for a session the caller has just read in the same transaction.
    Result<PlaceOutcome> place(const QString &idempotencyKey, const TableSession &session,
                               qint64 deviceId, const QList<OrderLineInput> &lines,
                               const QString &language);
    // What place() would say of these lines, found by reading alone, so a bad order can be
    // refused before anything of its request is written: a key seen before passes (its first
    // order is the answer), else the key, the lines' shape and their prices are checked.
    Result<void> checkNewOrder(const QString &idempotencyKey, const QList<OrderLineInput> &lines,
                               const QString &language);
    Result<OrderRecord> order(qint64 orderId, const QString &language) const; // "unknown_order"
    // Where one line is now ("unknown_line").
    Result<OrderStatus> lineStatus(qint64 lineId) const;
    // Moves one line (OrderStateMachine rules), writes history, re-derives the order status.
    Result<LineChange> advanceLine(qint64 lineId, OrderStatus to,
                                   qint64 deviceId); // "unknown_line"
    // Cancels every line not yet served ("reason_required", "already_final", "unknown_order").
    Result<OrderRecord> cancel(qint64 orderId, const QString &reason, qint64 deviceId,
                               const QString &language);
    // Not served/cancelled, oldest first.
    Result<QList<OrderRecord>> openOrders(const QString &language) const;
    Result<QList<OrderRecord>> sessionOrders(qint64 sessionId, const QString &language) const;
    // Every line still holding its station (stationloadrule.h), for the hub's station.load.
    Result<QList<OpenStationLine>> openStationLines() const;

private:
    struct PricedInput;
    // Counts down the counted dishes the order took (a dish at 0 is sold out).
    Result<QList<StockLeft>> takeStock(const QList<PricedInput> &priced);
    // The id of the order first placed under this key, 0 when the key is new; a key of the
    // wrong length is "bad_request".
    Result<qint64> orderForKey(const QString &idempotencyKey);
    // known: the session when the caller has read it; else it is read after the replay check.
    Result<PlaceOutcome> placeIn(const QString &idempotencyKey, qint64 sessionId,
                                 const TableSession *known, qint64 deviceId,
                                 const QList<OrderLineInput> &lines, const QString &language);
    // Prices every line (names in `language`) and adds up the total, or the first refusal; a
    // dish outside its windows on the venue's clock is "not_available_now".
    Result<QList<PricedInput>> priceLines(const QList<OrderLineInput> &lines,
                                          const QString &language, const VenueSettings &venue,
                                          qint64 *totalMinor);
    // Orders matching `where` (SQL on table alias o, with `?` bindings), lines and all.
    Result<QList<OrderRecord>> load(const QString &where, const QVariantList &bindings,
                                    const QString &language) const;
    Result<OrderStatus> rederiveOrderStatus(qint64 orderId, qint64 deviceId, const QString &reason);
    Result<void> writeHistory(qint64 orderId, qint64 lineId, const QString &from, const QString &to,
                              const QString &reason, qint64 deviceId);

    QSqlDatabase m_db;
    const Clock &m_clock;
    MenuRepository m_menu;
    MenuCatalog *m_catalog = nullptr;
};

} // namespace tableside
