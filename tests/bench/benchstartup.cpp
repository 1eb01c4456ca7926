#include "benchstartup.h"

#include "benchvenue.h"
#include "tablescreen.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace tableside::bench {

namespace {

struct Sample {
    double ms = -1;
    qint64 peakKiB = -1;
};

// Starts this program as a child and times it from start to its "first frame" line.
Sample timeChild(const QStringList &childArguments)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    child.start(QCoreApplication::applicationFilePath(), childArguments);
    Sample sample;
    QByteArray out;
    while (child.waitForReadyRead(30000)) {
        out += child.readAllStandardOutput();
        if (out.contains('\n')) {
            sample.ms = double(clock.nsecsElapsed()) / 1e6;
            sample.peakKiB = QJsonDocument::fromJson(out.left(out.indexOf('\n')))
                                 .object()[u"peakKiB"]
                                 .toInteger(-1);
            break;
        }
    }
    child.waitForFinished(10000);
    return sample;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? -1 : values.at(values.size() / 2);
}

void reportFirstFrame(QQuickWindow *window, const std::function<bool()> &ready)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [ready] {
        if (!ready())
            return;
        std::printf("{\"peakKiB\": %lld}\n", static_cast<long long>(peakRssKiB()));
        std::fflush(stdout);
        QCoreApplication::exit(0);
    });
}

} // namespace

int runStartupChild(int argc, char **argv, const QStringList &arguments)
{
    QGuiApplication app(argc, argv);
    if (arguments.value(0) == u"minimal"_s) {
        QQmlApplicationEngine engine;
        engine.loadData("import QtQuick\nWindow { width: 1280; height: 800; visible: true\n"
                        "Rectangle { anchors.fill: parent; color: \"#efe6d8\"\n"
                        "Text { anchors.centerIn: parent; text: \"Hello\" } } }");
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
        if (!window)
            return 1;
        reportFirstFrame(window, [] { return true; });
        return app.exec();
    }
    QElapsedTimer since;
    since.start();
    // TABLESIDE_BENCH_TRACE=1: where the child's time goes, on stderr.
    const bool trace = qEnvironmentVariableIsSet("TABLESIDE_BENCH_TRACE");
    auto mark = [&](const char *what) {
        if (trace)
            std::fprintf(stderr, "%8.1f ms  %s\n", double(since.nsecsElapsed()) / 1e6, what);
    };
    SystemClock clock;
    VenueClient client(clock);
    QObject::connect(&client, &VenueClient::stateChanged, &client, [&] { mark("state"); });
    client.connectTo(QUrl(arguments.value(1)), arguments.value(2));
    TableScreen table(client, u"en"_s);
    table.start(); // the menu, not the welcome screen
    mark("before show");
    if (!table.show())
        return 1;
    mark("shown");
    table.window()->resize(1280, 800);
    // The first frame drawn after the menu arrived (it may arrive while show() loads the QML).
    bool menuShown = table.menuReady();
    QObject::connect(&table, &TableScreen::menuLoaded, table.window(), [&] {
        menuShown = true;
        mark("menu loaded");
        table.window()->update();
    });
    QObject::connect(table.window(), &QQuickWindow::frameSwapped, &table, [&] { mark("frame"); });
    reportFirstFrame(table.window(), [&] { return menuShown; });
    return app.exec();
}

int runStartupBench(int argc, char **argv, const QStringList &arguments)
{
    QCoreApplication app(argc, argv);
    const int runs =
        std::max(1, arguments.value(arguments.indexOf(u"--runs"_s) + 1, u"5"_s).toInt());
    BenchVenue venue;
    if (const QString failed = venue.start(); !failed.isEmpty()) {
        QTextStream(stderr) << failed << '\n';
        return 1;
    }
    // The hub answers from this process while the children start.
    QList<double> minimalMs, tableMs;
    qint64 minimalPeak = 0, tablePeak = 0;
    for (int run = 0; run < runs; ++run) {
        const Sample minimal = timeChild({u"startup-child"_s, u"minimal"_s});
        // The hub must keep answering while the child waits for its menu: run it in an event loop
        // that sleeps until something happens, as a hub does (a polling loop would take a core
        // from the child on a small machine).
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QByteArray out;
        double ms = -1;
        qint64 peak = -1;
        QElapsedTimer clock;
        QEventLoop loop;
        QObject::connect(&child, &QProcess::readyReadStandardOutput, &loop, [&] {
            out += child.readAllStandardOutput();
            if (ms < 0 && out.contains('\n')) {
                ms = double(clock.nsecsElapsed()) / 1e6;
                peak = QJsonDocument::fromJson(out.left(out.indexOf('\n')))
                           .object()[u"peakKiB"]
                           .toInteger(-1);
            }
        });
        QObject::connect(&child, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&child, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
        QTimer::singleShot(40000, &loop, &QEventLoop::quit);
        clock.start();
        child.start(QCoreApplication::applicationFilePath(),
                    {u"startup-child"_s, u"table"_s, venue.url().toString(), venue.tableToken()});
        loop.exec();
        if (child.state() != QProcess::NotRunning) {
            child.kill();
            child.waitForFinished(1000);
        }
        if (minimal.ms < 0 || ms < 0) {
            QTextStream(stderr) << "a child did not draw its first frame\n";
            return 1;
        }
        minimalMs.append(minimal.ms);
        tableMs.append(ms);
        minimalPeak = std::max(minimalPeak, minimal.peakKiB);
        tablePeak = std::max(tablePeak, peak);
    }
    const double minimal = median(minimalMs), table = median(tableMs);
    const QJsonObject result{
        {u"bench"_s, u"startup"_s},
        {u"runs"_s, runs},
        {u"platform"_s, qEnvironmentVariable("QT_QPA_PLATFORM", u"default"_s)},
        {u"minimalFirstFrameMs"_s, minimal},
        {u"tableMenuFirstFrameMs"_s, table},
        {u"ratio"_s, table / minimal},
        {u"ratioTarget"_s, 2.5},
        {u"minimalPeakMiB"_s, double(minimalPeak) / 1024},
        {u"tablePeakMiB"_s, double(tablePeak) / 1024},
        {u"peakTargetMiB"_s, 120},
        {u"pass"_s, table <= 2.5 * minimal && tablePeak < 120 * 1024},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace tableside::bench
