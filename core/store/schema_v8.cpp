// Schema version 8: the venue's photo library and its time zone. A photo is kept once, scaled by
// the hub, under the SHA-256 of its bytes (what a dish names and a device caches it by), with who
// brought it. The venue's time zone (an IANA name) is the wall clock its availability windows
// read; empty means the zone of the machine the hub runs on.
#include "migrations.h"

using namespace Qt::StringLiterals;

namespace tableside {

QStringList schemaVersion8()
{
    return {
        uR"(CREATE TABLE photos (
            hash TEXT PRIMARY KEY CHECK (length(hash) = 64),
            bytes BLOB NOT NULL,
            media_type TEXT NOT NULL,
            width INTEGER NOT NULL CHECK (width > 0),
            height INTEGER NOT NULL CHECK (height > 0),
            stored_at TEXT NOT NULL,
            device_id INTEGER REFERENCES devices(id)))"_s,
        u"ALTER TABLE venue ADD COLUMN time_zone TEXT NOT NULL DEFAULT ''"_s,
    };
}

} // namespace tableside
