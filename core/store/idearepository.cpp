#include "idearepository.h"

#include "sessionrepository.h"
#include "sqlstatement.h"
#include "storedtime.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

const auto SelectIdeas =
    u"SELECT i.id, i.body, i.status, "
    u"(SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.id) AS votes, i.created_at "
    u"FROM ideas i "_s;

Idea ideaFrom(const SqlStatement &q)
{
    return Idea{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toInt(), timeFromStore(q.value(4))};
}

} // namespace

IdeaRepository::IdeaRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

Result<Idea> IdeaRepository::submit(qint64 sessionId, const QString &body)
{
    const QString text = body.trimmed();
    if (text.isEmpty() || text.size() > MaxBodyLength)
        return makeError(u"bad_request"_s, u"An idea is 1 to %1 characters."_s.arg(MaxBodyLength));
    if (sessionId != 0) {
        if (auto session = SessionRepository(m_db, m_clock).byId(sessionId); !session)
            return session.error();
    }
    auto done = runSql(
        m_db,
        u"INSERT INTO ideas (session_id, body, status, created_at) VALUES (?, ?, 'open', ?)"_s,
        {sessionId != 0 ? QVariant(sessionId) : QVariant(QMetaType::fromType<qint64>()), text,
         storedTime(m_clock.now())});
    if (!done)
        return done.error();
    return byId(done->lastInsertId().toLongLong());
}

Result<Idea> IdeaRepository::vote(qint64 ideaId, qint64 sessionId)
{
    if (auto idea = byId(ideaId); !idea)
        return idea.error();
    if (auto session = SessionRepository(m_db, m_clock).byId(sessionId); !session)
        return session.error();
    auto voted =
        scalarSql(m_db, u"SELECT count(*) FROM idea_votes WHERE idea_id = ? AND session_id = ?"_s,
                  {ideaId, sessionId});
    if (!voted)
        return voted.error();
    if (voted->toInt() > 0)
        return makeError(u"already_voted"_s, u"This table has already voted for that idea."_s);
    auto done =
        runSql(m_db, u"INSERT INTO idea_votes (idea_id, session_id, voted_at) VALUES (?, ?, ?)"_s,
               {ideaId, sessionId, storedTime(m_clock.now())});
    if (!done)
        return done.error();
    return byId(ideaId);
}

Result<QList<Idea>> IdeaRepository::all() const
{
    auto query = runSql(m_db, SelectIdeas + u"ORDER BY votes DESC, i.id"_s);
    if (!query)
        return query.error();
    QList<Idea> ideas;
    while (query.value().next())
        ideas.append(ideaFrom(query.value()));
    return ideas;
}

Result<Idea> IdeaRepository::byId(qint64 ideaId) const
{
    auto query = runSql(m_db, SelectIdeas + u"WHERE i.id = ?"_s, {ideaId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return makeError(u"unknown_idea"_s, u"There is no idea %1."_s.arg(ideaId));
    return ideaFrom(query.value());
}

} // namespace tableside
