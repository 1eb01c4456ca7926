#pragma once
// Files the store must refuse without changing a byte: shared by the store and CLI tests.

#include "migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUuid>

namespace tableside::testing {

enum class BadStore { NotSqlite, OtherApplication, NewerSchema };

inline bool writeBadStore(BadStore kind, const QString &path)
{
    if (kind == BadStore::NotSqlite) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("Ticket 42, table 7: two coffees, one baklava.\nThis is not a database.\n");
        return true;
    }
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (kind == BadStore::OtherApplication) {
                ok = q.exec(QStringLiteral(
                         "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")) &&
                     q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('buy milk')"));
            } else {
                ok = q.exec(QStringLiteral("CREATE TABLE venue (id INTEGER PRIMARY KEY)")) &&
                     q.exec(QStringLiteral("PRAGMA application_id = %1")
                                .arg(Migrations::ApplicationId)) &&
                     q.exec(QStringLiteral("PRAGMA user_version = %1")
                                .arg(Migrations::latestVersion() + 1));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace tableside::testing
