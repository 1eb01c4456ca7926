#pragma once
// The venue's own settings that an owner changes from a screen: its time zone (venue.timeZone.set),
// the wall clock on which the menu's availability windows are read by the hub and every table.

#include "hubtransactions.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tableside {

class StaffPinCheck;
struct Device;

class VenueOperations {
    Q_DECLARE_TR_FUNCTIONS(VenueOperations)

public:
    VenueOperations(HubTransactions &work, StaffPinCheck &pins);

    Result<HubOutcome> setTimeZone(const Device &caller,
                                   const QJsonObject &args); // venue.timeZone.set

    // The zone the windows are read in, as an IANA name: the venue's, else the hub machine's.
    static QString effectiveTimeZone(const QString &venueZone);

private:
    HubTransactions &m_work;
    StaffPinCheck &m_pins;
};

} // namespace tableside
