#include "eveningrun.h"

#include "benchclients.h"
#include "demovenue.h"
#include "sqlstatement.h"
#include "tablerepository.h"
#include "venuedatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside::bench {

namespace {

// The demo venue with `tables` tables: the demo's room, and the rest in rows at its back.
QString seedVenue(const QSqlDatabase &db, int tables)
{
    QFile demo(u":/demo/venue.json"_s);
    if (!demo.open(QIODevice::ReadOnly))
        return u"the demo venue is missing from the program"_s;
    if (auto seeded = DemoVenue::seedIfEmpty(db, demo.readAll()); !seeded)
        return seeded.error().message;
    TableRepository room(db);
    auto demoTables = room.list();
    if (!demoTables)
        return demoTables.error().message;
    for (int number = int(demoTables->size()) + 1; number <= tables; ++number) {
        const int place = number - int(demoTables->size()) - 1;
        const DiningTable table{0,
                                number,
                                4,
                                0.05 + double(place % 10) / 10,
                                0.75 + double(place / 10 % 3) / 12,
                                u"square"_s};
        if (auto added = room.add(table); !added)
            return added.error().message;
    }
    (void)runSql(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return {};
}

QString makeVenue(const QString &path, int tables)
{
    VenueDatabase store(path);
    if (auto opened = store.open(); !opened)
        return opened.error().message;
    const QString failed = seedVenue(store.connection(), tables);
    store.closeConnection();
    return failed;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::ranges::sort(values);
    return values[values.size() / 2];
}

// The samples taken between `from` and `to` of the service (shares of its length), or the one
// nearest to `from` when none was.
std::vector<const EveningSample *> samplesBetween(const std::vector<EveningSample> &samples,
                                                  double from, double to)
{
    std::vector<const EveningSample *> chosen;
    if (samples.empty())
        return chosen;
    const double start = samples.front().hub.atSeconds;
    const double length = samples.back().hub.atSeconds - start;
    for (const EveningSample &sample : samples) {
        const double at = length > 0 ? (sample.hub.atSeconds - start) / length : 1;
        if (at >= from && at <= to)
            chosen.push_back(&sample);
    }
    if (chosen.empty())
        chosen.push_back(
            &samples[std::min(samples.size() - 1, size_t(from * double(samples.size())))]);
    return chosen;
}

template<typename Figure>
double medianOf(const std::vector<const EveningSample *> &samples, Figure figure)
{
    std::vector<double> values;
    for (const EveningSample *sample : samples)
        values.push_back(double(figure(*sample)));
    return median(values);
}

template<typename Figure>
qint64 maxOf(const std::vector<const EveningSample *> &samples, Figure figure)
{
    qint64 most = 0;
    for (const EveningSample *sample : samples)
        most = std::max(most, qint64(figure(*sample)));
    return most;
}

template<typename Figure>
QJsonObject range(const std::vector<EveningSample> &samples, Figure figure)
{
    if (samples.empty())
        return {};
    qint64 least = figure(samples.front());
    qint64 most = least;
    for (const EveningSample &sample : samples) {
        least = std::min(least, qint64(figure(sample)));
        most = std::max(most, qint64(figure(sample)));
    }
    return {{u"min"_s, least}, {u"max"_s, most}, {u"last"_s, qint64(figure(samples.back()))}};
}

// Each model's field by its name in the JSON.
const std::pair<const char *, int ModelSizes::*> modelFields[] = {
    {"kitchen_tickets", &ModelSizes::kitchenTickets},
    {"kitchen_orders", &ModelSizes::kitchenOrders},
    {"kitchen_all_day", &ModelSizes::allDay},
    {"kitchen_recall", &ModelSizes::recall},
    {"floor_tables", &ModelSizes::floorTables},
    {"floor_orders", &ModelSizes::floorOrders},
    {"floor_requests", &ModelSizes::floorRequests},
    {"floor_alerts", &ModelSizes::alerts},
    {"floor_conversations", &ModelSizes::conversations},
};
// The fields Evening::neededSizes judges.
int ModelSizes::*const judgedFields[] = {&ModelSizes::kitchenTickets, &ModelSizes::kitchenOrders,
                                         &ModelSizes::floorOrders, &ModelSizes::floorRequests,
                                         &ModelSizes::conversations};

// The most a model held above what the open tables needed, over every sample.
int overNeeded(const std::vector<EveningSample> &samples, int ModelSizes::*field)
{
    int most = 0;
    for (const EveningSample &sample : samples)
        most = std::max(most, sample.models.*field - sample.needed.*field);
    return most;
}

// What the store holds once the hub has stopped; every acknowledged order looked for in it and in
// what the kitchen and the floor were told.
void readStore(const QSqlDatabase &db, EveningFigures &figures)
{
    auto count = [&db](const QString &sql) {
        auto value = scalarSql(db, sql);
        return value ? value->toInt() : -1;
    };
    figures.storedOrders = count(u"SELECT count(*) FROM orders"_s);
    figures.storedLines = count(u"SELECT count(*) FROM order_lines"_s);
    figures.linesNotServed = count(u"SELECT count(*) FROM order_lines WHERE status <> 'served'"_s);
    figures.storedSessions = count(u"SELECT count(*) FROM table_sessions"_s);
    figures.sessionsLeftOpen =
        count(u"SELECT count(*) FROM table_sessions WHERE closed_at IS NULL"_s);
    figures.events = count(u"SELECT count(*) FROM events"_s);

    QHash<QString, int> storedKeys;
    if (auto keys = runSql(db, u"SELECT idempotency_key FROM orders"_s))
        for (SqlStatement &row = keys.value(); row.next();)
            ++storedKeys[row.value(0).toString()];
    const EveningTally &tally = figures.tally;
    for (auto order = tally.acknowledged.cbegin(); order != tally.acknowledged.cend(); ++order) {
        const int times[] = {storedKeys.value(order.key()), tally.kitchenSaw.value(order.value()),
                             tally.floorSaw.value(order.value())};
        if (std::ranges::find(times, 0) != std::end(times))
            ++figures.lost;
        else if (std::ranges::any_of(times, [](int seen) { return seen > 1; }))
            ++figures.duplicated;
    }
    figures.lost += figures.ordersUnanswered;
}

void checkStore(const QString &path, EveningFigures &figures)
{
    VenueDatabase store(path);
    if (auto opened = store.open(); !opened) {
        figures.failure = opened.error().message;
        return;
    }
    readStore(store.connection(), figures);
    store.closeConnection();
}

} // namespace

EveningFigures runEvening(const EveningOptions &options)
{
    EveningFigures figures;
    figures.plan = options.plan;
    QElapsedTimer setup;
    setup.start();
    QTemporaryDir dir;
    const QString storePath = dir.filePath(u"venue.sqlite"_s);
    if (QString failed = makeVenue(storePath, options.plan.tables); !failed.isEmpty()) {
        figures.failure = failed;
        return figures;
    }
    HubProcessProbe hub;
    if (QString failed = hub.start(options.hubBinary, storePath); !failed.isEmpty()) {
        figures.failure = failed;
        return figures;
    }
    {
        Evening evening(options.plan, dir.path());
        if (QString failed = evening.prepare(hub.url(), hub.ownerPairingCode());
            !failed.isEmpty()) {
            figures.failure = failed;
            return figures;
        }
        figures.setupSeconds = setup.nsecsElapsed() / 1e9;

        auto takeSample = [&] {
            figures.samples.push_back({hub.sample(), processStatusKiB(0, "VmRSS"),
                                       evening.modelSizes(), evening.neededSizes()});
        };
        QTimer sampler;
        QObject::connect(&sampler, &QTimer::timeout, &sampler, takeSample);
        QElapsedTimer service;
        service.start();
        evening.start();
        takeSample();
        sampler.start(options.sampleMs);
        const EveningPlan &plan = options.plan;
        const int plannedMs =
            plan.speed > 0 ? int(plan.hours * 3600 * 1000 / plan.speed * 1.5) + 120000 : 600000;
        const int timeoutMs =
            options.timeoutSeconds > 0 ? options.timeoutSeconds * 1000 : plannedMs;
        waitUntil([&] { return evening.isFinished() || !hub.running(); }, timeoutMs);
        sampler.stop();
        figures.serviceSeconds = service.nsecsElapsed() / 1e9;
        figures.venueHours = evening.venueMinutes() / 60;
        if (!hub.running())
            figures.failure = u"the hub stopped during the evening: "_s + hub.lastOutput();
        else if (!evening.isFinished())
            figures.failure = u"the evening did not end within %1 s: %2"_s.arg(
                QString::number(timeoutMs / 1000), evening.whereItStands());
        else if (!evening.settle(20000))
            figures.failure = u"the kitchen or the floor did not catch up with the tables"_s;
        takeSample();
        figures.endModels = evening.modelSizes();
        figures.tally = evening.tally();
        figures.ordersUnanswered = evening.ordersUnanswered();
    }
    figures.hubStoppedCleanly = hub.stop();
    if (figures.failure.isEmpty())
        checkStore(storePath, figures);
    return figures;
}

double EveningFigures::memoryGrowthPercent() const
{
    const auto rss = [](const EveningSample &sample) { return sample.hub.rssKiB; };
    const double afterWarmUp = medianOf(samplesBetween(samples, 0.1, 0.2), rss);
    const double end = medianOf(samplesBetween(samples, 0.9, 1.0), rss);
    return afterWarmUp > 0 ? (end - afterWarmUp) * 100 / afterWarmUp : 0;
}

bool EveningFigures::logBounded() const
{
    const auto log = [](const EveningSample &sample) { return sample.hub.logBytes; };
    return double(maxOf(samplesBetween(samples, 0.5, 1.0), log)) <=
           double(maxOf(samplesBetween(samples, 0.0, 0.5), log)) * 1.1;
}

bool EveningFigures::modelsLetGo() const
{
    if (samples.empty())
        return false;
    const ModelSizes &end = endModels;
    const bool empty = end.kitchenTickets == 0 && end.kitchenOrders == 0 && end.allDay == 0 &&
                       end.floorOrders == 0 && end.floorRequests == 0 && end.alerts == 0 &&
                       end.conversations == 0 &&
                       end.floorTables == samples.back().needed.floorTables;
    return empty && std::ranges::all_of(judgedFields, [this](int ModelSizes::*field) {
               return overNeeded(samples, field) <= 0;
           });
}

QJsonObject EveningFigures::toJson() const
{
    const auto warmUp = samplesBetween(samples, 0.1, 0.2);
    const auto end = samplesBetween(samples, 0.9, 1.0);
    const auto rss = [](const EveningSample &s) { return s.hub.rssKiB; };
    const auto benchRss = [](const EveningSample &s) { return s.benchRssKiB; };
    const auto log = [](const EveningSample &s) { return s.hub.logBytes; };
    const auto descriptors = [](const EveningSample &s) { return s.hub.descriptors; };

    QJsonObject rssFigures = range(samples, rss);
    rssFigures.insert(u"after_warm_up"_s, medianOf(warmUp, rss));
    rssFigures.insert(u"end"_s, medianOf(end, rss));
    QJsonArray byTenth; // the median of each tenth of the service: a plateau or a slope
    for (int tenth = 0; tenth < 10; ++tenth)
        byTenth.append(medianOf(samplesBetween(samples, tenth / 10.0, (tenth + 1) / 10.0), rss));
    rssFigures.insert(u"by_tenth"_s, byTenth);
    QJsonObject logFigures = range(samples, log);
    logFigures.insert(u"first_half_max"_s, maxOf(samplesBetween(samples, 0.0, 0.5), log));
    logFigures.insert(u"second_half_max"_s, maxOf(samplesBetween(samples, 0.5, 1.0), log));
    const bool descriptorsBounded = maxOf(samplesBetween(samples, 0.5, 1.0), descriptors) <=
                                    maxOf(samplesBetween(samples, 0.0, 0.5), descriptors);

    QJsonObject models;
    for (const auto &[name, field] : modelFields) {
        QJsonObject model{
            {u"max"_s,
             range(samples, [field](const EveningSample &s) { return s.models.*field; })[u"max"]},
            {u"end"_s, endModels.*field}};
        if (std::ranges::find(judgedFields, field) != std::end(judgedFields))
            model.insert(u"over_needed_max"_s, overNeeded(samples, field));
        models.insert(QString::fromLatin1(name), model);
    }
    QJsonObject refusals;
    for (auto refusal = tally.refusals.cbegin(); refusal != tally.refusals.cend(); ++refusal)
        refusals.insert(refusal.key(), refusal.value());

    const double growth = memoryGrowthPercent();
    const int orders = int(tally.acknowledged.size());
    return {
        {u"tables"_s, plan.tables},
        {u"hours"_s, plan.hours},
        {u"speed"_s, plan.speed},
        {u"session_limit"_s, plan.sessions},
        {u"seed"_s, qint64(plan.seed)},
        {u"failure"_s, failure.isEmpty() ? QJsonValue() : QJsonValue(failure)},
        {u"venue_hours"_s, venueHours},
        {u"seconds"_s, serviceSeconds},
        {u"setup_seconds"_s, setupSeconds},
        {u"sessions"_s, tally.seatings},
        {u"sessions_closed"_s, tally.sessionsClosed},
        {u"orders"_s, orders},
        {u"lines"_s, tally.lines},
        {u"messages"_s, tally.messages},
        {u"answers"_s, tally.answers},
        {u"calls"_s, tally.calls},
        {u"bills"_s, tally.bills},
        {u"served"_s, tally.served},
        {u"orders_per_s"_s, serviceSeconds > 0 ? orders / serviceSeconds : 0},
        {u"events"_s, events},
        {u"events_per_s"_s, serviceSeconds > 0 ? events / serviceSeconds : 0},
        {u"stored_orders"_s, storedOrders},
        {u"stored_lines"_s, storedLines},
        {u"lines_not_served"_s, linesNotServed},
        {u"stored_sessions"_s, storedSessions},
        {u"sessions_left_open"_s, sessionsLeftOpen},
        {u"lost"_s, lost},
        {u"duplicated"_s, duplicated},
        {u"orders_unanswered"_s, ordersUnanswered},
        {u"refusals"_s, refusals},
        {u"reconnects"_s, tally.reconnects},
        {u"samples"_s, qint64(samples.size())},
        {u"rss_kib"_s, rssFigures},
        {u"peak_rss_kib"_s, samples.empty() ? 0 : samples.back().hub.peakRssKiB},
        {u"memory_growth_percent"_s, growth},
        {u"descriptors"_s, range(samples, descriptors)},
        {u"db_bytes"_s, range(samples, [](const EveningSample &s) { return s.hub.databaseBytes; })},
        {u"wal_bytes"_s, logFigures},
        {u"hub_output_bytes"_s, samples.empty() ? 0 : samples.back().hub.outputBytes},
        {u"bench_rss_kib"_s, QJsonObject{{u"after_warm_up"_s, medianOf(warmUp, benchRss)},
                                         {u"end"_s, medianOf(end, benchRss)}}},
        {u"models"_s, models},
        {u"targets"_s,
         QJsonObject{{u"memory_growth_below_10_percent"_s, !samples.empty() && growth < 10},
                     {u"log_bounded"_s, logBounded()},
                     {u"descriptors_bounded"_s, descriptorsBounded},
                     {u"nothing_lost"_s, failure.isEmpty() && lost == 0},
                     {u"nothing_duplicated"_s, failure.isEmpty() && duplicated == 0},
                     {u"every_line_served"_s, failure.isEmpty() && linesNotServed == 0},
                     {u"models_let_go"_s, modelsLetGo()},
                     {u"hub_stopped_cleanly"_s, hubStoppedCleanly}}},
    };
}

} // namespace tableside::bench
