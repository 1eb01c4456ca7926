#pragma once
// A busy evening for the screenshots: a real hub in this process on a scratch copy of the demo
// venue, whose clock the script moves on (so tickets are 1 to 17 minutes old), and real clients
// that seat parties, place orders, cook, call waiters and serve, exactly as devices would.

#include "clock.h"
#include "devicecredential.h"
#include "hubserver.h"
#include "result.h"
#include "venueclient.h"
#include "venuedatabase.h"

#include <QJsonArray>
#include <QTemporaryDir>

#include <map>
#include <memory>

namespace tableside {

class EveningVenue {
public:
    EveningVenue();
    ~EveningVenue();

    // storePath empty: a scratch store.
    Result<void> start(const QString &storePath = {});
    QUrl hubUrl() const;
    // The client pairs as a device of `role` (and table) with a code the hub makes, the first
    // time; later clients of the same role and table connect with the token it was given.
    Result<void> join(VenueClient &client, const QString &role, int table = 0);
    // The clock the hub and the screens share; the script moves it.
    ManualClock &clock() { return m_clock; }
    // The owner's floor plan, in floor.get's `tables` shape.
    QJsonArray floorPlan() const;

    // Plays the evening; the screens to be photographed should be connected before.
    Result<void> play();
    // The weeks before tonight as guests told them: parties seated, served, rating dishes and
    // giving the visit card at the tables, a few evenings a week; the clock ends at tonight.
    Result<void> playGuestWeeks(int weeks);

private:
    Result<QJsonObject> call(VenueClient &client, const QString &op, const QJsonObject &args);
    // bySeat: each dish for the next seat (1, 2, …), as diners who chose a seat order.
    Result<QJsonObject> order(int table, const QList<std::pair<QString, int>> &dishes,
                              const QString &note = {}, bool bySeat = false);
    Result<void> advanceAll(const QJsonObject &order, const QString &to, int count = 1000,
                            const QString &station = {});
    Result<void> serviceCall(int table, const QString &kind);
    Result<void> startStaff();
    // One party at a table: seated, served these dishes, rating them, maybe its visit card.
    Result<void> ratedVisit(int table, const QList<std::pair<QString, int>> &ratings,
                            const QJsonObject &card);

    QTemporaryDir m_scratch;
    ManualClock m_clock;
    std::unique_ptr<VenueDatabase> m_store;
    std::unique_ptr<HubServer> m_hub;
    SystemClock m_clientClock;
    std::unique_ptr<VenueClient> m_host;
    std::unique_ptr<VenueClient> m_kitchen;
    std::map<int, std::unique_ptr<VenueClient>> m_tablets; // by table, for the guests' ratings
    QHash<QString, QJsonObject> m_items;                   // key -> menu item
    QHash<QString, QString> m_tokens; // "role-table" -> the token its first client was given
    int m_orders = 0;
};

} // namespace tableside
