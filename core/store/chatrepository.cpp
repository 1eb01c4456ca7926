#include "chatrepository.h"

#include "sessionrepository.h"
#include "sqlstatement.h"
#include "storedtime.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

const QStringList Roles{u"table"_s, u"host"_s, u"kitchen"_s, u"owner"_s};

const auto SelectMessages = u"SELECT m.id, m.session_id, t.number, m.from_role, m.body, m.sent_at "
                            u"FROM chat_messages m JOIN table_sessions s ON s.id = m.session_id "
                            u"JOIN dining_tables t ON t.id = s.table_id "_s;

ChatMessage messageFrom(const SqlStatement &q)
{
    return ChatMessage{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(),
                       q.value(3).toString(),   q.value(4).toString(),   timeFromStore(q.value(5))};
}

} // namespace

ChatRepository::ChatRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

Result<ChatMessage> ChatRepository::send(qint64 sessionId, const QString &fromRole, qint64 deviceId,
                                         const QString &body, const QString &idempotencyKey)
{
    if (idempotencyKey.size() > MaxKeyLength)
        return makeError(u"bad_request"_s,
                         u"A message's key is at most %1 characters."_s.arg(MaxKeyLength));
    if (!InputLimits::isSendableMessage(body))
        return makeError(u"bad_request"_s,
                         u"A message is 1 to %1 characters."_s.arg(MaxBodyLength));
    const QString text = body.trimmed();
    if (!Roles.contains(fromRole))
        return makeError(u"bad_request"_s, u"Unknown sender \"%1\"."_s.arg(fromRole));
    auto session = SessionRepository(m_db, m_clock).byId(sessionId);
    if (!session)
        return session.error();
    if (session->closedAt.isValid())
        return makeError(u"session_closed"_s,
                         u"The party at table %1 has already left."_s.arg(session->tableNumber));
    auto done = runSql(m_db,
                       u"INSERT INTO chat_messages (session_id, from_role, device_id, body, "
                       u"sent_at, idempotency_key) VALUES (?, ?, ?, ?, ?, ?)"_s,
                       {sessionId, fromRole,
                        deviceId > 0 ? QVariant(deviceId) : QVariant(QMetaType::fromType<qint64>()),
                        text, storedTime(m_clock.now()),
                        idempotencyKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(idempotencyKey)});
    if (!done)
        return done.error();
    auto stored =
        runSql(m_db, SelectMessages + u"WHERE m.id = ?"_s, {done->lastInsertId().toLongLong()});
    if (!stored)
        return stored.error();
    if (!stored.value().next())
        return makeError(u"store_error"_s, u"The message was not stored."_s);
    return messageFrom(stored.value());
}

Result<std::optional<ChatMessage>> ChatRepository::byKey(const QString &idempotencyKey) const
{
    if (idempotencyKey.isEmpty())
        return std::optional<ChatMessage>();
    auto found = runSql(m_db, SelectMessages + u"WHERE m.idempotency_key = ?"_s, {idempotencyKey});
    if (!found)
        return found.error();
    if (!found.value().next())
        return std::optional<ChatMessage>();
    return std::optional<ChatMessage>(messageFrom(found.value()));
}

Result<QList<ChatMessage>> ChatRepository::ofSession(qint64 sessionId) const
{
    auto query =
        runSql(m_db, SelectMessages + u"WHERE m.session_id = ? ORDER BY m.id"_s, {sessionId});
    if (!query)
        return query.error();
    QList<ChatMessage> messages;
    while (query.value().next())
        messages.append(messageFrom(query.value()));
    return messages;
}

} // namespace tableside
