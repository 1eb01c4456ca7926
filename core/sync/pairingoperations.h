#pragma once
// Devices and their pairing (PROTOCOL.md "hello / welcome", "pairing.create"): the codes staff
// make for a new screen, the token a paired device says hello with, and pairing with a code.

#include "devicerepository.h"
#include "hubtransactions.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <utility>

namespace tableside {

class StaffPinCheck;

class PairingOperations {
    Q_DECLARE_TR_FUNCTIONS(PairingOperations)

public:
    // A kitchen station's name as a pairing code carries it ("grill", "pastry").
    static constexpr qsizetype MaxStationLength = 40;

    PairingOperations(HubTransactions &work, StaffPinCheck &pins);

    Result<HubOutcome> create(const Device &caller, const QJsonObject &args); // pairing.create
    // The caller of the codes the venue makes for itself (HubServer::makePairingCode): no
    // device, with an owner's authority.
    static Device venueItself()
    {
        return Device{0, QStringLiteral("venue"), QStringLiteral("owner"), 0, {}};
    }

    // hello: the device a token belongs to ("unknown_device").
    Result<Device> deviceForToken(const QString &token) const;
    // hello: a new device and its token for a one-time code ("pairing_code_invalid"), stored in
    // a unit of its own.
    Result<std::pair<Device, QString>> pair(const QString &code, const QString &deviceName);

private:
    HubTransactions &m_work;
    StaffPinCheck &m_pins;
    DeviceRepository m_devices;
};

} // namespace tableside
