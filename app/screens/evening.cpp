#include "evening.h"

#include "screenwait.h"
#include "storeopening.h"
#include "tablerepository.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tableside {

EveningVenue::EveningVenue()
    : m_clock(QDateTime(QDate::currentDate(), QTime(18, 40), QTimeZone::utc()))
{}

EveningVenue::~EveningVenue()
{
    m_tablets.clear();
    m_host.reset();
    m_kitchen.reset();
    m_hub.reset(); // before the store it writes to
}

Result<void> EveningVenue::start(const QString &storePath)
{
    auto store =
        openSeededStore(storePath.isEmpty() ? m_scratch.filePath(u"venue.sqlite"_s) : storePath);
    if (!store)
        return store.error();
    m_store = std::move(store.value());
    m_hub = std::make_unique<HubServer>(*m_store, m_clock);
    // The script sends as fast as it can: its devices' request rate follows the evening's clock.
    m_hub->setRateClock([this] { return m_clock.elapsedMs(); });
    return m_hub->listen(QHostAddress::LocalHost, 0);
}

QUrl EveningVenue::hubUrl() const
{
    return m_hub ? m_hub->url() : QUrl();
}

Result<void> EveningVenue::join(VenueClient &client, const QString &role, int table)
{
    const QString key = u"%1-%2"_s.arg(role).arg(table);
    DeviceCredential device{m_tokens.value(key), {}, u"Evening %1 %2"_s.arg(role).arg(table)};
    if (device.token.isEmpty()) {
        auto code = m_hub->makePairingCode(role, table);
        if (!code)
            return code.error();
        device.pairingCode = *code;
        QObject::connect(&client, &VenueClient::paired, &client,
                         [this, key](const QString &token) { m_tokens.insert(key, token); });
    }
    joinHub(client, hubUrl(), device);
    return {};
}

QJsonArray EveningVenue::floorPlan() const
{
    QJsonArray plan;
    auto tables = TableRepository(m_store->connection()).list();
    for (const DiningTable &table : tables ? *tables : QList<DiningTable>())
        plan.append(QJsonObject{{u"number"_s, table.number},
                                {u"seats"_s, table.seats},
                                {u"x"_s, table.x},
                                {u"y"_s, table.y},
                                {u"shape"_s, table.shape},
                                {u"session"_s, QJsonValue::Null}});
    return plan;
}

Result<QJsonObject> EveningVenue::call(VenueClient &client, const QString &op,
                                       const QJsonObject &args)
{
    if (!waitUntil([&] { return client.state() == VenueClient::State::Online; }))
        return makeError(u"offline"_s, u"the evening's client could not reach the hub"_s);
    std::optional<Result<QJsonObject>> answer;
    QString expected;
    const auto connection =
        QObject::connect(&client, &VenueClient::replied,
                         [&](const QString &id, bool ok, const QJsonObject &result,
                             const QString &code, const QString &message) {
                             if (id != expected || answer)
                                 return;
                             answer = ok ? Result<QJsonObject>(result)
                                         : Result<QJsonObject>(makeError(code, message));
                         });
    expected = client.request(op, args);
    const bool answered = waitUntil([&] { return answer.has_value(); });
    QObject::disconnect(connection);
    if (!answered)
        return makeError(u"timeout"_s, u"the hub did not answer %1"_s.arg(op));
    return *answer;
}

Result<QJsonObject> EveningVenue::order(int table, const QList<std::pair<QString, int>> &dishes,
                                        const QString &note, bool bySeat)
{
    QJsonArray lines;
    for (const auto &[key, quantity] : dishes) {
        const QJsonObject item = m_items.value(key);
        QJsonArray options;
        for (const QJsonValue &group : item[u"groups"].toArray())
            if (group[u"min"].toInt() > 0) // the first choice of every required group
                options.append(group[u"options"].toArray().first()[u"id"]);
        QJsonObject line{
            {u"itemId"_s, item[u"id"]}, {u"optionIds"_s, options}, {u"quantity"_s, quantity}};
        if (!note.isEmpty() && lines.isEmpty())
            line.insert(u"note"_s, note);
        if (bySeat)
            line.insert(u"seat"_s, int(lines.size()) + 1);
        lines.append(line);
    }
    auto placed = call(
        *m_host, u"order.place"_s,
        {{u"key"_s, u"evening-%1"_s.arg(++m_orders)}, {u"table"_s, table}, {u"lines"_s, lines}});
    if (!placed)
        return placed.error();
    return placed->value(u"order"_s).toObject();
}

