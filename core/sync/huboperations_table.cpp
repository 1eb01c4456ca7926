// HubOperations, part two: what diners and staff say to each other (calls, chat, feedback,
// ideas) and pairing new devices.
#include "huboperations.h"

#include "hubargs.h"
#include "hubpermissions.h"
#include "wireformat.h"

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

namespace {

// A kitchen station's name as a pairing code carries it ("grill", "pastry").
constexpr qsizetype MaxStationLength = 40;

Result<int> tableOf(const Device &caller, const QJsonObject &args)
{
    return HubPermissions::actingTable(caller.role, caller.tableNumber,
                                       optionalNumber(args, "table"_L1));
}

} // namespace

Result<HubOutcome> HubOperations::serviceCall(const Device &caller, const QJsonObject &args)
{
    const auto table = tableOf(caller, args);
    if (!table)
        return table.error();
    const QString kind = text(args, "kind"_L1);
    return transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        auto session = sessionFor(*table, outcome);
        if (!session)
            return session.error();
        auto call = m_service.request(session->id, kind, {});
        if (!call)
            return call.error();
        outcome.result = {{u"requestId"_s, call->id}};
        if (auto r = record(outcome, u"service.requested"_s,
                            {{u"requestId"_s, call->id},
                             {u"table"_s, call->tableNumber},
                             {u"kind"_s, call->kind}});
            !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> HubOperations::serviceAcknowledge(const Device &caller, const QJsonObject &args)
{
    const qint64 requestId = id(args, "requestId"_L1);
    return transact([&]() -> Result<HubOutcome> {
        auto call = m_service.acknowledge(requestId, caller.id);
        if (!call)
            return call.error();
        HubOutcome outcome{{{u"requestId"_s, call->id}}, {}};
        if (auto r = record(outcome, u"service.acknowledged"_s,
                            {{u"requestId"_s, call->id},
                             {u"table"_s, call->tableNumber},
                             {u"kind"_s, call->kind}});
            !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> HubOperations::chatSend(const Device &caller, const QJsonObject &args)
{
    const auto table = tableOf(caller, args);
    if (!table)
        return table.error();
    const QString body = text(args, "body"_L1);
    const QString key = text(args, "key"_L1);
    return transact([&]() -> Result<HubOutcome> {
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
        auto session =
            caller.role == "table"_L1 ? sessionFor(*table, outcome) : m_sessions.openAt(*table);
        if (!session)
            return session.error();
        auto message = m_chat.send(session->id, caller.role, caller.id, body, key);
        if (!message)
            return message.error();
        outcome.result = {{u"messageId"_s, message->id}};
        if (auto r = record(outcome, u"chat.message"_s,
                            {{u"messageId"_s, message->id},
                             {u"table"_s, message->tableNumber},
                             {u"from"_s, message->fromRole},
                             {u"body"_s, message->body}});
            !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> HubOperations::feedbackGive(const Device &caller, const QJsonObject &args)
{
    const auto table = tableOf(caller, args);
    if (!table)
        return table.error();
    const qint64 itemId = id(args, "itemId"_L1);
    const int rating = number(args, "rating"_L1);
    const QString comment = text(args, "comment"_L1);
    return transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        auto session = sessionFor(*table, outcome);
        if (!session)
            return session.error();
        auto given = m_feedback.give(session->id, itemId, rating, comment);
        if (!given)
            return given.error();
        outcome.result = {{u"feedbackId"_s, given->id}};
        QJsonObject data{{u"feedbackId"_s, given->id},
                         {u"table"_s, *table},
                         {u"rating"_s, given->rating},
                         {u"comment"_s, given->comment}};
        if (given->itemId > 0) // absent: the visit as a whole
            data.insert(u"itemId"_s, given->itemId);
        if (auto r = record(outcome, u"feedback.given"_s, data); !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> HubOperations::ideaSubmit(const Device &caller, const QJsonObject &args)
{
    const auto table = tableOf(caller, args);
    if (!table)
        return table.error();
    const QString body = text(args, "body"_L1);
    return transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        auto session = sessionFor(*table, outcome);
        if (!session)
            return session.error();
        auto idea = m_ideas.submit(session->id, body);
        if (!idea)
            return idea.error();
        outcome.result = {{u"ideaId"_s, idea->id}};
        if (auto r = record(
                outcome, u"idea.submitted"_s,
                {{u"ideaId"_s, idea->id}, {u"body"_s, idea->body}, {u"votes"_s, idea->votes}});
            !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> HubOperations::ideaVote(const Device &caller, const QJsonObject &args)
{
    const auto table = tableOf(caller, args);
    if (!table)
        return table.error();
    const qint64 ideaId = id(args, "ideaId"_L1);
    return transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        auto session = sessionFor(*table, outcome);
        if (!session)
            return session.error();
        auto idea = m_ideas.vote(ideaId, session->id);
        if (!idea)
            return idea.error();
        const QJsonObject data{{u"ideaId"_s, idea->id}, {u"votes"_s, idea->votes}};
        outcome.result = data;
        if (auto r = record(outcome, u"idea.voted"_s, data); !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> HubOperations::pairingCreate(const Device &caller, const QJsonObject &args)
{
    const QString role = text(args, "role"_L1);
    if (!HubPermissions::roles().contains(role))
        return makeError(u"bad_request"_s, tr("'role' is one of table, kitchen, host or owner."));
    // With a staff PIN the person decides, not the device: a host's PIN makes no owner code even
    // on an owner's device, an owner's PIN makes one on the floor's.
    QString authority = caller.role;
    if (const QString pin = text(args, "pin"_L1); !pin.isEmpty()) {
        auto staff = checkStaffPin(pin);
        if (!staff)
            return staff.error();
        authority = staff->role;
    }
    if (!HubPermissions::mayPair(authority, role))
        return makeError(u"forbidden"_s,
                         role == "owner"_L1
                             ? tr("Only an owner's PIN makes a code for an owner's device.")
                             : tr("A %1 may not pair a %2 device.").arg(authority, role));
    const int table = number(args, "table"_L1);
    const QString station = text(args, "station"_L1).trimmed();
    if (!station.isEmpty() && role != "kitchen"_L1)
        return makeError(u"bad_request"_s, tr("Only a kitchen device has a 'station'."));
    if (station.size() > MaxStationLength)
        return makeError(u"bad_request"_s,
                         tr("A station's name is at most %1 characters.").arg(MaxStationLength));
    return transact([&]() -> Result<HubOutcome> {
        auto code = m_devices.createPairingCode(role, table, caller.id, station);
        if (!code)
            return code.error();
        const QDateTime expires = m_clock.now().addSecs(DeviceRepository::PairingCodeMinutes * 60);
        return HubOutcome{{{u"code"_s, *code}, {u"expiresAt"_s, isoTime(expires)}}, {}};
    });
}

} // namespace tableside
