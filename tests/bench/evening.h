#pragma once
// An evening's service played against a hub by its devices, each a real client paired as a venue
// pairs them: every table's tablet (its orders and messages through its outbox), a kitchen
// display and a floor view, the last two the screens' own view-models (KitchenScreen,
// HostScreen) with their models. Parties are seated, order one to four times, the kitchen starts
// and finishes every line, a waiter carries it out, answers a call and a message, the bill is
// asked, the waiter closes the table and it is seated again; the evening's minutes pass `speed`
// times faster than real ones (0: each step as soon as the one it waits for is done).

#include "clock.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace tableside {
class HostScreen;
class KitchenScreen;
class Outbox;
class VenueClient;
} // namespace tableside

namespace tableside::bench {

struct EveningPlan {
    int tables = 30;
    double hours = 8;   // the evening, in the venue's time; the last party is seated 2 h before
    double speed = 100; // the venue's minutes per real minute; 0: as fast as it goes
    int sessions = 0;   // seat no more parties than this (0: as many as the hours allow)
    quint32 seed = 1;   // the parties' choices and timings
};

// The rows the kitchen's and the floor's models hold.
struct ModelSizes {
    int kitchenTickets = 0; // TicketsModel rows
    int kitchenOrders = 0;  // TicketsModel::orders(): every order still in the kitchen
    int allDay = 0;         // AllDayModel rows
    int recall = 0;         // RecallModel rows
    int floorTables = 0;    // FloorModel rows
    int floorOrders = 0;    // FloorState::orders()
    int floorRequests = 0;  // FloorState::requests()
    int alerts = 0;         // AlertsModel rows
    int conversations = 0;  // ChatInbox conversations
};

struct EveningTally {
    int seatings = 0;
    int sessionsClosed = 0;
    int ordersSent = 0;
    QHash<QString, qint64> acknowledged; // order key -> order id
    int lines = 0;                       // lines of acknowledged orders
    int messages = 0;                    // the tables' messages, stored
    int answers = 0;                     // the floor's replies
    int calls = 0;                       // calls for a waiter, bill requests apart
    int bills = 0;
    int served = 0;                // lines the floor marked served
    QHash<qint64, int> kitchenSaw; // order id -> order.placed events at the kitchen
    QHash<qint64, int> floorSaw;   // ... and on the floor
    QMap<QString, int> refusals;   // "op code" -> how often the hub refused it
    int reconnects = 0;            // a device online again after it was once
};

class Evening : public QObject {
    Q_OBJECT

public:
    // workDir: where the tablets keep their outboxes.
    Evening(const EveningPlan &plan, const QString &workDir, QObject *parent = nullptr);
    ~Evening() override;

    // Pairs every device with the hub, starting from the code for its first owner device, and
    // reads the menu: empty on success, else what failed.
    QString prepare(const QUrl &hub, const QString &ownerCode);
    // The first parties arrive; finished() is emitted once the last table is closed for good.
    void start();
    bool isFinished() const { return m_finished; }
    // Waits (up to timeoutMs) until the kitchen and the floor have the last event the tables saw.
    bool settle(int timeoutMs);

    ModelSizes modelSizes() const;
    // What the open tables need the models to hold now, as the floor's and the kitchen's
    // clients told of it: a seated party's orders on the floor, the orders with a line still to
    // cook in the kitchen, the calls not answered, a conversation per table seated. The fields
    // not judged stay 0.
    ModelSizes neededSizes() const;
    int seatedTables() const;
    const EveningTally &tally() const { return m_tally; }
    int ordersUnanswered() const; // in the tablets' outboxes at the end
    // The tables not yet done for the evening and where each stands (for a run that stalls).
    QString whereItStands() const;
    double venueMinutes() const;

signals:
    void finished();

private:
    struct Dish {
        qint64 id = 0;
        QList<qint64> optionIds; // the fewest choices the dish requires
    };
    struct Party; // one table's tablet and the party seated there
    // The staff of one device (the cooks, the waiters): their actions one at a time, at most one
    // every StaffActionMs, so however fast the evening runs the device stays within the hub's
    // limit on a socket's requests.
    struct Staff {
        QList<std::function<void()>> waiting;
        QTimer hands;
    };

    QString pairEveryDevice(const QUrl &hub, const QString &ownerCode);
    QString readMenu(const QJsonObject &menu);
    void watchTablet(Party &party);
    void watchKitchen();
    void watchFloor();
    void countRefusals(VenueClient &client);

    // Runs action after between `from` and `to` of the venue's minutes.
    void after(double from, double to, std::function<void()> action);
    // The same, by one of staff: in turn with the others' actions.
    void byStaff(Staff &staff, double from, double to, std::function<void()> action);
    bool maySeat() const;
    void seat(Party &party);
    void onSeated(Party &party, qint64 sessionId);
    void placeOrder(Party &party);
    void onOrderAcknowledged(Party &party, const QJsonObject &order);
    void maybeAskForBill(Party &party);
    void onClosed(Party &party);
    void finishIfDone();

    EveningPlan m_plan;
    QString m_workDir;
    SystemClock m_clock;
    QRandomGenerator m_random;
    qint64 m_startedMs = -1; // m_clock.elapsedMs() at start()
    bool m_finished = false;
    QList<Dish> m_dishes;
    int m_roomTables = 0; // the floor's tables, as floor.get gave them
    std::vector<std::unique_ptr<Party>> m_parties;
    std::unique_ptr<VenueClient> m_ownerClient;
    std::unique_ptr<VenueClient> m_kitchenClient;
    std::unique_ptr<VenueClient> m_floorClient;
    std::unique_ptr<KitchenScreen> m_kitchen;
    std::unique_ptr<HostScreen> m_floor;
    EveningTally m_tally;
    Staff m_cooks;
    Staff m_waiters;
    // What the open tables need, from the floor's and the kitchen's events.
    QHash<int, QSet<qint64>> m_seatedOrders; // table -> orders of the party seated there
    QHash<qint64, QSet<qint64>> m_openLines; // order -> lines still to cook (kitchen)
    QHash<qint64, int> m_openRequests;       // request -> table (floor)
    QSet<int> m_seatedAtFloor;               // tables the floor sees seated
};

} // namespace tableside::bench
