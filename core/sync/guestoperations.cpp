#include "guestoperations.h"

#include "devicerepository.h"
#include "hubargs.h"
#include "hubpermissions.h"
#include "sessionoperations.h"

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

namespace {

Result<int> tableOf(const Device &caller, const QJsonObject &args)
{
    return HubPermissions::actingTable(caller.role, caller.tableNumber,
                                       optionalNumber(args, "table"_L1));
}

} // namespace

GuestOperations::GuestOperations(HubTransactions &work, SessionOperations &sessions)
    : m_work(work)
    , m_sessions(sessions)
    , m_service(work.database(), work.clock())
    , m_chat(work.database(), work.clock())
    , m_feedback(work.database(), work.clock())
{}

Result<HubOutcome> GuestOperations::serviceCall(const Device &caller, const QJsonObject &args)
{
    const auto table = tableOf(caller, args);
    if (!table)
        return table.error();
    const QString kind = text(args, "kind"_L1);
    return m_work.transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        auto session = m_sessions.sessionFor(*table, outcome);
        if (!session)
            return session.error();
        auto call = m_service.request(session->id, kind, {});
        if (!call)
            return call.error();
        outcome.result = {{u"requestId"_s, call->id}};
        if (auto r = m_work.record(outcome, u"service.requested"_s,
                                   {{u"requestId"_s, call->id},
                                    {u"table"_s, call->tableNumber},
                                    {u"kind"_s, call->kind}});
            !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> GuestOperations::serviceAcknowledge(const Device &caller,
                                                       const QJsonObject &args)
{
    const qint64 requestId = id(args, "requestId"_L1);
    return m_work.transact([&]() -> Result<HubOutcome> {
        auto call = m_service.acknowledge(requestId, caller.id);
        if (!call)
            return call.error();
        HubOutcome outcome{{{u"requestId"_s, call->id}}, {}};
        if (auto r = m_work.record(outcome, u"service.acknowledged"_s,
                                   {{u"requestId"_s, call->id},
                                    {u"table"_s, call->tableNumber},
                                    {u"kind"_s, call->kind}});
            !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> GuestOperations::chatSend(const Device &caller, const QJsonObject &args)
{
    const auto table = tableOf(caller, args);
    if (!table)
        return table.error();
    const QString body = text(args, "body"_L1);
    const QString key = text(args, "key"_L1);
    return m_work.transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        // A resend after a lost reply: the first message's answer again, and no new event.
        auto earlier = m_chat.byKey(key);
        if (!earlier)
            return earlier.error();
        if (*earlier) {
            if ((*earlier)->tableNumber != *table)
                return makeError(u"forbidden"_s, tr("That message belongs to another table."));
            outcome.result = {{u"messageId"_s, (*earlier)->id}};
            outcome.keep = false;
            return outcome;
        }
        // Diners may start a conversation on sitting down; staff write only to a seated table.
        auto session = caller.role == "table"_L1 ? m_sessions.sessionFor(*table, outcome)
                                                 : m_sessions.openAt(*table);
        if (!session)
            return session.error();
        auto message = m_chat.send(session->id, caller.role, caller.id, body, key);
        if (!message)
            return message.error();
        outcome.result = {{u"messageId"_s, message->id}};
        if (auto r = m_work.record(outcome, u"chat.message"_s,
                                   {{u"messageId"_s, message->id},
                                    {u"table"_s, message->tableNumber},
                                    {u"from"_s, message->fromRole},
                                    {u"body"_s, message->body}});
            !r)
            return r.error();
        return outcome;
    });
}

// A rating belongs to the party at the table now: a closed session takes none, and rating
// seats nobody.
Result<HubOutcome> GuestOperations::feedbackGive(const Device &caller, const QJsonObject &args)
{
    const auto table = tableOf(caller, args);
    if (!table)
        return table.error();
    const qint64 itemId = id(args, "itemId"_L1);
    const int rating = number(args, "rating"_L1);
    const QString comment = text(args, "comment"_L1);
    return m_work.transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        auto session = m_sessions.openAt(*table);
        if (!session)
            return session.error();
        if (auto erased = m_feedback.eraseExpired(); !erased)
            return erased.error();
        auto given = m_feedback.rateDish(session->id, itemId, rating, comment);
        if (!given)
            return given.error();
        outcome.result = {{u"feedbackId"_s, given->id}};
        const QJsonObject data{{u"feedbackId"_s, given->id},
                               {u"table"_s, *table},
                               {u"itemId"_s, given->itemId},
                               {u"rating"_s, given->rating},
                               {u"comment"_s, given->comment}};
        if (auto r = m_work.record(outcome, u"feedback.given"_s, data); !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> GuestOperations::visitRate(const Device &caller, const QJsonObject &args)
{
    const auto table = tableOf(caller, args);
    if (!table)
        return table.error();
    VisitScores scores;
    scores.food = optionalNumber(args, "food"_L1);
    scores.service = optionalNumber(args, "service"_L1);
    scores.ambience = optionalNumber(args, "ambience"_L1);
    scores.recommend = optionalNumber(args, "recommend"_L1);
    scores.comment = text(args, "comment"_L1);
    scores.contactEmail = text(args, "email"_L1).trimmed();
    scores.consent = args.value("consent"_L1).toBool();
    return m_work.transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        auto session = m_sessions.openAt(*table);
        if (!session)
            return session.error();
        if (auto erased = m_feedback.eraseExpired(); !erased)
            return erased.error();
        auto given = m_feedback.rateVisit(session->id, scores);
        if (!given)
            return given.error();
        outcome.result = {{u"sessionId"_s, session->id}};
        // The event tells the owner's screens a card came; the e-mail stays in the store.
        QJsonObject data{{u"sessionId"_s, session->id}, {u"table"_s, *table}};
        const auto put = [&](const char *name, const std::optional<int> &score) {
            if (score)
                data.insert(QLatin1StringView(name), *score);
        };
        put("food", given->scores.food);
        put("service", given->scores.service);
        put("ambience", given->scores.ambience);
        put("recommend", given->scores.recommend);
        data.insert(u"comment"_s, given->scores.comment);
        if (auto r = m_work.record(outcome, u"visit.rated"_s, data); !r)
            return r.error();
        return outcome;
    });
}

} // namespace tableside
