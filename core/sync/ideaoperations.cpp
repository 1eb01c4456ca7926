#include "ideaoperations.h"

#include "devicerepository.h"
#include "hubargs.h"
#include "hubpermissions.h"
#include "sessionoperations.h"
#include "staffpincheck.h"
#include "wireformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

namespace {

QJsonArray idsToJson(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return array;
}

QJsonArray ideasToJson(const QList<Idea> &ideas, bool withVoted)
{
    QJsonArray array;
    for (const Idea &idea : ideas)
        array.append(IdeaOperations::toJson(idea, withVoted));
    return array;
}

} // namespace

IdeaOperations::IdeaOperations(HubTransactions &work, SessionOperations &sessions,
                               StaffPinCheck &pins)
    : m_work(work)
    , m_sessions(sessions)
    , m_pins(pins)
    , m_ideas(work.database(), work.clock())
{}

QJsonObject IdeaOperations::toJson(const Idea &idea, bool withVoted)
{
    QJsonObject json{{u"ideaId"_s, idea.id},
                     {u"body"_s, idea.body},
                     {u"status"_s, idea.status},
                     {u"answer"_s, idea.answer},
                     {u"votes"_s, idea.votes},
                     {u"createdAt"_s, isoTime(idea.createdAt)},
                     {u"changedAt"_s, isoTime(idea.changedAt)},
                     {u"mergedIds"_s, idsToJson(idea.mergedIds)}};
    if (idea.mergedInto != 0)
        json.insert(u"mergedInto"_s, idea.mergedInto);
    if (withVoted)
        json.insert(u"voted"_s, idea.voted);
    return json;
}

Result<qint64> IdeaOperations::readingSession(const Device &caller, const QJsonObject &args) const
{
    if (caller.role != "table"_L1)
        return qint64(0);
    const auto table = HubPermissions::actingTable(caller.role, caller.tableNumber,
                                                   optionalNumber(args, "table"_L1));
    if (!table)
        return table.error();
    auto session = m_sessions.openAt(*table);
    return session ? session->id : qint64(0);
}

Result<void> IdeaOperations::checkOwner(const QJsonObject &args)
{
    auto staff = m_pins.checkOwner(text(args, "pin"_L1),
                                   tr("Changing the ideas board needs an owner's PIN."),
                                   tr("Only an owner's PIN changes the ideas board."));
    if (!staff)
        return staff.error();
    return {};
}

Result<HubOutcome> IdeaOperations::board(const Device &caller, const QJsonObject &args)
{
    const auto session = readingSession(caller, args);
    if (!session)
        return session.error();
    auto ideas = m_ideas.board(*session);
    if (!ideas)
        return ideas.error();
    HubOutcome outcome;
    outcome.result = {{u"ideas"_s, ideasToJson(*ideas, caller.role == "table"_L1)}};
    return outcome;
}

Result<HubOutcome> IdeaOperations::similar(const Device &caller, const QJsonObject &args)
{
    const auto session = readingSession(caller, args);
    if (!session)
        return session.error();
    auto ideas = m_ideas.similar(text(args, "body"_L1), *session);
    if (!ideas)
        return ideas.error();
    HubOutcome outcome;
    outcome.result = {{u"ideas"_s, ideasToJson(*ideas, caller.role == "table"_L1)}};
    return outcome;
}

Result<HubOutcome> IdeaOperations::submit(const Device &caller, const QJsonObject &args)
{
    const auto table = HubPermissions::actingTable(caller.role, caller.tableNumber,
                                                   optionalNumber(args, "table"_L1));
    if (!table)
        return table.error();
    // Checked before a session is opened for it: a refused idea seats nobody.
    const auto body = IdeaRules::checkBody(text(args, "body"_L1));
    if (!body)
        return body.error();
    return m_work.transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        auto session = m_sessions.sessionFor(*table, outcome);
        if (!session)
            return session.error();
        auto idea = m_ideas.submit(session->id, *body);
        if (!idea)
            return idea.error();
        outcome.result = {{u"ideaId"_s, idea->id}, {u"idea"_s, toJson(*idea, true)}};
        if (auto r = m_work.record(outcome, u"idea.submitted"_s, toJson(*idea, false)); !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> IdeaOperations::vote(const Device &caller, const QJsonObject &args)
{
    const auto table = HubPermissions::actingTable(caller.role, caller.tableNumber,
                                                   optionalNumber(args, "table"_L1));
    if (!table)
        return table.error();
    const qint64 ideaId = id(args, "ideaId"_L1);
    return m_work.transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        auto session = m_sessions.sessionFor(*table, outcome);
        if (!session)
            return session.error();
        auto idea = m_ideas.vote(ideaId, session->id);
        if (!idea)
            return idea.error();
        // The idea voted for: the one asked, or the one it was merged into.
        const QJsonObject data{{u"ideaId"_s, idea->id}, {u"votes"_s, idea->votes}};
        outcome.result = data;
        if (auto r = m_work.record(outcome, u"idea.voted"_s, data); !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> IdeaOperations::setStatus(const Device &, const QJsonObject &args)
{
    const QString code = text(args, "status"_L1);
    const auto status = ideaStatusFromCode(code);
    if (!status)
        return makeError(u"unknown_status"_s,
                         tr("There is no idea status '%1'; it is one of %2.")
                             .arg(code, IdeaRules::settableCodes().join(u", "_s)));
    if (auto owner = checkOwner(args); !owner)
        return owner.error();
    const qint64 ideaId = id(args, "ideaId"_L1);
    return m_work.transact([&]() -> Result<HubOutcome> {
        auto idea = m_ideas.setStatus(ideaId, *status);
        if (!idea)
            return idea.error();
        HubOutcome outcome;
        outcome.result = toJson(*idea, false);
        if (auto r = m_work.record(outcome, u"idea.changed"_s, outcome.result); !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> IdeaOperations::answer(const Device &, const QJsonObject &args)
{
    if (auto owner = checkOwner(args); !owner)
        return owner.error();
    const qint64 ideaId = id(args, "ideaId"_L1);
    const QString answer = text(args, "answer"_L1);
    return m_work.transact([&]() -> Result<HubOutcome> {
        auto idea = m_ideas.answer(ideaId, answer);
        if (!idea)
            return idea.error();
        HubOutcome outcome;
        outcome.result = toJson(*idea, false);
        if (auto r = m_work.record(outcome, u"idea.changed"_s, outcome.result); !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> IdeaOperations::merge(const Device &, const QJsonObject &args)
{
    if (auto owner = checkOwner(args); !owner)
        return owner.error();
    const qint64 keptId = id(args, "ideaId"_L1);
    QList<qint64> merged;
    for (const QJsonValue &value : args.value("mergeIds"_L1).toArray())
        if (!merged.contains(value.toInteger()))
            merged.append(value.toInteger());
    return m_work.transact([&]() -> Result<HubOutcome> {
        auto kept = m_ideas.merge(keptId, merged);
        if (!kept)
            return kept.error();
        HubOutcome outcome;
        QJsonObject data = toJson(*kept, false);
        data.insert(u"merged"_s, idsToJson(merged));
        outcome.result = data;
        if (auto r = m_work.record(outcome, u"idea.merged"_s, data); !r)
            return r.error();
        return outcome;
    });
}

} // namespace tableside
