// Schema version 6: a pairing code may name the kitchen station its device will show, so a
// kitchen screen paired for the grill starts as the grill's without a --station of its own.
#include "migrations.h"

using namespace Qt::StringLiterals;

namespace tableside {

QStringList schemaVersion6()
{
    return {
        uR"(ALTER TABLE pairing_codes ADD COLUMN station TEXT)"_s,
    };
}

} // namespace tableside
