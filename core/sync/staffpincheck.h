#pragma once
// A host's or owner's PIN on a request (order.cancel, pairing.create): whose it is, counted
// towards the lock (five wrong in a row lock that person for 5 minutes) even when the request
// is then refused.

#include "hubtransactions.h"
#include "staffrepository.h"

namespace tableside {

struct Device;

class StaffPinCheck {
public:
    explicit StaffPinCheck(HubTransactions &work);

    // The host or owner whose PIN this is: pin_wrong, pin_locked. Stored at once either way.
    Result<StaffMember> check(const QString &pin);
    // An owner's PIN for an owner's change: pin_required (no PIN, said as `needsPin`), then as
    // check(), then forbidden for a host's PIN (said as `onlyOwner`).
    Result<StaffMember> checkOwner(const QString &pin, const QString &needsPin,
                                   const QString &onlyOwner);
    // staff.pin.check: whose the PIN is ({staffId, name, role}), so a screen can sign a person
    // in before they change anything; counted towards the lock like every PIN.
    Result<HubOutcome> ask(const Device &caller, const QJsonObject &args);

private:
    HubTransactions &m_work;
    StaffRepository m_staff;
};

} // namespace tableside
