#include "guestvoiceoperations.h"

#include "guestvoicerepository.h"
#include "hubargs.h"
#include "staffpincheck.h"
#include "wireformat.h"

#include <QJsonArray>

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
                                {u"promoters"_s, visits.promoters},
                                {u"passives"_s, visits.passives},
                                {u"detractors"_s, visits.detractors},
                                {u"nps"_s, visits.netPromoterScore()},
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
    return {{u"dishes"_s, dishes},
            {u"visits"_s, visitJson},
            {u"comments"_s, comments},
            {u"contacts"_s, contacts},
            {u"retentionDays"_s, voice.retentionDays}};
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
    const QDateTime since = m_work.clock().now().addDays(-7 * weeks);
    auto voice = GuestVoiceRepository(m_work.database()).read(since);
    if (!voice)
        return voice.error();
    HubOutcome outcome;
    outcome.result = voiceToJson(*voice);
    outcome.result.insert(u"weeks"_s, weeks);
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
