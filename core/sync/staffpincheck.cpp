#include "staffpincheck.h"

using namespace Qt::StringLiterals;

namespace tableside {

StaffPinCheck::StaffPinCheck(HubTransactions &work)
    : m_work(work)
    , m_staff(work.database(), work.clock())
{}

Result<StaffMember> StaffPinCheck::check(const QString &pin)
{
    // Its own unit, committed either way: a wrong PIN must count towards the lock.
    StaffMember member;
    if (auto checked = m_work.commitAlone([&]() -> Result<void> {
            auto staff = m_staff.verifyPin(pin, {u"host"_s, u"owner"_s});
            if (!staff)
                return staff.error();
            member = *staff;
            return {};
        });
        !checked)
        return checked.error();
    return member;
}

Result<StaffMember> StaffPinCheck::checkOwner(const QString &pin, const QString &needsPin,
                                              const QString &onlyOwner)
{
    if (pin.isEmpty())
        return makeError(u"pin_required"_s, needsPin);
    auto staff = check(pin);
    if (!staff)
        return staff.error();
    if (staff->role != "owner"_L1)
        return makeError(u"forbidden"_s, onlyOwner);
    return staff;
}

Result<HubOutcome> StaffPinCheck::ask(const Device &, const QJsonObject &args)
{
    auto staff = check(args.value("pin"_L1).toString());
    if (!staff)
        return staff.error();
    return HubOutcome{
        {{u"staffId"_s, staff->id}, {u"name"_s, staff->name}, {u"role"_s, staff->role}}, {}};
}

} // namespace tableside
