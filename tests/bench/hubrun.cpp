#include "hubrun.h"

#include "hubserver.h"
#include "hubthread.h"
#include "machinesteal.h"
#include "sqlstatement.h"
#include "timeorderedkey.h"
#include "venueclient.h"
#include "venuedatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <memory>
#include <pthread.h>

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

struct Tablet {
    std::unique_ptr<VenueClient> client;
    int sent = 0;
    QString inFlight; // request id
};

} // namespace

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    return values[at];
}

HubRunFigures runHubOnce(const HubLoad &load, WalMechanisms mechanisms)
{
    SystemClock clock;
    VenueDatabase store(load.storePath);
    HubRunFigures figures;
    if (!store.open())
        return figures;
    const int tablets = int(load.tokens.size());

    HubThread hub(store, clock, mechanisms);
    hub.setObjectName(u"hub"_s); // names the thread, for profilers
    // The event loop of `tableside hub`; the devices' threads keep the one of a screen.
    qputenv(HubServer::PlainEventLoopVariable, "1");
    hub.start();
    hub.ready.acquire(); // its event loop is made by now
    qunsetenv(HubServer::PlainEventLoopVariable);

    QElapsedTimer sinceStart;
    sinceStart.start();
    const int total = tablets * load.ordersEach;

    KitchenThread kitchen(hub.url(), load.kitchenToken, clock, sinceStart);
    kitchen.setObjectName(u"kitchen"_s);
    kitchen.start();

    std::vector<Tablet> clients(static_cast<size_t>(tablets));
    auto sendNext = [&](Tablet &tablet) {
        if (tablet.sent >= load.ordersEach)
            return;
        ++tablet.sent;
        const QString key = timeOrderedKey(clock.now(), *QRandomGenerator::global()); // as Outbox
        const QString note = key + u' ' + QString::number(sinceStart.nsecsElapsed());
        const QJsonObject line{{u"itemId"_s, load.itemId}, {u"quantity"_s, 1}, {u"note"_s, note}};
        tablet.inFlight = tablet.client->request(u"order.place"_s,
                                                 {{u"key"_s, key}, {u"lines"_s, QJsonArray{line}}});
    };

    QElapsedTimer run;
    // CPU spent in the run itself: the hub's thread, this one (where every table client lives),
    // the kitchen's, and the whole process's (those three, the hub's syncing threads and Qt's).
    std::array<clockid_t, 4> clocks{};
    std::array<double, 4> cpuAtStart{};
    StealMeter steal;
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
                             ok ? ++figures.acknowledged : ++figures.refused;
                             sendNext(t);
                         });
        tablet.client->connectTo(hub.url(), load.tokens[i]);
    }

    // The run starts once every client is online, and ends once every order is answered and
    // the kitchen has seen as many as were acknowledged (or after five minutes).
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (!run.isValid()) {
            if (online == tablets && kitchen.online)
                startRun();
        } else if ((figures.acknowledged + figures.refused == total &&
                    kitchen.distinct >= figures.acknowledged) ||
                   sinceStart.elapsed() > 300000) {
            QCoreApplication::quit();
        }
    });
    poll.start(1);
    QCoreApplication::exec();
    if (run.isValid()) {
        figures.seconds = run.nsecsElapsed() / 1e9;
        for (size_t c = 0; c < clocks.size(); ++c)
            figures.cpu[c] = cpuSeconds(clocks[c]) - cpuAtStart[c];
        figures.stealPercent = steal.percent();
    }

    clients.clear();
    kitchen.quit();
    kitchen.wait();
    hub.quit();
    hub.wait();

    figures.tapToKitchenMs = std::move(kitchen.tapToKitchenMs);
    figures.duplicated = kitchen.duplicated;
    figures.stored = scalarSql(store.connection(), u"SELECT count(*) FROM orders"_s)->toInt();
    // Every order sent must reach the kitchen: refused or unseen ones are lost.
    figures.lost = total - kitchen.distinct;
    store.closeConnection();
    return figures;
}

} // namespace tableside::bench
