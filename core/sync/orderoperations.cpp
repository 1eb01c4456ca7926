#include "orderoperations.h"

#include "devicerepository.h"
#include "hubargs.h"
#include "hubpermissions.h"
#include "jsontext.h"
#include "recommendoperations.h"
#include "sessionoperations.h"
#include "staffpincheck.h"
#include "wireformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

OrderOperations::OrderOperations(HubTransactions &work, SessionOperations &sessions,
                                 StaffPinCheck &pins, RecommendOperations &recommendations)
    : m_work(work)
    , m_sessions(sessions)
    , m_pins(pins)
    , m_recommendations(recommendations)
    , m_orders(work.database(), work.clock(), &work.catalog())
{}

Result<HubOutcome> OrderOperations::place(const Device &caller, const QJsonObject &args)
{
    auto table = HubPermissions::actingTable(caller.role, caller.tableNumber,
                                             optionalNumber(args, "table"_L1));
    if (!table)
        return table.error();
    const QString key = text(args, "key"_L1);
    const QList<OrderLineInput> lines = linesOf(args);
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (!lines[i].recommended.isEmpty() && !recommendationReasonFromCode(lines[i].recommended))
            return makeError(u"bad_request"_s, tr("'lines[%1].recommended' is one of often_with, "
                                                  "popular_tonight or owner_pick.")
                                                   .arg(i));
    const QString language = m_work.venueLanguage(); // the kitchen reads the venue's language
    // Refused before the session it may open is written, so a bad order spoils no round.
    if (auto valid = m_orders.checkNewOrder(key, lines, language); !valid)
        return valid.error();
    return m_work.transact(
        [&]() -> Result<HubOutcome> {
            HubOutcome outcome;
            auto session = m_sessions.sessionFor(*table, outcome);
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
            auto event = m_work.eventLog().appendText(u"order.placed"_s, placedJson,
                                                      placed->order.tableNumber);
            if (!event)
                return event.error();
            outcome.events.append(*event);
            for (const StockLeft &stock : placed->stock)
                if (auto told = m_work.record(outcome, u"menu.stock"_s,
                                              {{u"itemId"_s, stock.itemId},
                                               {u"stockLeft"_s, stock.left},
                                               {u"available"_s, stock.left > 0}});
                    !told)
                    return told.error();
            // Told to the recommendations once stored: a batch undone never reaches them.
            QList<qint64> itemIds;
            QStringList recommended;
            for (const OrderLineInput &line : lines) {
                itemIds.append(line.itemId);
                recommended.append(line.recommended);
            }
            auto told = m_recommendations.orderPlaced(placed->order.sessionId, placed->order.id,
                                                      itemIds, recommended);
            if (!told)
                return told.error();
            outcome.onStored = std::move(told.value());
            outcome.resultJson = placedJson;
            return outcome;
        },
        HubTransactions::InBatch::SpoilsOnFailure); // the hot path: see beginBatch
}

QList<OrderLineInput> OrderOperations::linesOf(const QJsonObject &args)
{
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
        input.recommended = text(line, "recommended"_L1);
        lines.append(input);
    }
    return lines;
}

Result<HubOutcome> OrderOperations::advanceLine(const Device &caller, const QJsonObject &args)
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
    return m_work.transact([&]() -> Result<HubOutcome> {
        HubOutcome outcome;
        auto report = [&](const LineChange &change) {
            return m_work.record(outcome, u"order.line.status"_s,
                                 {{u"orderId"_s, change.orderId},
                                  {u"lineId"_s, change.lineId},
                                  {u"table"_s, change.tableNumber},
                                  {u"status"_s, orderStatusCode(change.lineStatus)},
                                  {u"orderStatus"_s, orderStatusCode(change.orderStatus)}});
        };
        auto from = m_orders.lineStatus(lineId);
        if (!from)
            return from.error();
        // One event per move: a cook's "start" on a placed line is accepted, then cooking.
        for (OrderStatus move : OrderStateMachine::movesTowards(*from, *to)) {
            auto moved = m_orders.advanceLine(lineId, move, caller.id);
            if (!moved)
                return moved.error();
            if (auto r = report(*moved); !r)
                return r.error();
        }
        outcome.result = outcome.events.constLast().data;
        return outcome;
    });
}

Result<HubOutcome> OrderOperations::cancel(const Device &caller, const QJsonObject &args)
{
    const QString pin = text(args, "pin"_L1);
    if (pin.isEmpty())
        return makeError(u"pin_required"_s,
                         tr("Cancelling an order needs a host's or owner's PIN."));
    const QString reason = text(args, "reason"_L1).trimmed();
    if (reason.isEmpty())
        return makeError(u"reason_required"_s, tr("Say why the order is cancelled."));
    if (auto checked = m_pins.check(pin); !checked)
        return checked.error();
    const qint64 orderId = id(args, "orderId"_L1);
    const QString language = m_work.venueLanguage();
    return m_work.transact([&]() -> Result<HubOutcome> {
        auto cancelled = m_orders.cancel(orderId, reason, caller.id, language);
        if (!cancelled)
            return cancelled.error();
        HubOutcome outcome{{{u"order"_s, orderToJson(*cancelled)}}, {}};
        if (auto r = m_work.record(outcome, u"order.cancelled"_s,
                                   {{u"orderId"_s, cancelled->id},
                                    {u"table"_s, cancelled->tableNumber},
                                    {u"reason"_s, reason}});
            !r)
            return r.error();
        return outcome;
    });
}

} // namespace tableside
