#pragma once
// The venue's own settings: one row.

#include "result.h"
#include "venuethresholds.h"

#include <QSqlDatabase>
#include <QStringList>

namespace tableside {

struct VenueSettings {
    QString name;
    QString currency = QStringLiteral("EUR");
    QString defaultLanguage = QStringLiteral("en");
    QStringList languages{QStringLiteral("en")};
    int taxRateBasisPoints = 0;
    bool pricesIncludeTax = true;
    VenueThresholds thresholds;
};

class VenueRepository {
public:
    explicit VenueRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Fails with "not_found" on a store that has no venue yet.
    Result<VenueSettings> load() const;
    Result<void> save(const VenueSettings &settings);

private:
    QSqlDatabase m_db;
};

} // namespace tableside
