#include "recommendationrepository.h"

#include "sqlstatement.h"
#include "storedtime.h"

using namespace Qt::StringLiterals;

namespace tableside {

Result<void> RecommendationRepository::loadHistory(CoOrderIndex &index,
                                                   const QDateTime &tonightFrom, QDate tonight)
{
    // Ordered by the index on orders(session_id), whose rows follow the orders' ids.
    auto rows = runSql(m_db,
                       u"SELECT o.session_id, o.id, o.placed_at >= ?, l.item_id "
                       u"FROM orders o JOIN order_lines l ON l.order_id = o.id "
                       u"ORDER BY o.session_id, o.id"_s,
                       {storedTime(tonightFrom)});
    if (!rows)
        return rows.error();
    SqlStatement &q = rows.value();
    qint64 session = 0;
    qint64 order = 0;
    bool orderTonight = false;
    QList<qint64> earlier; // the session's dishes before the order being read
    QList<qint64> ordered; // the order being read
    auto finishOrder = [&] {
        if (ordered.isEmpty())
            return;
        index.recordOrder(earlier, ordered, orderTonight ? tonight : QDate());
        for (qint64 itemId : std::as_const(ordered))
            if (!earlier.contains(itemId))
                earlier.append(itemId);
        ordered.clear();
    };
    while (q.next()) {
        const qint64 rowSession = q.value(0).toLongLong();
        const qint64 rowOrder = q.value(1).toLongLong();
        if (rowOrder != order) {
            finishOrder();
            if (rowSession != session)
                earlier.clear();
            session = rowSession;
            order = rowOrder;
            orderTonight = q.value(2).toBool();
        }
        ordered.append(q.value(3).toLongLong());
    }
    finishOrder();
    return {};
}

Result<QList<qint64>> RecommendationRepository::dishesBefore(qint64 sessionId, qint64 orderId)
{
    auto rows = runSql(m_db,
                       u"SELECT DISTINCT l.item_id FROM orders o "
                       u"JOIN order_lines l ON l.order_id = o.id "
                       u"WHERE o.session_id = ? AND o.id < ?"_s,
                       {sessionId, orderId});
    if (!rows)
        return rows.error();
    QList<qint64> dishes;
    for (SqlStatement &q = rows.value(); q.next();)
        dishes.append(q.value(0).toLongLong());
    return dishes;
}

Result<void> RecommendationRepository::countShown(const QList<RecommendationShown> &shown)
{
    for (const RecommendationShown &one : shown) {
        auto known =
            scalarSql(m_db, u"SELECT count(*) FROM menu_items WHERE id = ?"_s, {one.itemId});
        if (!known)
            return known.error();
        if (known->toInt() == 0)
            return makeError(u"unknown_item"_s,
                             u"There is no dish %1 on the menu."_s.arg(one.itemId));
        auto counted = runSql(m_db,
                              u"INSERT INTO recommendation_counts (item_id, reason, shown) "
                              u"VALUES (?, ?, 1) ON CONFLICT (item_id, reason) "
                              u"DO UPDATE SET shown = shown + 1"_s,
                              {one.itemId, recommendationReasonCode(one.reason)});
        if (!counted)
            return counted.error();
    }
    return {};
}

Result<void> RecommendationRepository::countOrdered(qint64 itemId, RecommendationReason reason)
{
    auto counted = runSql(m_db,
                          u"INSERT INTO recommendation_counts (item_id, reason, ordered) "
                          u"VALUES (?, ?, 1) ON CONFLICT (item_id, reason) "
                          u"DO UPDATE SET ordered = ordered + 1"_s,
                          {itemId, recommendationReasonCode(reason)});
    if (!counted)
        return counted.error();
    return {};
}

Result<QList<RecommendationCount>> RecommendationRepository::counts()
{
    auto rows = runSql(m_db, u"SELECT item_id, reason, shown, ordered FROM recommendation_counts "
                             u"ORDER BY item_id, reason"_s);
    if (!rows)
        return rows.error();
    QList<RecommendationCount> counts;
    for (SqlStatement &q = rows.value(); q.next();) {
        const auto reason = recommendationReasonFromCode(q.value(1).toString());
        if (!reason)
            continue; // the table's CHECK keeps others out
        counts.append(
            {q.value(0).toLongLong(), *reason, q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    return counts;
}

} // namespace tableside
