#pragma once
// bill.get (PROTOCOL.md): the itemised bill of a table's open session, computed by Bill
// (core/domain/bill.h) from the session's lines not cancelled and the venue's tax settings.
// Read-only: it changes nothing and records no event.

#include "hubtransactions.h"
#include "orderrepository.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tableside {

class SessionOperations;
struct Device;

class BillOperations {
    Q_DECLARE_TR_FUNCTIONS(BillOperations)

public:
    BillOperations(HubTransactions &work, SessionOperations &sessions);

    Result<HubOutcome> get(const Device &caller, const QJsonObject &args); // bill.get

private:
    HubTransactions &m_work;
    SessionOperations &m_sessions;
    OrderRepository m_orders;
};

} // namespace tableside
