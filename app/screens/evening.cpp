#include "evening.h"

#include "screenwait.h"
#include "storeopening.h"
#include "tablerepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace tableside {

EveningVenue::EveningVenue()
    : m_clock(QDateTime(QDate::currentDate(), QTime(18, 40), QTimeZone::utc()))
{}

EveningVenue::~EveningVenue()
{
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

Result<void> EveningVenue::play()
{
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
