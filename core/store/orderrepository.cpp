// Placing orders and moving them through the kitchen. Reading them back: orderrepository_load.cpp.
#include "orderrepository.h"

#include "linepricer.h"
#include "menucatalog.h"
#include "sessionrepository.h"
#include "sqlstatement.h"
#include "storedtime.h"
#include "venuerepository.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>
#include <QtNumeric>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

QVariant nullIfZero(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Error onLine(int index, const Error &error)
{
    return makeError(error.code, u"Line %1: %2"_s.arg(index + 1).arg(error.message));
}

Result<void> checkLines(const QList<OrderLineInput> &lines)
{
    if (lines.isEmpty() || lines.size() > OrderRepository::MaxLines)
        return makeError(u"bad_request"_s,
                         u"An order has 1 to %1 lines."_s.arg(OrderRepository::MaxLines));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].note.size() > OrderRepository::MaxNoteLength)
            return onLine(i, makeError(u"bad_request"_s, u"A note is at most %1 characters."_s.arg(
                                                             OrderRepository::MaxNoteLength)));
        if (lines[i].seat < 0 || lines[i].seat > OrderRepository::MaxSeat)
            return onLine(i, makeError(u"bad_request"_s, u"A seat is numbered 1 to %1."_s.arg(
                                                             OrderRepository::MaxSeat)));
    }
    return {};
}

// The options a line chose, named as the menu names them, in the order LinePricer gives.
QList<OrderOptionRecord> chosenOptions(const MenuItem &item, const PricedLine &line)
{
    QList<OrderOptionRecord> chosen;
    for (qsizetype o = 0; o < line.optionIds.size(); ++o) {
        QString name;
        for (const MenuModifierGroup &group : item.groups)
            for (const MenuOption &option : group.options)
                if (option.id == line.optionIds[o])
                    name = option.name;
        chosen.append(OrderOptionRecord{line.optionIds[o], name, line.optionPriceDeltas[o]});
    }
    return chosen;
}

// A dish outside its windows or its category's, and when it is next served, in the venue's time.
Error notServedNow(const MenuItem &item, const QDateTime &now, const QTimeZone &zone)
{
    const QString code = u"not_available_now"_s;
    const QDateTime next = item.servingTimes.nextServed(now, zone);
    if (!next.isValid())
        return makeError(code, u"%1 is not served at any time of the week."_s.arg(item.name));
    const QDateTime local = next.toTimeZone(zone);
    const QString from = local.time().toString(u"HH:mm"_s);
    const qint64 days = now.toTimeZone(zone).date().daysTo(local.date());
    if (days == 0)
        return makeError(
            code, u"%1 is not served now; it is next served today from %2."_s.arg(item.name, from));
    if (days == 1)
        return makeError(code, u"%1 is not served now; it is next served tomorrow from %2."_s.arg(
                                   item.name, from));
    return makeError(code, u"%1 is not served now; it is next served on %2 from %3."_s.arg(
                               item.name, QLocale::c().dayName(local.date().dayOfWeek()), from));
}

} // namespace

struct OrderRepository::PricedInput {
    PricedLine priced;
    MenuItem item;
};

OrderRepository::OrderRepository(QSqlDatabase db, const Clock &clock, MenuCatalog *catalog)
    : m_db(db)
    , m_clock(clock)
    , m_menu(db)
    , m_catalog(catalog)
{}

