#include "sqlstatement.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace tableside {

struct SqlStatement::Slot {
    QSqlQuery query;
    int users = 0;
    bool prepared = false;
};

namespace {

// Beyond this many distinct SQL texts a connection prepares afresh: SQL built from values would
// otherwise grow the cache without bound.
constexpr qsizetype MaxCachedStatements = 256;

using SlotPtr = std::shared_ptr<SqlStatement::Slot>;
using StatementCache = QHash<QString, SlotPtr>;

// Connection name -> its statements. Each cache is only used by its connection's thread; the
// lock guards the map itself (a connection is added on one thread and dropped on another).
QMutex registryLock;
QHash<QString, std::shared_ptr<StatementCache>> registry;

std::shared_ptr<StatementCache> cacheFor(const QString &connectionName)
{
    QMutexLocker lock(&registryLock);
    return registry.value(connectionName);
}

SlotPtr newSlot(const QSqlDatabase &db)
{
    auto slot = std::make_shared<SqlStatement::Slot>();
    slot->query = QSqlQuery(db);
    slot->query.setForwardOnly(true); // nothing seeks back; SQLite would otherwise copy every row
    return slot;
}

// A prepared statement for sql that nobody is reading, or a new one (kept when there is room).
SlotPtr slotFor(const QSqlDatabase &db, const QString &sql)
{
    const auto cache = cacheFor(db.connectionName());
    if (!cache)
        return newSlot(db);
    if (const auto found = cache->constFind(sql); found != cache->cend()) {
        if (found.value()->users == 0)
            return found.value();
        return newSlot(db); // still being read: never rewind it under its reader
    }
    SlotPtr slot = newSlot(db);
    if (cache->size() < MaxCachedStatements)
        cache->insert(sql, slot);
    return slot;
}

} // namespace

SqlStatement::SqlStatement(std::shared_ptr<Slot> slot)
    : m_slot(std::move(slot))
{
    ++m_slot->users;
}

SqlStatement::SqlStatement(const SqlStatement &other)
    : m_slot(other.m_slot)
{
    if (m_slot)
        ++m_slot->users;
}

SqlStatement::SqlStatement(SqlStatement &&other) noexcept
    : m_slot(std::move(other.m_slot))
{}

SqlStatement &SqlStatement::operator=(const SqlStatement &other)
{
    if (this != &other) {
        release();
        m_slot = other.m_slot;
        if (m_slot)
            ++m_slot->users;
    }
    return *this;
}

SqlStatement &SqlStatement::operator=(SqlStatement &&other) noexcept
{
    if (this != &other) {
        release();
        m_slot = std::move(other.m_slot);
    }
    return *this;
}

SqlStatement::~SqlStatement()
{
    release();
}

void SqlStatement::release()
{
    if (!m_slot)
        return;
    if (--m_slot->users == 0)
        m_slot->query.finish(); // sqlite3_reset: ends the statement's read, keeps it prepared
    m_slot.reset();
}

QSqlQuery &SqlStatement::query()
{
    return m_slot->query;
}

const QSqlQuery &SqlStatement::query() const
{
    return m_slot->query;
}

Result<SqlStatement> runSql(const QSqlDatabase &db, const QString &sql,
                            const QVariantList &bindings)
{
    const SlotPtr slot = slotFor(db, sql);
    QSqlQuery &query = slot->query;
    // A reused statement keeps its last values; a different count means a caller's mistake
    // that a fresh prepare reports, as it always did.
    if (slot->prepared && query.boundValues().size() != bindings.size())
        slot->prepared = false;
    if (!slot->prepared) {
        if (!query.prepare(sql))
            return makeError(u"store_error"_s, query.lastError().text());
        slot->prepared = true;
    }
    for (qsizetype i = 0; i < bindings.size(); ++i)
        query.bindValue(int(i), bindings.at(i));
    if (!query.exec()) {
        const QString why = query.lastError().text();
        query.finish();
        return makeError(u"store_error"_s, why);
    }
    return SqlStatement(slot);
}

Result<QVariant> scalarSql(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    auto query = runSql(db, sql, bindings);
    if (!query)
        return query.error();
    SqlStatement &q = query.value();
    if (!q.next())
        return makeError(u"not_found"_s, u"Nothing matched."_s);
    return q.value(0);
}

void enableStatementCache(const QString &connectionName)
{
    QMutexLocker lock(&registryLock);
    if (!registry.contains(connectionName))
        registry.insert(connectionName, std::make_shared<StatementCache>());
}

void dropStatementCache(const QString &connectionName)
{
    std::shared_ptr<StatementCache> dropped;
    {
        QMutexLocker lock(&registryLock);
        dropped = registry.take(connectionName);
    }
    // Statements still held by a reader stay alive with it; the others are finalized here.
}

int cachedStatementCount(const QString &connectionName)
{
    const auto cache = cacheFor(connectionName);
    return cache ? int(cache->size()) : 0;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    auto begun = runSql(m_db, u"BEGIN"_s);
    m_started = begun.ok();
    if (!begun)
        m_beginError = begun.error().message;
}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        (void)runSql(m_db, u"ROLLBACK"_s);
}

Result<void> Transaction::commit()
{
    if (!m_started)
        return makeError(u"store_error"_s,
                         u"The transaction could not start: %1"_s.arg(m_beginError));
    m_done = true;
    if (auto committed = runSql(m_db, u"COMMIT"_s); !committed) {
        (void)runSql(m_db, u"ROLLBACK"_s);
        return committed.error();
    }
    return {};
}

Savepoint::Savepoint(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_started = runSql(m_db, u"SAVEPOINT request"_s).ok();
}

Savepoint::~Savepoint()
{
    rollback();
}

Result<void> Savepoint::release()
{
    if (!m_started)
        return makeError(u"store_error"_s, u"The savepoint could not start."_s);
    if (m_done)
        return {};
    m_done = true;
    if (auto released = runSql(m_db, u"RELEASE request"_s); !released) {
        m_done = false;
        rollback();
        return released.error();
    }
    return {};
}

void Savepoint::rollback()
{
    if (!m_started || m_done)
        return;
    m_done = true;
    // ROLLBACK TO keeps the savepoint open; RELEASE then ends it with nothing in it.
    (void)runSql(m_db, u"ROLLBACK TO request"_s);
    (void)runSql(m_db, u"RELEASE request"_s);
}

} // namespace tableside
