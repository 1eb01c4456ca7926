#include "guestvoicerepository.h"

#include "feedbackrepository.h"
#include "sqlstatement.h"
#include "storedtime.h"

#include <QHash>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// The Monday starting the week of a stored time, as SQLite computes it.
constexpr auto WeekOf = "date(%1, 'weekday 0', '-6 days')";

QString weekOf(const char *column)
{
    return QString::fromLatin1(WeekOf).arg(QLatin1StringView(column));
}

// The answers to "would you recommend us" counted by class, as RecommendTally counts them.
QString recommendClasses()
{
    return u"count(*) FILTER (WHERE recommend >= %1), "
           u"count(*) FILTER (WHERE recommend > %2 AND recommend < %1), "
           u"count(*) FILTER (WHERE recommend <= %2)"_s.arg(GuestFeedback::LowestPromoter)
               .arg(GuestFeedback::HighestDetractor);
}

RecommendTally tallyAt(const SqlStatement &row, int column)
{
    return {row.value(column).toInt(), row.value(column + 1).toInt(),
            row.value(column + 2).toInt()};
}

} // namespace

Result<GuestVoice> GuestVoiceRepository::read(const QDateTime &since,
                                              const CommentFilter &filter) const
{
    GuestVoice voice;
    const QString from = storedTime(since);
    if (auto r = readDishes(from, voice); !r)
        return r.error();
    if (auto r = readVisits(from, voice); !r)
        return r.error();
    if (auto r = readComments(from, filter, voice); !r)
        return r.error();
    if (auto r = readContacts(voice); !r)
        return r.error();
    auto days = scalarSql(m_db, u"SELECT feedback_retention_days FROM venue LIMIT 1"_s);
    voice.retentionDays = days ? days->toInt() : GuestFeedback::DefaultRetentionDays;
    return voice;
}

Result<void> GuestVoiceRepository::readDishes(const QString &since, GuestVoice &voice) const
{
    auto totals = runSql(m_db,
                         u"SELECT f.item_id, i.key, count(*), avg(f.rating) FROM feedback f "
                         u"JOIN menu_items i ON i.id = f.item_id WHERE f.created_at >= ? "
                         u"GROUP BY f.item_id ORDER BY avg(f.rating) DESC, count(*) DESC, i.key"_s,
                         {since});
    if (!totals)
        return totals.error();
    QHash<qint64, qsizetype> byItem;
    while (totals.value().next()) {
        byItem.insert(totals.value().value(0).toLongLong(), voice.dishes.size());
        voice.dishes.append({totals.value().value(0).toLongLong(),
                             totals.value().value(1).toString(),
                             totals.value().value(2).toInt(),
                             totals.value().value(3).toDouble(),
                             {}});
    }
    auto weeks =
        runSql(m_db,
               u"SELECT item_id, %1 AS week, count(*), avg(rating) FROM feedback "
               u"WHERE item_id IS NOT NULL AND created_at >= ? "
               u"GROUP BY item_id, week ORDER BY item_id, week"_s.arg(weekOf("created_at")),
               {since});
    if (!weeks)
        return weeks.error();
    while (weeks.value().next()) {
        const auto at = byItem.constFind(weeks.value().value(0).toLongLong());
        if (at == byItem.constEnd())
            continue;
        voice.dishes[*at].weeks.append(
            {QDate::fromString(weeks.value().value(1).toString(), Qt::ISODate),
             weeks.value().value(2).toInt(), weeks.value().value(3).toDouble()});
    }
    return {};
}

