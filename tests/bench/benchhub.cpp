// The hub on its own thread and database; N table clients each keep one order in flight (the
// next goes as soon as the last is acknowledged); a kitchen client on a thread of its own times
// every ticket's arrival.
// Beside it, in the same run and with the same PRAGMAs, the raw rate of single-row commits.
#include "benchhub.h"

#include "demovenue.h"
#include "devicerepository.h"
#include "hubserver.h"
#include "hubthread.h"
#include "machinesteal.h"
#include "sqlstatement.h"
#include "tablerepository.h"
#include "timeorderedkey.h"
#include "venueclient.h"
#include "venuedatabase.h"
#include "walsyncer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <array>
#include <atomic>
#include <ctime>
#include <memory>
#include <pthread.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace tableside::bench {

namespace {

// CPU time (user and system) a thread has spent, by its CPU clock.
double cpuSeconds(clockid_t threadClock)
{
    timespec now{};
    clock_gettime(threadClock, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// The hub runs in its own thread, as it would in its own process.
// Single-row transactions as the hub commits them: synchronous=NORMAL, then the log synced to
// disk (WalSyncer) before the next one, which is synchronous=FULL's durability; checkpoints, and
// the room kept past the log's end, are the syncer's, as the hub's are.
double sqliteCommitsPerSecond(const QString &path, int commits)
{
    VenueDatabase store(path, VenueDatabase::Durability::Normal);
    if (!store.open())
        return 0;
    const QSqlDatabase db = store.connection();
    if (!runSql(db, u"CREATE TABLE bench (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"_s))
        return 0;
    WalSyncer syncer(store.path());
    syncer.takeCheckpointsFrom(db);
    bool synced = true;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < commits && synced; ++i) {
        Transaction transaction(db);
        if (!runSql(db, u"INSERT INTO bench (body) VALUES (?)"_s, {u"order %1"_s.arg(i)}) ||
            !transaction.commit())
            return 0;
        syncer.whenDurable([&](bool ok) { synced = ok; });
        syncer.drain();
    }
    return synced ? commits / (timer.nsecsElapsed() / 1e9) : 0;
}

// The kitchen display is a device of its own, so its client runs on a thread of its own: the
// time a ticket takes to reach it is the hub's and the network's, not a wait behind the table
// clients' work. Each order's note carries its key and when it was sent.
class KitchenThread : public QThread {
public:
    KitchenThread(const QUrl &hub, const QString &token, const Clock &clock,
                  const QElapsedTimer &sinceStart)
        : m_hub(hub)
        , m_token(token)
        , m_clock(clock)
        , m_sinceStart(sinceStart)
    {}
    std::atomic<bool> online = false;
    std::atomic<int> distinct = 0; // orders seen at least once
    // This thread's CPU clock, readable from any thread once online is true.
    std::atomic<clockid_t> cpuClock = CLOCK_THREAD_CPUTIME_ID;
    // Read once the thread has finished.
    std::vector<double> tapToKitchenMs;
    int duplicated = 0;

protected:
    void run() override
    {
        clockid_t ownClock{};
        pthread_getcpuclockid(pthread_self(), &ownClock);
        cpuClock = ownClock;
        VenueClient kitchen(m_clock);
        QHash<QString, int> timesSeen;
        QObject::connect(&kitchen, &VenueClient::stateChanged, &kitchen,
                         [&](VenueClient::State state) {
                             if (state == VenueClient::State::Online)
                                 online = true;
                         });
        QObject::connect(&kitchen, &VenueClient::event, &kitchen,
                         [&](qint64, const QString &type, const QJsonObject &data) {
                             if (type != u"order.placed"_s)
                                 return;
                             const QStringList note =
                                 data[u"order"][u"lines"][0][u"note"].toString().split(u' ');
                             if (note.size() != 2)
                                 return;
                             if (++timesSeen[note[0]] > 1) {
                                 ++duplicated;
                                 return;
                             }
                             tapToKitchenMs.push_back(
                                 (m_sinceStart.nsecsElapsed() - note[1].toLongLong()) / 1e6);
                             ++distinct;
                         });
        kitchen.connectTo(m_hub, m_token);
        exec();
    }

private:
    QUrl m_hub;
    QString m_token;
    const Clock &m_clock;
    const QElapsedTimer &m_sinceStart;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[at];
}

struct Tablet {
    std::unique_ptr<VenueClient> client;
    int sent = 0;
    QString inFlight; // request id
};

} // namespace

int runHubBench(const QStringList &arguments)
{
    int tablets = 100;
    int ordersEach = 20;
    int perTable = 1; // tablets sharing one table: each sees the others' orders too
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == u"--tablets"_s)
            tablets = arguments[i + 1].toInt();
        else if (arguments[i] == u"--orders"_s)
            ordersEach = arguments[i + 1].toInt();
        else if (arguments[i] == u"--per-table"_s)
            perTable = arguments[i + 1].toInt();
    }
    if (tablets <= 0 || ordersEach <= 0 || perTable <= 0) {
        QTextStream(stderr) << "tableside-bench hub: --tablets, --orders and --per-table want "
                               "numbers above 0\n";
        return 2;
    }
    const int tables = (tablets + perTable - 1) / perTable;

    QTemporaryDir dir;
    SystemClock clock;
    VenueDatabase store(dir.filePath(u"venue.sqlite"_s));
    QFile demo(u":/demo/venue.json"_s);
    if (!store.open() || !demo.open(QIODevice::ReadOnly) ||
        !DemoVenue::seedIfEmpty(store.connection(), demo.readAll())) {
        QTextStream(stderr) << "tableside-bench hub: could not prepare the venue\n";
        return 1;
    }
    // The demo room has 12 tables; a bigger room gets the rest in a row along its back wall.
    TableRepository room(store.connection());
    const qsizetype demoTables = room.list()->size();
    for (int number = int(demoTables) + 1; number <= tables; ++number)
        (void)room.add(DiningTable{0, number, 4, double(number % 20) / 20, 0.95, u"square"_s});
    DeviceRepository devices(store.connection(), clock);
    QStringList tokens;
    for (int i = 0; i < tablets; ++i)
        tokens.append(devices.enroll(u"Bench %1"_s.arg(i), u"table"_s, i / perTable + 1)->second);
    const QString kitchenToken = devices.enroll(u"Bench kitchen"_s, u"kitchen"_s, 0)->second;
    const qint64 itemId =
        scalarSql(store.connection(), u"SELECT id FROM menu_items WHERE key = 'hummus'"_s)
            ->toLongLong();

    HubThread hub(store, clock);
    hub.setObjectName(u"hub"_s); // names the thread, for profilers
    // The event loop of `tableside hub`; the devices' threads keep the one of a screen.
    qputenv(HubServer::PlainEventLoopVariable, "1");
    hub.start();
    hub.ready.acquire(); // its event loop is made by now
    qunsetenv(HubServer::PlainEventLoopVariable);

    QElapsedTimer sinceStart;
    sinceStart.start();
    const int total = tablets * ordersEach;
    int acknowledged = 0;
    int failed = 0;

    KitchenThread kitchen(hub.url(), kitchenToken, clock, sinceStart);
    kitchen.setObjectName(u"kitchen"_s);
    kitchen.start();

    std::vector<Tablet> clients(tablets);
    auto sendNext = [&](Tablet &tablet) {
        if (tablet.sent >= ordersEach)
            return;
        ++tablet.sent;
        const QString key = timeOrderedKey(clock.now(), *QRandomGenerator::global()); // as Outbox
        const QString note = key + u' ' + QString::number(sinceStart.nsecsElapsed());
        const QJsonObject line{{u"itemId"_s, itemId}, {u"quantity"_s, 1}, {u"note"_s, note}};
        tablet.inFlight = tablet.client->request(u"order.place"_s,
                                                 {{u"key"_s, key}, {u"lines"_s, QJsonArray{line}}});
    };

    QElapsedTimer run;
    // CPU spent in the run itself: the hub's thread, this one (where every table client lives),
    // the kitchen's, and the whole process's (those three, the hub's syncing thread and Qt's).
    std::array<clockid_t, 4> clocks{};
    std::array<double, 4> cpuAtStart{};
    std::array<double, 4> cpu{};
    StealMeter steal;
    double stealPercent = -1;
    auto startRun = [&] {
        run.start();
        steal.restart();
        clocks = {hub.cpuClock(), CLOCK_THREAD_CPUTIME_ID, kitchen.cpuClock,
                  CLOCK_PROCESS_CPUTIME_ID};
        for (size_t c = 0; c < clocks.size(); ++c)
            cpuAtStart[c] = cpuSeconds(clocks[c]);
        for (Tablet &t : clients)
            sendNext(t);
    };
    int online = 0;
    for (int i = 0; i < tablets; ++i) {
        Tablet &tablet = clients[size_t(i)];
        tablet.client = std::make_unique<VenueClient>(clock);
        QObject::connect(tablet.client.get(), &VenueClient::stateChanged, tablet.client.get(),
                         [&](VenueClient::State state) {
                             if (state == VenueClient::State::Online)
                                 ++online;
                         });
        QObject::connect(tablet.client.get(), &VenueClient::replied, tablet.client.get(),
                         [&, i](const QString &id, bool ok) {
                             Tablet &t = clients[size_t(i)];
                             if (id != t.inFlight)
                                 return;
                             ok ? ++acknowledged : ++failed;
                             sendNext(t);
                         });
        tablet.client->connectTo(hub.url(), tokens[i]);
    }

    // The run starts once every client is online, and ends once every order is answered and
    // the kitchen has seen as many as were acknowledged (or after five minutes).
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (!run.isValid()) {
            if (online == tablets && kitchen.online)
                startRun();
        } else if ((acknowledged + failed == total && kitchen.distinct >= acknowledged) ||
                   sinceStart.elapsed() > 300000) {
            QCoreApplication::quit();
        }
    });
    poll.start(1);
    QCoreApplication::exec();
    const double seconds = run.isValid() ? run.nsecsElapsed() / 1e9 : 0;
    if (run.isValid()) {
        for (size_t c = 0; c < clocks.size(); ++c)
            cpu[c] = cpuSeconds(clocks[c]) - cpuAtStart[c];
        stealPercent = steal.percent();
    }

    kitchen.quit();
    kitchen.wait();
    hub.quit();
    hub.wait();

    const int duplicated = kitchen.duplicated;
    const int storedOrders =
        scalarSql(store.connection(), u"SELECT count(*) FROM orders"_s)->toInt();
    // Every order sent must reach the kitchen: refused or unseen ones are lost.
    const int lost = total - kitchen.distinct;

    const double ordersPerSecond = seconds > 0 ? acknowledged / seconds : 0;
    auto perOrderMs = [&](double cpuSeconds) {
        return acknowledged > 0 ? cpuSeconds * 1000 / acknowledged : 0;
    };
    const double commitsPerSecond =
        sqliteCommitsPerSecond(dir.filePath(u"raw.sqlite"_s), std::clamp(total, 500, 3000));
    const QJsonObject result{
        {u"tablets"_s, tablets},
        {u"tables"_s, tables},
        {u"orders_per_tablet"_s, ordersEach},
        {u"orders"_s, total},
        {u"acknowledged"_s, acknowledged},
        {u"refused"_s, failed},
        {u"stored"_s, storedOrders},
        {u"seconds"_s, seconds},
        // Where the time goes, over the run: CPU per order of the hub's thread, of the thread
        // that runs every table client, of the kitchen's and of the whole process; and how much
        // of the machine's CPU the process kept busy.
        {u"hub_cpu_ms_per_order"_s, perOrderMs(cpu[0])},
        {u"clients_cpu_ms_per_order"_s, perOrderMs(cpu[1])},
        {u"kitchen_cpu_ms_per_order"_s, perOrderMs(cpu[2])},
        {u"process_cpu_ms_per_order"_s, perOrderMs(cpu[3])},
        {u"cpu_busy_percent"_s,
         seconds > 0 ? cpu[3] * 100 / (seconds * QThread::idealThreadCount()) : 0},
        {u"steal_percent"_s, stealPercent},
        {u"orders_per_s"_s, ordersPerSecond},
        {u"tap_to_kitchen_p50_ms"_s, percentile(kitchen.tapToKitchenMs, 0.50)},
        {u"tap_to_kitchen_p99_ms"_s, percentile(kitchen.tapToKitchenMs, 0.99)},
        {u"lost"_s, lost},
        {u"duplicated"_s, duplicated},
        {u"sqlite_commits_per_s"_s, commitsPerSecond},
        {u"ratio"_s, commitsPerSecond > 0 ? ordersPerSecond / commitsPerSecond : 0},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return lost == 0 && duplicated == 0 ? 0 : 1;
}

} // namespace tableside::bench
