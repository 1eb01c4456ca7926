#pragma once
// The command line contract: `tableside [COMMAND] [--option value ...]`.

#include "result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace tableside {

struct CommandLine {
    QString command; // empty: the embedded venue
    QHash<QString, QString> options;

    QString option(const QString &name, const QString &fallback = {}) const
    {
        return options.value(name, fallback);
    }
    bool has(const QString &name) const { return options.contains(name); }
};

// Splits arguments into a command and its options, refusing options the command does not take.
Result<CommandLine> parseCommandLine(const QStringList &arguments,
                                     const QHash<QString, QSet<QString>> &optionsByCommand);

QString usage();

} // namespace tableside
