#include "eventlog.h"

#include "sqlstatement.h"
#include "storedtime.h"

#include <QJsonDocument>

#include <limits>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

constexpr int MaxBatch = 5000;

} // namespace

EventLog::EventLog(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

Result<StoredEvent> EventLog::append(const QString &type, const QJsonObject &data)
{
    if (type.trimmed().isEmpty())
        return makeError(u"bad_request"_s, u"An event needs a type."_s);
    // In UTC, as a reader will see it: the stored text keeps milliseconds, as QDateTime does.
    StoredEvent event{0, type, data, m_clock.now().toUTC(),
                      QJsonDocument(data).toJson(QJsonDocument::Compact)};
    return store(std::move(event));
}

Result<StoredEvent> EventLog::appendText(const QString &type, const QByteArray &payload, int table)
{
    if (type.trimmed().isEmpty())
        return makeError(u"bad_request"_s, u"An event needs a type."_s);
    return store(StoredEvent{0, type, {}, m_clock.now().toUTC(), payload, table});
}

Result<StoredEvent> EventLog::store(StoredEvent event)
{
    auto done = runSql(m_db, u"INSERT INTO events (type, payload, created_at) VALUES (?, ?, ?)"_s,
                       {event.type, QString::fromUtf8(event.payload), storedTime(event.at)});
    if (!done)
        return done.error();
    event.seq = done->lastInsertId().toLongLong();
    return event;
}

Result<QList<StoredEvent>> EventLog::since(qint64 afterSeq, int limit) const
{
    return between(afterSeq, std::numeric_limits<qint64>::max(), limit);
}

Result<QList<StoredEvent>> EventLog::between(qint64 afterSeq, qint64 throughSeq, int limit) const
{
    auto query = runSql(m_db,
                        u"SELECT seq, type, payload, created_at FROM events "
                        u"WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"_s,
                        {afterSeq, throughSeq, qBound(1, limit, MaxBatch)});
    if (!query)
        return query.error();
    QList<StoredEvent> events;
    for (SqlStatement &q = query.value(); q.next();) {
        QByteArray payload = q.value(2).toString().toUtf8();
        QJsonObject data = QJsonDocument::fromJson(payload).object();
        events.append(StoredEvent{q.value(0).toLongLong(), q.value(1).toString(), std::move(data),
                                  timeFromStore(q.value(3)), std::move(payload)});
    }
    return events;
}

Result<qint64> EventLog::latestSeq() const
{
    auto seq = scalarSql(m_db, u"SELECT COALESCE(MAX(seq), 0) FROM events"_s);
    if (!seq)
        return seq.error();
    return seq->toLongLong();
}

} // namespace tableside
