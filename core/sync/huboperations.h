#pragma once
// The hub's operations (PROTOCOL.md "Operations"), each checked against HubPermissions and run
// as one transaction: the state change and the events that report it commit together, and the
// caller replies and pushes the events only after the commit.

#include "chatrepository.h"
#include "clock.h"
#include "devicerepository.h"
#include "eventlog.h"
#include "feedbackrepository.h"
#include "idearepository.h"
#include "menucatalog.h"
#include "menurepository.h"
#include "orderrepository.h"
#include "result.h"
#include "servicerequestrepository.h"
#include "sessionrepository.h"
#include "sqlstatement.h"
#include "staffrepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace tableside {

struct HubOutcome {
    QJsonObject result;
    QList<StoredEvent> events;  // committed, in seq order
    bool keep = true;           // false: roll back (an idempotent replay changes nothing)
    QByteArray resultJson = {}; // when not empty: result already written as compact JSON
};

class HubOperations {
    Q_DECLARE_TR_FUNCTIONS(HubOperations)

public:
    HubOperations(QSqlDatabase db, const Clock &clock);
    ~HubOperations();

    // Every op but subscribe (which is the connection's business, see HubServer).
    Result<HubOutcome> run(const Device &caller, const QString &op, const QJsonObject &args);

    // hello: the device a token belongs to, or a new device for a one-time pairing code.
    Result<Device> deviceForToken(const QString &token) const;
    Result<std::pair<Device, QString>> pair(const QString &code, const QString &deviceName);

    EventLog &eventLog() { return m_events; }
    // Reads the menu that orders are priced from now, so the first order does not wait for it.
    Result<void> loadMenu() { return m_catalog.load(); }

    // huboperations_stations.cpp: whether each kitchen station is behind, judged now in its own
    // transaction; a verdict that changed is stored and its station.load event returned, to be
    // pushed like any other. Time alone can put a station behind, so the hub asks on a timer.
    Result<HubOutcome> judgeStations();

    // Group commit: from beginBatch() to endBatch() every operation runs in a savepoint of one
    // transaction (a refused one rolls back alone) and endBatch() commits them all with one
    // fsync. Nothing the batch did may be told to anyone before endBatch() succeeds; when it
    // fails nothing of the batch was stored. Without a batch each operation commits alone.
    //
    // order.place, the one op a busy evening is made of, runs without a savepoint: a savepoint
    // copies every page the order touches, about a sixth of the hub's work per order. Nearly
    // every refusal of an order comes before its first write (a bad line, a replayed key). When
    // one fails after writing (a store error, or a table's first order that seats the table and
    // is then refused), the batch is spoiled: it must be abandoned, and its requests handled
    // again in a careful batch, where every operation has its savepoint.
    Result<void> beginBatch();
    Result<void> endBatch();
    bool inBatch() const { return m_batch != nullptr; }
    bool batchSpoiled() const { return m_batchSpoiled; }
    void abandonBatch(); // rolls the batch back
    void setCarefulBatch(bool careful) { m_carefulBatch = careful; }

private:
    using Handler = Result<HubOutcome> (HubOperations::*)(const Device &, const QJsonObject &);

    // How an operation in a batch is kept from the others when it fails (see beginBatch).
    enum class InBatch { Savepoint, SpoilsOnFailure };
    // Runs `change` in one transaction: commits when it succeeds and wants to keep its work.
    Result<HubOutcome> transact(const std::function<Result<HubOutcome>()> &change,
                                InBatch guard = InBatch::Savepoint);
    // Appends one event inside the running transaction and remembers it for the push.
    Result<void> record(HubOutcome &outcome, const QString &type, const QJsonObject &data);
    // The open session at `table`, opening one (and reporting it) when the party sat down alone.
    Result<TableSession> sessionFor(int table, HubOutcome &outcome);
    QString venueLanguage();
    // Runs `step` as one unit: its own transaction, or a savepoint of the batch.
    Result<void> commitAlone(const std::function<Result<void>()> &step);
    // The host or owner whose PIN this is (pin_wrong, pin_locked); committed at once either
    // way, so a wrong PIN counts towards the lock even when the request is then refused.
    Result<StaffMember> checkStaffPin(const QString &pin);
    // huboperations_stations.cpp: menu.get's "longerWait" per dish, from the stored verdicts.
    Result<void> markLongerWaits(Menu &menu) const;

    Result<HubOutcome> menuGet(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> menuSetAvailable(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> sessionSeat(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> sessionClose(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> orderPlace(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> orderLineAdvance(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> orderCancel(const Device &caller, const QJsonObject &args);
    // huboperations_table.cpp: what diners and waiters say to each other.
    Result<HubOutcome> serviceCall(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> serviceAcknowledge(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> chatSend(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> feedbackGive(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> ideaSubmit(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> ideaVote(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> pairingCreate(const Device &caller, const QJsonObject &args);
    // huboperations_views.cpp: read-only snapshots for the staff screens.
    Result<HubOutcome> floorGet(const Device &caller, const QJsonObject &args);
    Result<HubOutcome> ordersOpen(const Device &caller, const QJsonObject &args);

    static Handler handlerFor(const QString &op);

    QSqlDatabase m_db;
    const Clock &m_clock;
    std::unique_ptr<Transaction> m_batch;
    bool m_batchSpoiled = false;
    bool m_carefulBatch = false;
    MenuCatalog m_catalog; // what order.place prices from; every menu write invalidates it
    EventLog m_events;
    MenuRepository m_menu;
    SessionRepository m_sessions;
    OrderRepository m_orders;
    ServiceRequestRepository m_service;
    ChatRepository m_chat;
    FeedbackRepository m_feedback;
    IdeaRepository m_ideas;
    DeviceRepository m_devices;
    StaffRepository m_staff;
};

} // namespace tableside
