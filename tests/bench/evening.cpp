#include "evening.h"

#include "benchclients.h"
#include "hostscreen.h"
#include "kitchenscreen.h"
#include "outbox.h"
#include "venueclient.h"

#include <QDir>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside::bench {

namespace {

// The last party is seated this long before the evening ends, so the room empties by its end.
constexpr double LastSeatingMinutes = 120;
// A socket may send 50 requests a second on average; the staff of a device send fewer.
constexpr int StaffActionMs = 30;

const QStringList callKinds{u"help"_s, u"water"_s, u"cutlery"_s, u"other"_s};
const QStringList messages{u"Could we have some more bread, please?"_s,
                           u"Is the lamb very spicy?"_s, u"Can we move to the terrace later?"_s,
                           u"Could you bring a high chair?"_s};
const QStringList notes{u"no onion"_s, u"extra lemon"_s, u"well done"_s, u"sauce on the side"_s};

// Every device reconnects about once a second: the hub's pairing limit lets one in a second.
VenueClient::Timing benchTiming()
{
    VenueClient::Timing timing;
    timing.reconnect.initialMs = 700;
    timing.reconnect.maxMs = 1500;
    return timing;
}

} // namespace

struct Evening::Party {
    int table = 0;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<VenueClient> client;
    qint64 sessionId = 0; // the party seated now, 0 while the table is free
    int ordersLeft = 0;
    bool ordering = false; // an order is in the outbox, not yet answered
    bool messageWritten = false;
    bool callAnswered = false;
    bool messageAnswered = false;
    bool billAsked = false;
    QSet<qint64> unserved; // lines of its acknowledged orders not yet served
    bool retired = false;  // free, and seated no more tonight
};

