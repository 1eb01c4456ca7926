#include "commandline.h"

#include "displaylanguage.h"

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
    if (!spec.actions.isEmpty()) {
        if (at >= arguments.size() || !spec.actions.contains(arguments.at(at)))
            return makeError(u"bad_arguments"_s, u"%1 needs one of: %2"_s.arg(
                                                     line.command, spec.actions.join(u", "_s)));
        line.action = arguments.at(at++);
    }
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

int tableOption(const CommandLine &line)
{
    bool ok = false;
    const int table = line.option(u"table"_s).toInt(&ok);
    return ok && table > 0 ? table : 0;
}

Result<QUrl> hubAddress(const CommandLine &line)
{
    const QUrl hub(line.option(u"hub"_s));
    if (!hub.isValid() || (hub.scheme() != u"ws"_s && hub.scheme() != u"wss"_s) ||
        hub.host().isEmpty())
        return makeError(u"bad_arguments"_s, u"--hub wants ws://HOST:PORT"_s);
    return hub;
}

namespace {

// Qt's platforms that need a window server: without one they abort the whole program.
Result<void> checkDisplay()
{
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM").section(u':', 0, 0);
    const bool x11 = !qEnvironmentVariableIsEmpty("DISPLAY");
    const bool wayland = !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
    if (platform.isEmpty()     ? x11 || wayland
        : platform == u"xcb"_s ? x11
                               : platform != u"wayland"_s || wayland)
        return {};
    return makeError(u"no_display"_s,
                     u"no display to show the screen on: start it in a graphical session "
                     u"(DISPLAY or WAYLAND_DISPLAY), or set QT_QPA_PLATFORM (eglfs on a kiosk)"_s);
}

} // namespace

Result<void> checkScreenArguments(const CommandLine &line)
{
    if (!line.command.isEmpty()) {
        if (auto hub = hubAddress(line); !hub)
            return hub.error();
    }
    if (line.command == u"table"_s && tableOption(line) == 0)
        return makeError(u"bad_arguments"_s,
                         u"table needs --table N, the number of the table this screen stands on"_s);
    if (line.has(u"lang"_s) && !displayLanguageCodes().contains(line.option(u"lang"_s)))
        return makeError(u"bad_arguments"_s, u"--lang is one of en, el, ar, fa"_s);
    return checkDisplay();
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
  tableside owner --hub ws://HOST:PORT [--device-token T | --pair CODE] [--lang CODE]
                                             the menu editor, after an owner's PIN
  tableside pair --hub ws://HOST:PORT --device-token T --role table|kitchen|host|owner
                 [--table N] [--station NAME]
                                             print a one-time code that pairs a new screen
  tableside seed --db FILE                   create or migrate FILE; load the demo venue if empty
  tableside menu export --db FILE --out MENU.csv
                                             the venue's menu as a spreadsheet (UTF-8 CSV)
  tableside menu import --db FILE --in MENU.csv
                                             publish a spreadsheet as the venue's menu; a file
                                             with bad rows names them and changes nothing
  tableside screenshot --role table|kitchen|host|owner [--screen NAME] [--lang en|el|ar|fa]
                       [--size WxH] [--db FILE] --out FILE.png
  --verbose                                  with any command: say what each part is doing
  --help, --version                          this text; the version
)"_s;
}

} // namespace tableside
