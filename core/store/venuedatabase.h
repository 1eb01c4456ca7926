#pragma once
// The venue store: one SQLite file, checked before anything touches it, migrated at start-up,
// with one named connection per thread.

#include "result.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tableside {

class VenueDatabase {
public:
    // Full: every commit is on disk before it returns (the hub); Normal: fine for caches.
    enum class Durability { Normal, Full };

    explicit VenueDatabase(QString path, Durability durability = Durability::Full);
    ~VenueDatabase();
    VenueDatabase(const VenueDatabase &) = delete;
    VenueDatabase &operator=(const VenueDatabase &) = delete;

    // Refuses a file that is not ours (not SQLite, another application's, a newer schema)
    // without writing a byte to it; otherwise creates or migrates it.
    Result<void> open();

    // This thread's connection, opened on first use with the store's PRAGMAs.
    QSqlDatabase connection();
    // Closes this thread's connection. A thread that ends before the store does calls it once
    // nothing it made uses the connection any more: only its own thread may close it.
    void closeConnection();

    QString path() const { return m_path; }

    // Reads only: is the file at path absent, empty, or a Tableside store we can migrate?
    static Result<void> checkFileIsOurs(const QString &path);

private:
    QString thisThreadsName() const;
    Result<QSqlDatabase> openConnection(const QString &name);

    QString m_path;
    Durability m_durability;
    QString m_namePrefix;
    QMutex m_mutex;
    QStringList m_connectionNames;
};

} // namespace tableside
