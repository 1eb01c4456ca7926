// tableside: one program, several roles. This file only reads the command line and wires.
#include "commandline.h"
#include "screenshot.h"
#include "storeopening.h"
#include "tablescreen.h"

#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

constexpr int ExitRefused = 2;

int refuse(const QString &message)
{
    QTextStream(stderr) << "tableside: " << message << '\n';
    return ExitRefused;
}

int runSeed(const CommandLine &line)
{
    if (!line.has(u"db"_s))
        return refuse(u"seed needs --db FILE"_s);
    QString summary;
    auto store = openSeededStore(line.option(u"db"_s), &summary);
    if (!store)
        return refuse(store.error().message);
    QTextStream(stdout) << summary << '\n';
    return 0;
}

int runEmbedded(const CommandLine &line, QGuiApplication &app)
{
    Q_UNUSED(line)
    auto store = openSeededStore(defaultStorePath());
    if (!store)
        return refuse(store.error().message);
    TableScreen table(**store);
    if (auto shown = table.show(QLocale::system().name().left(2)); !shown)
        return refuse(shown.error().message);
    return app.exec();
}

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

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QHash<QString, QSet<QString>> commands{
        {QString(), {}},
        {u"seed"_s, {u"db"_s}},
        {u"screenshot"_s, {u"role"_s, u"screen"_s, u"lang"_s, u"size"_s, u"db"_s, u"out"_s}},
    };
    auto line = parseCommandLine(arguments, commands);
    if (!line) {
        QTextStream(stderr) << "tableside: " << line.error().message << "\n\n" << usage();
        return ExitRefused;
    }

    if (line->command == u"seed"_s) {
        QCoreApplication app(argc, argv);
        return runSeed(*line);
    }

    QCoreApplication::setApplicationName(u"tableside"_s);
    QCoreApplication::setOrganizationName(u"Tableside"_s);
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
    return runEmbedded(*line, app);
}
