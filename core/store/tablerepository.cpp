#include "tablerepository.h"

#include "sqlstatement.h"

using namespace Qt::StringLiterals;

namespace tableside {

static const auto SelectTables =
    u"SELECT id, number, seats, pos_x, pos_y, shape FROM dining_tables "_s;

static DiningTable tableFrom(const SqlStatement &q)
{
    return DiningTable{q.value(0).toLongLong(), q.value(1).toInt(),    q.value(2).toInt(),
                       q.value(3).toDouble(),   q.value(4).toDouble(), q.value(5).toString()};
}

Result<qint64> TableRepository::add(const DiningTable &t)
{
    if (t.number <= 0 || t.seats <= 0)
        return makeError(u"invalid_table"_s, u"A table needs a number and at least one seat."_s);
    auto done = runSql(m_db,
                       u"INSERT INTO dining_tables (number, seats, pos_x, pos_y, shape) "
                       u"VALUES (?, ?, ?, ?, ?)"_s,
                       {t.number, t.seats, t.x, t.y, t.shape});
    if (!done)
        return done.error();
    return done->lastInsertId().toLongLong();
}

Result<QList<DiningTable>> TableRepository::list() const
{
    auto query = runSql(m_db, SelectTables + u"ORDER BY number"_s);
    if (!query)
        return query.error();
    QList<DiningTable> tables;
    while (query.value().next())
        tables.append(tableFrom(query.value()));
    return tables;
}

Result<DiningTable> TableRepository::byNumber(int number) const
{
    auto query = runSql(m_db, SelectTables + u"WHERE number = ?"_s, {number});
    if (!query)
        return query.error();
    if (!query.value().next())
        return makeError(u"unknown_table"_s, u"There is no table %1 in this venue."_s.arg(number));
    return tableFrom(query.value());
}

} // namespace tableside
