#pragma once
// Opening the venue store from the command line, and loading the demo venue into an empty one.

#include "venuedatabase.h"

#include <QLockFile>

#include <memory>

namespace tableside {

// Opens (creating or migrating) the store at path; refuses a file that is not ours.
Result<std::unique_ptr<VenueDatabase>> openStore(const QString &path);

// Loads the demo restaurant when the store has no venue yet; summary says what it found.
Result<void> seedDemoVenue(VenueDatabase &store, QString *summary = nullptr);

// openStore() then seedDemoVenue().
Result<std::unique_ptr<VenueDatabase>> openSeededStore(const QString &path,
                                                       QString *summary = nullptr);

QString defaultStorePath();

// One hub per venue file: held by the hub (and by `tableside menu import`, which writes through
// a hub of its own) for as long as it runs. "venue_busy" while another process holds it.
Result<std::unique_ptr<QLockFile>> claimVenue(const QString &path);

} // namespace tableside