Evening::Evening(const EveningPlan &plan, const QString &workDir, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_workDir(workDir)
    , m_random(plan.seed)
{
    for (Staff *staff : {&m_cooks, &m_waiters}) {
        staff->hands.setInterval(StaffActionMs);
        connect(&staff->hands, &QTimer::timeout, this, [staff] {
            if (staff->waiting.isEmpty())
                staff->hands.stop();
            else
                staff->waiting.takeFirst()();
        });
    }
}

Evening::~Evening() = default;

QString Evening::prepare(const QUrl &hub, const QString &ownerCode)
{
    if (ownerCode.isEmpty())
        return u"the hub offered no code for an owner device"_s;
    m_ownerClient = std::make_unique<VenueClient>(m_clock);
    m_kitchenClient = std::make_unique<VenueClient>(m_clock);
    m_floorClient = std::make_unique<VenueClient>(m_clock);
    // The screens first: they follow their clients from the first welcome on.
    m_kitchen = std::make_unique<KitchenScreen>(*m_kitchenClient, m_clock, QString());
    m_floor = std::make_unique<HostScreen>(*m_floorClient, m_clock);
    for (int table = 1; table <= m_plan.tables; ++table) {
        auto party = std::make_unique<Party>();
        party->table = table;
        party->outbox = std::make_unique<Outbox>(
            QDir(m_workDir).filePath(u"outbox-%1.sqlite"_s.arg(table)), m_clock);
        if (auto opened = party->outbox->open(); !opened)
            return opened.error().message;
        party->client = std::make_unique<VenueClient>(m_clock);
        party->client->setOutbox(party->outbox.get());
        m_parties.push_back(std::move(party));
    }
    for (VenueClient *client : {m_ownerClient.get(), m_kitchenClient.get(), m_floorClient.get()})
        client->setTiming(benchTiming());
    for (const auto &party : m_parties)
        party->client->setTiming(benchTiming());

    if (const QString failed = pairEveryDevice(hub, ownerCode); !failed.isEmpty())
        return failed;
    const QJsonObject menu = ask(*m_parties.front()->client, u"menu.get"_s, {});
    if (const QString failed = readMenu(menu[u"menu"].toObject()); !failed.isEmpty())
        return failed;
    if (!waitUntil([this] { return m_floor->planKnown() && m_kitchen->online(); }, 30000))
        return u"the floor or the kitchen did not get the venue's state"_s;
    m_roomTables = m_floor->floorModel().rowCount();

    countRefusals(*m_kitchenClient);
    countRefusals(*m_floorClient);
    for (const auto &party : m_parties) {
        countRefusals(*party->client);
        watchTablet(*party);
    }
    watchKitchen();
    watchFloor();
    return {};
}

QString Evening::pairEveryDevice(const QUrl &hub, const QString &ownerCode)
{
    if (QString failed = pairDevice(*m_ownerClient, hub, ownerCode, u"Soak owner"_s);
        !failed.isEmpty())
        return failed;
    auto pairAs = [&](VenueClient &client, const QString &role, int table,
                      const QString &name) -> QString {
        QJsonObject args{{u"role"_s, role}};
        if (table > 0)
            args.insert(u"table"_s, table);
        const QJsonObject made = ask(*m_ownerClient, u"pairing.create"_s, args);
        const QString code = made[u"code"].toString();
        if (code.isEmpty())
            return u"no pairing code for %1: %2"_s.arg(name, made[u"error"].toString());
        return pairDevice(client, hub, code, name);
    };
    if (QString failed = pairAs(*m_kitchenClient, u"kitchen"_s, 0, u"Soak kitchen"_s);
        !failed.isEmpty())
        return failed;
    if (QString failed = pairAs(*m_floorClient, u"host"_s, 0, u"Soak floor"_s); !failed.isEmpty())
        return failed;
    for (const auto &party : m_parties)
        if (QString failed = pairAs(*party->client, u"table"_s, party->table,
                                    u"Soak table %1"_s.arg(party->table));
            !failed.isEmpty())
            return failed;
    // The owner's device has done its part; the evening is the tables', the kitchen's and the
    // floor's.
    m_ownerClient->disconnectFromHub();
    return {};
}

QString Evening::readMenu(const QJsonObject &menu)
{
    // Dishes served at every hour and never counted down, each with the choices it requires.
    for (const QJsonValue &category : menu[u"categories"].toArray()) {
        if (!category[u"windows"].toArray().isEmpty())
            continue;
        for (const QJsonValue &item : category[u"items"].toArray()) {
            if (!item[u"available"].toBool() || item.toObject().contains(u"stockLeft"_s) ||
                !item[u"windows"].toArray().isEmpty())
                continue;
            Dish dish{item[u"id"].toInteger(), {}};
            for (const QJsonValue &group : item[u"groups"].toArray()) {
                const QJsonArray options = group[u"options"].toArray();
                for (int i = 0; i < group[u"min"].toInt() && i < options.size(); ++i)
                    dish.optionIds.append(options[i][u"id"].toInteger());
            }
            m_dishes.append(dish);
        }
    }
    return m_dishes.isEmpty() ? u"the menu offers no dish to order"_s : QString();
}

void Evening::countRefusals(VenueClient &client)
{
    connect(&client, &VenueClient::replied, this,
            [this](const QString &, bool ok, const QJsonObject &, const QString &code) {
                if (!ok)
                    ++m_tally.refusals[code];
            });
    connect(&client, &VenueClient::stateChanged, this, [this](VenueClient::State state) {
        if (state == VenueClient::State::Online)
            ++m_tally.reconnects; // every device is online before the evening starts
    });
}

void Evening::after(double from, double to, std::function<void()> action)
{
    const double minutes = from + m_random.generateDouble() * (to - from);
    const int ms = m_plan.speed > 0 ? int(minutes * 60000 / m_plan.speed) : 0;
    QTimer::singleShot(ms, this, std::move(action));
}

void Evening::byStaff(Staff &staff, double from, double to, std::function<void()> action)
{
    after(from, to, [&staff, action = std::move(action)] {
        if (staff.hands.isActive()) {
            staff.waiting.append(action);
            return;
        }
        action();
        staff.hands.start(); // the next one waits its turn
    });
}

double Evening::venueMinutes() const
{
    return m_startedMs < 0 ? 0 : double(m_clock.elapsedMs() - m_startedMs) * m_plan.speed / 60000;
}

void Evening::start()
{
    m_startedMs = m_clock.elapsedMs();
    // The first parties arrive over the evening's first hour.
    for (const auto &party : m_parties)
        after(0, 60, [this, p = party.get()] { seat(*p); });
}

bool Evening::maySeat() const
{
    return (m_plan.sessions <= 0 || m_tally.seatings < m_plan.sessions) &&
           (m_plan.speed <= 0 || venueMinutes() < m_plan.hours * 60 - LastSeatingMinutes);
}

void Evening::seat(Party &party)
{
    if (!maySeat()) {
        party.retired = true;
        finishIfDone();
        return;
    }
    ++m_tally.seatings;
    const int partySize = 1 + int(m_random.bounded(6));
    byStaff(m_waiters, 0, 0,
            [this, table = party.table, partySize] { m_floor->seat(table, partySize); });
}

void Evening::watchTablet(Party &party)
{
    VenueClient &client = *party.client;
    connect(&client, &VenueClient::event, this,
            [this, &party](qint64, const QString &type, const QJsonObject &data) {
                if (data[u"table"].toInt() != party.table)
                    return;
                const qint64 sessionId = data[u"sessionId"].toInteger();
                if (type == u"session.opened"_s) {
                    onSeated(party, sessionId);
                } else if (type == u"session.closed"_s && sessionId == party.sessionId) {
                    onClosed(party);
                } else if (type == u"order.line.status"_s &&
                           data[u"status"].toString() == u"served"_s) {
                    party.unserved.remove(data[u"lineId"].toInteger());
                    maybeAskForBill(party);
                } else if (type == u"service.requested"_s) {
                    ++(data[u"kind"].toString() == u"bill"_s ? m_tally.bills : m_tally.calls);
                } else if (type == u"service.acknowledged"_s &&
                           data[u"kind"].toString() != u"bill"_s) {
                    party.callAnswered = true;
                    maybeAskForBill(party);
                } else if (type == u"chat.message"_s && data[u"from"].toString() != u"table"_s) {
                    party.messageAnswered = true;
                    maybeAskForBill(party);
                }
            });
    connect(&client, &VenueClient::outboxSent, this,
            [this, &party](const QString &key, const QString &op, const QJsonObject &result) {
                if (op == u"order.place"_s) {
                    m_tally.acknowledged.insert(key, result[u"order"][u"id"].toInteger());
                    onOrderAcknowledged(party, result[u"order"].toObject());
                } else if (op == u"chat.send"_s) {
                    ++m_tally.messages;
                }
            });
    connect(&client, &VenueClient::outboxRejected, this,
            [this, &party](const QString &, const QString &op) {
                if (op != u"order.place"_s)
                    return;
                party.ordering = false; // told to the diner; the party orders on
                onOrderAcknowledged(party, {});
            });
}

void Evening::onSeated(Party &party, qint64 sessionId)
{
    if (sessionId == party.sessionId)
        return;
    party.sessionId = sessionId;
    party.ordersLeft = 1 + int(m_random.bounded(4));
    party.ordering = false;
    party.messageWritten = party.callAnswered = party.messageAnswered = party.billAsked = false;
    party.unserved.clear();
    after(4, 10, [this, &party, sessionId] {
        if (party.sessionId == sessionId)
            placeOrder(party);
    });
    after(5, 40, [this, &party, sessionId] {
        if (party.sessionId == sessionId)
            party.client->request(
                u"service.call"_s,
                {{u"kind"_s, callKinds[m_random.bounded(int(callKinds.size()))]}});
    });
}

void Evening::placeOrder(Party &party)
{
    QJsonArray lines;
    const int count = 1 + int(m_random.bounded(4));
    for (int i = 0; i < count; ++i) {
        const Dish &dish = m_dishes[m_random.bounded(int(m_dishes.size()))];
        QJsonObject line{{u"itemId"_s, dish.id}, {u"quantity"_s, 1 + int(m_random.bounded(3))}};
        if (!dish.optionIds.isEmpty()) {
            QJsonArray options;
            for (qint64 option : dish.optionIds)
                options.append(option);
            line.insert(u"optionIds"_s, options);
        }
        if (m_random.bounded(4) == 0)
            line.insert(u"note"_s, notes[m_random.bounded(int(notes.size()))]);
        lines.append(line);
    }
    if (!party.outbox->enqueue(u"order.place"_s, {{u"lines"_s, lines}}))
        return;
    party.ordering = true;
    ++m_tally.ordersSent;
}

void Evening::onOrderAcknowledged(Party &party, const QJsonObject &order)
{
    party.ordering = false;
    const QJsonArray lines = order[u"lines"].toArray();
    m_tally.lines += int(lines.size());
    for (const QJsonValue &line : lines)
        party.unserved.insert(line[u"id"].toInteger());
    const qint64 sessionId = party.sessionId;
    if (--party.ordersLeft > 0)
        after(10, 30, [this, &party, sessionId] {
            if (party.sessionId == sessionId)
                placeOrder(party);
        });
    if (!party.messageWritten) {
        party.messageWritten = true;
        after(2, 15, [this, &party, sessionId] {
            if (party.sessionId == sessionId)
                (void)party.outbox->enqueue(
                    u"chat.send"_s,
                    {{u"body"_s, messages[m_random.bounded(int(messages.size()))]}});
        });
    }
    maybeAskForBill(party);
}

void Evening::maybeAskForBill(Party &party)
{
    if (!party.sessionId || party.ordersLeft > 0 || party.ordering || !party.unserved.isEmpty() ||
        !party.callAnswered || !party.messageAnswered || party.billAsked)
        return;
    party.billAsked = true;
    const qint64 sessionId = party.sessionId;
    after(5, 20, [&party, sessionId] {
        if (party.sessionId == sessionId)
            party.client->request(u"service.call"_s, {{u"kind"_s, u"bill"_s}});
    });
}

void Evening::onClosed(Party &party)
{
    party.sessionId = 0;
    // The next party comes in once the table is laid again.
    after(3, 15, [this, &party] { seat(party); });
}

void Evening::watchKitchen()
{
    connect(m_kitchenClient.get(), &VenueClient::event, this,
            [this](qint64, const QString &type, const QJsonObject &data) {
                if (type == u"order.placed"_s) {
                    const QJsonObject order = data[u"order"].toObject();
                    const qint64 orderId = order[u"id"].toInteger();
                    ++m_tally.kitchenSaw[orderId];
                    QSet<qint64> &open = m_openLines[orderId];
                    // A cook starts each line, then finishes it in its own time.
                    for (const QJsonValue &line : order[u"lines"].toArray()) {
                        const qint64 lineId = line[u"id"].toInteger();
                        open.insert(lineId);
                        byStaff(m_cooks, 1, 4, [this, lineId] { m_kitchen->startLine(lineId); });
                    }
                } else if (type == u"order.line.status"_s) {
                    const QString status = data[u"status"].toString();
                    const qint64 lineId = data[u"lineId"].toInteger();
                    if (status == u"cooking"_s) {
                        byStaff(m_cooks, 5, 15,
                                [this, lineId] { m_kitchen->advance(lineId, u"ready"_s); });
                    } else if (status != u"accepted"_s) {
                        const qint64 orderId = data[u"orderId"].toInteger();
                        auto open = m_openLines.find(orderId);
                        if (open != m_openLines.end() && open->remove(lineId) && open->isEmpty())
                            m_openLines.erase(open);
                    }
                }
            });
}

void Evening::watchFloor()
{
    connect(m_floorClient.get(), &VenueClient::event, this,
            [this](qint64, const QString &type, const QJsonObject &data) {
                const int table = data[u"table"].toInt();
                if (type == u"order.placed"_s) {
                    const qint64 orderId = data[u"order"][u"id"].toInteger();
                    ++m_tally.floorSaw[orderId];
                    const int orderTable = data[u"order"][u"table"].toInt();
                    if (m_seatedAtFloor.contains(orderTable))
                        m_seatedOrders[orderTable].insert(orderId);
                } else if (type == u"session.opened"_s) {
                    m_seatedAtFloor.insert(table);
                    m_seatedOrders[table].clear();
                } else if (type == u"session.closed"_s) {
                    ++m_tally.sessionsClosed;
                    m_seatedAtFloor.remove(table);
                    m_seatedOrders.remove(table);
                    for (auto request = m_openRequests.begin(); request != m_openRequests.end();)
                        request = request.value() == table ? m_openRequests.erase(request)
                                                           : std::next(request);
                } else if (type == u"order.line.status"_s) {
                    const QString status = data[u"status"].toString();
                    const qint64 lineId = data[u"lineId"].toInteger();
                    if (status == u"ready"_s)
                        byStaff(m_waiters, 1, 3, [this, lineId] { m_floor->serveLine(lineId); });
                    else if (status == u"served"_s)
                        ++m_tally.served;
                } else if (type == u"service.requested"_s) {
                    const qint64 requestId = data[u"requestId"].toInteger();
                    m_openRequests.insert(requestId, table);
                    byStaff(m_waiters, 1, 3,
                            [this, requestId] { m_floor->acknowledge(requestId); });
                } else if (type == u"service.acknowledged"_s) {
                    m_openRequests.remove(data[u"requestId"].toInteger());
                    // The bill is paid, then the waiter clears the table.
                    if (data[u"kind"].toString() == u"bill"_s)
                        byStaff(m_waiters, 3, 10, [this, table] { m_floor->closeTable(table); });
                } else if (type == u"chat.message"_s) {
                    if (data[u"from"].toString() != u"table"_s) {
                        ++m_tally.answers;
                        return;
                    }
                    byStaff(m_waiters, 0.5, 2, [this, table] {
                        m_floor->openChat(table);
                        m_floor->sendChat(u"Of course, right away."_s);
                        m_floor->closeChat();
                    });
                }
            });
}

void Evening::finishIfDone()
{
    if (m_finished || !std::ranges::all_of(m_parties, [](const auto &p) { return p->retired; }))
        return;
    m_finished = true;
    emit finished();
}

bool Evening::settle(int timeoutMs)
{
    return waitUntil(
        [this] {
            qint64 tablesSeen = 0;
            for (const auto &party : m_parties) {
                if (party->outbox->pendingCount() > 0)
                    return false;
                tablesSeen = std::max(tablesSeen, party->client->lastSeq());
            }
            return m_kitchenClient->lastSeq() == m_floorClient->lastSeq() &&
                   m_floorClient->lastSeq() >= tablesSeen;
        },
        timeoutMs);
}

int Evening::ordersUnanswered() const
{
    int waiting = 0;
    for (const auto &party : m_parties)
        waiting += party->outbox->pendingCount();
    return waiting;
}

QString Evening::whereItStands() const
{
    QStringList tables;
    for (const auto &party : m_parties)
        if (!party->retired)
            tables.append(u"table %1: session %2, %3 orders to come%4, %5 lines unserved, call "
                          u"%6, message %7, bill %8, outbox %9"_s.arg(party->table)
                              .arg(party->sessionId)
                              .arg(party->ordersLeft)
                              .arg(party->ordering ? u" (one sent)"_s : QString())
                              .arg(party->unserved.size())
                              .arg(party->callAnswered ? u"answered"_s : u"open"_s)
                              .arg(party->messageAnswered ? u"answered"_s : u"open"_s)
                              .arg(party->billAsked ? u"asked"_s : u"not asked"_s)
                              .arg(party->outbox->pendingCount()));
    QStringList refusals;
    for (auto refusal = m_tally.refusals.cbegin(); refusal != m_tally.refusals.cend(); ++refusal)
        refusals.append(u"%1 x%2"_s.arg(refusal.key()).arg(refusal.value()));
    return tables.join(u"; "_s) + u"; refusals: "_s + refusals.join(u", "_s);
}

int Evening::seatedTables() const
{
    return int(m_seatedAtFloor.size());
}

ModelSizes Evening::modelSizes() const
{
    ModelSizes sizes;
    sizes.kitchenTickets = m_kitchen->ticketsModel().rowCount();
    sizes.kitchenOrders = int(m_kitchen->ticketsModel().orders().size());
    sizes.allDay = m_kitchen->allDayModel().rowCount();
    sizes.recall = m_kitchen->recallModel().rowCount();
    sizes.floorTables = m_floor->floorModel().rowCount();
    sizes.floorOrders = int(m_floor->floorModel().state().orders().size());
    sizes.floorRequests = int(m_floor->floorModel().state().requests().size());
    sizes.alerts = m_floor->alertsModel().rowCount();
    sizes.conversations = m_floor->chatInbox().conversationCount();
    return sizes;
}

ModelSizes Evening::neededSizes() const
{
    ModelSizes needed;
    needed.kitchenTickets = needed.kitchenOrders = int(m_openLines.size());
    needed.floorTables = m_roomTables;
    for (int table : m_seatedAtFloor)
        needed.floorOrders += int(m_seatedOrders.value(table).size());
    needed.floorRequests = int(m_openRequests.size());
    needed.conversations = int(m_seatedAtFloor.size());
    return needed;
}

} // namespace tableside::bench
