#include "feedbackrepository.h"

#include "sqlstatement.h"
#include "storedtime.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FeedbackRepository)
};

QVariant scoreOrNull(const std::optional<int> &score)
{
    return score ? QVariant(*score) : QVariant(QMetaType::fromType<int>());
}

} // namespace

FeedbackRepository::FeedbackRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

Result<Feedback> FeedbackRepository::rateDish(qint64 sessionId, qint64 itemId, int rating,
                                              const QString &comment)
{
    if (auto checked = checkDishRating(rating, comment); !checked)
        return checked.error();
    auto item = scalarSql(m_db, u"SELECT count(*) FROM menu_items WHERE id = ?"_s, {itemId});
    if (!item)
        return item.error();
    if (item->toInt() == 0)
        return makeError(u"unknown_item"_s, Tr::tr("There is no dish %1 on the menu.").arg(itemId));
    auto lines = runSql(m_db,
                        u"SELECT count(*), count(*) FILTER (WHERE l.status = 'served') "
                        u"FROM order_lines l JOIN orders o ON o.id = l.order_id "
                        u"WHERE o.session_id = ? AND l.item_id = ?"_s,
                        {sessionId, itemId});
    if (!lines)
        return lines.error();
    if (!lines.value().next())
        return makeError(u"store_error"_s, Tr::tr("The table's orders could not be read."));
    if (lines.value().value(0).toInt() == 0)
        return makeError(u"not_ordered"_s, Tr::tr("Rate a dish your table ordered."));
    if (lines.value().value(1).toInt() == 0)
        return makeError(u"not_served"_s, Tr::tr("A dish is rated once it has been served."));

    const QString text = comment.isNull() ? u""_s : comment.trimmed();
    const QString now = storedTime(m_clock.now());
    auto stored = runSql(
        m_db,
        u"INSERT INTO feedback (session_id, item_id, rating, comment, created_at) "
        u"VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id, item_id) DO UPDATE SET "
        u"rating = excluded.rating, comment = excluded.comment, created_at = excluded.created_at "
        u"RETURNING id, created_at"_s,
        {sessionId, itemId, rating, text, now});
    if (!stored)
        return stored.error();
    if (!stored.value().next())
        return makeError(u"store_error"_s, Tr::tr("The rating was not stored."));
    return Feedback{stored.value().value(0).toLongLong(),  sessionId, itemId, rating, text,
                    timeFromStore(stored.value().value(1))};
}

Result<VisitFeedback> FeedbackRepository::rateVisit(qint64 sessionId, const VisitScores &scores)
{
    if (auto checked = checkVisitScores(scores); !checked)
        return checked.error();
    VisitScores kept = scores;
    kept.comment = scores.comment.isNull() ? u""_s : scores.comment.trimmed(); // NOT NULL
    kept.contactEmail = scores.consent ? scores.contactEmail.trimmed() : QString();
    const QDateTime now = m_clock.now();
    auto stored = runSql(
        m_db,
        u"INSERT INTO visit_feedback (session_id, food, service, ambience, recommend, comment, "
        u"contact_email, given_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        u"ON CONFLICT (session_id) DO UPDATE SET food = excluded.food, "
        u"service = excluded.service, ambience = excluded.ambience, "
        u"recommend = excluded.recommend, comment = excluded.comment, "
        u"contact_email = excluded.contact_email, given_at = excluded.given_at"_s,
        {sessionId, scoreOrNull(kept.food), scoreOrNull(kept.service), scoreOrNull(kept.ambience),
         scoreOrNull(kept.recommend), kept.comment,
         kept.contactEmail.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(kept.contactEmail),
         storedTime(now)});
    if (!stored)
        return stored.error();
    return VisitFeedback{sessionId, kept, now};
}

Result<bool> FeedbackRepository::forgetContact(qint64 sessionId)
{
    auto had =
        runSql(m_db, u"SELECT contact_email IS NOT NULL FROM visit_feedback WHERE session_id = ?"_s,
               {sessionId});
    if (!had)
        return had.error();
    if (!had.value().next())
        return makeError(u"unknown_visit"_s, Tr::tr("No visit card was given at that visit."));
    const bool hadEmail = had.value().value(0).toBool();
    if (auto done =
            runSql(m_db, u"UPDATE visit_feedback SET contact_email = NULL WHERE session_id = ?"_s,
                   {sessionId});
        !done)
        return done.error();
    return hadEmail;
}

Result<int> FeedbackRepository::retentionDays() const
{
    auto days = scalarSql(m_db, u"SELECT feedback_retention_days FROM venue LIMIT 1"_s, {});
    if (!days)
        return days.error();
    return days->isValid() ? days->toInt() : GuestFeedback::DefaultRetentionDays;
}

Result<void> FeedbackRepository::setRetentionDays(int days)
{
    if (days < 1 || days > GuestFeedback::MaxRetentionDays)
        return makeError(u"bad_request"_s, Tr::tr("Comments and e-mails are kept 1 to %n days.",
                                                  nullptr, GuestFeedback::MaxRetentionDays));
    auto done = runSql(m_db, u"UPDATE venue SET feedback_retention_days = ?"_s, {days});
    if (!done)
        return done.error();
    return {};
}

Result<int> FeedbackRepository::eraseExpired()
{
    auto days = retentionDays();
    if (!days)
        return days.error();
    const QString before = storedTime(m_clock.now().addDays(-*days));
    auto visits = runSql(m_db,
                         u"UPDATE visit_feedback SET comment = '', contact_email = NULL "
                         u"WHERE given_at < ? AND (comment <> '' OR contact_email IS NOT NULL)"_s,
                         {before});
    if (!visits)
        return visits.error();
    const int erased = visits.value().numRowsAffected();
    auto dishes =
        runSql(m_db, u"UPDATE feedback SET comment = '' WHERE created_at < ? AND comment <> ''"_s,
               {before});
    if (!dishes)
        return dishes.error();
    return erased + dishes.value().numRowsAffected();
}

} // namespace tableside
