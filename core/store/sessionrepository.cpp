#include "sessionrepository.h"

#include "sqlstatement.h"
#include "storedtime.h"
#include "tablerepository.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

const auto SelectSessions = u"SELECT s.id, t.number, s.party_size, s.opened_at, s.closed_at "
                            u"FROM table_sessions s JOIN dining_tables t ON t.id = s.table_id "_s;

TableSession sessionFrom(const SqlStatement &q)
{
    return TableSession{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(),
                        timeFromStore(q.value(3)), timeFromStore(q.value(4))};
}

// none: the error when there is no row, written only then.
template<typename NoRow> Result<TableSession> firstSession(Result<SqlStatement> query, NoRow none)
{
    if (!query)
        return query.error();
    if (!query.value().next())
        return none();
    return sessionFrom(query.value());
}

} // namespace

SessionRepository::SessionRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

Result<TableSession> SessionRepository::seat(int tableNumber, int partySize)
{
    if (partySize < 1 || partySize > MaxPartySize)
        return makeError(u"bad_request"_s, u"A party is 1 to %1 people."_s.arg(MaxPartySize));
    auto open = findOpenAt(tableNumber);
    if (!open)
        return open.error();
    if (*open)
        return makeError(
            u"table_occupied"_s,
            u"Table %1 is already seated; close it before seating a new party."_s.arg(tableNumber));
    return insertSession(tableNumber, partySize);
}

Result<TableSession> SessionRepository::insertSession(int tableNumber, int partySize)
{
    // In UTC, as a reader will see it: the stored text keeps milliseconds, as QDateTime does.
    const QDateTime openedAt = m_clock.now().toUTC();
    auto done = runSql(m_db,
                       u"INSERT INTO table_sessions (table_id, party_size, opened_at) "
                       u"SELECT id, ?, ? FROM dining_tables WHERE number = ?"_s,
                       {partySize, storedTime(openedAt), tableNumber});
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 0) { // no such table: its own error says so
        if (auto table = TableRepository(m_db).byNumber(tableNumber); !table)
            return table.error();
        return makeError(u"store_error"_s, u"Table %1 could not be seated."_s.arg(tableNumber));
    }
    return TableSession{done->lastInsertId().toLongLong(), tableNumber, partySize, openedAt, {}};
}

Result<TableSession> SessionRepository::close(qint64 sessionId)
{
    auto session = byId(sessionId);
    if (!session)
        return session.error();
    if (session->closedAt.isValid())
        return makeError(u"session_closed"_s,
                         u"The party at table %1 has already left."_s.arg(session->tableNumber));
    auto done = runSql(
        m_db, u"UPDATE table_sessions SET closed_at = ? WHERE id = ? AND closed_at IS NULL"_s,
        {storedTime(m_clock.now()), sessionId});
    if (!done)
        return done.error();
    return byId(sessionId);
}

Result<TableSession> SessionRepository::openAt(int tableNumber) const
{
    auto open = findOpenAt(tableNumber);
    if (!open)
        return open.error();
    if (*open)
        return **open;
    // No open session: say whether the table itself is unknown.
    if (auto table = TableRepository(m_db).byNumber(tableNumber); !table)
        return table.error();
    return makeError(u"no_open_session"_s, u"Nobody is seated at table %1."_s.arg(tableNumber));
}

Result<std::optional<TableSession>> SessionRepository::findOpenAt(int tableNumber) const
{
    static const QString OpenAtNumber =
        SelectSessions + u"WHERE t.number = ? AND s.closed_at IS NULL"_s;
    auto query = runSql(m_db, OpenAtNumber, {tableNumber});
    if (!query)
        return query.error();
    if (!query.value().next())
        return std::optional<TableSession>();
    return std::optional(sessionFrom(query.value()));
}

Result<OpenedSession> SessionRepository::openOrSeat(int tableNumber)
{
    auto open = findOpenAt(tableNumber);
    if (!open)
        return open.error();
    if (*open)
        return OpenedSession{**open, false};
    auto seated = insertSession(tableNumber, 1);
    if (!seated)
        return seated.error();
    return OpenedSession{*seated, true};
}

Result<TableSession> SessionRepository::byId(qint64 sessionId) const
{
    static const QString ById = SelectSessions + u"WHERE s.id = ?"_s;
    return firstSession(runSql(m_db, ById, {sessionId}), [&]() -> Result<TableSession> {
        return makeError(u"unknown_session"_s, u"There is no table session %1."_s.arg(sessionId));
    });
}

Result<QList<TableSession>> SessionRepository::openSessions() const
{
    auto query = runSql(m_db, SelectSessions + u"WHERE s.closed_at IS NULL ORDER BY t.number"_s);
    if (!query)
        return query.error();
    QList<TableSession> sessions;
    while (query.value().next())
        sessions.append(sessionFrom(query.value()));
    return sessions;
}

} // namespace tableside
