#include "sqlstatement.h"

#include "storedtime.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>

#include <sqlite3.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace tableside {

struct SqlStatement::Slot {
    sqlite3_stmt *statement = nullptr;
    std::vector<QByteArray> text; // bound text and blobs, alive while the statement runs
    qint64 lastInsertId = 0;
    int changes = 0;
    int users = 0;
    bool rowWaiting = false; // the step that ran the statement found a row next() has not shown
    bool onRow = false;
    bool done = false;

    Slot() = default;
    Slot(const Slot &) = delete;
    Slot &operator=(const Slot &) = delete;
    ~Slot() { sqlite3_finalize(statement); }
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

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

Result<SlotPtr> prepare(sqlite3 *db, const QString &sql, bool keep)
{
    const QByteArray text = sql.toUtf8();
    auto slot = std::make_shared<SqlStatement::Slot>();
    const char *rest = nullptr;
    if (sqlite3_prepare_v3(db, text.constData(), int(text.size()),
                           keep ? SQLITE_PREPARE_PERSISTENT : 0, &slot->statement,
                           &rest) != SQLITE_OK)
        return makeError(u"store_error"_s, sqliteError(db));
    if (!slot->statement)
        return makeError(u"store_error"_s, u"There is no statement in: %1"_s.arg(sql));
    if (rest && !QByteArrayView(rest).trimmed().isEmpty())
        return makeError(u"store_error"_s, u"One statement at a time: %1"_s.arg(sql));
    return slot;
}

// A prepared statement for sql that nobody is reading, or a new one (kept when there is room).
Result<SlotPtr> slotFor(const QSqlDatabase &db, sqlite3 *handle, const QString &sql)
{
    const auto cache = cacheFor(db.connectionName());
    if (!cache)
        return prepare(handle, sql, false);
    if (const auto found = cache->constFind(sql); found != cache->cend()) {
        if (found.value()->users == 0)
            return found.value();
        return prepare(handle, sql, false); // still being read: never rewind it under its reader
    }
    const bool keep = cache->size() < MaxCachedStatements;
    auto slot = prepare(handle, sql, keep);
    if (slot && keep)
        cache->insert(sql, *slot);
    return slot;
}

// As QtSql writes values: a null QString, QByteArray or QDateTime is SQL NULL too.
bool isSqlNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

int bind(SqlStatement::Slot &slot, int index, const QVariant &value)
{
    sqlite3_stmt *statement = slot.statement;
    if (isSqlNull(value))
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, qint64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        slot.text.push_back(value.toByteArray());
        const QByteArray &bytes = slot.text.back();
        return sqlite3_bind_blob64(statement, index, bytes.constData(),
                                   sqlite3_uint64(bytes.size()), SQLITE_STATIC);
    }
    case QMetaType::QDateTime:
        slot.text.push_back(storedTime(value.toDateTime()).toUtf8());
        break;
    default:
        slot.text.push_back(value.toString().toUtf8());
        break;
    }
    const QByteArray &text = slot.text.back();
    return sqlite3_bind_text64(statement, index, text.constData(), sqlite3_uint64(text.size()),
                               SQLITE_STATIC, SQLITE_UTF8);
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

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
    if (--m_slot->users == 0) {
        // Ends the statement's read and keeps it prepared.
        sqlite3_reset(m_slot->statement);
        sqlite3_clear_bindings(m_slot->statement);
        m_slot->text.clear();
        m_slot->rowWaiting = m_slot->onRow = m_slot->done = false;
    }
    m_slot.reset();
}

bool SqlStatement::next()
{
    if (!m_slot)
        return false;
    Slot &slot = *m_slot;
    if (slot.rowWaiting) {
        slot.rowWaiting = false;
        slot.onRow = true;
        return true;
    }
    if (slot.done)
        return false;
    slot.onRow = sqlite3_step(slot.statement) == SQLITE_ROW;
    slot.done = !slot.onRow;
    return slot.onRow;
}

QVariant SqlStatement::value(int column) const
{
    if (!m_slot || !m_slot->onRow)
        return {};
    sqlite3_stmt *statement = m_slot->statement;
    switch (sqlite3_column_type(statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(statement, column));
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(statement, column)));
    }
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(statement, column));
        return QVariant(QByteArray(bytes, sqlite3_column_bytes(statement, column)));
    }
    default:
        return {};
    }
}

QVariant SqlStatement::lastInsertId() const
{
    return m_slot ? QVariant(m_slot->lastInsertId) : QVariant();
}

int SqlStatement::numRowsAffected() const
{
    return m_slot ? m_slot->changes : 0;
}

Result<SqlStatement> runSql(const QSqlDatabase &db, const QString &sql,
                            const QVariantList &bindings)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return makeError(u"store_error"_s, u"The database is not open."_s);
    auto prepared = slotFor(db, handle, sql);
    if (!prepared)
        return prepared.error();
    SqlStatement statement(*prepared); // from here on, leaving resets the statement
    SqlStatement::Slot &slot = **prepared;
    if (sqlite3_bind_parameter_count(slot.statement) != bindings.size())
        return makeError(u"store_error"_s,
                         u"%1 values for %2 placeholders in: %3"_s.arg(bindings.size())
                             .arg(sqlite3_bind_parameter_count(slot.statement))
                             .arg(sql));
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        if (bind(slot, int(i) + 1, bindings.at(i)) != SQLITE_OK)
            return makeError(u"store_error"_s, sqliteError(handle));
    }
    // Run to the first row, as QSqlQuery::exec does: a failing write fails here.
    switch (sqlite3_step(slot.statement)) {
    case SQLITE_ROW:
        slot.rowWaiting = true;
        break;
    case SQLITE_DONE:
        slot.done = true;
        break;
    default:
        return makeError(u"store_error"_s, sqliteError(handle));
    }
    slot.lastInsertId = sqlite3_last_insert_rowid(handle);
    slot.changes = sqlite3_changes(handle);
    return statement;
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

qint64 totalChanges(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    return handle ? sqlite3_total_changes64(handle) : 0;
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
