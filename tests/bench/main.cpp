// tableside-bench: benchmarks that print one JSON object on stdout. Each subcommand lives in its
// own file; this one only dispatches.
#include "benchevening.h"
#include "benchframes.h"
#include "benchhub.h"
#include "benchpublish.h"
#include "benchrecommend.h"
#include "benchstartup.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlExtensionPlugin>
#include <QTextStream>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 2; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const QString what = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    // Screens are measured offscreen unless the caller asks for a real window system.
    if (what != u"hub"_s && what != u"publish"_s && what != u"recommend"_s &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (what == u"startup"_s)
        return tableside::bench::runStartupBench(argc, argv, arguments);
    if (what == u"startup-child"_s)
        return tableside::bench::runStartupChild(argc, argv, arguments);
    if (what == u"frames"_s)
        return tableside::bench::runFramesBench(argc, argv, arguments);
    if (what == u"hub"_s) {
        QCoreApplication app(argc, argv);
        QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false"_s); // only the figures
        return tableside::bench::runHubBench(app.arguments().mid(2));
    }
    if (what == u"publish"_s) {
        QCoreApplication app(argc, argv);
        QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false"_s); // only the figures
        return tableside::bench::runPublishBench(app.arguments().mid(2));
    }
    if (what == u"recommend"_s) {
        QCoreApplication app(argc, argv);
        QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false"_s); // only the figures
        return tableside::bench::runRecommendBench(app.arguments().mid(2));
    }
    if (what == u"evening"_s) {
        // The kitchen's and the floor's view-models, offscreen, without their windows.
        QGuiApplication app(argc, argv);
        QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false"_s); // only the figures
        return tableside::bench::runEveningBench(app.arguments().mid(2));
    }
    QTextStream(stderr) << "usage: tableside-bench hub [--tablets N] [--orders M] [--rounds R]\n"
                           "       tableside-bench publish [--tables N] [--dishes D] "
                           "[--publishes M]\n"
                           "       tableside-bench recommend [--lines N] [--dishes D] "
                           "[--lookups M]\n"
                           "       tableside-bench evening [--tables N] [--hours H] [--speed S] "
                           "[--sessions N]\n"
                           "       tableside-bench startup [--runs N]\n"
                           "       tableside-bench frames [--dishes N] [--frames M]\n";
    return 2;
}
