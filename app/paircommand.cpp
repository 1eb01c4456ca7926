#include "paircommand.h"

#include "exitcodes.h"
#include "venueclient.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

const QStringList PairableRoles{u"table"_s, u"kitchen"_s, u"host"_s, u"owner"_s};

// How long the command waits for the hub before it gives up: a request's own deadline, and a
// little for the connection.
constexpr int GiveUpMs = 15000;

// The arguments of pairing.create, checked before any connection is made.
Result<QJsonObject> pairingArguments(const CommandLine &line)
{
    const QString role = line.option(u"role"_s);
    if (!PairableRoles.contains(role))
        return makeError(u"bad_arguments"_s, u"pair needs --role table, kitchen, host or owner"_s);
    QJsonObject args{{u"role"_s, role}};
    if (role == u"table"_s) {
        const int table = tableOption(line);
        if (table == 0)
            return makeError(u"bad_arguments"_s, u"a table's code needs --table N"_s);
        args.insert(u"table"_s, table);
    } else if (line.has(u"table"_s)) {
        return makeError(u"bad_arguments"_s, u"--table is for --role table only"_s);
    }
    if (line.has(u"station"_s)) {
        if (role != u"kitchen"_s)
            return makeError(u"bad_arguments"_s, u"--station is for --role kitchen only"_s);
        args.insert(u"station"_s, line.option(u"station"_s));
    }
    return args;
}

} // namespace

int runPair(int argc, char **argv, const CommandLine &line)
{
    const auto address = hubAddress(line);
    if (!address)
        return refuse(u"pair needs --hub ws://HOST:PORT"_s);
    const QUrl hub = *address;
    if (line.option(u"device-token"_s).isEmpty())
        return refuse(u"pair needs --device-token T, the token of an owner's or host's device"_s);
    auto args = pairingArguments(line);
    if (!args)
        return refuse(args.error().message);

    QCoreApplication app(argc, argv);
    // The command says in one line what went wrong; the client's own account would repeat it.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"tableside.*=false"_s);
    SystemClock clock;
    VenueClient client(clock);
    int exitCode = ExitRefused;
    const auto finish = [&](int code, const QString &message) {
        exitCode = code;
        if (code != 0)
            refuse(message);
        app.quit();
    };
    QString requestId;
    QObject::connect(&client, &VenueClient::refused, &app,
                     [&](const QString &, const QString &message) {
                         finish(ExitRefused, u"the hub refused this device: %1"_s.arg(message));
                     });
    QObject::connect(&client, &VenueClient::stateChanged, &app, [&](VenueClient::State state) {
        if (state == VenueClient::State::Online && requestId.isEmpty())
            requestId = client.request(u"pairing.create"_s, *args);
    });
    QObject::connect(&client, &VenueClient::replied, &app,
                     [&](const QString &id, bool ok, const QJsonObject &result, const QString &,
                         const QString &message) {
                         if (id != requestId)
                             return;
                         if (!ok)
                             return finish(ExitRefused, message);
                         QTextStream(stdout) << result.value(u"code"_s).toString() << '\n';
                         QTextStream(stderr) << "tableside: the code is valid until "
                                             << result.value(u"expiresAt"_s).toString() << '\n';
                         finish(0, {});
                     });
    // The wall clock, not the client's: the person at the terminal waits this long in real time.
    QTimer::singleShot(GiveUpMs, &app, [&] {
        finish(ExitRefused, u"no answer from the hub at %1"_s.arg(hub.toString()));
    });
    client.connectTo(hub, line.option(u"device-token"_s));
    app.exec();
    return exitCode;
}

} // namespace tableside
