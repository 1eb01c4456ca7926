#pragma once
// The embedded venue: a hub inside this process on a loopback port, and how its screens join it
// exactly as remote devices would: paired once with a code the hub makes, then by the token
// they were given, kept beside the venue's database.

#include "clock.h"
#include "devicecredential.h"
#include "hubserver.h"
#include "result.h"
#include "venuedatabase.h"

#include <QLockFile>
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

    // The token this screen's device was given at an earlier start, if the hub still knows it;
    // else a pairing code for it (role "table" with its number, "kitchen" or "host").
    Result<DeviceCredential> credential(const QString &role, int tableNumber = 0);
    // Keeps the token the client is given when it pairs, for the next start.
    void keepToken(VenueClient &client, const QString &role, int tableNumber = 0);
    // Where the token of the device `role` (and table) is kept beside the venue's database;
    // one the hub no longer knows reads as none.
    KeptToken keptToken(const QString &role, int tableNumber = 0);
    // Both, for one client: it connects or pairs once control is back in the event loop.
    Result<void> join(VenueClient &client, const QString &role, int tableNumber = 0);

private:
    QString keptTokensFile() const;

    QString m_storePath;
    SystemClock m_clock;
    std::unique_ptr<VenueDatabase> m_store;
    std::unique_ptr<QLockFile> m_claim; // one hub per venue file
    std::unique_ptr<HubServer> m_hub;
};

} // namespace tableside
