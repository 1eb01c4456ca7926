#include "sqlstatement.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace tableside {

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return makeError(u"store_error"_s, query.lastError().text());
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return makeError(u"store_error"_s, query.lastError().text());
    return query;
}

Result<QVariant> scalarSql(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    auto query = runSql(db, sql, bindings);
    if (!query)
        return query.error();
    QSqlQuery &q = query.value();
    if (!q.next())
        return makeError(u"not_found"_s, u"Nothing matched."_s);
    return q.value(0);
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_started = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        m_db.rollback();
}

Result<void> Transaction::commit()
{
    if (!m_started)
        return makeError(u"store_error"_s, u"The transaction could not start: %1"_s.arg(
                                              m_db.lastError().text()));
    m_done = true;
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return makeError(u"store_error"_s, why);
    }
    return {};
}

} // namespace tableside
