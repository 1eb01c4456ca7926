#include "pairingoperations.h"

#include "hubargs.h"
#include "hubpermissions.h"
#include "staffpincheck.h"
#include "wireformat.h"

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

PairingOperations::PairingOperations(HubTransactions &work, StaffPinCheck &pins)
    : m_work(work)
    , m_pins(pins)
    , m_devices(work.database(), work.clock())
{}

Result<HubOutcome> PairingOperations::create(const Device &caller, const QJsonObject &args)
{
    const QString role = text(args, "role"_L1);
    if (!HubPermissions::roles().contains(role))
        return makeError(u"bad_request"_s, tr("'role' is one of table, kitchen, host or owner."));
    // With a staff PIN the person decides, not the device: a host's PIN makes no owner code even
    // on an owner's device, an owner's PIN makes one on the floor's.
    QString authority = caller.role;
    if (const QString pin = text(args, "pin"_L1); !pin.isEmpty()) {
        auto staff = m_pins.check(pin);
        if (!staff)
            return staff.error();
        authority = staff->role;
    }
    if (!HubPermissions::mayPair(authority, role))
        return makeError(u"forbidden"_s,
                         role == "owner"_L1
                             ? tr("Only an owner's PIN makes a code for an owner's device.")
                             : tr("A %1 may not pair a %2 device.").arg(authority, role));
    const int table = number(args, "table"_L1);
    const QString station = text(args, "station"_L1).trimmed();
    if (!station.isEmpty() && role != "kitchen"_L1)
        return makeError(u"bad_request"_s, tr("Only a kitchen device has a 'station'."));
    if (station.size() > MaxStationLength)
        return makeError(u"bad_request"_s,
                         tr("A station's name is at most %1 characters.").arg(MaxStationLength));
    return m_work.transact([&]() -> Result<HubOutcome> {
        auto code = m_devices.createPairingCode(role, table, caller.id, station);
        if (!code)
            return code.error();
        const QDateTime expires =
            m_work.clock().now().addSecs(DeviceRepository::PairingCodeMinutes * 60);
        return HubOutcome{{{u"code"_s, *code}, {u"expiresAt"_s, isoTime(expires)}}, {}};
    });
}

Result<Device> PairingOperations::deviceForToken(const QString &token) const
{
    return m_devices.byToken(token);
}

Result<std::pair<Device, QString>> PairingOperations::pair(const QString &code,
                                                           const QString &deviceName)
{
    std::pair<Device, QString> paired;
    auto stored = m_work.transact([&]() -> Result<HubOutcome> {
        auto made = m_devices.pair(code, deviceName.isEmpty() ? tr("New device") : deviceName);
        if (!made)
            return made.error();
        paired = *made;
        return HubOutcome{};
    });
    if (!stored)
        return stored.error();
    return paired;
}

} // namespace tableside
