// A venue's history of order lines (one million by default) over a menu of 300 dishes, each
// dish's popularity falling as 1/rank (Zipf, as real menus sell), some dishes usually ordered
// with a partner (fries with the burger), written to a real store in table sessions of one to
// three orders. Then: the hub's start (every stored line read into the index), lookups for a
// dish and for carts (the index alone, and the hub's whole recommend.get without the socket),
// the cost of recording one more order (the index alone, and with the hub's read of the
// session's earlier dishes), and the index's memory.
#include "benchrecommend.h"

#include "benchvenue.h"
#include "coorderindex.h"
#include "demovenue.h"
#include "devicerepository.h"
#include "huboperations.h"
#include "recommendationrepository.h"
#include "recommendoperations.h"
#include "serviceday.h"
#include "sqlstatement.h"
#include "storedtime.h"
#include "venuedatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <vector>

using namespace Qt::StringLiterals;

namespace tableside::bench {

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

// Draws dish ranks 0..n-1 with probability proportional to 1 / (rank + 1).
class Zipf {
public:
    explicit Zipf(int n)
    {
        double sum = 0;
        for (int i = 0; i < n; ++i)
            m_cumulative.push_back(sum += 1.0 / (i + 1));
        for (double &c : m_cumulative)
            c /= sum;
    }
    int draw(std::mt19937_64 &random)
    {
        const double u = std::uniform_real_distribution<double>(0, 1)(random);
        return int(std::lower_bound(m_cumulative.begin(), m_cumulative.end(), u) -
                   m_cumulative.begin());
    }

private:
    std::vector<double> m_cumulative;
};

struct History {
    std::vector<std::vector<std::vector<qint64>>> sessions; // session -> order -> dish ids
    qint64 lines = 0;
};

History makeHistory(const std::vector<qint64> &dishes, qint64 lines, std::mt19937_64 &random)
{
    Zipf zipf(int(dishes.size()));
    const auto n = int(dishes.size());
    History history;
    std::uniform_int_distribution<int> ordersPerSession(1, 3), linesPerOrder(1, 5);
    std::bernoulli_distribution partner(0.3);
    while (history.lines < lines) {
        auto &session = history.sessions.emplace_back();
        for (int o = ordersPerSession(random); o > 0 && history.lines < lines; --o) {
            auto &order = session.emplace_back();
            int rank = zipf.draw(random);
            for (int l = linesPerOrder(random); l > 0 && history.lines < lines; --l) {
                order.push_back(dishes[size_t(rank)]);
                ++history.lines;
                // A dish's partner is a fixed other dish: what makes "often with" worth asking.
                rank = partner(random) ? (rank * 7 + 13) % n : zipf.draw(random);
            }
        }
    }
    return history;
}

// Writes the history as the hub would have: sessions at the demo's tables, orders and lines.
QString writeHistory(const QSqlDatabase &db, const History &history, const QDateTime &start)
{
    const auto table = scalarSql(db, u"SELECT id FROM dining_tables ORDER BY id LIMIT 1"_s);
    if (!table)
        return table.error().message;
    if (!runSql(db, u"PRAGMA synchronous = OFF"_s) || !runSql(db, u"BEGIN"_s))
        return u"cannot start writing"_s;
    qint64 orderNumber = 0;
    QDateTime at = start;
    for (const auto &session : history.sessions) {
        const QString when = storedTime(at);
        auto opened = runSql(db,
                             u"INSERT INTO table_sessions (table_id, party_size, opened_at, "
                             u"closed_at) VALUES (?, 2, ?, ?)"_s,
                             {*table, when, when});
        if (!opened)
            return opened.error().message;
        const qint64 sessionId = opened->lastInsertId().toLongLong();
        for (const auto &order : session) {
            ++orderNumber;
            auto placed = runSql(db,
                                 u"INSERT INTO orders (order_number, session_id, idempotency_key, "
                                 u"status, total_minor, currency, placed_at) "
                                 u"VALUES (?, ?, ?, 'served', 0, 'EUR', ?)"_s,
                                 {orderNumber, sessionId, u"bench-%1"_s.arg(orderNumber), when});
            if (!placed)
                return placed.error().message;
            const qint64 orderId = placed->lastInsertId().toLongLong();
            for (qint64 itemId : order)
                if (auto line = runSql(db,
                                       u"INSERT INTO order_lines (order_id, item_id, quantity, "
                                       u"unit_price_minor, line_total_minor, station, status) "
                                       u"VALUES (?, ?, 1, 0, 0, 'grill', 'served')"_s,
                                       {orderId, itemId});
                    !line)
                    return line.error().message;
        }
        at = at.addSecs(60);
    }
    if (!runSql(db, u"COMMIT"_s) || !runSql(db, u"PRAGMA synchronous = FULL"_s))
        return u"cannot finish writing"_s;
    return {};
}

} // namespace