Result<void> GuestVoiceRepository::readVisits(const QString &since, GuestVoice &voice) const
{
    auto totals = runSql(m_db,
                         u"SELECT count(*), avg(food), avg(service), avg(ambience), %1 "
                         u"FROM visit_feedback WHERE given_at >= ?"_s.arg(recommendClasses()),
                         {since});
    if (!totals)
        return totals.error();
    if (totals.value().next()) {
        VisitVoice &visits = voice.visits;
        visits.count = totals.value().value(0).toInt();
        visits.food = totals.value().value(1).toDouble();
        visits.service = totals.value().value(2).toDouble();
        visits.ambience = totals.value().value(3).toDouble();
        visits.recommend = tallyAt(totals.value(), 4);
    }
    auto weeks =
        runSql(m_db,
               u"SELECT %1 AS week, %2 FROM visit_feedback "
               u"WHERE given_at >= ? AND recommend IS NOT NULL "
               u"GROUP BY week ORDER BY week"_s.arg(weekOf("given_at"), recommendClasses()),
               {since});
    if (!weeks)
        return weeks.error();
    while (weeks.value().next()) {
        const RecommendTally week = tallyAt(weeks.value(), 1);
        voice.visits.weeks.append(
            {QDate::fromString(weeks.value().value(0).toString(), Qt::ISODate), week.answers(),
             double(week.netPromoterScore())});
    }
    return {};
}

Result<void> GuestVoiceRepository::readComments(const QString &since, const CommentFilter &filter,
                                                GuestVoice &voice) const
{
    // Both kinds of comment as one list: a dish's (its stars) and a visit's (its food stars).
    const QString all =
        u"SELECT 'dish' AS about, f.item_id AS item, i.key AS item_key, f.rating AS rating, "
        u"f.comment AS comment, f.created_at AS at, t.number AS tbl "
        u"FROM feedback f JOIN menu_items i ON i.id = f.item_id "
        u"JOIN table_sessions s ON s.id = f.session_id JOIN dining_tables t ON t.id = s.table_id "
        u"WHERE f.comment <> '' "
        u"UNION ALL SELECT 'visit', 0, '', coalesce(v.food, 0), v.comment, v.given_at, t.number "
        u"FROM visit_feedback v JOIN table_sessions s ON s.id = v.session_id "
        u"JOIN dining_tables t ON t.id = s.table_id WHERE v.comment <> ''"_s;
    // A day's end is the next day's start: stored times sort as text.
    const QString start =
        filter.from.isValid() ? storedTime(filter.from.startOfDay(Qt::UTC)) : since;
    const QString end =
        filter.to.isValid() ? storedTime(filter.to.addDays(1).startOfDay(Qt::UTC)) : u"9999"_s;
    const QString where = u"WHERE at >= ?1 AND at < ?2 AND (?3 = 0 OR (about = 'dish' AND item = "
                          u"?3)) AND (?4 = 0 OR rating = ?4)"_s;
    const QVariantList bindings{start, end, filter.itemId, filter.rating};
    auto count = scalarSql(m_db, u"SELECT count(*) FROM (%1) %2"_s.arg(all, where), bindings);
    if (!count)
        return count.error();
    voice.commentCount = count->toInt();
    auto comments =
        runSql(m_db,
               u"SELECT about, item, item_key, rating, comment, at, tbl FROM (%1) %2 "
               u"ORDER BY at DESC, about DESC, item LIMIT ?5 OFFSET ?6"_s.arg(all, where),
               bindings + QVariantList{qBound(1, filter.limit, MaxCommentsPage),
                                       std::max(0, filter.offset)});
    if (!comments)
        return comments.error();
    while (comments.value().next())
        voice.comments.append(
            {comments.value().value(0).toString(), comments.value().value(1).toLongLong(),
             comments.value().value(2).toString(), comments.value().value(3).toInt(),
             comments.value().value(4).toString(), timeFromStore(comments.value().value(5)),
             comments.value().value(6).toInt()});
    return {};
}

Result<void> GuestVoiceRepository::readContacts(GuestVoice &voice) const
{
    auto contacts = runSql(m_db, u"SELECT session_id, contact_email, given_at FROM visit_feedback "
                                 u"WHERE contact_email IS NOT NULL ORDER BY given_at DESC"_s);
    if (!contacts)
        return contacts.error();
    while (contacts.value().next())
        voice.contacts.append({contacts.value().value(0).toLongLong(),
                               contacts.value().value(1).toString(),
                               timeFromStore(contacts.value().value(2))});
    return {};
}

} // namespace tableside
