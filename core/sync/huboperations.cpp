#include "huboperations.h"

#include "hubargs.h"
#include "hublog.h"
#include "hubpermissions.h"
#include "jsontext.h"
#include "sqlstatement.h"
#include "venuerepository.h"
#include "wireformat.h"

#include <QJsonArray>

#include <optional>

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

namespace {

// One operation's unit of work: a transaction of its own, a savepoint inside the batch, or
// (unguarded) the batch itself, whose changes it can tell apart from the batch's earlier ones.
class WorkUnit {
public:
    WorkUnit(const QSqlDatabase &db, bool batched, bool guarded = true)
        : m_db(db)
        , m_changesBefore(totalChanges(db))
    {
        if (!batched)
            m_transaction.emplace(db);
        else if (guarded)
            m_savepoint.emplace(db);
    }
    bool started() const
    {
        return m_savepoint ? m_savepoint->started() : !m_transaction || m_transaction->started();
    }
    Result<void> commit()
    {
        if (m_savepoint)
            return m_savepoint->release();
        return m_transaction ? m_transaction->commit() : Result<void>{};
    }
    bool unguarded() const { return !m_savepoint && !m_transaction; }
    bool wrote() const { return totalChanges(m_db) != m_changesBefore; }

private:
    QSqlDatabase m_db;
    qint64 m_changesBefore;
    std::optional<Transaction> m_transaction;
    std::optional<Savepoint> m_savepoint;
};

} // namespace