int runRecommendBench(const QStringList &arguments)
{
    qint64 lines = 1'000'000;
    int dishes = 300;
    int lookups = 100'000;
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        const qint64 value = arguments[i + 1].toLongLong();
        if (arguments[i] == u"--lines"_s)
            lines = value;
        else if (arguments[i] == u"--dishes"_s)
            dishes = int(value);
        else if (arguments[i] == u"--lookups"_s)
            lookups = int(value);
    }
    if (lines <= 0 || dishes < 2 || lookups <= 0) {
        QTextStream(stderr) << "tableside-bench recommend: --lines and --lookups want numbers "
                               "above 0, --dishes above 1\n";
        return 2;
    }

    QTemporaryDir dir;
    SystemClock clock;
    VenueDatabase store(dir.filePath(u"venue.sqlite"_s));
    if (!store.open() || !DemoVenue::seedIfEmpty(store.connection(), demoVenueWithDishes(dishes))) {
        QTextStream(stderr) << "tableside-bench recommend: could not prepare the venue\n";
        return 1;
    }
    const QSqlDatabase db = store.connection();
    std::vector<qint64> menu;
    auto ids = runSql(db, u"SELECT id FROM menu_items ORDER BY id LIMIT ?"_s, {dishes});
    for (SqlStatement &q = ids.value(); q.next();)
        menu.push_back(q.value(0).toLongLong());
    dishes = int(menu.size());

    std::mt19937_64 random(20261205);
    QElapsedTimer timer;
    timer.start();
    const History history = makeHistory(menu, lines, random);
    // The history ends an hour ago: its last sessions are tonight's.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime start = now.addSecs(-3600 - 60 * qint64(history.sessions.size()));
    if (const QString failed = writeHistory(db, history, start); !failed.isEmpty()) {
        QTextStream(stderr) << "tableside-bench recommend: " << failed << "\n";
        return 1;
    }
    const double writeSeconds = double(timer.elapsed()) / 1000;

    // The hub's start: every stored line read into its index.
    HubOperations hub(db, clock);
    timer.restart();
    if (auto loaded = hub.recommendations().loadHistory(); !loaded) {
        QTextStream(stderr) << "tableside-bench recommend: " << loaded.error().message << "\n";
        return 1;
    }
    const double startMs = double(timer.nsecsElapsed()) / 1e6;
    const CoOrderIndex &index = hub.recommendations().index();
    // As built at the start: the recording below adds to it.
    const QJsonObject built{{u"dishes"_s, index.dishCount()},
                            {u"pairs"_s, index.pairCount()},
                            {u"sessions"_s, index.sessions()},
                            {u"memory_bytes"_s, index.memoryBytes()}};

    // Lookups: half for one dish (a dish sheet), half for carts of 2 to 6 dishes.
    Zipf zipf(dishes);
    std::vector<QList<qint64>> baskets;
    for (int i = 0; i < lookups; ++i) {
        QList<qint64> basket{menu[size_t(zipf.draw(random))]};
        for (int more = i % 2 ? int(random() % 5) + 1 : 0; more > 0; --more)
            basket.append(menu[size_t(zipf.draw(random))]);
        baskets.push_back(basket);
    }
    const QDate tonight = ServiceDay::of(now, QTimeZone::systemTimeZone());
    std::vector<double> indexUs;
    indexUs.reserve(baskets.size());
    qint64 offered = 0;
    for (const QList<qint64> &basket : baskets) {
        CoOrderIndex::Query query{basket, {}, [](qint64 id) { return id % 17 != 0; }, tonight, 4};
        timer.restart();
        offered += index.recommend(query).size();
        indexUs.push_back(double(timer.nsecsElapsed()) / 1e3);
    }
    const Device table{1, u"Bench table"_s, u"table"_s, 1, {}};
    std::vector<double> hubUs;
    const int hubLookups = std::min(lookups, 20'000);
    hubUs.reserve(size_t(hubLookups));
    for (int i = 0; i < hubLookups; ++i) {
        QJsonArray itemIds;
        for (qint64 id : baskets[size_t(i)])
            itemIds.append(id);
        const QJsonObject args{{u"itemIds"_s, itemIds},
                               {u"excludeAllergens"_s, QJsonArray{u"peanuts"_s}},
                               {u"language"_s, i % 4 ? u"en"_s : u"el"_s}};
        timer.restart();
        auto answer = hub.run(table, u"recommend.get"_s, args);
        if (answer)
            QJsonDocument(answer->result).toJson(QJsonDocument::Compact); // as the reply is sent
        hubUs.push_back(double(timer.nsecsElapsed()) / 1e3);
        if (!answer) {
            QTextStream(stderr) << "tableside-bench recommend: " << answer.error().message << "\n";
            return 1;
        }
    }

    // Recording one more order: into a copy of the index alone, and as the hub does (its read of
    // the session's earlier dishes, then the index).
    CoOrderIndex copy = index;
    std::vector<double> recordUs, hubRecordUs;
    const int records = 10'000;
    for (int i = 0; i < records; ++i) {
        const auto &session = history.sessions[size_t(random() % history.sessions.size())];
        const QList<qint64> earlier(session.front().begin(), session.front().end());
        QList<qint64> ordered;
        for (int l = int(random() % 4) + 1; l > 0; --l)
            ordered.append(menu[size_t(zipf.draw(random))]);
        timer.restart();
        copy.recordOrder(earlier, ordered, tonight);
        recordUs.push_back(double(timer.nsecsElapsed()) / 1e3);
    }
    auto lastOrder = runSql(db, u"SELECT id, session_id FROM orders ORDER BY id DESC LIMIT 200"_s);
    std::vector<std::pair<qint64, qint64>> recent;
    for (SqlStatement &q = lastOrder.value(); q.next();)
        recent.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
    for (int i = 0; i < records; ++i) {
        const auto &[orderId, sessionId] = recent[size_t(i) % recent.size()];
        const QList<qint64> ordered{menu[size_t(zipf.draw(random))],
                                    menu[size_t(zipf.draw(random))]};
        timer.restart();
        auto told = hub.recommendations().orderPlaced(sessionId, orderId, ordered, {});
        if (told)
            (*told)();
        hubRecordUs.push_back(double(timer.nsecsElapsed()) / 1e3);
    }

    const double lookupP99Ms = percentile(hubUs, 0.99) / 1000;
    const double recordP99Ms = percentile(hubRecordUs, 0.99) / 1000;
    const QJsonObject figures{
        {u"bench"_s, u"recommend"_s},
        {u"history"_s,
         QJsonObject{{u"order_lines"_s, history.lines},
                     {u"sessions"_s, qint64(history.sessions.size())},
                     {u"dishes"_s, dishes},
                     {u"popularity"_s, u"zipf s=1, 30% of lines the previous dish's partner"_s},
                     {u"written_s"_s, writeSeconds}}},
        {u"hub_start_index_build_ms"_s, startMs},
        {u"index"_s, built},
        {u"lookup_index_us"_s,
         QJsonObject{{u"count"_s, qint64(indexUs.size())},
                     {u"p50"_s, percentile(indexUs, 0.5)},
                     {u"p99"_s, percentile(indexUs, 0.99)},
                     {u"max"_s, percentile(indexUs, 1.0)},
                     {u"offered_per_lookup"_s, double(offered) / double(indexUs.size())}}},
        {u"lookup_hub_op_us"_s, QJsonObject{{u"count"_s, qint64(hubUs.size())},
                                            {u"p50"_s, percentile(hubUs, 0.5)},
                                            {u"p99"_s, percentile(hubUs, 0.99)},
                                            {u"max"_s, percentile(hubUs, 1.0)}}},
        {u"record_order_index_us"_s, QJsonObject{{u"p50"_s, percentile(recordUs, 0.5)},
                                                 {u"p99"_s, percentile(recordUs, 0.99)},
                                                 {u"max"_s, percentile(recordUs, 1.0)}}},
        {u"record_order_hub_us"_s, QJsonObject{{u"p50"_s, percentile(hubRecordUs, 0.5)},
                                               {u"p99"_s, percentile(hubRecordUs, 0.99)},
                                               {u"max"_s, percentile(hubRecordUs, 1.0)}}},
        {u"peak_rss_kib"_s, peakRssKiB()},
        {u"target_ms"_s, 1.0},
        {u"pass"_s, lookupP99Ms < 1.0 && recordP99Ms < 1.0},
    };
    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace tableside::bench
