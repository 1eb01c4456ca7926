#include "benchframes.h"

#include "../support/quickitems.h"
#include "benchvenue.h"
#include "machinesteal.h"
#include "tablescreen.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside::bench {

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype at = std::min(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(at);
}

QString option(const QStringList &arguments, const QString &name, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 ? arguments.value(at + 1, fallback) : fallback;
}

// The scene graph backend the window really uses (offscreen, it falls back to software).
QString rendererName(QQuickWindow *window)
{
    switch (window->rendererInterface()->graphicsApi()) {
    case QSGRendererInterface::Software:
        return u"software"_s;
    case QSGRendererInterface::OpenGL:
        return u"opengl"_s;
    case QSGRendererInterface::Vulkan:
        return u"vulkan"_s;
    default:
        return QString::number(int(window->rendererInterface()->graphicsApi()));
    }
}

} // namespace

int runFramesBench(int argc, char **argv, const QStringList &arguments)
{
    QGuiApplication app(argc, argv);
    const int dishes = std::max(10, option(arguments, u"--dishes"_s, u"300"_s).toInt());
    const int frames = std::max(60, option(arguments, u"--frames"_s, u"900"_s).toInt());
    BenchVenue venue(dishes);
    if (const QString failed = venue.start(); !failed.isEmpty()) {
        QTextStream(stderr) << failed << '\n';
        return 1;
    }
    SystemClock clock;
    VenueClient client(clock);
    client.connectTo(venue.url(), venue.tableToken());
    TableScreen table(client, u"en"_s);
    table.start();
    if (!table.show())
        return 1;
    QQuickWindow *window = table.window();
    window->resize(1280, 800);
    QElapsedTimer waited;
    waited.start();
    while (!table.menuReady() && waited.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    QQuickItem *grid =
        table.menuReady() ? testing::findItem(window->contentItem(), u"dishGrid"_s) : nullptr;
    if (!grid) {
        QTextStream(stderr) << "the menu did not appear\n";
        return 1;
    }
    const int shown = grid->property("count").toInt();

    // Scroll like a steady flick, 2400 px/s at 60 Hz, end to end and back, one step a frame.
    // A frame's time is its work: from the start of the frame's animation step to its swap.
    QList<double> frameMs, intervalMs;
    QElapsedTimer frameClock, intervalClock;
    int direction = 1;
    QObject::connect(
        window, &QQuickWindow::beforeFrameBegin, window, [&] { frameClock.start(); },
        Qt::DirectConnection);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        if (frameClock.isValid())
            frameMs.append(double(frameClock.nsecsElapsed()) / 1e6);
        if (intervalClock.isValid())
            intervalMs.append(double(intervalClock.nsecsElapsed()) / 1e6);
        intervalClock.start();
        const double maxY = grid->property("contentHeight").toDouble() - grid->height();
        double y = grid->property("contentY").toDouble() + direction * 40.0;
        if (y >= maxY || y <= 0)
            direction = -direction;
        grid->setProperty("contentY", std::clamp(y, 0.0, std::max(0.0, maxY)));
        if (frameMs.size() < frames)
            window->update();
        else
            QCoreApplication::exit(0);
    });
    StealMeter steal;
    window->update();
    app.exec();
    const double stealPercent = steal.percent();

    const double p99 = percentile(frameMs, 0.99);
    const QJsonObject result{
        {u"bench"_s, u"frames"_s},
        {u"platform"_s, QGuiApplication::platformName()},
        {u"renderer"_s, rendererName(window)},
        {u"dishes"_s, shown},
        {u"frames"_s, int(frameMs.size())},
        {u"frameP50Ms"_s, percentile(frameMs, 0.5)},
        {u"frameP99Ms"_s, p99},
        {u"frameMaxMs"_s, percentile(frameMs, 1.0)},
        {u"intervalP99Ms"_s, percentile(intervalMs, 0.99)},
        {u"p99TargetMs"_s, 16.7},
        {u"pass"_s, p99 <= 16.7},
        {u"peakMiB"_s, double(peakRssKiB()) / 1024},
        {u"stealPercent"_s, stealPercent},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace tableside::bench
