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
    // staff.pin.check: whose the PIN is ({staffId, name, role}), so a screen can sign a person
    // in before they change anything; counted towards the lock like every PIN.
    Result<HubOutcome> ask(const Device &caller, const QJsonObject &args);

private:
    HubTransactions &m_work;
    StaffRepository m_staff;
};

} // namespace tableside
