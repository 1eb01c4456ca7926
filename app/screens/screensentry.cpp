// The graphical roles, loaded by the tableside executable only when a screen is wanted, so the
// headless hub never maps a GUI library. This file checks the arguments and dispatches.
#include "commandline.h"
#include "displaylanguage.h"
#include "exitcodes.h"
#include "roles.h"

#include <QApplication>
#include <QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)
Q_IMPORT_QML_PLUGIN(Tableside_KitchenPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_HostPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_OwnerPlugin)

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

// The screens each role can render: the first is the default.
const QHash<QString, QStringList> ScreensByRole{
    {u"table"_s,
     {u"menu"_s, u"welcome"_s, u"item"_s, u"order"_s, u"status"_s, u"rating"_s, u"visit"_s,
      u"chat"_s, u"ideas"_s, u"tips"_s}},
    {u"kitchen"_s, {u"tickets"_s, u"line"_s, u"recall"_s}},
    {u"host"_s, {u"floor"_s, u"chat"_s, u"pair"_s, u"table"_s, u"close"_s}},
    {u"owner"_s,
     {u"menu"_s, u"item"_s, u"preview"_s, u"history"_s, u"category"_s, u"lists"_s, u"voice"_s,
      u"tips"_s, u"tip"_s}},
};
const QStringList &Languages = displayLanguageCodes();

// Checked before any window system starts, so a bad argument gets one line and exit 2.
Result<ScreenshotRequest> screenshotRequest(const CommandLine &line)
{
    ScreenshotRequest request;
    request.role = line.option(u"role"_s, u"table"_s);
    if (!ScreensByRole.contains(request.role))
        return makeError(u"bad_arguments"_s,
                         u"screenshot knows --role table, kitchen, host or owner"_s);
    const QStringList screens = ScreensByRole[request.role];
    request.screen = line.option(u"screen"_s, screens.constFirst());
    if (!screens.contains(request.screen))
        return makeError(u"bad_arguments"_s, u"screenshot of the %1 knows --screen %2"_s.arg(
                                                 request.role, screens.join(u'|')));
    request.language = line.option(u"lang"_s, u"en"_s);
    if (!Languages.contains(request.language))
        return makeError(u"bad_arguments"_s, u"--lang is one of en, el, ar, fa"_s);
    if (!line.has(u"out"_s))
        return makeError(u"bad_arguments"_s, u"screenshot needs --out FILE.png"_s);
    request.out = line.option(u"out"_s);
    request.size = QSize(1280, 800);
    if (line.has(u"size"_s)) {
        const QStringList parts = line.option(u"size"_s).split(u'x');
        request.size = parts.size() == 2 ? QSize(parts[0].toInt(), parts[1].toInt()) : QSize();
        if (request.size.width() < 320 || request.size.height() < 320)
            return makeError(u"bad_arguments"_s, u"--size wants WIDTHxHEIGHT, at least 320x320"_s);
    }
    request.db = line.option(u"db"_s);
    request.station = line.option(u"station"_s);
    const QString orientation = line.option(u"orientation"_s, u"landscape"_s);
    if (orientation != u"landscape"_s && orientation != u"portrait"_s)
        return makeError(u"bad_arguments"_s, u"--orientation is portrait or landscape"_s);
    request.portrait = orientation == u"portrait"_s;
    return request;
}

int runScreenshot(int argc, char **argv, const CommandLine &line)
{
    auto request = screenshotRequest(line);
    if (!request)
        return refuse(request.error().message);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the owner's charts (Qt Charts) need Qt Widgets' application
    if (request->role == u"kitchen"_s)
        return screenshotKitchen(*request);
    if (request->role == u"host"_s)
        return screenshotHost(*request);
    if (request->role == u"owner"_s)
        return screenshotOwner(*request);
    return screenshotTable(*request);
}

} // namespace

extern "C" Q_DECL_EXPORT int tablesideRunScreen(int argc, char **argv, const CommandLine *line)
{
    if (line->command == u"screenshot"_s)
        return runScreenshot(argc, argv, *line);
    if (line->command == u"table"_s || line->command.isEmpty()) // a kiosk table has no keyboard
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    // A QApplication for every role: the owner's charts (Qt Charts) need one, and any screen may
    // open the owner's editor.
    QApplication app(argc, argv);
    if (line->command == u"table"_s)
        return runTableRole(app, *line);
    if (line->command == u"kitchen"_s)
        return runKitchenRole(app, *line);
    if (line->command == u"host"_s)
        return runHostRole(app, *line);
    if (line->command == u"owner"_s)
        return runOwnerRole(app, *line);
    return runEmbedded(app);
}
