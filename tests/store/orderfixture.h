#pragma once
// Helpers for the order tests: a fresh demo store per test, sessions, lines by menu key.

#include "orderrepository.h"
#include "sessionrepository.h"
#include "storefixture.h"

#include <QDebug>

namespace tableside::testing {

inline QString code(OrderStatus status)
{
    return orderStatusCode(status);
}

class OrderFixture {
protected:
    inline static const QStringList RowTables{
        QStringLiteral("orders"), QStringLiteral("order_lines"),
        QStringLiteral("order_line_options"), QStringLiteral("order_status_history")};

    std::unique_ptr<TestStore> m_store;
    int m_keys = 0;

    OrderRepository orders() { return OrderRepository(m_store->connection(), m_store->clock); }

    qint64 sessionAt(int table)
    {
        auto session = SessionRepository(m_store->connection(), m_store->clock).openOrSeat(table);
        return session ? session->session.id : 0;
    }

    qint64 optionId(const QString &path) // "item/group/option"
    {
        const QStringList parts = path.split(QLatin1Char('/'));
        return m_store->option(parts.value(0), parts.value(1), parts.value(2)).id;
    }

    OrderLineInput line(const QString &itemKey, const QStringList &options = {}, int quantity = 1)
    {
        OrderLineInput in;
        in.itemId = m_store->item(itemKey).id;
        for (const QString &option : options)
            in.optionIds.append(optionId(itemKey + QLatin1Char('/') + option));
        in.quantity = quantity;
        return in;
    }

    OrderRecord placeAt(int table, const QList<OrderLineInput> &lines)
    {
        auto placed = orders().place(QStringLiteral("key-%1").arg(++m_keys), sessionAt(table), 0,
                                     lines, QStringLiteral("en"));
        if (!placed) {
            qWarning() << placed.error().code << placed.error().message;
            return {};
        }
        return placed->order;
    }

    QList<int> rowCounts()
    {
        QList<int> counts;
        for (const QString &table : RowTables)
            counts.append(m_store->count(table));
        return counts;
    }
};

} // namespace tableside::testing
