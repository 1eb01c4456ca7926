#pragma once
// The one way repositories talk to SQLite: prepared statements with bound values, errors as
// values, and a scoped transaction that rolls back unless committed.
//
// Statements run on SQLite's own API under the connection's handle (the same library and
// connection Qt's QSQLITE driver opened): binding and reading a value costs no QSqlQuery
// bookkeeping, which the hub pays on every order.
//
// A connection whose statements are cached (enableStatementCache, done by VenueDatabase) keeps
// each SQL text prepared between calls: preparing costs more than running most of our
// statements. A cached statement is handed out only while no other SqlStatement uses it; a
// caller still reading rows of the same SQL gets a freshly prepared one instead.

#include "result.h"

#include <QSqlDatabase>
#include <QVariantList>

#include <memory>

struct sqlite3;

namespace tableside {

// What runSql ran, read like a QSqlQuery: next() moves to the first row, then on. Values come as
// SQLite holds them (integer as qint64, real as double, text as QString, blob as QByteArray,
// NULL as a null QVariant). The last copy to go resets the statement, so no read transaction
// stays open behind a half-read result.
class SqlStatement {
public:
    struct Slot; // a prepared statement, its read position and how many SqlStatements use it

    explicit SqlStatement(std::shared_ptr<Slot> slot);
    SqlStatement(const SqlStatement &other);
    SqlStatement(SqlStatement &&other) noexcept;
    SqlStatement &operator=(const SqlStatement &other);
    SqlStatement &operator=(SqlStatement &&other) noexcept;
    ~SqlStatement();

    bool next();
    QVariant value(int column) const;
    QVariant lastInsertId() const;
    int numRowsAffected() const;

private:
    void release();

    std::shared_ptr<Slot> m_slot;
};

Result<SqlStatement> runSql(const QSqlDatabase &db, const QString &sql,
                            const QVariantList &bindings = {});

// Reads the first column of the first row, or fails when there is none.
Result<QVariant> scalarSql(const QSqlDatabase &db, const QString &sql,
                           const QVariantList &bindings = {});

// The SQLite connection under a QSQLITE one (null when it is not open), for what Qt's driver does
// not offer.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// Rows changed through this connection since it opened (SQLite's total_changes): equal before
// and after a transaction, the transaction wrote nothing.
qint64 totalChanges(const QSqlDatabase &db);

// Lets runSql keep prepared statements for this connection (which, like every connection, is
// used by one thread only). Drop them before the connection is closed or removed.
void enableStatementCache(const QString &connectionName);
void dropStatementCache(const QString &connectionName);
// How many statements are cached for the connection (for tests).
int cachedStatementCount(const QString &connectionName);

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
    QString m_beginError;
    bool m_started = false;
    bool m_done = false;
};

// A nested, named rollback point inside a running transaction: one request of a batch can be
// undone alone. Rolls back to its start unless released.
class Savepoint {
public:
    explicit Savepoint(QSqlDatabase db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    bool started() const { return m_started; }
    Result<void> release();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_started = false;
    bool m_done = false;
};

} // namespace tableside
