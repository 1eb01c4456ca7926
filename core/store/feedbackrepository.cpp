#include "feedbackrepository.h"

#include "sessionrepository.h"
#include "sqlstatement.h"
#include "storedtime.h"

using namespace Qt::StringLiterals;

namespace tableside {

FeedbackRepository::FeedbackRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

Result<Feedback> FeedbackRepository::give(qint64 sessionId, qint64 itemId, int rating,
                                          const QString &comment)
{
    if (rating < 1 || rating > 5)
        return makeError(u"bad_request"_s, u"A rating is 1 to 5 stars."_s);
    if (itemId < 0)
        return makeError(u"bad_request"_s, u"Rate a dish on the menu, or the visit."_s);
    // A null QString binds as SQL NULL, which the NOT NULL column refuses: no comment is ''.
    const QString text = comment.isNull() ? u""_s : comment.trimmed();
    if (text.size() > MaxCommentLength)
        return makeError(u"bad_request"_s,
                         u"A comment is at most %1 characters."_s.arg(MaxCommentLength));
    // Diners may still rate after the host has closed the table, so a closed session is fine.
    if (auto session = SessionRepository(m_db, m_clock).byId(sessionId); !session)
        return session.error();
    if (itemId > 0) {
        auto item = scalarSql(m_db, u"SELECT count(*) FROM menu_items WHERE id = ?"_s, {itemId});
        if (!item)
            return item.error();
        if (item->toInt() == 0)
            return makeError(u"unknown_item"_s, u"There is no dish %1 on the menu."_s.arg(itemId));
    }
    auto done =
        runSql(m_db,
               u"INSERT INTO feedback (session_id, item_id, rating, comment, created_at) "
               u"VALUES (?, ?, ?, ?, ?)"_s,
               {sessionId, itemId > 0 ? QVariant(itemId) : QVariant(QMetaType::fromType<qint64>()),
                rating, text, storedTime(m_clock.now())});
    if (!done)
        return done.error();
    auto stored = runSql(m_db,
                         u"SELECT id, session_id, item_id, rating, comment, created_at "
                         u"FROM feedback WHERE id = ?"_s,
                         {done->lastInsertId().toLongLong()});
    if (!stored)
        return stored.error();
    SqlStatement &q = stored.value();
    if (!q.next())
        return makeError(u"store_error"_s, u"The feedback was not stored."_s);
    return Feedback{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                    q.value(3).toInt(),      q.value(4).toString(),   timeFromStore(q.value(5))};
}

} // namespace tableside
