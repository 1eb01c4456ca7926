#pragma once
// The one way repositories talk to SQLite: prepared statements with bound values, errors as
// values, and a scoped transaction that rolls back unless committed.

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace tableside {

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql,
                         const QVariantList &bindings = {});

// Reads the first column of the first row, or fails when there is none.
Result<QVariant> scalarSql(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &bindings = {});

class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool started() const { return m_started; }
    Result<void> commit();

private:
    QSqlDatabase m_db;
    bool m_started = false;
    bool m_done = false;
};

} // namespace tableside
