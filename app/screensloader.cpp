#include "screensloader.h"

#include "exitcodes.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

using namespace Qt::StringLiterals;

namespace tableside {

int runScreens(int argc, char **argv, const CommandLine &line)
{
    // No QCoreApplication exists yet (the module makes a QGuiApplication): find our own folder.
    const QDir here = QFileInfo(u"/proc/self/exe"_s).canonicalFilePath().isEmpty()
                          ? QDir::current()
                          : QFileInfo(QFileInfo(u"/proc/self/exe"_s).canonicalFilePath()).dir();
    const QStringList candidates{here.filePath(u"libtableside_screens.so"_s),
                                 here.filePath(u"../lib/tableside/libtableside_screens.so"_s)};
    QString tried;
    for (const QString &path : candidates) {
        if (!QFileInfo::exists(path))
            continue;
        QLibrary module(path);
        using Entry = int (*)(int, char **, const CommandLine *);
        if (auto entry = reinterpret_cast<Entry>(module.resolve("tablesideRunScreen")))
            return entry(argc, argv, &line);
        tried = module.errorString();
    }
    return refuse(tried.isEmpty() ? u"the screens module (libtableside_screens.so) is missing"_s
                                  : u"the screens module cannot be loaded: %1"_s.arg(tried));
}

} // namespace tableside
