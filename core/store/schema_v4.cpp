// Schema version 4: an order's status is checked without a temporary table. SQLite checks
// "status IN ('placed', …)" by building a small b-tree of the list every time a row is written
// (its rule for a constant list of more than two values); the same check written as equalities
// is evaluated in place. Every order, line and status change wrote one. The two tables are
// rebuilt as SQLite prescribes for a changed CHECK: a new table, the rows copied, the old one
// dropped, the new one renamed, its indexes made again (Migrations::apply holds foreign keys
// off meanwhile and checks them before it commits).
#include "migrations.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// "status = 'placed' OR status = 'accepted' OR …", every status an order or a line may have.
QString orderStatusCheck()
{
    QStringList equalities;
    for (const char *status : {"placed", "accepted", "cooking", "ready", "served", "cancelled"})
        equalities.append(u"status = '%1'"_s.arg(QLatin1StringView(status)));
    return equalities.join(u" OR "_s);
}

} // namespace

QStringList schemaVersion4()
{
    const QString statusCheck = orderStatusCheck();
    return {
        uR"(CREATE TABLE orders_v4 (
            id INTEGER PRIMARY KEY,
            order_number INTEGER NOT NULL UNIQUE,
            session_id INTEGER NOT NULL REFERENCES table_sessions(id),
            device_id INTEGER REFERENCES devices(id),
            idempotency_key TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'placed' CHECK (%1),
            cancel_reason TEXT,
            total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
            currency TEXT NOT NULL,
            placed_at TEXT NOT NULL))"_s.arg(statusCheck),
        uR"(INSERT INTO orders_v4 (id, order_number, session_id, device_id, idempotency_key,
            status, cancel_reason, total_minor, currency, placed_at)
            SELECT id, order_number, session_id, device_id, idempotency_key, status,
                   cancel_reason, total_minor, currency, placed_at FROM orders)"_s,
        u"DROP TABLE orders"_s,
        u"ALTER TABLE orders_v4 RENAME TO orders"_s,
        u"CREATE INDEX orders_by_session ON orders(session_id)"_s,

        uR"(CREATE TABLE order_lines_v4 (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders(id),
            item_id INTEGER NOT NULL REFERENCES menu_items(id),
            quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 50),
            unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
            line_total_minor INTEGER NOT NULL CHECK (line_total_minor >= 0),
            seat INTEGER CHECK (seat IS NULL OR seat > 0),
            note TEXT NOT NULL DEFAULT '',
            station TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'placed' CHECK (%1),
            cancel_reason TEXT))"_s.arg(statusCheck),
        uR"(INSERT INTO order_lines_v4 (id, order_id, item_id, quantity, unit_price_minor,
            line_total_minor, seat, note, station, status, cancel_reason)
            SELECT id, order_id, item_id, quantity, unit_price_minor, line_total_minor, seat,
                   note, station, status, cancel_reason FROM order_lines)"_s,
        u"DROP TABLE order_lines"_s,
        u"ALTER TABLE order_lines_v4 RENAME TO order_lines"_s,
        u"CREATE INDEX order_lines_by_order ON order_lines(order_id)"_s,
        u"CREATE INDEX order_lines_by_status ON order_lines(status)"_s,
    };
}

} // namespace tableside
