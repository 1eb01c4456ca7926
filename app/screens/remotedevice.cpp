#include "remotedevice.h"

#include <QHostInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tableside {

KeptToken keptDeviceToken(const QUrl &hub, const QString &role, int tableNumber)
{
    const QString file =
        QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/devices.ini"_s;
    const QString key =
        u"%1/%2-%3"_s.arg(QString::fromLatin1(hub.toEncoded().toHex()), role).arg(tableNumber);
    return KeptToken{
        [file, key] { return QSettings(file, QSettings::IniFormat).value(key).toString(); },
        [file, key](const QString &token) {
            QSettings kept(file, QSettings::IniFormat);
            kept.setValue(key, token);
        }};
}

Result<void> connectRemoteDevice(VenueClient &client, DeviceGate &gate, const CommandLine &line,
                                 const QString &role, int tableNumber)
{
    auto address = hubAddress(line);
    if (!address)
        return address.error();
    const QUrl hub = *address;

    const KeptToken kept = keptDeviceToken(hub, role, tableNumber);
    QObject::connect(&client, &VenueClient::paired, &client, kept.save);
    const QString name = role == u"table"_s
                             ? u"Table %1 (%2)"_s.arg(tableNumber).arg(QHostInfo::localHostName())
                             : u"%1 (%2)"_s.arg(role, QHostInfo::localHostName());
    gate.offerPairing(hub, name);
    const QString token = line.option(u"device-token"_s, kept.load());
    if (!token.isEmpty())
        client.connectTo(hub, token);
    else if (line.has(u"pair"_s))
        client.pairWith(hub, line.option(u"pair"_s), name);
    else
        gate.askForCode();
    return {};
}

} // namespace tableside
