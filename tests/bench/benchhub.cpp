// `tableside-bench hub`: the hub under full load over real sockets (hubrun.h), as it runs and with
// its own way of keeping commits turned off, in rounds that take the configurations in turn; beside
// them, once a round, the plain rate of single-row commits with SQLite's own syncing. README.md
// beside this file says what each figure means.
#include "benchhub.h"

#include "demovenue.h"
#include "devicerepository.h"
#include "hubrun.h"
#include "sqlstatement.h"
#include "tablerepository.h"
#include "venuedatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace tableside::bench {

namespace {

// Single-row transactions in WAL mode with synchronous=FULL and nothing of the hub's: each COMMIT
// syncs the log itself, and SQLite checkpoints as it does by default. The disk's ceiling for
// commits one at a time.
double sqliteCommitsPerSecond(const QString &path, int commits)
{
    VenueDatabase store(path, VenueDatabase::Durability::Full);
    if (!store.open())
        return 0;
    auto commitRows = [&] {
        const QSqlDatabase db = store.connection();
        if (!runSql(db, u"CREATE TABLE bench (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"_s))
            return 0.0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < commits; ++i) {
            Transaction transaction(db);
            if (!runSql(db, u"INSERT INTO bench (body) VALUES (?)"_s, {u"order %1"_s.arg(i)}) ||
                !transaction.commit())
                return 0.0;
        }
        return commits / (timer.nsecsElapsed() / 1e9);
    };
    const double perSecond = commitRows();
    store.closeConnection();
    return perSecond;
}

// Enough for a rate at a few milliseconds a commit, in a second or two.
constexpr int RawCommits = 500;

struct Configuration {
    const char *name; // its key in the JSON
    WalMechanisms mechanisms;
};

// The hub as it runs first; then without its own syncing, as SQLite alone keeps commits.
const Configuration configurations[] = {
    {"hub", {}},
    {"plain", {.syncOffThread = false}},
};
constexpr size_t configurationCount = std::size(configurations);

double median(std::vector<double> values)
{
    return percentile(std::move(values), 0.5);
}

QJsonObject spread(std::vector<double> values)
{
    if (values.empty())
        return {};
    const auto [least, most] = std::minmax_element(values.begin(), values.end());
    return {{u"min"_s, *least}, {u"median"_s, median(values)}, {u"max"_s, *most}};
}

void removeStore(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

} // namespace

