// The graphical roles, loaded by the tableside executable only when a screen is wanted, so the
// headless hub never maps a GUI library.
#include "commandline.h"
#include "exitcodes.h"
#include "screenshot.h"
#include "storeopening.h"
#include "tablescreen.h"

#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTemporaryDir>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

struct ScreenshotRequest {
    QString language;
    QSize size;
    QString out;
    QString db;
};

// Checked before any window system starts, so a bad argument gets one line and exit 2.
Result<ScreenshotRequest> screenshotRequest(const CommandLine &line)
{
    if (!line.has(u"out"_s))
        return makeError(u"bad_arguments"_s, u"screenshot needs --out FILE.png"_s);
    if (line.option(u"role"_s, u"table"_s) != u"table"_s)
        return makeError(u"bad_arguments"_s, u"screenshot knows --role table"_s);
    if (line.option(u"screen"_s, u"menu"_s) != u"menu"_s)
        return makeError(u"bad_arguments"_s, u"screenshot of the table knows --screen menu"_s);
    QSize size(1280, 800);
    if (line.has(u"size"_s)) {
        const QStringList parts = line.option(u"size"_s).split(u'x');
        size = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
        if (size.width() < 320 || size.height() < 320)
            return makeError(u"bad_arguments"_s, u"--size wants WIDTHxHEIGHT, at least 320x320"_s);
    }
    return ScreenshotRequest{line.option(u"lang"_s, u"en"_s), size, line.option(u"out"_s),
                             line.option(u"db"_s)};
}

int runScreenshot(const ScreenshotRequest &request)
{
    QTemporaryDir scratch;
    const QString dbPath =
        request.db.isEmpty() ? scratch.filePath(u"screenshot-venue.sqlite"_s) : request.db;
    auto store = openSeededStore(dbPath);
    if (!store)
        return refuse(store.error().message);
    TableScreen table(**store);
    if (auto shown = table.show(request.language); !shown)
        return refuse(shown.error().message);
    table.window()->resize(request.size);
    if (auto saved = saveScreenshot(table.window(), request.out); !saved)
        return refuse(saved.error().message);
    return 0;
}

int runEmbedded(QGuiApplication &app)
{
    auto store = openSeededStore(defaultStorePath());
    if (!store)
        return refuse(store.error().message);
    TableScreen table(**store);
    if (auto shown = table.show(QLocale::system().name().left(2)); !shown)
        return refuse(shown.error().message);
    return app.exec();
}

} // namespace

extern "C" Q_DECL_EXPORT int tablesideRunScreen(int argc, char **argv, const CommandLine *line)
{
    if (line->command == u"screenshot"_s) {
        auto request = screenshotRequest(*line);
        if (!request)
            return refuse(request.error().message);
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return runScreenshot(*request);
    }
    QGuiApplication app(argc, argv);
    return runEmbedded(app);
}