Result<void> EveningVenue::advanceAll(const QJsonObject &order, const QString &to, int count,
                                      const QString &station)
{
    for (const QJsonValue &line : order[u"lines"].toArray()) {
        if (count-- <= 0)
            break;
        if (!station.isEmpty() && line[u"station"].toString() != station)
            continue;
        VenueClient &by = to == u"served"_s ? *m_host : *m_kitchen;
        if (to == u"ready"_s) // one step at a time: start it first
            if (auto started = call(by, u"order.line.advance"_s,
                                    {{u"lineId"_s, line[u"id"]}, {u"to"_s, u"cooking"_s}});
                !started && started.error().code != u"no_change"_s &&
                started.error().code != u"illegal_transition"_s)
                return started.error();
        if (auto moved =
                call(by, u"order.line.advance"_s, {{u"lineId"_s, line[u"id"]}, {u"to"_s, to}});
            !moved)
            return moved.error();
    }
    return {};
}

Result<void> EveningVenue::serviceCall(int table, const QString &kind)
{
    VenueClient tablet(m_clientClock);
    if (auto joined = join(tablet, u"table"_s, table); !joined)
        return joined.error();
    auto called = call(tablet, u"service.call"_s, {{u"kind"_s, kind}});
    if (!called)
        return called.error();
    return {};
}

Result<void> EveningVenue::startStaff()
{
    if (m_host)
        return {};
    m_host = std::make_unique<VenueClient>(m_clientClock);
    m_kitchen = std::make_unique<VenueClient>(m_clientClock);
    for (auto joined : {join(*m_host, u"host"_s), join(*m_kitchen, u"kitchen"_s)})
        if (!joined)
            return joined;
    auto menu = call(*m_host, u"menu.get"_s, {});
    if (!menu)
        return menu.error();
    for (const QJsonValue &category : menu->value(u"menu"_s)[u"categories"].toArray())
        for (const QJsonValue &item : category[u"items"].toArray())
            m_items.insert(item[u"key"].toString(), item.toObject());
    return {};
}

