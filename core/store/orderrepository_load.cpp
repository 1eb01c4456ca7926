// Reading orders back: four queries for any number of orders (orders, lines, options,
// allergens), names in the asked language with the venue's default language as fallback.
#include "orderrepository.h"

#include "sqlstatement.h"
#include "storedtime.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// A translated name for the row whose id is in `idExpr`; binds one value: the language.
QString localizedName(const QString &table, const QString &idColumn, const QString &idExpr)
{
    return u"COALESCE((SELECT name FROM %1 WHERE %2 = %3 AND language = ?), "
           u"(SELECT name FROM %1 WHERE %2 = %3 AND language = "
           u"(SELECT default_language FROM venue)), '')"_s.arg(table, idColumn, idExpr);
}

} // namespace

Result<QList<OrderRecord>> OrderRepository::load(const QString &where, const QVariantList &bindings,
                                                 const QString &language) const
{
    const QString orderIds = u"(SELECT o.id FROM orders o WHERE %1)"_s.arg(where);
    auto orders =
        runSql(m_db,
               u"SELECT o.id, o.order_number, t.number, o.session_id, o.status, "
               u"o.cancel_reason, o.placed_at, o.total_minor, o.currency FROM orders o "
               u"JOIN table_sessions s ON s.id = o.session_id "
               u"JOIN dining_tables t ON t.id = s.table_id WHERE %1 ORDER BY o.id"_s.arg(where),
               bindings);
    if (!orders)
        return orders.error();
    QList<OrderRecord> result;
    QHash<qint64, qsizetype> orderAt;
    for (SqlStatement &q = orders.value(); q.next();) {
        OrderRecord order;
        order.id = q.value(0).toLongLong();
        order.number = q.value(1).toInt();
        order.tableNumber = q.value(2).toInt();
        order.sessionId = q.value(3).toLongLong();
        order.status = orderStatusFromCode(q.value(4).toString()).value_or(OrderStatus::Placed);
        order.cancelReason = q.value(5).toString();
        order.placedAt = timeFromStore(q.value(6));
        order.total = Money(q.value(7).toLongLong(), q.value(8).toString());
        orderAt.insert(order.id, result.size());
        result.append(order);
    }
    if (result.isEmpty())
        return result;

    const QVariantList withLanguage = QVariantList{language} + bindings;
    auto lines = runSql(m_db,
                        u"SELECT l.id, l.order_id, l.item_id, %1, l.quantity, l.unit_price_minor, "
                        u"l.line_total_minor, l.note, l.seat, l.station, l.status, "
                        u"l.cancel_reason, CASE l.status WHEN 'ready' THEN "
                        u"(SELECT MAX(h.changed_at) FROM order_status_history h "
                        u"WHERE h.order_id = l.order_id AND h.line_id = l.id "
                        u"AND h.to_status = 'ready') END "
                        u"FROM order_lines l WHERE l.order_id IN %2 "
                        u"ORDER BY l.id"_s.arg(
                            localizedName(u"item_texts"_s, u"item_id"_s, u"l.item_id"_s), orderIds),
                        withLanguage);
    if (!lines)
        return lines.error();
    QHash<qint64, std::pair<qsizetype, qsizetype>> lineAt; // line id -> (order, line) index
    for (SqlStatement &q = lines.value(); q.next();) {
        const auto at = orderAt.value(q.value(1).toLongLong(), -1);
        if (at < 0)
            continue;
        const QString currency = result[at].total.currency();
        OrderLineRecord line;
        line.id = q.value(0).toLongLong();
        line.itemId = q.value(2).toLongLong();
        line.name = q.value(3).toString();
        line.quantity = q.value(4).toInt();
        line.unitPrice = Money(q.value(5).toLongLong(), currency);
        line.total = Money(q.value(6).toLongLong(), currency);
        line.note = q.value(7).toString();
        line.seat = q.value(8).toInt(); // NULL reads as 0: no seat
        line.station = q.value(9).toString();
        line.status = orderStatusFromCode(q.value(10).toString()).value_or(OrderStatus::Placed);
        line.cancelReason = q.value(11).toString();
        if (!q.value(12).isNull())
            line.readyAt = timeFromStore(q.value(12));
        lineAt.insert(line.id, {at, result[at].lines.size()});
        result[at].lines.append(line);
    }

    // Options in menu order (group, then option), as LinePricer chose them.
    auto options = runSql(
        m_db,
        u"SELECT lo.line_id, lo.option_id, %1, lo.price_delta_minor FROM order_line_options lo "
        u"JOIN order_lines l ON l.id = lo.line_id "
        u"JOIN modifier_options mo ON mo.id = lo.option_id "
        u"JOIN modifier_groups mg ON mg.id = mo.group_id WHERE l.order_id IN %2 "
        u"ORDER BY lo.line_id, mg.sort_order, mg.id, mo.sort_order, mo.id"_s.arg(
            localizedName(u"modifier_option_texts"_s, u"option_id"_s, u"lo.option_id"_s), orderIds),
        withLanguage);
    if (!options)
        return options.error();
    for (SqlStatement &q = options.value(); q.next();) {
        const auto it = lineAt.constFind(q.value(0).toLongLong());
        if (it == lineAt.cend())
            continue;
        result[it->first].lines[it->second].options.append(OrderOptionRecord{
            q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong()});
    }

    auto allergens = runSql(m_db,
                            u"SELECT l.id, a.allergen FROM order_lines l "
                            u"JOIN item_allergens a ON a.item_id = l.item_id "
                            u"WHERE l.order_id IN %1 ORDER BY l.id, a.allergen"_s.arg(orderIds),
                            bindings);
    if (!allergens)
        return allergens.error();
    for (SqlStatement &q = allergens.value(); q.next();) {
        const auto it = lineAt.constFind(q.value(0).toLongLong());
        if (it != lineAt.cend())
            result[it->first].lines[it->second].allergens.append(q.value(1).toString());
    }
    return result;
}

Result<OrderRecord> OrderRepository::order(qint64 orderId, const QString &language) const
{
    auto orders = load(u"o.id = ?"_s, {orderId}, language);
    if (!orders)
        return orders.error();
    if (orders->isEmpty())
        return makeError(u"unknown_order"_s, u"There is no order %1."_s.arg(orderId));
    return orders->constFirst();
}

Result<QList<OrderRecord>> OrderRepository::openOrders(const QString &language) const
{
    return load(u"o.status NOT IN ('served', 'cancelled')"_s, {}, language);
}

Result<QList<OrderRecord>> OrderRepository::sessionOrders(qint64 sessionId,
                                                          const QString &language) const
{
    return load(u"o.session_id = ?"_s, {sessionId}, language);
}

Result<QList<OpenStationLine>> OrderRepository::openStationLines() const
{
    QStringList codes;
    for (OrderStatus status : stationHoldingStatuses())
        codes.append(u"'%1'"_s.arg(orderStatusCode(status)));
    auto lines = runSql(m_db, u"SELECT l.order_id, l.station, o.placed_at FROM order_lines l "
                              u"JOIN orders o ON o.id = l.order_id WHERE l.status IN (%1) "
                              u"ORDER BY l.id"_s.arg(codes.join(u", ")));
    if (!lines)
        return lines.error();
    QList<OpenStationLine> open;
    for (SqlStatement &q = lines.value(); q.next();)
        open.append({q.value(0).toLongLong(), q.value(1).toString(), timeFromStore(q.value(2))});
    return open;
}

} // namespace tableside
