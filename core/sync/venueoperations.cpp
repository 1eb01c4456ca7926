#include "venueoperations.h"

#include "hubargs.h"
#include "staffpincheck.h"
#include "venuerepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

VenueOperations::VenueOperations(HubTransactions &work, StaffPinCheck &pins)
    : m_work(work)
    , m_pins(pins)
{}

QString VenueOperations::effectiveTimeZone(const QString &venueZone)
{
    return venueZone.isEmpty() ? QString::fromUtf8(QTimeZone::systemTimeZoneId()) : venueZone;
}

Result<HubOutcome> VenueOperations::setTimeZone(const Device &, const QJsonObject &args)
{
    auto staff = m_pins.checkOwner(text(args, "pin"_L1),
                                   tr("Changing the venue's time zone needs an owner's PIN."),
                                   tr("Only an owner's PIN changes the venue's time zone."));
    if (!staff)
        return staff.error();
    const QString zone = text(args, "timeZone"_L1).trimmed();
    return m_work.transact([&]() -> Result<HubOutcome> {
        if (auto set = VenueRepository(m_work.database()).setTimeZone(zone); !set)
            return set.error();
        m_work.catalog().invalidate(); // menu.get tells the new zone, orders are judged in it
        HubOutcome outcome;
        const QJsonObject data{{u"timeZone"_s, effectiveTimeZone(zone)},
                               {u"venueTimeZone"_s, zone}};
        if (auto r = m_work.record(outcome, u"venue.timeZone"_s, data); !r)
            return r.error();
        outcome.result = data;
        return outcome;
    });
}

} // namespace tableside
