#pragma once
// Numbered schema migrations. Each runs once, in order, inside one transaction with the
// PRAGMA user_version bump, so a crash leaves the file at the old version or the new one.

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace tableside {

struct Migration {
    int version;
    QString name;
    QStringList statements;
};

class Migrations {
public:
    // "TBLS": marks a SQLite file as a Tableside venue store (PRAGMA application_id).
    static constexpr qint32 ApplicationId = 0x54424C53;

    static const QList<Migration> &all();
    static int latestVersion();

    // Brings db from its current user_version to latestVersion().
    static Result<void> apply(QSqlDatabase &db);
};

} // namespace tableside