Result<QList<OrderRepository::PricedInput>>
OrderRepository::priceLines(const QList<OrderLineInput> &lines, const QString &language,
                            const VenueSettings &venue, qint64 *totalMinor)
{
    const QString &fallbackLanguage = venue.defaultLanguage;
    const QDateTime now = m_clock.now();
    const QTimeZone zone = venueTimeZone(venue.timeZone);
    QList<PricedInput> priced;
    priced.reserve(lines.size());
    for (int i = 0; i < lines.size(); ++i) {
        const OrderLineInput &in = lines[i];
        MenuItem item;
        MenuItemSpec spec;
        if (m_catalog) {
            auto cached = m_catalog->item(in.itemId, language);
            if (!cached)
                return cached.error().code == u"unknown_item"_s ? onLine(i, cached.error())
                                                                : cached.error();
            item = cached->item;
            spec = cached->spec;
        } else {
            auto stored = m_menu.item(in.itemId, language, fallbackLanguage);
            if (!stored)
                return stored.error().code == u"unknown_item"_s ? onLine(i, stored.error())
                                                                : stored.error();
            item = *stored;
            spec = MenuCatalog::specOf(item);
        }
        auto line = LinePricer::price(spec, LineRequest{in.itemId, in.optionIds, in.quantity});
        if (!line)
            return onLine(i, line.error());
        // After LinePricer: a dish sold out says so, whatever its hours.
        if (!item.servingTimes.isServedAt(now, zone))
            return onLine(i, notServedNow(item, now, zone));
        if (qAddOverflow(*totalMinor, line->total.minorUnits(), totalMinor))
            return makeError(u"bad_request"_s, u"This order is too large; split it."_s);
        priced.append(PricedInput{*line, std::move(item)});
    }
    // A dish counted down: the whole order may take at most what is left of it.
    QHash<qint64, int> wanted;
    for (int i = 0; i < priced.size(); ++i) {
        const MenuItem &item = priced.at(i).item;
        if (item.stockLeft < 0)
            continue;
        const int total = wanted[item.id] += priced.at(i).priced.quantity;
        if (total > item.stockLeft)
            return onLine(i,
                          makeError(u"not_enough_left"_s,
                                    u"Only %1 left of %2."_s.arg(item.stockLeft).arg(item.name)));
    }
    return priced;
}

Result<QList<StockLeft>> OrderRepository::takeStock(const QList<PricedInput> &priced)
{
    QHash<qint64, int> taken;
    QList<qint64> order;
    for (const PricedInput &input : priced)
        if (input.item.stockLeft >= 0) {
            if (!taken.contains(input.item.id))
                order.append(input.item.id);
            taken[input.item.id] += input.priced.quantity;
        }
    QList<StockLeft> left;
    for (qint64 itemId : order) {
        auto done = runSql(m_db,
                           u"UPDATE menu_items SET stock_left = stock_left - ?1, "
                           u"available = CASE WHEN stock_left - ?1 <= 0 THEN 0 ELSE available END "
                           u"WHERE id = ?2 AND stock_left IS NOT NULL RETURNING stock_left"_s,
                           {taken.value(itemId), itemId});
        if (!done)
            return done.error();
        if (done.value().next())
            left.append({itemId, done->value(0).toInt()});
    }
    if (!left.isEmpty() && m_catalog)
        m_catalog->invalidate(); // what is left is read again with the next order
    return left;
}

Result<PlaceOutcome> OrderRepository::place(const QString &idempotencyKey, qint64 sessionId,
                                            qint64 deviceId, const QList<OrderLineInput> &lines,
                                            const QString &language)
{
    return placeIn(idempotencyKey, sessionId, nullptr, deviceId, lines, language);
}

Result<PlaceOutcome> OrderRepository::place(const QString &idempotencyKey,
                                            const TableSession &session, qint64 deviceId,
                                            const QList<OrderLineInput> &lines,
                                            const QString &language)
{
    return placeIn(idempotencyKey, session.id, &session, deviceId, lines, language);
}

Result<qint64> OrderRepository::orderForKey(const QString &idempotencyKey)
{
    if (idempotencyKey.isEmpty() || idempotencyKey.size() > MaxKeyLength)
        return makeError(u"bad_request"_s,
                         u"An order needs a key of 1 to %1 characters."_s.arg(MaxKeyLength));
    auto seen =
        runSql(m_db, u"SELECT id FROM orders WHERE idempotency_key = ?"_s, {idempotencyKey});
    if (!seen)
        return seen.error();
    return seen.value().next() ? seen->value(0).toLongLong() : qint64(0);
}

