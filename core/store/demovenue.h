#pragma once
// Loads a venue described in JSON (the shipped demo restaurant) into an empty store.

#include "result.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace tableside {

struct SeedSummary {
    bool loaded = false; // false: the store already had a venue and was left as it was
    int categories = 0;
    int items = 0;
    int tables = 0;
    int staff = 0;
};

class DemoVenue {
public:
    // Loads json into db in one transaction, only when db holds no venue yet.
    static Result<SeedSummary> seedIfEmpty(const QSqlDatabase &db, const QByteArray &json);
};

} // namespace tableside
