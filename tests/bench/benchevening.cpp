// `tableside-bench evening`: a whole evening's service played against `tableside hub` in its own
// process (eveningrun.h), its memory, descriptors, database and log sampled from outside, and one
// JSON object of what it did and whether the soak's targets held. README.md says what each figure
// means.
#include "benchevening.h"

#include "eveningrun.h"

#include <QJsonDocument>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace tableside::bench {

int runEveningBench(const QStringList &arguments)
{
    EveningOptions options;
    options.hubBinary = QStringLiteral(TABLESIDE_BINARY);
    bool numbersOk = true;
    for (qsizetype i = 0; i + 1 < arguments.size(); i += 2) {
        const QString &name = arguments[i];
        const QString &value = arguments[i + 1];
        bool ok = true;
        if (name == u"--tables"_s)
            options.plan.tables = value.toInt(&ok);
        else if (name == u"--hours"_s)
            options.plan.hours = value.toDouble(&ok);
        else if (name == u"--speed"_s)
            options.plan.speed = value.toDouble(&ok);
        else if (name == u"--sessions"_s)
            options.plan.sessions = value.toInt(&ok);
        else if (name == u"--seed"_s)
            options.plan.seed = value.toUInt(&ok);
        else if (name == u"--sample-ms"_s)
            options.sampleMs = value.toInt(&ok);
        else if (name == u"--hub-binary"_s)
            options.hubBinary = value;
        else
            ok = false;
        numbersOk = numbersOk && ok;
    }
    const EveningPlan &plan = options.plan;
    if (!numbersOk || arguments.size() % 2 != 0 || plan.tables <= 0 || plan.hours <= 0 ||
        plan.speed < 0 || plan.sessions < 0 || options.sampleMs <= 0 ||
        (plan.speed == 0 && plan.sessions == 0)) {
        QTextStream(stderr)
            << "usage: tableside-bench evening [--tables N] [--hours H] [--speed S] "
               "[--sessions N] [--seed N] [--sample-ms MS] [--hub-binary PATH]\n"
               "  an evening of H hours (8) at S times its pace (100; 0: each step as soon as "
               "the one before is done, which wants --sessions) over N tables (30), seating at "
               "most --sessions parties (0: as many as the hours allow)\n";
        return 2;
    }
    const EveningFigures figures = runEvening(options);
    QTextStream(stdout) << QJsonDocument(figures.toJson()).toJson(QJsonDocument::Compact) << '\n';
    if (!figures.failure.isEmpty())
        QTextStream(stderr) << "tableside-bench evening: " << figures.failure << '\n';
    return figures.failure.isEmpty() && figures.lost == 0 && figures.duplicated == 0 ? 0 : 1;
}

} // namespace tableside::bench
