#include "venuedatabase.h"

#include "migrations.h"
#include "sqlstatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

constexpr int BusyTimeoutMs = 5000;
std::atomic<int> nextInstance{1};

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(16) == magic;
}

} // namespace

VenueDatabase::VenueDatabase(QString path, Durability durability)
    : m_path(std::move(path))
    , m_durability(durability)
    , m_namePrefix(u"tableside-store-%1-"_s.arg(nextInstance++))
{}

VenueDatabase::~VenueDatabase()
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : std::as_const(m_connectionNames)) {
        dropStatementCache(name); // before the close: a cached statement would outlive it
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

Result<void> VenueDatabase::checkFileIsOurs(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() || (info.isFile() && info.size() == 0))
        return {};
    if (!info.isFile() || !info.isReadable())
        return makeError(u"store_unreadable"_s, u"%1 cannot be read."_s.arg(path));
    if (!hasSqliteHeader(path))
        return makeError(u"not_sqlite"_s,
                         u"%1 is not a SQLite database; it was left untouched."_s.arg(path));

    // Only SELECTs and read-only PRAGMAs run here: nothing may change a file that isn't ours.
    const QString name = u"tableside-check-%1"_s.arg(nextInstance++);
    Result<void> verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery query(db);
        auto readInt = [&](const QString &sql) -> std::optional<qint64> {
            if (!query.exec(sql) || !query.next())
                return std::nullopt;
            return query.value(0).toLongLong();
        };
        std::optional<qint64> appId, version, objects;
        if (db.open()) {
            appId = readInt(u"PRAGMA application_id"_s);
            version = readInt(u"PRAGMA user_version"_s);
            objects = readInt(u"SELECT count(*) FROM sqlite_master"_s);
        }
        if (!appId || !version || !objects) {
            verdict = makeError(
                u"store_unreadable"_s,
                u"%1 could not be read as a database: %2"_s.arg(path, db.lastError().text()));
        } else if (*appId == 0 && *objects == 0) {
            verdict = {};
        } else if (*appId != Migrations::ApplicationId) {
            verdict =
                makeError(u"foreign_database"_s,
                          u"%1 belongs to another application; it was left untouched."_s.arg(path));
        } else if (*version > Migrations::latestVersion()) {
            verdict = makeError(u"newer_schema"_s,
                                u"%1 was written by a newer Tableside (schema %2, this one knows "
                                u"%3); update Tableside to open it."_s.arg(path)
                                    .arg(*version)
                                    .arg(Migrations::latestVersion()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return verdict;
}

Result<void> VenueDatabase::open()
{
    if (auto ours = checkFileIsOurs(m_path); !ours)
        return ours;
    const QFileInfo info(m_path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return makeError(u"store_unwritable"_s,
                         u"The folder for %1 cannot be created."_s.arg(m_path));
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return makeError(u"store_unwritable"_s, u"%1 cannot be opened for writing: %2"_s.arg(
                                                    m_path, db.lastError().text()));
    return Migrations::apply(db);
}

QString VenueDatabase::thisThreadsName() const
{
    return m_namePrefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

QSqlDatabase VenueDatabase::connection()
{
    const QString name = thisThreadsName();
    {
        QMutexLocker lock(&m_mutex);
        if (m_connectionNames.contains(name))
            return QSqlDatabase::database(name, false);
        m_connectionNames.append(name);
    }
    auto opened = openConnection(name);
    return opened ? *opened : QSqlDatabase::database(name, false);
}

void VenueDatabase::closeConnection()
{
    const QString name = thisThreadsName();
    QMutexLocker lock(&m_mutex);
    if (!m_connectionNames.removeOne(name))
        return;
    dropStatementCache(name);
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> VenueDatabase::openConnection(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!db.open())
        return makeError(u"store_unwritable"_s, db.lastError().text());
    QSqlQuery query(db);
    const QStringList pragmas{
        u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs),
        m_durability == Durability::Full ? u"PRAGMA synchronous = FULL"_s
                                         : u"PRAGMA synchronous = NORMAL"_s,
        // What a savepoint must be able to undo is kept in memory, not written to a temporary
        // file: every request of a round has its savepoint, and each page it changes was
        // otherwise written out twice.
        u"PRAGMA temp_store = MEMORY"_s,
    };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            const QString why = query.lastError().text();
            db.close();
            return makeError(u"store_unwritable"_s, why);
        }
    }
    enableStatementCache(name);
    return db;
}

} // namespace tableside
