#pragma once
// Table sessions: a party seated at a table, from seating to closing. At most one open session
// per table (the schema enforces it too).

#include "clock.h"
#include "inputlimits.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tableside {

struct TableSession {
    qint64 id = 0;
    int tableNumber = 0;
    int partySize = 1;
    QDateTime openedAt;
    QDateTime closedAt; // null while open
};

struct OpenedSession {
    TableSession session;
    bool seated = false; // the party was seated just now, not found already seated
};

class SessionRepository {
public:
    static constexpr int MaxPartySize = InputLimits::MaxPartySize;

    SessionRepository(QSqlDatabase db, const Clock &clock);

    Result<TableSession> seat(int tableNumber, int partySize); // "unknown_table", "table_occupied"
    Result<TableSession> close(qint64 sessionId);       // "unknown_session", "session_closed"
    Result<TableSession> openAt(int tableNumber) const; // "no_open_session"
    Result<OpenedSession> openOrSeat(int tableNumber);  // the open one, or seats a party of 1
    Result<TableSession> byId(qint64 sessionId) const;
    Result<QList<TableSession>> openSessions() const; // every seated table, by table number

private:
    // The open session at the table, if any; none says nothing of whether the table exists.
    Result<std::optional<TableSession>> findOpenAt(int tableNumber) const;
    // A new session at the table, known to have none open.
    Result<TableSession> insertSession(int tableNumber, int partySize);

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace tableside
