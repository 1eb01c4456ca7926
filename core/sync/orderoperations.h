#pragma once
// Orders (PROTOCOL.md "order.place", "order.line.advance", "order.cancel"): placed and priced
// by the hub (a table's first order seats it), moved through the kitchen by the order state
// machine's rules, cancelled with a host's or owner's PIN.

#include "hubtransactions.h"
#include "orderrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tableside {

class RecommendOperations;
class SessionOperations;
class StaffPinCheck;
struct Device;

class OrderOperations {
    Q_DECLARE_TR_FUNCTIONS(OrderOperations)

public:
    OrderOperations(HubTransactions &work, SessionOperations &sessions, StaffPinCheck &pins,
                    RecommendOperations &recommendations);

    // The hot path of a busy evening: refused by reading alone where it can be, then run
    // without a savepoint of its own (HubTransactions::InBatch::SpoilsOnFailure).
    Result<HubOutcome> place(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> advanceLine(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> cancel(const Device &caller, const QJsonObject &args);

    // The lines of an order.place request as place() reads them, before they are checked.
    static QList<OrderLineInput> linesOf(const QJsonObject &args);

private:
    HubTransactions &m_work;
    SessionOperations &m_sessions;
    StaffPinCheck &m_pins;
    RecommendOperations &m_recommendations;
    OrderRepository m_orders;
};

} // namespace tableside
