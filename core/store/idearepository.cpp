#include "idearepository.h"

#include "ideasimilarity.h"
#include "sessionrepository.h"
#include "sqlstatement.h"
#include "storedtime.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IdeaRepository)
};

// Bound: the session whose votes are asked (0 matches none).
const auto SelectIdeas =
    u"SELECT i.id, i.body, i.status, i.answer, "
    u"(SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.id), i.created_at, i.changed_at, "
    u"coalesce(i.merged_into, 0), "
    u"EXISTS (SELECT 1 FROM idea_votes v WHERE v.idea_id = i.id AND v.session_id = ?) "
    u"FROM ideas i "_s;

Idea ideaFrom(const SqlStatement &q)
{
    Idea idea;
    idea.id = q.value(0).toLongLong();
    idea.body = q.value(1).toString();
    idea.status = q.value(2).toString();
    idea.answer = q.value(3).toString();
    idea.votes = q.value(4).toInt();
    idea.createdAt = timeFromStore(q.value(5));
    idea.changedAt = timeFromStore(q.value(6));
    idea.mergedInto = q.value(7).toLongLong();
    idea.voted = q.value(8).toLongLong() != 0;
    return idea;
}

Error alreadyMerged(qint64 ideaId)
{
    return makeError(
        u"already_merged"_s,
        Tr::tr("Idea %1 was merged into another; change the one it was merged into.").arg(ideaId));
}

} // namespace

IdeaRepository::IdeaRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

Result<Idea> IdeaRepository::submit(qint64 sessionId, const QString &body)
{
    const auto text = IdeaRules::checkBody(body);
    if (!text)
        return text.error();
    if (sessionId != 0) {
        if (auto session = SessionRepository(m_db, m_clock).byId(sessionId); !session)
            return session.error();
    }
    const QString now = storedTime(m_clock.now());
    auto done =
        runSql(m_db,
               u"INSERT INTO ideas (session_id, body, status, created_at, changed_at) "
               u"VALUES (?, ?, 'new', ?, ?)"_s,
               {sessionId != 0 ? QVariant(sessionId) : QVariant(QMetaType::fromType<qint64>()),
                *text, now, now});
    if (!done)
        return done.error();
    const qint64 ideaId = done->lastInsertId().toLongLong();
    if (sessionId != 0) {
        if (auto own = runSql(m_db,
                              u"INSERT INTO idea_votes (idea_id, session_id, voted_at) "
                              u"VALUES (?, ?, ?)"_s,
                              {ideaId, sessionId, now});
            !own)
            return own.error();
    }
    return byId(ideaId, sessionId);
}

Result<Idea> IdeaRepository::vote(qint64 ideaId, qint64 sessionId)
{
    auto idea = byId(ideaId, sessionId);
    if (!idea)
        return idea.error();
    if (idea->mergedInto != 0) {
        idea = byId(idea->mergedInto, sessionId);
        if (!idea)
            return idea.error();
    }
    if (auto session = SessionRepository(m_db, m_clock).byId(sessionId); !session)
        return session.error();
    if (idea->voted)
        return makeError(u"already_voted"_s, Tr::tr("This table has already voted for that idea."));
    auto done =
        runSql(m_db, u"INSERT INTO idea_votes (idea_id, session_id, voted_at) VALUES (?, ?, ?)"_s,
               {idea->id, sessionId, storedTime(m_clock.now())});
    if (!done)
        return done.error();
    return byId(idea->id, sessionId);
}

Result<QList<Idea>> IdeaRepository::read(const QString &where, const QVariantList &bindings,
                                         qint64 sessionId) const
{
    auto query = runSql(m_db, SelectIdeas + where, QVariantList{sessionId} + bindings);
    if (!query)
        return query.error();
    QList<Idea> ideas;
    while (query.value().next())
        ideas.append(ideaFrom(query.value()));
    if (auto merged = addMergedIds(ideas); !merged)
        return merged.error();
    return ideas;
}

Result<void> IdeaRepository::addMergedIds(QList<Idea> &ideas) const
{
    if (ideas.isEmpty())
        return {};
    auto query = runSql(
        m_db, u"SELECT merged_into, id FROM ideas WHERE merged_into IS NOT NULL ORDER BY id"_s);
    if (!query)
        return query.error();
    QHash<qint64, QList<qint64>> merged;
    while (query.value().next())
        merged[query.value().value(0).toLongLong()].append(query.value().value(1).toLongLong());
    for (Idea &idea : ideas)
        idea.mergedIds = merged.value(idea.id);
    return {};
}

