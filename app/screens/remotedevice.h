#pragma once
// A screen on its own device: connects to --hub with --device-token, else the token this device
// kept from an earlier pairing, else pairs with --pair CODE, else asks for a code on the screen
// (DeviceGate). It keeps the token it is given.

#include "commandline.h"
#include "devicecredential.h"
#include "devicegate.h"
#include "result.h"
#include "venueclient.h"

namespace tableside {

// The token this device keeps for `hub` as `role` (and table), in the user's devices.ini.
KeptToken keptDeviceToken(const QUrl &hub, const QString &role, int tableNumber = 0);

Result<void> connectRemoteDevice(VenueClient &client, DeviceGate &gate, const CommandLine &line,
                                 const QString &role, int tableNumber = 0);

} // namespace tableside