Result<void> OrderRepository::checkNewOrder(const QString &idempotencyKey,
                                            const QList<OrderLineInput> &lines,
                                            const QString &language)
{
    auto first = orderForKey(idempotencyKey);
    if (!first)
        return first.error();
    if (*first != 0)
        return {};
    if (auto shape = checkLines(lines); !shape)
        return shape.error();
    auto venue = m_catalog ? m_catalog->venue() : VenueRepository(m_db).load();
    if (!venue)
        return venue.error();
    qint64 totalMinor = 0;
    if (auto priced = priceLines(lines, language, *venue, &totalMinor); !priced)
        return priced.error();
    return {};
}

Result<PlaceOutcome> OrderRepository::placeIn(const QString &idempotencyKey, qint64 sessionId,
                                              const TableSession *known, qint64 deviceId,
                                              const QList<OrderLineInput> &lines,
                                              const QString &language)
{
    auto firstId = orderForKey(idempotencyKey);
    if (!firstId)
        return firstId.error();
    if (*firstId != 0) {
        auto first = order(*firstId, language);
        if (!first)
            return first.error();
        return PlaceOutcome{*first, true};
    }
    // After the replay check: a repeat is answered with the first order whatever it carries.
    if (auto shape = checkLines(lines); !shape)
        return shape.error();

    auto session =
        known ? Result<TableSession>(*known) : SessionRepository(m_db, m_clock).byId(sessionId);
    if (!session)
        return session.error();
    if (session->closedAt.isValid())
        return makeError(u"session_closed"_s,
                         u"The party at table %1 has left; seat the table again to order."_s.arg(
                             session->tableNumber));
    auto venue = m_catalog ? m_catalog->venue() : VenueRepository(m_db).load();
    if (!venue)
        return venue.error();

    qint64 totalMinor = 0;
    auto priced = priceLines(lines, language, *venue, &totalMinor);
    if (!priced)
        return priced.error();

    auto number = scalarSql(m_db, u"SELECT COALESCE(MAX(order_number), 0) + 1 FROM orders"_s);
    if (!number)
        return number.error();
    // What a reader gets back: UTC; the stored text keeps milliseconds, as QDateTime does.
    const QDateTime placedAt = m_clock.now().toUTC();
    auto inserted = runSql(m_db,
                           u"INSERT INTO orders (order_number, session_id, device_id, "
                           u"idempotency_key, status, total_minor, currency, placed_at) "
                           u"VALUES (?, ?, ?, ?, 'placed', ?, ?, ?)"_s,
                           {*number, sessionId, nullIfZero(deviceId), idempotencyKey, totalMinor,
                            venue->currency, storedTime(placedAt)});
    if (!inserted)
        return inserted.error();
    OrderRecord order;
    order.id = inserted->lastInsertId().toLongLong();
    order.number = number->toInt();
    order.tableNumber = session->tableNumber;
    order.sessionId = sessionId;
    order.placedAt = placedAt;
    order.total = Money(totalMinor, venue->currency);

    for (int i = 0; i < lines.size(); ++i) {
        const PricedLine &p = priced->at(i).priced;
        const MenuItem &item = priced->at(i).item;
        const QString note = lines[i].note.isNull() ? u""_s : lines[i].note;
        auto line = runSql(
            m_db,
            u"INSERT INTO order_lines (order_id, item_id, quantity, "
            u"unit_price_minor, line_total_minor, seat, note, station, status, recommended) "
            u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'placed', ?)"_s,
            {order.id, p.itemId, p.quantity, p.unitPrice.minorUnits(), p.total.minorUnits(),
             lines[i].seat > 0 ? QVariant(lines[i].seat) : QVariant(QMetaType::fromType<int>()),
             note, item.station,
             lines[i].recommended.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(lines[i].recommended)});
        if (!line)
            return line.error();
        OrderLineRecord record;
        record.id = line->lastInsertId().toLongLong();
        record.itemId = p.itemId;
        record.name = item.name;
        record.quantity = p.quantity;
        record.unitPrice = Money(p.unitPrice.minorUnits(), venue->currency);
        record.total = Money(p.total.minorUnits(), venue->currency);
        record.note = note;
        record.seat = lines[i].seat;
        record.station = item.station;
        record.options = chosenOptions(item, p);
        record.allergens = item.allergens;
        for (qsizetype o = 0; o < p.optionIds.size(); ++o) {
            auto option = runSql(m_db,
                                 u"INSERT INTO order_line_options (line_id, option_id, "
                                 u"price_delta_minor) VALUES (?, ?, ?)"_s,
                                 {record.id, p.optionIds[o], p.optionPriceDeltas[o]});
            if (!option)
                return option.error();
        }
        order.lines.append(std::move(record));
    }
    if (auto history = writeHistory(order.id, 0, {}, u"placed"_s, {}, deviceId); !history)
        return history.error();
    auto stock = takeStock(*priced);
    if (!stock)
        return stock.error();
    return PlaceOutcome{std::move(order), false, *stock};
}

