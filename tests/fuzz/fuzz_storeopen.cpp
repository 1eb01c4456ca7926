// Any file given to the hub as its venue database (`tableside hub --db FILE`), opened as the hub
// opens it (openStore): a file that is not ours is refused with an error, never a crash; one
// that is ours is migrated and its venue read.

#include "storeopening.h"
#include "venuerepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {
QTemporaryDir *folder = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv); // the SQL driver is a plugin
    static QTemporaryDir scratch;              // removed at exit
    folder = &scratch;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString path = folder->filePath(u"venue.sqlite"_s);
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size)) !=
            static_cast<qint64>(size)) {
        qCritical("fuzz_storeopen: cannot write %s", qPrintable(path));
        std::abort();
    }
    file.close();
    auto store = openStore(path);
    if (store)
        (void)VenueRepository((*store)->connection()).load();
    return 0;
}
