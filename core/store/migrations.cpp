#include "migrations.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tableside {

QStringList schemaVersion1();  // schema_v1.cpp
QStringList schemaVersion2();  // schema_v2.cpp
QStringList schemaVersion3();  // schema_v3.cpp
QStringList schemaVersion4();  // schema_v4.cpp
QStringList schemaVersion5();  // schema_v5.cpp
QStringList schemaVersion6();  // schema_v6.cpp
QStringList schemaVersion7();  // schema_v7.cpp
QStringList schemaVersion8();  // schema_v8.cpp
QStringList schemaVersion9();  // schema_v9.cpp
QStringList schemaVersion10(); // schema_v10.cpp
QStringList schemaVersion11(); // schema_v11.cpp
QStringList schemaVersion12(); // schema_v12.cpp

const QList<Migration> &Migrations::all()
{
    static const QList<Migration> migrations{
        {1, u"the venue: menu, tables, devices, staff, orders, chat, feedback, events"_s,
         schemaVersion1()},
        {2, u"when a kitchen station is behind: its threshold and the hub's verdicts"_s,
         schemaVersion2()},
        {3, u"chat messages keyed against resending; open order lines found by status"_s,
         schemaVersion3()},
        {4, u"an order's status checked without a temporary table"_s, schemaVersion4()},
        {5, u"the demo photos named as the JPEG files that ship"_s, schemaVersion5()},
        {6, u"a pairing code names its kitchen station"_s, schemaVersion6()},
        {7, u"the owner's menu: versions, drafts, windows, hidden and counted dishes"_s,
         schemaVersion7()},
        {8, u"the venue's photo library and time zone"_s, schemaVersion8()},
        {9, u"guests' ratings: a dish once per visit, the visit's card, the retention period"_s,
         schemaVersion9()},
        {10, u"recommendations: the owner's picks, counted when shown and ordered"_s,
         schemaVersion10()},
        {11, u"the ideas board: statuses, the owner's answers, merged ideas"_s, schemaVersion11()},
        {12, u"explore the area: the owner's local tips"_s, schemaVersion12()},
    };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

static Result<int> userVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return makeError(u"store_unreadable"_s, query.lastError().text());
    return query.value(0).toInt();
}

Result<void> Migrations::apply(QSqlDatabase &db)
{
    auto current = userVersion(db);
    if (!current)
        return current.error();
    if (*current >= latestVersion())
        return {};

    // A migration may rebuild a table others refer to (schema 4 does), which SQLite allows only
    // with foreign keys off; they are checked before the commit and turned on again after it.
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA foreign_keys = OFF"_s) || !db.transaction())
        return makeError(u"migration_failed"_s, db.lastError().text());
    const auto foreignKeysOn = qScopeGuard([&query] { query.exec(u"PRAGMA foreign_keys = ON"_s); });
    for (const Migration &migration : all()) {
        if (migration.version <= *current)
            continue;
        for (const QString &statement : migration.statements) {
            if (!query.exec(statement)) {
                const QString why = query.lastError().text();
                db.rollback();
                return makeError(u"migration_failed"_s,
                                 u"Schema migration %1 (%2) failed: %3"_s.arg(migration.version)
                                     .arg(migration.name, why));
            }
        }
    }
    if (!query.exec(u"PRAGMA foreign_key_check"_s) || query.next()) {
        const QString why = query.isActive()
                                ? u"row %1 of %2 refers to nothing"_s.arg(query.value(1).toString(),
                                                                          query.value(0).toString())
                                : query.lastError().text();
        db.rollback();
        return makeError(u"migration_failed"_s,
                         u"The migrated schema breaks a reference: %1"_s.arg(why));
    }
    // Both PRAGMAs write the file header inside this transaction: all or nothing.
    const bool stamped = query.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId)) &&
                         query.exec(u"PRAGMA user_version = %1"_s.arg(latestVersion()));
    if (!stamped || !db.commit()) {
        const QString why = query.lastError().text() + db.lastError().text();
        db.rollback();
        return makeError(u"migration_failed"_s,
                         u"Could not finish the schema migration: %1"_s.arg(why));
    }
    return {};
}

} // namespace tableside