Result<OrderStatus> OrderRepository::lineStatus(qint64 lineId) const
{
    auto found = runSql(m_db, u"SELECT status FROM order_lines WHERE id = ?"_s, {lineId});
    if (!found)
        return found.error();
    if (!found.value().next())
        return makeError(u"unknown_line"_s, u"There is no order line %1."_s.arg(lineId));
    const auto status = orderStatusFromCode(found->value(0).toString());
    if (!status)
        return makeError(u"store_error"_s, u"Order line %1 has an unknown status."_s.arg(lineId));
    return *status;
}

Result<LineChange> OrderRepository::advanceLine(qint64 lineId, OrderStatus to, qint64 deviceId)
{
    const auto SelectLine = u"SELECT l.order_id, l.status, t.number FROM order_lines l "
                            u"JOIN orders o ON o.id = l.order_id "
                            u"JOIN table_sessions s ON s.id = o.session_id "
                            u"JOIN dining_tables t ON t.id = s.table_id WHERE l.id = ?"_s;
    auto found = runSql(m_db, SelectLine, {lineId});
    if (!found)
        return found.error();
    if (!found.value().next())
        return makeError(u"unknown_line"_s, u"There is no order line %1."_s.arg(lineId));
    const qint64 orderId = found->value(0).toLongLong();
    const QString fromCode = found->value(1).toString();
    const int tableNumber = found->value(2).toInt();
    const auto from = orderStatusFromCode(fromCode);
    if (!from)
        return makeError(u"store_error"_s, u"Order line %1 has an unknown status."_s.arg(lineId));
    if (auto allowed = OrderStateMachine::checkMove(*from, to); !allowed)
        return allowed.error();

    auto moved = runSql(m_db, u"UPDATE order_lines SET status = ? WHERE id = ?"_s,
                        {orderStatusCode(to), lineId});
    if (!moved)
        return moved.error();
    if (auto h = writeHistory(orderId, lineId, fromCode, orderStatusCode(to), {}, deviceId); !h)
        return h.error();
    auto orderStatus = rederiveOrderStatus(orderId, deviceId, {});
    if (!orderStatus)
        return orderStatus.error();

    auto lineStatus = scalarSql(m_db, u"SELECT status FROM order_lines WHERE id = ?"_s, {lineId});
    if (!lineStatus)
        return lineStatus.error();
    return LineChange{orderId, lineId, tableNumber,
                      orderStatusFromCode(lineStatus->toString()).value_or(to), *orderStatus};
}

