// tableside: one program, several roles. This file only reads the command line and dispatches;
// headless roles run here, graphical ones in the screens module.
#include "commandline.h"
#include "exitcodes.h"
#include "hubcommand.h"
#include "menucommand.h"
#include "paircommand.h"
#include "screensloader.h"
#include "storeopening.h"

#include <QCoreApplication>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

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

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    // A normal run keeps stderr for what someone must act on; --verbose (or QT_LOGGING_RULES,
    // which wins over these rules) shows what each part is doing.
    if (!arguments.removeAll(u"--verbose"_s))
        QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false"_s);
    if (arguments.contains(u"--version"_s)) {
        QTextStream(stdout) << "tableside " << TABLESIDE_VERSION << '\n';
        return 0;
    }
    if (arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s)) {
        QTextStream(stdout) << usage();
        return 0;
    }
    const QHash<QString, CommandSpec> commands{
        {QString(), {}},
        {u"hub"_s, {{u"listen"_s, u"db"_s}, {u"demo"_s}}},
        {u"seed"_s, {{u"db"_s}, {}}},
        {u"menu"_s, {{u"db"_s, u"out"_s, u"in"_s}, {}, {u"export"_s, u"import"_s}}},
        {u"pair"_s, {{u"hub"_s, u"device-token"_s, u"role"_s, u"table"_s, u"station"_s}, {}}},
        {u"table"_s, {{u"hub"_s, u"table"_s, u"device-token"_s, u"pair"_s, u"lang"_s}, {}}},
        {u"kitchen"_s, {{u"hub"_s, u"station"_s, u"device-token"_s, u"pair"_s, u"lang"_s}, {}}},
        {u"host"_s, {{u"hub"_s, u"device-token"_s, u"pair"_s, u"lang"_s}, {}}},
        {u"owner"_s, {{u"hub"_s, u"device-token"_s, u"pair"_s, u"lang"_s}, {}}},
        {u"screenshot"_s,
         {{u"role"_s, u"screen"_s, u"lang"_s, u"size"_s, u"db"_s, u"out"_s, u"station"_s,
           u"orientation"_s},
          {}}},
    };
    auto line = parseCommandLine(arguments, commands);
    if (!line) {
        QTextStream(stderr) << "tableside: " << line.error().message << "\n\n" << usage();
        return ExitRefused;
    }
    QCoreApplication::setApplicationName(u"tableside"_s);
    QCoreApplication::setOrganizationName(u"Tableside"_s);

    if (line->command == u"hub"_s)
        return runHub(argc, argv, *line);
    if (line->command == u"menu"_s)
        return runMenu(argc, argv, *line);
    if (line->command == u"pair"_s)
        return runPair(argc, argv, *line);
    if (line->command == u"seed"_s) {
        QCoreApplication app(argc, argv);
        return runSeed(*line);
    }
    if (line->command != u"screenshot"_s)
        if (auto checked = checkScreenArguments(*line); !checked)
            return refuse(checked.error().message);
    return runScreens(argc, argv, *line);
}