Result<QList<Idea>> IdeaRepository::board(qint64 sessionId) const
{
    return read(u"WHERE i.status <> 'merged' ORDER BY 5 DESC, i.created_at DESC, i.id DESC"_s, {},
                sessionId);
}

Result<QList<Idea>> IdeaRepository::similar(const QString &draft, qint64 sessionId) const
{
    const QStringList draftWords = IdeaSimilarity::words(draft);
    if (draftWords.isEmpty())
        return QList<Idea>{};
    auto all = board(sessionId);
    if (!all)
        return all.error();
    QList<Idea> found;
    for (Idea &idea : all.value()) {
        idea.similarity = IdeaSimilarity::score(draftWords, IdeaSimilarity::words(idea.body));
        if (idea.similarity >= IdeaSimilarity::Threshold)
            found.append(idea);
    }
    // Most alike first; among equals, the board's order (most votes, newest) stays.
    std::stable_sort(found.begin(), found.end(),
                     [](const Idea &a, const Idea &b) { return a.similarity > b.similarity; });
    if (found.size() > MaxSimilar)
        found.resize(MaxSimilar);
    return found;
}

Result<Idea> IdeaRepository::setStatus(qint64 ideaId, IdeaStatus status)
{
    auto idea = byId(ideaId);
    if (!idea)
        return idea.error();
    const auto from = ideaStatusFromCode(idea->status);
    if (!from)
        return makeError(u"store_unreadable"_s, u"Idea %1 has no known status."_s.arg(ideaId));
    if (auto move = IdeaRules::checkMove(*from, status); !move)
        return move.error();
    if (auto done = runSql(m_db, u"UPDATE ideas SET status = ?, changed_at = ? WHERE id = ?"_s,
                           {ideaStatusCode(status), storedTime(m_clock.now()), ideaId});
        !done)
        return done.error();
    return byId(ideaId);
}

Result<Idea> IdeaRepository::answer(qint64 ideaId, const QString &answer)
{
    const auto text = IdeaRules::checkAnswer(answer);
    if (!text)
        return text.error();
    auto idea = byId(ideaId);
    if (!idea)
        return idea.error();
    if (idea->mergedInto != 0)
        return alreadyMerged(ideaId);
    if (auto done = runSql(
            m_db, u"UPDATE ideas SET answer = coalesce(?, ''), changed_at = ? WHERE id = ?"_s,
            {*text, storedTime(m_clock.now()), ideaId});
        !done)
        return done.error();
    return byId(ideaId);
}

Result<Idea> IdeaRepository::merge(qint64 keptId, const QList<qint64> &merged)
{
    if (merged.isEmpty())
        return makeError(u"bad_request"_s, Tr::tr("Choose the ideas to merge."));
    if (merged.contains(keptId))
        return makeError(u"bad_request"_s, Tr::tr("An idea cannot be merged into itself."));
    auto kept = byId(keptId);
    if (!kept)
        return kept.error();
    if (kept->mergedInto != 0)
        return alreadyMerged(keptId);
    // Every idea checked before anything is written.
    for (qint64 ideaId : merged) {
        auto idea = byId(ideaId);
        if (!idea)
            return idea.error();
        if (idea->mergedInto != 0)
            return alreadyMerged(ideaId);
    }
    const QString now = storedTime(m_clock.now());
    for (qint64 ideaId : merged) {
        // The primary key (idea, session) counts a session that voted for both once.
        const QList<std::pair<QString, QVariantList>> steps{
            {u"INSERT OR IGNORE INTO idea_votes (idea_id, session_id, voted_at) "
             u"SELECT ?, session_id, voted_at FROM idea_votes WHERE idea_id = ?"_s,
             {keptId, ideaId}},
            {u"DELETE FROM idea_votes WHERE idea_id = ?"_s, {ideaId}},
            {u"UPDATE ideas SET merged_into = ?, changed_at = ? WHERE merged_into = ?"_s,
             {keptId, now, ideaId}},
            {u"UPDATE ideas SET status = 'merged', merged_into = ?, changed_at = ? WHERE id = ?"_s,
             {keptId, now, ideaId}},
        };
        for (const auto &[sql, bindings] : steps)
            if (auto done = runSql(m_db, sql, bindings); !done)
                return done.error();
    }
    return byId(keptId);
}

Result<Idea> IdeaRepository::byId(qint64 ideaId, qint64 sessionId) const
{
    auto found = read(u"WHERE i.id = ?"_s, {ideaId}, sessionId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(u"unknown_idea"_s, Tr::tr("There is no idea %1.").arg(ideaId));
    return found->constFirst();
}

} // namespace tableside