Result<OrderRecord> OrderRepository::cancel(qint64 orderId, const QString &reason, qint64 deviceId,
                                            const QString &language)
{
    auto exists = runSql(m_db, u"SELECT id FROM orders WHERE id = ?"_s, {orderId});
    if (!exists)
        return exists.error();
    if (!exists.value().next())
        return makeError(u"unknown_order"_s, u"There is no order %1."_s.arg(orderId));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(u"reason_required"_s, u"Give a reason to cancel this order."_s);
    if (why.size() > MaxNoteLength)
        return makeError(u"bad_request"_s,
                         u"A reason is at most %1 characters."_s.arg(MaxNoteLength));

    auto lines = runSql(
        m_db, u"SELECT id, status FROM order_lines WHERE order_id = ? ORDER BY id"_s, {orderId});
    if (!lines)
        return lines.error();
    QList<std::pair<qint64, QString>> current;
    while (lines.value().next())
        current.append({lines->value(0).toLongLong(), lines->value(1).toString()});

    std::optional<Error> refusal;
    int cancelled = 0;
    for (const auto &[lineId, fromCode] : current) {
        const auto from = orderStatusFromCode(fromCode).value_or(OrderStatus::Placed);
        if (auto allowed = OrderStateMachine::checkMove(from, OrderStatus::Cancelled, why);
            !allowed) {
            if (!refusal)
                refusal = allowed.error();
            continue;
        }
        auto done = runSql(
            m_db, u"UPDATE order_lines SET status = 'cancelled', cancel_reason = ? WHERE id = ?"_s,
            {why, lineId});
        if (!done)
            return done.error();
        if (auto h = writeHistory(orderId, lineId, fromCode, u"cancelled"_s, why, deviceId); !h)
            return h.error();
        ++cancelled;
    }
    // Served lines stay served; only when nothing could be cancelled is the request refused.
    if (cancelled == 0)
        return refusal.value_or(makeError(u"already_final"_s, u"Nothing left to cancel."_s));

    auto noted =
        runSql(m_db, u"UPDATE orders SET cancel_reason = ? WHERE id = ?"_s, {why, orderId});
    if (!noted)
        return noted.error();
    if (auto status = rederiveOrderStatus(orderId, deviceId, why); !status)
        return status.error();
    return order(orderId, language);
}

Result<OrderStatus> OrderRepository::rederiveOrderStatus(qint64 orderId, qint64 deviceId,
                                                         const QString &reason)
{
    auto lines = runSql(m_db, u"SELECT status FROM order_lines WHERE order_id = ?"_s, {orderId});
    if (!lines)
        return lines.error();
    QList<OrderStatus> statuses;
    while (lines.value().next())
        statuses.append(
            orderStatusFromCode(lines->value(0).toString()).value_or(OrderStatus::Placed));
    const OrderStatus derived = OrderStateMachine::orderStatusFromLines(statuses);

    auto before = scalarSql(m_db, u"SELECT status FROM orders WHERE id = ?"_s, {orderId});
    if (!before)
        return before.error();
    const QString from = before->toString();
    const QString to = orderStatusCode(derived);
    if (from != to) {
        auto done = runSql(m_db, u"UPDATE orders SET status = ? WHERE id = ?"_s, {to, orderId});
        if (!done)
            return done.error();
        // Rows without a line id record the order's own status, as placement does.
        if (auto h = writeHistory(orderId, 0, from, to, reason, deviceId); !h)
            return h.error();
    }
    auto stored = scalarSql(m_db, u"SELECT status FROM orders WHERE id = ?"_s, {orderId});
    if (!stored)
        return stored.error();
    return orderStatusFromCode(stored->toString()).value_or(derived);
}

Result<void> OrderRepository::writeHistory(qint64 orderId, qint64 lineId, const QString &from,
                                           const QString &to, const QString &reason,
                                           qint64 deviceId)
{
    const QVariant noText(QMetaType::fromType<QString>());
    auto done = runSql(m_db,
                       u"INSERT INTO order_status_history (order_id, line_id, from_status, "
                       u"to_status, reason, device_id, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                       {orderId, nullIfZero(lineId), from.isEmpty() ? noText : QVariant(from), to,
                        reason.isEmpty() ? noText : QVariant(reason), nullIfZero(deviceId),
                        storedTime(m_clock.now())});
    if (!done)
        return done.error();
    return {};
}

} // namespace tableside