int runHubBench(const QStringList &arguments)
{
    int tablets = 100;
    int ordersEach = 20;
    int perTable = 1; // tablets sharing one table: each sees the others' orders too
    int rounds = 3;
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        if (arguments[i] == u"--tablets"_s)
            tablets = arguments[i + 1].toInt();
        else if (arguments[i] == u"--orders"_s)
            ordersEach = arguments[i + 1].toInt();
        else if (arguments[i] == u"--per-table"_s)
            perTable = arguments[i + 1].toInt();
        else if (arguments[i] == u"--rounds"_s)
            rounds = arguments[i + 1].toInt();
    }
    if (tablets <= 0 || ordersEach <= 0 || perTable <= 0 || rounds <= 0) {
        QTextStream(stderr) << "tableside-bench hub: --tablets, --orders, --per-table and "
                               "--rounds want numbers above 0\n";
        return 2;
    }
    const int tables = (tablets + perTable - 1) / perTable;

    // The venue is made once; each run starts from a copy of it.
    QTemporaryDir dir;
    const QString venuePath = dir.filePath(u"venue.sqlite"_s);
    HubLoad load;
    load.ordersEach = ordersEach;
    {
        SystemClock clock;
        VenueDatabase store(venuePath);
        QFile demo(u":/demo/venue.json"_s);
        if (!store.open() || !demo.open(QIODevice::ReadOnly) ||
            !DemoVenue::seedIfEmpty(store.connection(), demo.readAll())) {
            QTextStream(stderr) << "tableside-bench hub: could not prepare the venue\n";
            return 1;
        }
        {
            // The demo room has 12 tables; a bigger room gets the rest in a row along its back
            // wall.
            TableRepository room(store.connection());
            const qsizetype demoTables = room.list()->size();
            for (int number = int(demoTables) + 1; number <= tables; ++number)
                (void)room.add(
                    DiningTable{0, number, 4, double(number % 20) / 20, 0.95, u"square"_s});
            DeviceRepository devices(store.connection(), clock);
            for (int i = 0; i < tablets; ++i)
                load.tokens.append(
                    devices.enroll(u"Bench %1"_s.arg(i), u"table"_s, i / perTable + 1)->second);
            load.kitchenToken = devices.enroll(u"Bench kitchen"_s, u"kitchen"_s, 0)->second;
            load.itemId =
                scalarSql(store.connection(), u"SELECT id FROM menu_items WHERE key = 'hummus'"_s)
                    ->toLongLong();
        }
        // All of it in the database file, so a copy of that file is the whole venue.
        (void)runSql(store.connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        store.closeConnection();
    }

    const int total = tablets * ordersEach;
    auto runOnCopy = [&](WalMechanisms mechanisms) -> std::optional<HubRunFigures> {
        load.storePath = dir.filePath(u"run.sqlite"_s);
        if (!QFile::copy(venuePath, load.storePath))
            return std::nullopt;
        HubRunFigures figures = runHubOnce(load, mechanisms);
        removeStore(load.storePath);
        return figures;
    };
    // Not counted: the first run of a process pays for what later ones find ready.
    if (!runOnCopy({})) {
        QTextStream(stderr) << "tableside-bench hub: could not copy the venue\n";
        return 1;
    }
    std::vector<HubRunFigures> runs[configurationCount];
    std::vector<double> commitsPerSecond;
    int lost = 0;
    int duplicated = 0;
    for (int round = 0; round < rounds; ++round) {
        // Each configuration runs first as often as last.
        for (size_t k = 0; k < configurationCount; ++k) {
            const size_t c = round % 2 == 0 ? k : configurationCount - 1 - k;
            const auto figures = runOnCopy(configurations[c].mechanisms);
            if (!figures) {
                QTextStream(stderr) << "tableside-bench hub: could not copy the venue\n";
                return 1;
            }
            runs[c].push_back(*figures);
            lost += figures->lost;
            duplicated += figures->duplicated;
        }
        const QString raw = dir.filePath(u"raw.sqlite"_s);
        commitsPerSecond.push_back(sqliteCommitsPerSecond(raw, RawCommits));
        removeStore(raw);
    }

    auto medianOf = [](const std::vector<HubRunFigures> &figures, auto figure) {
        std::vector<double> values;
        for (const HubRunFigures &run : figures)
            values.push_back(double(figure(run)));
        return median(values);
    };
    auto ordersPerSecond = [](const HubRunFigures &run) { return run.ordersPerSecond(); };
    auto p99 = [](const HubRunFigures &run) { return percentile(run.tapToKitchenMs, 0.99); };

    const std::vector<HubRunFigures> &hub = runs[0];
    auto perOrderMs = [&](size_t c) {
        return medianOf(hub, [c](const HubRunFigures &run) {
            return run.acknowledged > 0 ? run.cpu[c] * 1000 / run.acknowledged : 0;
        });
    };
    const double hubOrdersPerSecond = medianOf(hub, ordersPerSecond);
    const double sqliteCommits = median(commitsPerSecond);

    QJsonObject weighed;
    for (size_t c = 1; c < configurationCount; ++c) {
        std::vector<double> ordersRatio;
        std::vector<double> p99Ratio;
        for (int round = 0; round < rounds; ++round) {
            const HubRunFigures &full = hub[size_t(round)];
            const HubRunFigures &other = runs[c][size_t(round)];
            if (full.ordersPerSecond() > 0)
                ordersRatio.push_back(other.ordersPerSecond() / full.ordersPerSecond());
            if (p99(full) > 0)
                p99Ratio.push_back(p99(other) / p99(full));
        }
        weighed.insert(QString::fromLatin1(configurations[c].name),
                       QJsonObject{{u"orders_per_s"_s, medianOf(runs[c], ordersPerSecond)},
                                   {u"tap_to_kitchen_p99_ms"_s, medianOf(runs[c], p99)},
                                   {u"orders_per_s_vs_hub"_s, spread(ordersRatio)},
                                   {u"p99_vs_hub"_s, spread(p99Ratio)}});
    }
    const std::vector<HubRunFigures> &plain = runs[configurationCount - 1];

    const QJsonObject result{
        {u"tablets"_s, tablets},
        {u"tables"_s, tables},
        {u"orders_per_tablet"_s, ordersEach},
        {u"orders"_s, total},
        {u"rounds"_s, rounds},
        {u"acknowledged"_s, medianOf(hub, [](const HubRunFigures &r) { return r.acknowledged; })},
        {u"refused"_s, medianOf(hub, [](const HubRunFigures &r) { return r.refused; })},
        {u"stored"_s, medianOf(hub, [](const HubRunFigures &r) { return r.stored; })},
        {u"seconds"_s, medianOf(hub, [](const HubRunFigures &r) { return r.seconds; })},
        {u"hub_cpu_ms_per_order"_s, perOrderMs(0)},
        {u"clients_cpu_ms_per_order"_s, perOrderMs(1)},
        {u"kitchen_cpu_ms_per_order"_s, perOrderMs(2)},
        {u"process_cpu_ms_per_order"_s, perOrderMs(3)},
        {u"cpu_busy_percent"_s,
         medianOf(hub,
                  [](const HubRunFigures &r) {
                      return r.seconds > 0
                                 ? r.cpu[3] * 100 / (r.seconds * QThread::idealThreadCount())
                                 : 0;
                  })},
        {u"steal_percent"_s, medianOf(hub, [](const HubRunFigures &r) { return r.stealPercent; })},
        {u"orders_per_s"_s, hubOrdersPerSecond},
        {u"tap_to_kitchen_p50_ms"_s,
         medianOf(hub, [](const HubRunFigures &r) { return percentile(r.tapToKitchenMs, 0.50); })},
        {u"tap_to_kitchen_p99_ms"_s, medianOf(hub, p99)},
        {u"lost"_s, lost},
        {u"duplicated"_s, duplicated},
        {u"sqlite_commits_per_s"_s, sqliteCommits},
        {u"ratio"_s, sqliteCommits > 0 ? hubOrdersPerSecond / sqliteCommits : 0},
        {u"hub_plain_orders_per_s"_s, medianOf(plain, ordersPerSecond)},
        {u"hub_plain_tap_to_kitchen_p99_ms"_s, medianOf(plain, p99)},
        {u"weighed"_s, weighed},
    };
    QTextStream(stdout) << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return lost == 0 && duplicated == 0 ? 0 : 1;
}

} // namespace tableside::bench
