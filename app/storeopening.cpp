#include "storeopening.h"

#include "demovenue.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tableside {

Result<std::unique_ptr<VenueDatabase>> openStore(const QString &path)
{
    auto store = std::make_unique<VenueDatabase>(path);
    if (auto opened = store->open(); !opened)
        return opened.error();
    return store;
}

Result<void> seedDemoVenue(VenueDatabase &store, QString *summary)
{
    QFile demo(u":/demo/venue.json"_s);
    if (!demo.open(QIODevice::ReadOnly))
        return makeError(u"demo_missing"_s, u"The demo venue is missing from this build."_s);
    auto seeded = DemoVenue::seedIfEmpty(store.connection(), demo.readAll());
    if (!seeded)
        return seeded.error();
    if (summary) {
        *summary = u"%1 %2: %3 categories, %4 items, %5 tables"_s
                       .arg(seeded->loaded ? u"seeded"_s : u"already has a venue,"_s, store.path())
                       .arg(seeded->categories)
                       .arg(seeded->items)
                       .arg(seeded->tables);
    }
    return {};
}

Result<std::unique_ptr<VenueDatabase>> openSeededStore(const QString &path, QString *summary)
{
    auto store = openStore(path);
    if (!store)
        return store;
    if (auto seeded = seedDemoVenue(**store, summary); !seeded)
        return seeded.error();
    return store;
}

Result<std::unique_ptr<QLockFile>> claimVenue(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + u".hub-lock"_s);
    lock->setStaleLockTime(0); // only a dead holder's lock is stale, however long it ran
    if (lock->tryLock(0))
        return lock;
    qint64 pid = 0;
    QString host, application;
    lock->getLockInfo(&pid, &host, &application);
    return makeError(u"venue_busy"_s,
                     u"another hub (process %1) is serving %2; stop it first, or change the menu "
                     u"from the owner's screen"_s.arg(pid)
                         .arg(path));
}

QString defaultStorePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(u"venue.sqlite"_s);
}

} // namespace tableside
