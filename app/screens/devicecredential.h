#pragma once
// How an in-process screen (the embedded venue's, the screenshots' evening) joins its hub, as a
// remote device does: with the token its device was given before, or with a one-time pairing
// code the hub made for it by the same operation as the codes staff make for a new screen.

#include "venueclient.h"

#include <QString>
#include <QUrl>

#include <functional>

namespace tableside {

struct DeviceCredential {
    QString token;       // a device the hub knows
    QString pairingCode; // else: pair as a new device with this code
    QString deviceName;  // the new device's name
};

// Where one device's token is kept between runs: read it (empty when none), keep a new one.
struct KeptToken {
    std::function<QString()> load;
    std::function<void(const QString &token)> save;
};

inline void joinHub(VenueClient &client, const QUrl &hub, const DeviceCredential &credential)
{
    if (!credential.token.isEmpty())
        client.connectTo(hub, credential.token);
    else
        client.pairWith(hub, credential.pairingCode, credential.deviceName);
}

} // namespace tableside
