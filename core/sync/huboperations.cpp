#include "huboperations.h"

#include "hubargs.h"
#include "hublog.h"
#include "hubpermissions.h"
#include "sqlstatement.h"
#include "venuerepository.h"
#include "wireformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

HubOperations::HubOperations(QSqlDatabase db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_events(db, clock)
    , m_menu(db)
    , m_sessions(db, clock)
    , m_orders(db, clock)
    , m_service(db, clock)
    , m_chat(db, clock)
    , m_feedback(db, clock)
    , m_ideas(db, clock)
    , m_devices(db, clock)
    , m_staff(db, clock)
{}

HubOperations::Handler HubOperations::handlerFor(const QString &op)
{
    static const QHash<QString, Handler> handlers = {
        {u"menu.get"_s, &HubOperations::menuGet},
        {u"menu.setAvailable"_s, &HubOperations::menuSetAvailable},
        {u"session.seat"_s, &HubOperations::sessionSeat},
        {u"session.close"_s, &HubOperations::sessionClose},
        {u"order.place"_s, &HubOperations::orderPlace},
        {u"order.line.advance"_s, &HubOperations::orderLineAdvance},
        {u"order.cancel"_s, &HubOperations::orderCancel},
        {u"service.call"_s, &HubOperations::serviceCall},
        {u"service.acknowledge"_s, &HubOperations::serviceAcknowledge},
        {u"chat.send"_s, &HubOperations::chatSend},
        {u"feedback.give"_s, &HubOperations::feedbackGive},
        {u"idea.submit"_s, &HubOperations::ideaSubmit},
        {u"idea.vote"_s, &HubOperations::ideaVote},
        {u"pairing.create"_s, &HubOperations::pairingCreate},
    };
    return handlers.value(op, nullptr);
}

Result<HubOutcome> HubOperations::run(const Device &caller, const QString &op,
                                      const QJsonObject &args)
{
    if (!HubPermissions::allows(caller.role, op))
        return makeError(u"forbidden"_s, tr("A %1 device may not use %2.").arg(caller.role, op));
    const Handler handler = handlerFor(op);
    if (!handler)
        return makeError(u"unknown_op"_s, tr("The hub does not know the operation '%1'.").arg(op));
    auto outcome = (this->*handler)(caller, args);
    if (!outcome && outcome.error().code == "store_error"_L1) {
        // The detail is for the log; the person at the screen can only try again.
        qCWarning(lcHub) << op << "failed in the store:" << outcome.error().message;
        return makeError(u"store_error"_s, tr("The hub could not save this; please try again."));
    }
    return outcome;
}

Result<HubOutcome> HubOperations::transact(const std::function<Result<HubOutcome>()> &change)
{
    Transaction transaction(m_db);
    if (!transaction.started())
        return makeError(u"store_error"_s, tr("The store could not start a transaction."));
    auto outcome = change();
    if (!outcome)
        return outcome; // rolled back by ~Transaction
    if (!outcome->keep) {
        outcome.value().events.clear();
        return outcome;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Result<void> HubOperations::record(HubOutcome &outcome, const QString &type,
                                   const QJsonObject &data)
{
    auto event = m_events.append(type, data);
    if (!event)
        return event.error();
    outcome.events.append(*event);
    return {};
}

Result<TableSession> HubOperations::sessionFor(int table, HubOutcome &outcome)
{
    auto open = m_sessions.openAt(table);
    if (open || open.error().code != "no_open_session"_L1)
        return open;
    auto seated = m_sessions.seat(table, 1);
    if (!seated)
        return seated;
    if (auto r = record(outcome, u"session.opened"_s,
                        {{u"sessionId"_s, seated->id},
                         {u"table"_s, seated->tableNumber},
                         {u"partySize"_s, seated->partySize}});
        !r)
        return r.error();
    return seated;
}

QString HubOperations::venueLanguage() const
{
    auto venue = VenueRepository(m_db).load();
    return venue ? venue->defaultLanguage : u"en"_s;
}

Result<HubOutcome> HubOperations::menuGet(const Device &, const QJsonObject &args)
{
    auto venue = VenueRepository(m_db).load();
    if (!venue)
        return venue.error();
    QString language = text(args, "language"_L1);
    if (!venue->languages.contains(language))
        language = venue->defaultLanguage;
    auto menu = m_menu.load(language, venue->defaultLanguage);
    if (!menu)
        return menu.error();
    return HubOutcome{{{u"menu"_s, menuToJson(*menu)}}, {}};
}

Result<HubOutcome> HubOperations::menuSetAvailable(const Device &, const QJsonObject &args)
{
    const qint64 itemId = id(args, "itemId"_L1);
    const bool available = args.value("available"_L1).toBool();
    return transact([&]() -> Result<HubOutcome> {
        if (auto done = m_menu.setAvailable(itemId, available); !done)
            return done.error();
        HubOutcome outcome;
        const QJsonObject data{{u"itemId"_s, itemId}, {u"available"_s, available}};
        if (auto r = record(outcome, u"menu.availability"_s, data); !r)
            return r.error();
        outcome.result = data;
        return outcome;
    });
}

Result<HubOutcome> HubOperations::sessionSeat(const Device &, const QJsonObject &args)
{
    const int table = number(args, "table"_L1);
    const int partySize = number(args, "partySize"_L1, 1);
    return transact([&]() -> Result<HubOutcome> {
        auto seated = m_sessions.seat(table, partySize);
        if (!seated)
            return seated.error();
        HubOutcome outcome{{{u"sessionId"_s, seated->id}}, {}};
        if (auto r = record(outcome, u"session.opened"_s,
                            {{u"sessionId"_s, seated->id},
                             {u"table"_s, seated->tableNumber},
                             {u"partySize"_s, seated->partySize}});
            !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> HubOperations::sessionClose(const Device &, const QJsonObject &args)
{
    const qint64 sessionId = id(args, "sessionId"_L1);
    return transact([&]() -> Result<HubOutcome> {
        auto closed = m_sessions.close(sessionId);
        if (!closed)
            return closed.error();
        HubOutcome outcome{{{u"sessionId"_s, closed->id}}, {}};
        if (auto r = record(outcome, u"session.closed"_s,
                            {{u"sessionId"_s, closed->id}, {u"table"_s, closed->tableNumber}});
            !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> HubOperations::orderPlace(const Device &caller, const QJsonObject &args)
{
    auto table = HubPermissions::actingTable(caller.role, caller.tableNumber,
                                             optionalNumber(args, "table"_L1));
    if (!table)
        return table.error();
    const QString key = text(args, "key"_L1);
    QList<OrderLineInput> lines;
    for (const QJsonValue &value : args.value("lines"_L1).toArray()) {
        const QJsonObject line = value.toObject();
        OrderLineInput input;
        input.itemId = id(line, "itemId"_L1);
        for (const QJsonValue &option : line.value("optionIds"_L1).toArray())
            input.optionIds.append(option.toInteger());
        input.quantity = number(line, "quantity"_L1);
        input.note = text(line, "note"_L1);
        input.seat = number(line, "seat"_L1);
        lines.append(input);
    }
    const QString language = venueLanguage(); // the kitchen reads the venue's language
    return transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        auto session = sessionFor(*table, outcome);
        if (!session)
            return session.error();
        auto placed = m_orders.place(key, session->id, caller.id, lines, language);
        if (!placed)
            return placed.error();
        // A key is no capability: a tablet never gets another table's order back.
        if (caller.role == "table"_L1 && placed->order.tableNumber != caller.tableNumber)
            return makeError(u"forbidden"_s, tr("That order belongs to another table."));
        const QJsonObject order = orderToJson(placed->order);
        outcome.result = {{u"order"_s, order}};
        if (placed->replayed) {
            outcome.keep = false; // nothing new: no session, no event
            return outcome;
        }
        if (auto r = record(outcome, u"order.placed"_s, {{u"order"_s, order}}); !r)
            return r.error();
        return outcome;
    });
}

Result<HubOutcome> HubOperations::orderLineAdvance(const Device &caller, const QJsonObject &args)
{
    const auto to = orderStatusFromCode(text(args, "to"_L1));
    if (!to || *to == OrderStatus::Placed || *to == OrderStatus::Cancelled)
        return makeError(u"bad_request"_s,
                         tr("'to' is one of accepted, cooking, ready or served."));
    if (HubPermissions::access(caller.role, u"order.line.advance"_s) ==
            HubPermissions::Access::ServedOnly &&
        *to != OrderStatus::Served)
        return makeError(u"forbidden"_s, tr("A host device may only mark dishes served."));
    const qint64 lineId = id(args, "lineId"_L1);
    return transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        auto report = [&](const LineChange &change) {
            return record(outcome, u"order.line.status"_s,
                          {{u"orderId"_s, change.orderId},
                           {u"lineId"_s, change.lineId},
                           {u"table"_s, change.tableNumber},
                           {u"status"_s, orderStatusCode(change.lineStatus)},
                           {u"orderStatus"_s, orderStatusCode(change.orderStatus)}});
        };
        auto moved = m_orders.advanceLine(lineId, *to, caller.id);
        if (!moved && *to == OrderStatus::Cooking &&
            moved.error().code == "illegal_transition"_L1) {
            // "Start cooking" on a line nobody accepted yet accepts it first: two moves.
            auto accepted = m_orders.advanceLine(lineId, OrderStatus::Accepted, caller.id);
            if (!accepted)
                return moved.error();
            if (auto r = report(*accepted); !r)
                return r.error();
            moved = m_orders.advanceLine(lineId, OrderStatus::Cooking, caller.id);
        }
        if (!moved)
            return moved.error();
        if (auto r = report(*moved); !r)
            return r.error();
        outcome.result = outcome.events.constLast().data;
        return outcome;
    });
}

Result<HubOutcome> HubOperations::orderCancel(const Device &caller, const QJsonObject &args)
{
    const QString pin = text(args, "pin"_L1);
    if (pin.isEmpty())
        return makeError(u"pin_required"_s,
                         tr("Cancelling an order needs a host's or owner's PIN."));
    const QString reason = text(args, "reason"_L1).trimmed();
    if (reason.isEmpty())
        return makeError(u"reason_required"_s, tr("Say why the order is cancelled."));
    {
        // Its own transaction, committed either way: a wrong PIN must count towards the lock.
        Transaction attempt(m_db);
        auto staff = m_staff.verifyPin(pin, {u"host"_s, u"owner"_s});
        auto committed = attempt.commit();
        if (!staff)
            return staff.error();
        if (!committed)
            return committed.error();
    }
    const qint64 orderId = id(args, "orderId"_L1);
    const QString language = venueLanguage();
    return transact([&]() -> Result<HubOutcome> {
        auto cancelled = m_orders.cancel(orderId, reason, caller.id, language);
        if (!cancelled)
            return cancelled.error();
        HubOutcome outcome{{{u"order"_s, orderToJson(*cancelled)}}, {}};
        if (auto r = record(outcome, u"order.cancelled"_s,
                            {{u"orderId"_s, cancelled->id},
                             {u"table"_s, cancelled->tableNumber},
                             {u"reason"_s, reason}});
            !r)
            return r.error();
        return outcome;
    });
}

Result<Device> HubOperations::deviceForToken(const QString &token) const
{
    return m_devices.byToken(token);
}

Result<std::pair<Device, QString>> HubOperations::pair(const QString &code,
                                                       const QString &deviceName)
{
    Transaction transaction(m_db);
    auto paired = m_devices.pair(code, deviceName.isEmpty() ? tr("New device") : deviceName);
    if (!paired)
        return paired;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return paired;
}

} // namespace tableside
