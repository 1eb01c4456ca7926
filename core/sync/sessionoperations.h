#pragma once
// Who sits at a table: session.seat and session.close, and the session a diner's first act
// opens when the party sat down without a host.

#include "hubtransactions.h"
#include "sessionrepository.h"

#include <QJsonObject>

namespace tableside {

struct Device;

class SessionOperations {
public:
    explicit SessionOperations(HubTransactions &work);

    Result<HubOutcome> seat(const Device &caller, const QJsonObject &args);  // session.seat
    Result<HubOutcome> close(const Device &caller, const QJsonObject &args); // session.close

    // The open session at `table`, inside the running unit of work; when there is none a party
    // of 1 is seated and its session.opened recorded in `outcome`, before the act's own event.
    Result<TableSession> sessionFor(int table, HubOutcome &outcome);
    // The open session at `table` ("no_open_session"), seating nobody.
    Result<TableSession> openAt(int table) const { return m_sessions.openAt(table); }
    Result<QList<TableSession>> openSessions() const { return m_sessions.openSessions(); }

private:
    Result<void> recordOpened(HubOutcome &outcome, const TableSession &session);

    HubTransactions &m_work;
    SessionRepository m_sessions;
};

} // namespace tableside
