#include "guestvoiceoperations.h"

#include "guestvoicerepository.h"
#include "hubargs.h"
#include "sqlstatement.h"
#include "staffpincheck.h"
#include "wireformat.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

namespace {

QJsonArray weeksToJson(const QList<WeekScore> &weeks)
{
    QJsonArray out;
    for (const WeekScore &week : weeks)
        out.append(QJsonObject{{u"week"_s, week.weekStart.toString(Qt::ISODate)},
                               {u"count"_s, week.count},
                               {u"score"_s, week.average}});
    return out;
}

QJsonObject voiceToJson(const GuestVoice &voice)
{
    QJsonArray dishes;
    for (const DishVoice &dish : voice.dishes)
        dishes.append(QJsonObject{{u"itemId"_s, dish.itemId},
                                  {u"key"_s, dish.key},
                                  {u"count"_s, dish.count},
                                  {u"average"_s, dish.average},
                                  {u"weeks"_s, weeksToJson(dish.weeks)}});
    const VisitVoice &visits = voice.visits;
    const QJsonObject visitJson{{u"count"_s, visits.count},
                                {u"food"_s, visits.food},
                                {u"service"_s, visits.service},
                                {u"ambience"_s, visits.ambience},
                                {u"promoters"_s, visits.recommend.promoters},
                                {u"passives"_s, visits.recommend.passives},
                                {u"detractors"_s, visits.recommend.detractors},
                                {u"nps"_s, visits.recommend.netPromoterScore()},
                                {u"weeks"_s, weeksToJson(visits.weeks)}};
    QJsonArray comments;
    for (const GuestComment &comment : voice.comments)
        comments.append(QJsonObject{{u"about"_s, comment.about},
                                    {u"itemId"_s, comment.itemId},
                                    {u"key"_s, comment.key},
                                    {u"rating"_s, comment.rating},
                                    {u"comment"_s, comment.comment},
                                    {u"at"_s, isoTime(comment.at)},
                                    {u"table"_s, comment.table}});
    QJsonArray contacts;
    for (const GuestContact &contact : voice.contacts)
        contacts.append(QJsonObject{{u"sessionId"_s, contact.sessionId},
                                    {u"email"_s, contact.email},
                                    {u"at"_s, isoTime(contact.at)}});
    return {{u"dishes"_s, dishes},     {u"visits"_s, visitJson},
            {u"comments"_s, comments}, {u"commentCount"_s, voice.commentCount},
            {u"contacts"_s, contacts}, {u"retentionDays"_s, voice.retentionDays}};
}

// A day named "2026-11-23"; absent is a null date, anything else unreadable is an error.
Result<QDate> dayOf(const QJsonObject &args, QLatin1StringView name)
{
    if (!has(args, name))
        return QDate();
    const QDate day = QDate::fromString(text(args, name), Qt::ISODate);
    if (!day.isValid() || text(args, name).size() != 10)
        return makeError(u"bad_request"_s,
                         GuestVoiceOperations::tr("%1 is a day written as 2026-11-23.").arg(name));
    return day;
}

Result<CommentFilter> commentFilterOf(const QJsonObject &args)
{
    CommentFilter filter;
    filter.itemId = id(args, "itemId"_L1);
    filter.rating = number(args, "rating"_L1);
    filter.offset = number(args, "offset"_L1);
    filter.limit = number(args, "limit"_L1, GuestVoiceOperations::DefaultComments);
    auto from = dayOf(args, "from"_L1);
    if (!from)
        return from.error();
    auto to = dayOf(args, "to"_L1);
    if (!to)
        return to.error();
    if (from->isValid() && to->isValid() && *from > *to)
        return makeError(u"bad_request"_s,
                         GuestVoiceOperations::tr("The first day comes after the last."));
    filter.from = *from;
    filter.to = *to;
    return filter;
}

} // namespace

GuestVoiceOperations::GuestVoiceOperations(HubTransactions &work, StaffPinCheck &pins)
    : m_work(work)
    , m_pins(pins)
    , m_feedback(work.database(), work.clock())
{}

Result<HubOutcome> GuestVoiceOperations::read(const Device &, const QJsonObject &args)
{
    const int weeks = number(args, "weeks"_L1, DefaultWeeks);
    auto filter = commentFilterOf(args);
    if (!filter)
        return filter.error();
    if (filter->itemId) {
        auto known = scalarSql(m_work.database(), u"SELECT count(*) FROM menu_items WHERE id = ?"_s,
                               {filter->itemId});
        if (!known)
            return known.error();
        if (known->toInt() == 0)
            return makeError(u"unknown_item"_s,
                             tr("There is no dish %1 on the menu.").arg(filter->itemId));
    }
    // The weeks end with this one; the first is `weeks` Mondays back, whole.
    const QDate today = m_work.clock().now().toUTC().date();
    const QDate firstMonday = today.addDays(1 - today.dayOfWeek()).addDays(-7 * (weeks - 1));
    const QDateTime since = firstMonday.startOfDay(Qt::UTC);
    auto voice = GuestVoiceRepository(m_work.database()).read(since, *filter);
    if (!voice)
        return voice.error();
    HubOutcome outcome;
    outcome.result = voiceToJson(*voice);
    outcome.result.insert(u"weeks"_s, weeks);
    outcome.result.insert(u"firstWeek"_s, firstMonday.toString(Qt::ISODate));
    return outcome;
}

Result<HubOutcome> GuestVoiceOperations::forgetContact(const Device &, const QJsonObject &args)
{
    const qint64 sessionId = id(args, "sessionId"_L1);
    return m_work.transact([&]() -> Result<HubOutcome> {
        auto forgotten = m_feedback.forgetContact(sessionId);
        if (!forgotten)
            return forgotten.error();
        HubOutcome outcome;
        const QJsonObject data{{u"sessionId"_s, sessionId}};
        outcome.result = {{u"sessionId"_s, sessionId}, {u"erased"_s, *forgotten}};
        if (auto r = m_work.record(outcome, u"owner.contactForgotten"_s, data); !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> GuestVoiceOperations::setRetention(const Device &, const QJsonObject &args)
{
    auto staff =
        m_pins.checkOwner(text(args, "pin"_L1),
                          tr("Changing how long guests' comments are kept needs an owner's PIN."),
                          tr("Only an owner's PIN changes how long guests' comments are kept."));
    if (!staff)
        return staff.error();
    const int days = number(args, "days"_L1);
    return m_work.transact([&]() -> Result<HubOutcome> {
        if (auto set = m_feedback.setRetentionDays(days); !set)
            return set.error();
        auto erased = m_feedback.eraseExpired();
        if (!erased)
            return erased.error();
        HubOutcome outcome;
        const QJsonObject data{{u"retentionDays"_s, days}, {u"erased"_s, *erased}};
        outcome.result = data;
        if (auto r = m_work.record(outcome, u"owner.retentionSet"_s, data); !r)
            return r.error();
        return outcome;
    });
}

} // namespace tableside
