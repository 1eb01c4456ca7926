#include "hubcommand.h"

#include "devicerepository.h"
#include "exitcodes.h"
#include "hubserver.h"
#include "sqlstatement.h"
#include "stopsignals.h"
#include "storeopening.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

constexpr quint16 DefaultPort = 7780;

struct ListenAddress {
    QHostAddress host;
    quint16 port = DefaultPort;
};

Result<ListenAddress> listenAddress(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool portOk = false;
    const uint port = colon < 0 ? 0 : text.mid(colon + 1).toUInt(&portOk);
    QString host = colon < 0 ? QString() : text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const QHostAddress address =
        host == u"localhost"_s ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (!portOk || port > 65535 || address.isNull())
        return makeError(u"bad_arguments"_s,
                         u"--listen wants HOST:PORT, such as 0.0.0.0:%1, not \"%2\""_s.arg(
                             QString::number(DefaultPort), text));
    return ListenAddress{address, quint16(port)};
}

// A venue without an owner device cannot be managed: offer a code to pair the first one, made
// by the hub's own pairing operation like every other code.
void offerOwnerPairing(VenueDatabase &store, HubServer &hub)
{
    auto owners = scalarSql(store.connection(),
                            u"SELECT count(*) FROM devices WHERE role = 'owner' AND revoked = 0"_s);
    if (!owners || owners->toInt() > 0)
        return;
    if (auto code = hub.makePairingCode(u"owner"_s))
        QTextStream(stderr) << "tableside hub: no owner device yet; pair one with code " << *code
                            << " (valid " << DeviceRepository::PairingCodeMinutes << " minutes)\n";
    else
        QTextStream(stderr) << "tableside hub: no owner device yet, and no code to pair one: "
                            << code.error().message << '\n';
}

} // namespace

int runHub(int argc, char **argv, const CommandLine &line)
{
    qputenv(HubServer::PlainEventLoopVariable, "1"); // headless: GLib's loop buys it nothing
    QCoreApplication app(argc, argv);
    auto address = listenAddress(line.option(u"listen"_s, u"0.0.0.0:%1"_s.arg(DefaultPort)));
    if (!address)
        return refuse(address.error().message);
    const QString path = line.option(u"db"_s, defaultStorePath());
    auto store = openStore(path);
    if (!store)
        return refuse(store.error().message);
    auto claimed = claimVenue(path);
    if (!claimed)
        return refuse(claimed.error().message);
    if (line.flag(u"demo"_s))
        if (auto seeded = seedDemoVenue(**store); !seeded)
            return refuse(seeded.error().message);

    SystemClock clock;
    HubServer hub(**store, clock);
    QObject::connect(&hub, &HubServer::durabilityLost, &hub, &stopForFailedDisk);
    if (auto listening = hub.listen(address->host, address->port); !listening)
        return refuse(listening.error().message);
    QTextStream(stderr) << "tableside hub: serving " << (*store)->path() << " on "
                        << hub.url().toString() << '\n';
    offerOwnerPairing(**store, hub);

    StopSignals signals_;
    QObject::connect(&signals_, &StopSignals::stopRequested, &hub, &HubServer::stop);
    QObject::connect(&hub, &HubServer::stopped, &app, &QCoreApplication::quit);
    const int code = app.exec();
    QTextStream(stderr) << "tableside hub: stopped\n";
    return code;
}

} // namespace tableside
