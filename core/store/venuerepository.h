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
    QString timeZone; // an IANA name ("Europe/Athens"); empty: the hub machine's zone
};

class VenueRepository {
public:
    explicit VenueRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Fails with "not_found" on a store that has no venue yet.
    Result<VenueSettings> load() const;
    Result<void> save(const VenueSettings &settings);
    // The wall clock the menu's windows read: "bad_time_zone" naming an unknown zone; empty is
    // the zone of the machine the hub runs on.
    Result<void> setTimeZone(const QString &ianaName);

private:
    QSqlDatabase m_db;
};

} // namespace tableside
