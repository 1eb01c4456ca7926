#pragma once
// Opening the venue store from the command line: the demo venue loaded into an empty one.

#include "venuedatabase.h"

#include <memory>

namespace tableside {

// Opens (creating or migrating) the store at path and seeds the demo venue if it is empty.
Result<std::unique_ptr<VenueDatabase>> openSeededStore(const QString &path,
                                                       QString *summary = nullptr);

QString defaultStorePath();

} // namespace tableside
