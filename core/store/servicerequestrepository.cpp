#include "servicerequestrepository.h"

#include "sessionrepository.h"
#include "sqlstatement.h"
#include "storedtime.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

const QStringList Kinds{u"help"_s, u"water"_s, u"cutlery"_s, u"other"_s, u"bill"_s};

const auto SelectRequests =
    u"SELECT r.id, r.session_id, t.number, r.kind, r.note, r.requested_at, r.acknowledged_at "
    u"FROM service_requests r JOIN table_sessions s ON s.id = r.session_id "
    u"JOIN dining_tables t ON t.id = s.table_id "_s;

ServiceRequest requestFrom(const SqlStatement &q)
{
    return ServiceRequest{q.value(0).toLongLong(),  q.value(1).toLongLong(),
                          q.value(2).toInt(),       q.value(3).toString(),
                          q.value(4).toString(),    timeFromStore(q.value(5)),
                          timeFromStore(q.value(6))};
}

} // namespace

ServiceRequestRepository::ServiceRequestRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

Result<ServiceRequest> ServiceRequestRepository::request(qint64 sessionId, const QString &kind,
                                                         const QString &note)
{
    if (!Kinds.contains(kind))
        return makeError(u"bad_request"_s, u"A call is one of: %1."_s.arg(Kinds.join(u", "_s)));
    // A null QString binds as SQL NULL, which the NOT NULL column refuses: no note is ''.
    const QString text = note.isNull() ? u""_s : note.trimmed();
    if (text.size() > MaxNoteLength)
        return makeError(u"bad_request"_s,
                         u"A note is at most %1 characters."_s.arg(MaxNoteLength));
    auto session = SessionRepository(m_db, m_clock).byId(sessionId);
    if (!session)
        return session.error();
    if (session->closedAt.isValid())
        return makeError(u"session_closed"_s,
                         u"The party at table %1 has already left."_s.arg(session->tableNumber));
    auto done = runSql(m_db,
                       u"INSERT INTO service_requests (session_id, kind, note, requested_at) "
                       u"VALUES (?, ?, ?, ?)"_s,
                       {sessionId, kind, text, storedTime(m_clock.now())});
    if (!done)
        return done.error();
    return byId(done->lastInsertId().toLongLong());
}

Result<ServiceRequest> ServiceRequestRepository::acknowledge(qint64 requestId, qint64 deviceId)
{
    auto current = byId(requestId);
    if (!current)
        return current.error();
    if (current->acknowledgedAt.isValid())
        return makeError(u"already_acknowledged"_s,
                         u"Someone is already on the way to table %1."_s.arg(current->tableNumber));
    auto done = runSql(m_db,
                       u"UPDATE service_requests SET acknowledged_at = ?, "
                       u"acknowledged_by_device_id = ? WHERE id = ?"_s,
                       {storedTime(m_clock.now()),
                        deviceId > 0 ? QVariant(deviceId) : QVariant(QMetaType::fromType<qint64>()),
                        requestId});
    if (!done)
        return done.error();
    return byId(requestId);
}

Result<QList<ServiceRequest>> ServiceRequestRepository::open() const
{
    auto query = runSql(
        m_db, SelectRequests + u"WHERE r.acknowledged_at IS NULL ORDER BY r.requested_at, r.id"_s);
    if (!query)
        return query.error();
    QList<ServiceRequest> requests;
    while (query.value().next())
        requests.append(requestFrom(query.value()));
    return requests;
}

Result<ServiceRequest> ServiceRequestRepository::byId(qint64 requestId) const
{
    auto query = runSql(m_db, SelectRequests + u"WHERE r.id = ?"_s, {requestId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return makeError(u"unknown_request"_s, u"There is no call %1."_s.arg(requestId));
    return requestFrom(query.value());
}

} // namespace tableside
