#include "commandline.h"

using namespace Qt::StringLiterals;

namespace tableside {

Result<CommandLine> parseCommandLine(const QStringList &arguments,
                                     const QHash<QString, CommandSpec> &commands)
{
    CommandLine line;
    qsizetype at = 1;
    if (at < arguments.size() && !arguments.at(at).startsWith(u"--"_s))
        line.command = arguments.at(at++);
    if (!commands.contains(line.command))
        return makeError(u"bad_arguments"_s, u"unknown command \"%1\""_s.arg(line.command));
    const CommandSpec &spec = commands[line.command];
    while (at < arguments.size()) {
        const QString arg = arguments.at(at++);
        if (!arg.startsWith(u"--"_s))
            return makeError(u"bad_arguments"_s, u"unexpected argument \"%1\""_s.arg(arg));
        const QString name = arg.mid(2);
        if (spec.flags.contains(name)) {
            line.flags.insert(name);
            continue;
        }
        if (!spec.options.contains(name))
            return makeError(u"bad_arguments"_s,
                             u"\"%1\" does not take --%2"_s.arg(
                                 line.command.isEmpty() ? u"tableside"_s : line.command, name));
        if (at >= arguments.size() || arguments.at(at).startsWith(u"--"_s))
            return makeError(u"bad_arguments"_s, u"--%1 needs a value"_s.arg(name));
        line.options.insert(name, arguments.at(at++));
    }
    return line;
}

QString usage()
{
    return uR"(usage:
  tableside                                  the embedded venue: hub, table 1, kitchen and floor
  tableside hub [--listen HOST:PORT] [--db FILE] [--demo]
                                             the venue server, headless
  tableside table --hub ws://HOST:PORT --table N [--device-token T | --pair CODE] [--lang CODE]
  tableside kitchen --hub ws://HOST:PORT [--station NAME] [--device-token T | --pair CODE]
                    [--lang CODE]
  tableside host --hub ws://HOST:PORT [--device-token T | --pair CODE] [--lang CODE]
  tableside pair --hub ws://HOST:PORT --device-token T --role table|kitchen|host|owner
                 [--table N] [--station NAME]
                                             print a one-time code that pairs a new screen
  tableside seed --db FILE                   create or migrate FILE; load the demo venue if empty
  tableside screenshot --role table|kitchen|host [--screen NAME] [--lang en|el|ar|fa]
                       [--size WxH] [--db FILE] --out FILE.png
  --verbose                                  with any command: say what each part is doing
)"_s;
}

} // namespace tableside
