#pragma once
// Read-only snapshots a staff screen starts from (floor.get: the tables, their sessions, the
// thresholds and the open calls; orders.open: every open order), so it need not replay the
// whole event log. Each carries or is followed by the seq to subscribe from.

#include "hubtransactions.h"
#include "orderrepository.h"
#include "servicerequestrepository.h"

#include <QJsonObject>

namespace tableside {

class SessionOperations;
struct Device;

class FloorOperations {
public:
    FloorOperations(HubTransactions &work, SessionOperations &sessions);

    Result<HubOutcome> floorGet(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> ordersOpen(const Device &caller, const QJsonObject &args);

private:
    HubTransactions &m_work;
    SessionOperations &m_sessions;
    OrderRepository m_orders;
    ServiceRequestRepository m_service;
};

} // namespace tableside
