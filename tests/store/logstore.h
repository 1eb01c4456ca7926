#pragma once
// A store in a temporary directory that commits as the hub's does (synchronous=NORMAL, its
// write-ahead log synced apart): for the tests of that log, its syncer and its room.

#include "sqlstatement.h"
#include "venuedatabase.h"

#include <QTemporaryDir>

namespace tableside::testing {

struct LogStore {
    QTemporaryDir dir;
    VenueDatabase store{dir.filePath(QStringLiteral("venue.sqlite")),
                        VenueDatabase::Durability::Normal};

    // Opens it and, given its columns, makes its one table, t.
    bool open(const QString &columns = {})
    {
        return store.open().ok() &&
               (columns.isEmpty() ||
                runSql(store.connection(), QStringLiteral("CREATE TABLE t (%1)").arg(columns))
                    .ok());
    }

    QString logPath() const { return store.path() + QStringLiteral("-wal"); }
};

} // namespace tableside::testing
