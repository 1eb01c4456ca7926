#pragma once
// The hub's operations (PROTOCOL.md "Operations"): checks each request against
// HubPermissions and hands it to the operations of its area, each run as one
// unit of work (HubTransactions): the state change and the events that report
// it are stored together, and the caller replies and pushes the events only
// after the commit.

#include "hubtransactions.h"
#include "result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace tableside {

class BillOperations;
class FloorOperations;
class GuestOperations;
class MenuEditOperations;
class MenuOperations;
class OrderOperations;
class PairingOperations;
class RecommendOperations;
class SessionOperations;
class StaffPinCheck;
class StationOperations;
class VenueOperations;
class GuestVoiceOperations;
class IdeaOperations;
class LocalTipOperations;
struct Device;

class HubOperations {
    Q_DECLARE_TR_FUNCTIONS(HubOperations)

public:
    HubOperations(QSqlDatabase db, const Clock &clock);
    ~HubOperations();

    // Every op but subscribe (which is the connection's business, see
    // HubEventFeed): forbidden, unknown_op, the op's own refusals, or store_error
    // (the detail logged, not told).
    Result<HubOutcome> run(const Device &caller, const QString &op, const QJsonObject &args);

    HubTransactions &transactions() { return m_work; }
    EventLog &eventLog() { return m_work.eventLog(); }
    PairingOperations &pairing() { return *m_pairing; }
    StationOperations &stations() { return *m_stations; }
    MenuOperations &menu() { return *m_menu; }
    MenuEditOperations &menuEdits() { return *m_menuEdits; }
    RecommendOperations &recommendations() { return *m_recommend; }

private:
    using Handler = std::function<Result<HubOutcome>(const Device &, const QJsonObject &)>;

    HubTransactions m_work;
    std::unique_ptr<StaffPinCheck> m_pins;
    std::unique_ptr<SessionOperations> m_sessions;
    std::unique_ptr<StationOperations> m_stations;
    std::unique_ptr<MenuOperations> m_menu;
    std::unique_ptr<MenuEditOperations> m_menuEdits;
    std::unique_ptr<RecommendOperations> m_recommend;
    std::unique_ptr<OrderOperations> m_orders;
    std::unique_ptr<GuestOperations> m_guests;
    std::unique_ptr<FloorOperations> m_floor;
    std::unique_ptr<PairingOperations> m_pairing;
    std::unique_ptr<VenueOperations> m_venue;
    std::unique_ptr<GuestVoiceOperations> m_guestVoice;
    std::unique_ptr<IdeaOperations> m_ideas;
    std::unique_ptr<BillOperations> m_bills;
    std::unique_ptr<LocalTipOperations> m_tips;
    QHash<QString, Handler> m_handlers;
};

} // namespace tableside
