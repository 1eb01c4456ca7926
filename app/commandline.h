#pragma once
// The command line contract: `tableside [COMMAND] [--option value | --flag ...]`.

#include "result.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace tableside {

// What one command accepts: options that take a value, and flags that stand alone; a command
// with actions takes one of them right after its name (`tableside menu export`).
struct CommandSpec {
    QSet<QString> options;
    QSet<QString> flags;
    QStringList actions = {};
};

struct CommandLine {
    QString command; // empty: the embedded venue
    QString action;  // for a command with actions
    QHash<QString, QString> options;
    QSet<QString> flags;

    QString option(const QString &name, const QString &fallback = {}) const
    {
        return options.value(name, fallback);
    }
    bool has(const QString &name) const { return options.contains(name); }
    bool flag(const QString &name) const { return flags.contains(name); }
};

// Splits arguments into a command and its options, refusing what the command does not take.
Result<CommandLine> parseCommandLine(const QStringList &arguments,
                                     const QHash<QString, CommandSpec> &commands);

QString usage();

// The table --table names: a number from 1, else 0.
int tableOption(const CommandLine &line);

// The --hub a device's command names: a ws:// or wss:// address with a host.
Result<QUrl> hubAddress(const CommandLine &line);

// What a screen's command needs before any window is made: its --hub, a table's --table, a known
// --lang, and a display to show it on.
Result<void> checkScreenArguments(const CommandLine &line);

} // namespace tableside
