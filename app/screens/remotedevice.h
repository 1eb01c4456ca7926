#pragma once
// A screen on its own device: connects to --hub with --device-token, else the token this device
// kept from an earlier pairing, else pairs with --pair CODE and keeps the token it is given.

#include "commandline.h"
#include "result.h"
#include "venueclient.h"

namespace tableside {

Result<void> connectRemoteDevice(VenueClient &client, const CommandLine &line, const QString &role,
                                 int tableNumber = 0);

} // namespace tableside
