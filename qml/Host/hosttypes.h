#pragma once
// The core's floor models as QML sees them: typed, so QML names them and qmllint checks every
// binding to them. Made by the floor's screen, not in QML.

#include "alertsmodel.h"
#include "chatmodel.h"
#include "devicepairing.h"
#include "floormodel.h"

#include <QtQml/qqmlregistration.h>

namespace tableside {

struct HostFloorModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::FloorModel)
    QML_NAMED_ELEMENT(FloorModel)
    QML_UNCREATABLE("Made by the floor's screen")
};

struct HostAlertsModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::AlertsModel)
    QML_NAMED_ELEMENT(AlertsModel)
    QML_UNCREATABLE("Made by the floor's screen")
};

struct HostChatModelForeign {
    Q_GADGET
    QML_FOREIGN(tableside::ChatModel)
    QML_NAMED_ELEMENT(ChatModel)
    QML_UNCREATABLE("Made by the floor's screen")
};

struct HostDevicePairingForeign {
    Q_GADGET
    QML_FOREIGN(tableside::DevicePairing)
    QML_NAMED_ELEMENT(DevicePairing)
    QML_UNCREATABLE("Made by the floor's screen")
};

} // namespace tableside