HubOperations::HubOperations(QSqlDatabase db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_catalog(db)
    , m_events(db, clock)
    , m_menu(db, &m_catalog)
    , m_sessions(db, clock)
    , m_orders(db, clock, &m_catalog)
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
        {u"floor.get"_s, &HubOperations::floorGet},
        {u"orders.open"_s, &HubOperations::ordersOpen},
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

HubOperations::~HubOperations() = default; // a batch still open rolls back

Result<void> HubOperations::beginBatch()
{
    if (m_batch)
        return {};
    auto batch = std::make_unique<Transaction>(m_db);
    if (!batch->started())
        return batch->commit().error(); // says why it could not start
    m_batch = std::move(batch);
    return {};
}

void HubOperations::abandonBatch()
{
    m_batch.reset(); // rolls back
    m_batchSpoiled = false;
    m_catalog.invalidate(); // it may hold a menu change that was just rolled back
}

Result<void> HubOperations::endBatch()
{
    if (!m_batch)
        return {};
    if (m_batchSpoiled) {
        abandonBatch();
        qCWarning(lcHub) << "a batch was spoiled by a request that failed after writing";
        return makeError(u"store_error"_s, tr("The hub could not save this; please try again."));
    }
    auto committed = m_batch->commit();
    m_batch.reset();
    if (!committed) {
        m_catalog.invalidate(); // it may hold a menu change that was just rolled back
        qCWarning(lcHub) << "a batch failed to commit:" << committed.error().message;
        return makeError(u"store_error"_s, tr("The hub could not save this; please try again."));
    }
    return {};
}

Result<HubOutcome> HubOperations::transact(const std::function<Result<HubOutcome>()> &change,
                                           InBatch guard)
{
    const quint64 menuBefore = m_catalog.generation();
    Result<HubOutcome> outcome = [&]() -> Result<HubOutcome> {
        WorkUnit unit(m_db, inBatch(), guard == InBatch::Savepoint || m_carefulBatch);
        if (!unit.started())
            return makeError(u"store_error"_s, tr("The store could not start a transaction."));
        auto done = change();
        // Nothing to roll back to: what it wrote can only go with the whole batch.
        if ((!done || !done->keep) && unit.unguarded() && unit.wrote())
            m_batchSpoiled = true;
        if (!done)
            return done; // rolled back by ~WorkUnit
        if (!done->keep) {
            done.value().events.clear();
            return done;
        }
        if (auto committed = unit.commit(); !committed)
            return committed.error();
        return done;
    }();
    // A menu change that was rolled back must not survive in the catalog.
    if ((!outcome || !outcome->keep) && m_catalog.generation() != menuBefore)
        m_catalog.invalidate();
    return outcome;
}

Result<void> HubOperations::commitAlone(const std::function<Result<void>()> &step)
{
    WorkUnit unit(m_db, inBatch());
    auto done = step();
    auto committed = unit.commit();
    if (!done)
        return done;
    return committed;
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
    auto opened = m_sessions.openOrSeat(table);
    if (!opened)
        return opened.error();
    const TableSession &session = opened->session;
    if (opened->seated) {
        if (auto r = record(outcome, u"session.opened"_s,
                            {{u"sessionId"_s, session.id},
                             {u"table"_s, session.tableNumber},
                             {u"partySize"_s, session.partySize}});
            !r)
            return r.error();
    }
    return session;
}

QString HubOperations::venueLanguage()
{
    auto venue = m_catalog.venue();
    return venue ? venue->defaultLanguage : u"en"_s;
}

Result<HubOutcome> HubOperations::menuGet(const Device &, const QJsonObject &args)
{
    auto venue = m_catalog.venue();
    if (!venue)
        return venue.error();
    QString language = text(args, "language"_L1);
    if (!venue->languages.contains(language))
        language = venue->defaultLanguage;
    auto menu = m_menu.load(language, venue->defaultLanguage);
    if (!menu)
        return menu.error();
    const QJsonObject about{{u"name"_s, venue->name},
                            {u"currency"_s, venue->currency},
                            {u"defaultLanguage"_s, venue->defaultLanguage},
                            {u"languages"_s, QJsonArray::fromStringList(venue->languages)},
                            {u"alertEscalateSeconds"_s, venue->thresholds.alertEscalateSeconds}};
    if (auto marked = markLongerWaits(menu.value()); !marked)
        return marked.error();
    return HubOutcome{{{u"menu"_s, menuToJson(*menu)}, {u"venue"_s, about}}, {}};
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
    // Refused before the session it may open is written, so a bad order spoils no round.
    if (auto valid = m_orders.checkNewOrder(key, lines, language); !valid)
        return valid.error();
    return transact(
        [&]() -> Result<HubOutcome> {
            HubOutcome outcome;
            auto session = sessionFor(*table, outcome);
            if (!session)
                return session.error();
            auto placed = m_orders.place(key, *session, caller.id, lines, language);
            if (!placed)
                return placed.error();
            // A key is no capability: a tablet never gets another table's order back.
            if (caller.role == "table"_L1 && placed->order.tableNumber != caller.tableNumber)
                return makeError(u"forbidden"_s, tr("That order belongs to another table."));
            if (placed->replayed) {
                outcome.result = {{u"order"_s, orderToJson(placed->order)}};
                outcome.keep = false; // nothing new: no session, no event
                return outcome;
            }
            // Written once as text, for the log, the reply and every screen's event alike.
            const QByteArray placedJson = JsonText()
                                              .beginObject()
                                              .key("order"_L1)
                                              .raw(orderJsonText(placed->order))
                                              .endObject()
                                              .take();
            auto event =
                m_events.appendText(u"order.placed"_s, placedJson, placed->order.tableNumber);
            if (!event)
                return event.error();
            outcome.events.append(*event);
            outcome.resultJson = placedJson;
            return outcome;
        },
        InBatch::SpoilsOnFailure); // the hot path: see beginBatch
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

Result<StaffMember> HubOperations::checkStaffPin(const QString &pin)
{
    // Its own unit, committed either way: a wrong PIN must count towards the lock.
    StaffMember member;
    if (auto checked = commitAlone([&]() -> Result<void> {
            auto staff = m_staff.verifyPin(pin, {u"host"_s, u"owner"_s});
            if (!staff)
                return staff.error();
            member = *staff;
            return {};
        });
        !checked)
        return checked.error();
    return member;
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
    if (auto checked = checkStaffPin(pin); !checked)
        return checked.error();
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
    WorkUnit unit(m_db, inBatch());
    auto paired = m_devices.pair(code, deviceName.isEmpty() ? tr("New device") : deviceName);
    if (!paired)
        return paired;
    if (auto committed = unit.commit(); !committed)
        return committed.error();
    return paired;
}

} // namespace tableside
