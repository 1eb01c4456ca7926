#pragma once
// The embedded venue: a hub inside this process on a loopback port, and the device tokens of
// the screens that connect to it exactly as remote devices would.

#include "clock.h"
#include "hubserver.h"
#include "result.h"
#include "venuedatabase.h"

#include <QUrl>

#include <memory>

namespace tableside {

class EmbeddedVenue {
public:
    // storePath: the venue database; devices' tokens are kept beside it.
    explicit EmbeddedVenue(QString storePath);
    ~EmbeddedVenue();

    Result<void> start();
    QUrl hubUrl() const;
    QString storeFolder() const;

    // A token for this screen's device, enrolled on first use and kept for the next start.
    Result<QString> deviceToken(const QString &role, int tableNumber = 0);

private:
    QString m_storePath;
    SystemClock m_clock;
    std::unique_ptr<VenueDatabase> m_store;
    std::unique_ptr<HubServer> m_hub;
};

} // namespace tableside
