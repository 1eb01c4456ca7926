// tableside-bench: benchmarks that print one JSON object on stdout.
#include "benchhub.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(2);
    const QString what = app.arguments().value(1);
    if (what == u"hub"_s)
        return tableside::bench::runHubBench(arguments);
    QTextStream(stderr) << "usage: tableside-bench hub [--tablets N] [--orders M]\n";
    return 2;
}
