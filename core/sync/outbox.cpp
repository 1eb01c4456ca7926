#include "outbox.h"

#include "sqlstatement.h"
#include "storedtime.h"
#include "timeorderedkey.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>

#include <atomic>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

Q_LOGGING_CATEGORY(lcOutbox, "tableside.sync")

std::atomic<int> nextInstance{1};
constexpr int SchemaVersion = 1;
constexpr qsizetype MaxKeyLength = 64; // PROTOCOL.md: keys are 1-64 characters

} // namespace

Outbox::Outbox(QString path, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_clock(clock)
    , m_connectionName(u"tableside-outbox-%1"_s.arg(nextInstance++))
{}

Outbox::~Outbox()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> Outbox::open()
{
    if (m_open)
        return {};
    const QFileInfo info(m_path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return makeError(u"outbox_unwritable"_s,
                         u"The folder for the outbox %1 cannot be created."_s.arg(m_path));

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open())
        return makeError(u"outbox_unwritable"_s, u"The outbox %1 cannot be opened: %2"_s.arg(
                                                     m_path, db.lastError().text()));

    auto appId = scalarSql(db, u"PRAGMA application_id"_s);
    auto objects = scalarSql(db, u"SELECT count(*) FROM sqlite_master"_s);
    if (!appId || !objects) {
        db.close();
        return makeError(u"outbox_unreadable"_s,
                         u"The outbox %1 could not be read as a database."_s.arg(m_path));
    }
    const qint64 id = appId->toLongLong();
    if (id != ApplicationId && (id != 0 || objects->toLongLong() != 0)) {
        db.close();
        return makeError(u"foreign_database"_s,
                         u"%1 is not a Tableside outbox; it was left untouched."_s.arg(m_path));
    }

    // An order the device has accepted from the diner must survive a power cut, not only a crash.
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s}) {
        if (auto done = runSql(db, pragma); !done) {
            db.close();
            return done.error();
        }
    }
    if (auto schema = createSchema(db); !schema) {
        db.close();
        return schema;
    }
    m_open = true;
    refreshCount();
    return {};
}

Result<void> Outbox::createSchema(const QSqlDatabase &db)
{
    Transaction tx(db);
    // The autoincrement id, not created_at, gives the order: a device clock may be set back.
    for (const QString &sql : {
             u"CREATE TABLE IF NOT EXISTS outbox ("
             u" id INTEGER PRIMARY KEY AUTOINCREMENT,"
             u" key TEXT NOT NULL UNIQUE,"
             u" op TEXT NOT NULL,"
             u" args TEXT NOT NULL,"
             u" created_at TEXT NOT NULL)"_s,
             u"PRAGMA application_id = %1"_s.arg(ApplicationId),
             u"PRAGMA user_version = %1"_s.arg(SchemaVersion),
         }) {
        if (auto done = runSql(db, sql); !done)
            return done.error();
    }
    return tx.commit();
}

Result<QString> Outbox::enqueue(const QString &op, QJsonObject args)
{
    if (!m_open)
        return makeError(u"outbox_closed"_s, u"The outbox is not open."_s);
    if (op.isEmpty())
        return makeError(u"bad_request"_s, u"A command needs an operation."_s);

    QString key;
    if (const QJsonValue given = args.value("key"_L1); !given.isUndefined()) {
        key = given.toString();
        if (!given.isString() || key.isEmpty() || key.size() > MaxKeyLength)
            return makeError(u"bad_request"_s,
                             u"The command's key must be text of 1 to 64 characters."_s);
    } else {
        key = timeOrderedKey(m_clock.now(), *QRandomGenerator::global());
        args.insert("key"_L1, key);
    }

    const QString createdAt = storedTime(m_clock.now());
    const QByteArray json = QJsonDocument(args).toJson(QJsonDocument::Compact);
    auto inserted = runSql(QSqlDatabase::database(m_connectionName, false),
                           u"INSERT OR IGNORE INTO outbox (key, op, args, created_at) "
                           u"VALUES (?, ?, ?, ?)"_s,
                           {key, op, QString::fromUtf8(json), createdAt});
    if (!inserted) {
        qCWarning(lcOutbox) << "outbox: could not store" << op << inserted.error().message;
        return makeError(
            u"outbox_unwritable"_s,
            u"The order could not be saved on this tablet: %1"_s.arg(inserted.error().message));
    }
    if (inserted->numRowsAffected() > 0) {
        qCDebug(lcOutbox) << "outbox: stored" << op << key;
        refreshCount();
        emit enqueued(key);
    }
    return key;
}

Result<QList<OutboxEntry>> Outbox::pending() const
{
    if (!m_open)
        return makeError(u"outbox_closed"_s, u"The outbox is not open."_s);
    auto rows = runSql(QSqlDatabase::database(m_connectionName, false),
                       u"SELECT key, op, args, created_at FROM outbox ORDER BY id"_s);
    if (!rows)
        return rows.error();
    QList<OutboxEntry> entries;
    SqlStatement &q = rows.value();
    while (q.next()) {
        OutboxEntry entry;
        entry.key = q.value(0).toString();
        entry.op = q.value(1).toString();
        entry.args = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        entry.createdAt = timeFromStore(q.value(3));
        entries.append(std::move(entry));
    }
    return entries;
}

Result<void> Outbox::remove(const QString &key)
{
    if (!m_open)
        return makeError(u"outbox_closed"_s, u"The outbox is not open."_s);
    auto removed = runSql(QSqlDatabase::database(m_connectionName, false),
                          u"DELETE FROM outbox WHERE key = ?"_s, {key});
    if (!removed)
        return removed.error();
    refreshCount();
    return {};
}

void Outbox::refreshCount()
{
    auto count = scalarSql(QSqlDatabase::database(m_connectionName, false),
                           u"SELECT count(*) FROM outbox"_s);
    const int now = count ? count->toInt() : m_pendingCount;
    if (now != m_pendingCount) {
        m_pendingCount = now;
        emit pendingCountChanged();
    }
}

} // namespace tableside