Result<void> EveningVenue::ratedVisit(int table, const QList<std::pair<QString, int>> &ratings,
                                      const QJsonObject &card)
{
    auto &tablet = m_tablets[table];
    if (!tablet) {
        tablet = std::make_unique<VenueClient>(m_clientClock);
        if (auto joined = join(*tablet, u"table"_s, table); !joined)
            return joined;
    }
    if (auto seated = call(*m_host, u"session.seat"_s, {{u"table"_s, table}, {u"partySize"_s, 2}});
        !seated)
        return seated.error();
    QList<std::pair<QString, int>> dishes;
    for (const auto &[key, stars] : ratings)
        dishes.append({key, 1});
    auto served = order(table, dishes);
    if (!served)
        return served.error();
    for (const QString &to : {u"ready"_s, u"served"_s})
        if (auto moved = advanceAll(*served, to); !moved)
            return moved;
    m_clock.advance(40 * 60'000);
    // What a guest might write under a dish, by how many stars they gave it.
    static const QHash<int, QStringList> said{
        {5,
         {u"Perfect, exactly as I remember it from Athens"_s, u"Best I've had in years"_s,
          u"ممتاز، سنعود بالتأكيد"_s, u"Υπέροχο!"_s}},
        {4, {u"Very good, generous plate"_s, u"Lovely, a touch more lemon next time"_s}},
        {3, {u"Fine, but it came out lukewarm"_s, u"A bit salty for us"_s}},
        {2, {u"Soggy batter, not like before"_s, u"Took long and was dry"_s}},
        {1, {u"Cold in the middle"_s}}};
    int written = 0;
    for (const auto &[key, stars] : ratings) {
        QJsonObject rating{{u"itemId"_s, m_items.value(key)[u"id"]}, {u"rating"_s, stars}};
        const QStringList &lines = said.value(stars);
        // About one dish in three gets a comment.
        if (!lines.isEmpty() && (table + stars + m_orders + written) % 3 == 0)
            rating.insert(u"comment"_s, lines.at((m_orders + written) % lines.size()));
        ++written;
        if (auto given = call(*tablet, u"feedback.give"_s, rating); !given)
            return given.error();
    }
    if (!card.isEmpty())
        if (auto given = call(*tablet, u"visit.rate"_s, card); !given)
            return given.error();
    m_clock.advance(20 * 60'000);
    const qint64 session = served->value(u"sessionId"_s).toInteger();
    if (auto closed = call(*m_host, u"session.close"_s, {{u"sessionId"_s, session}}); !closed)
        return closed.error();
    return {};
}

Result<void> EveningVenue::playGuestWeeks(int weeks)
{
    const QDateTime tonight = m_clock.now();
    const QDate thisMonday = tonight.date().addDays(1 - tonight.date().dayOfWeek());
    if (auto started = startStaff(); !started)
        return started;
    // The story the owner should read: the moussaka got better after its recipe changed, the
    // calamari slipped lately, the rest held steady; guests recommend the venue more over time.
    struct Trend {
        QString key;
        double first, last; // average stars in the first and the last week
    };
    const QList<Trend> trends{
        {u"moussaka"_s, 3.0, 4.7},   {u"fried-calamari"_s, 4.5, 2.8},   {u"hummus"_s, 4.5, 4.6},
        {u"lamb-chops"_s, 4.6, 4.8}, {u"chicken-souvlaki"_s, 4.0, 4.2}, {u"baklava"_s, 4.7, 4.7},
        {u"horiatiki"_s, 4.2, 4.0},  {u"grilled-sea-bream"_s, 3.9, 4.4}};
    quint32 seed = 20261123; // the same weeks every time: a screenshot is compared with the last
    const auto next = [&seed](int below) {
        seed = seed * 1664525u + 1013904223u;
        return int((seed >> 16) % quint32(below));
    };
    for (int week = 0; week < weeks; ++week) {
        const double along = weeks > 1 ? double(week) / (weeks - 1) : 1.0;
        const QDate monday = thisMonday.addDays(-7 * (weeks - 1 - week));
        // Thursday, Friday and Saturday evenings, three or four parties each.
        for (int day : {3, 4, 5}) {
            const QDate evening = monday.addDays(day);
            if (evening >= tonight.date())
                break;
            m_clock.set(QDateTime(evening, QTime(17, 30), QTimeZone::utc()));
            const int parties = 3 + next(2);
            for (int party = 0; party < parties; ++party) {
                QList<std::pair<QString, int>> ratings;
                for (int dish = 0; dish < 2 + next(2); ++dish) {
                    const Trend &trend = trends.at(next(int(trends.size())));
                    if (std::ranges::any_of(ratings,
                                            [&](const auto &r) { return r.first == trend.key; }))
                        continue;
                    const double mean = trend.first + (trend.last - trend.first) * along;
                    const int stars =
                        std::clamp(int(std::lround(mean + (next(5) - 2) * 0.45)), 1, 5);
                    ratings.append({trend.key, stars});
                }
                QJsonObject card;
                if (next(3) > 0) { // two parties in three give the card
                    const int recommend = std::clamp(
                        int(std::lround(6.5 + 2.5 * along + (next(7) - 3) * 0.9)), 0, 10);
                    card = {{u"food"_s, std::clamp(3 + next(3), 1, 5)},
                            {u"service"_s, std::clamp(3 + next(3), 1, 5)},
                            {u"ambience"_s, 4 + next(2)},
                            {u"recommend"_s, recommend}};
                    if (next(4) == 0)
                        card.insert(u"comment"_s, QStringList{u"Warm welcome, we felt at home"_s,
                                                              u"A little loud on a Saturday"_s,
                                                              u"Great evening for a birthday"_s,
                                                              u"Λίγη αναμονή, αλλά άξιζε"_s}
                                                      .at(next(4)));
                    if (next(9) == 0) {
                        card.insert(u"email"_s, u"guest%1@example.org"_s.arg(m_orders));
                        card.insert(u"consent"_s, true);
                    }
                }
                const int table = QList<int>{2, 3, 5, 7, 8, 9}.at(party % 6);
                if (auto visit = ratedVisit(table, ratings, card); !visit)
                    return visit;
            }
        }
    }
    m_clock.set(tonight);
    return {};
}

Result<void> EveningVenue::play()
{
    if (auto started = startStaff(); !started)
        return started;

    auto minutes = [this](int m) { m_clock.advance(qint64(m) * 60'000); };
    for (const auto &[table, party] :
         {std::pair{7, 6}, {3, 4}, {9, 7}, {5, 3}, {2, 2}, {11, 5}, {8, 4}, {12, 2}})
        if (auto seated =
                call(*m_host, u"session.seat"_s, {{u"table"_s, table}, {u"partySize"_s, party}});
            !seated)
            return seated.error();
    minutes(3);
    // Mains that went out long ago: table 12 has eaten, table 5 has its food waiting.
    auto early = order(12, {{u"moussaka"_s, 1}, {u"greek-lager"_s, 2}});
    auto ready5 = order(5, {{u"chicken-souvlaki"_s, 2}, {u"fattoush"_s, 1}});
    if (!early || !ready5)
        return (early ? ready5.error() : early.error());
    minutes(1);
    if (auto r = advanceAll(*early, u"ready"_s); !r)
        return r;
    if (auto r = advanceAll(*early, u"served"_s); !r)
        return r;
    if (auto r = advanceAll(*ready5, u"ready"_s); !r)
        return r;
    minutes(2);
    auto late = order(7,
                      {{u"lamb-chops"_s, 2},
                       {u"ribeye-steak"_s, 1},
                       {u"hummus"_s, 2},
                       {u"horiatiki"_s, 1},
                       {u"fried-calamari"_s, 1}},
                      u"Birthday — one plate with a candle"_s);
    if (!late)
        return late.error();
    if (auto r = advanceAll(*late, u"cooking"_s, 3); !r)
        return r;
    if (auto r = advanceAll(*late, u"ready"_s, 100, u"cold"_s); !r)
        return r;
    minutes(6);
    auto warn = order(3,
                      {{u"koobideh"_s, 2},
                       {u"joojeh-kabab"_s, 1},
                       {u"saffron-rice"_s, 3},
                       {u"shirazi-salad"_s, 1}},
                      u"Nut allergy at this table"_s, true);
    if (!warn)
        return warn.error();
    if (auto r = advanceAll(*warn, u"cooking"_s, 2); !r)
        return r;
    if (auto r = serviceCall(9, u"bill"_s); !r)
        return r;
    minutes(3);
    auto mid = order(
        9, {{u"pork-gyros"_s, 3}, {u"moussaka"_s, 2}, {u"falafel"_s, 2}, {u"hand-cut-fries"_s, 2}});
    if (!mid)
        return mid.error();
    minutes(2);
    if (auto r = serviceCall(2, u"water"_s); !r)
        return r;
    auto fresh =
        order(2, {{u"grilled-sea-bream"_s, 1}, {u"spanakopita"_s, 1}, {u"mint-lemonade"_s, 2}});
    if (!fresh)
        return fresh.error();
    if (auto r = advanceAll(*fresh, u"cooking"_s, 100, u"bar"_s); !r)
        return r;
    minutes(1);
    auto dessert = order(11, {{u"baklava"_s, 2}, {u"loukoumades"_s, 1}, {u"greek-coffee"_s, 3}});
    auto newest = order(8, {{u"lamb-kofta"_s, 2}, {u"tzatziki"_s, 1}, {u"warm-pitta"_s, 2}});
    if (!dessert || !newest)
        return (dessert ? newest.error() : dessert.error());
    if (auto sold =
            call(*m_kitchen, u"menu.setAvailable"_s,
                 {{u"itemId"_s, m_items[u"lamb-kleftiko"_s][u"id"]}, {u"available"_s, false}});
        !sold)
        return sold.error();
    minutes(4);
    if (auto r = serviceCall(11, u"help"_s); !r)
        return r;
    minutes(1);
    return {};
}

} // namespace tableside
