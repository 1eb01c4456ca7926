#include "recommendoperations.h"

#include "allergen.h"
#include "availabilitywindow.h"
#include "dietarytag.h"
#include "hubargs.h"
#include "serviceday.h"
#include "stationoperations.h"
#include "wireformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

namespace {

QStringList textsOf(const QJsonObject &args, QLatin1StringView name)
{
    QStringList texts;
    for (const QJsonValue &value : args.value(name).toArray())
        texts.append(value.toString());
    return texts;
}

} // namespace

RecommendOperations::RecommendOperations(HubTransactions &work, const StationOperations &stations)
    : m_work(work)
    , m_stations(stations)
    , m_menu(work.database(), &work.catalog())
    , m_counts(work.database())
{}

Result<const RecommendOperations::Offers *> RecommendOperations::offers(const QString &language)
{
    const quint64 generation = m_work.catalog().generation();
    if (const auto cached = m_offers.constFind(language);
        cached != m_offers.cend() && cached->generation == generation)
        return &cached.value();
    auto venue = m_work.catalog().venue();
    if (!venue)
        return venue.error();
    auto menu = m_menu.load(language, venue->defaultLanguage);
    if (!menu)
        return menu.error();
    Offers offers;
    offers.generation = generation;
    forEachMenuItem(menu.value(), [&offers](MenuItem &item) {
        offers.byId.insert(item.id, Offer{item, menuItemToJson(item)});
        if (item.pick)
            offers.picks.append(item.id);
    });
    return &m_offers.insert(language, std::move(offers)).value();
}

QDate RecommendOperations::tonight()
{
    auto venue = m_work.catalog().venue();
    const QTimeZone zone = venueTimeZone(venue ? venue->timeZone : QString());
    return ServiceDay::of(m_work.clock().now(), zone);
}

Result<HubOutcome> RecommendOperations::get(const Device &, const QJsonObject &args)
{
    auto venue = m_work.catalog().venue();
    if (!venue)
        return venue.error();
    QString language = text(args, "language"_L1);
    if (!venue->languages.contains(language))
        language = venue->defaultLanguage;
    const QStringList excluded = textsOf(args, "excludeAllergens"_L1);
    for (const QString &code : excluded)
        if (!allergenFromCode(code))
            return makeError(u"bad_request"_s,
                             tr("'%1' is not one of the 14 allergens' codes.").arg(code));
    const QStringList required = textsOf(args, "requireDietary"_L1);
    for (const QString &code : required)
        if (!dietaryTagFromCode(code))
            return makeError(u"bad_request"_s, tr("'%1' is not a dietary tag's code.").arg(code));
    auto menu = offers(language);
    if (!menu)
        return menu.error();
    const Offers &on = **menu;

    CoOrderIndex::Query query;
    for (const QJsonValue &value : args.value("itemIds"_L1).toArray()) {
        const qint64 itemId = value.toInteger();
        if (!on.byId.contains(itemId))
            return makeError(u"unknown_item"_s, tr("There is no dish %1 on the menu.").arg(itemId));
        query.basket.append(itemId);
    }
    query.limit = number(args, "limit"_L1, DefaultLimit);
    query.ownerPicks = on.picks;
    query.serviceDay = tonight();
    const QDateTime now = m_work.clock().now();
    const QTimeZone zone = venueTimeZone(venue->timeZone);
    query.offerable = [&](qint64 itemId) {
        const auto found = on.byId.constFind(itemId);
        if (found == on.byId.cend()) // no longer on the menu (hidden, retired)
            return false;
        const MenuItem &item = found->item;
        if (!item.available || item.stockLeft == 0 || !item.servingTimes.isServedAt(now, zone))
            return false;
        for (const QString &code : excluded)
            if (item.allergens.contains(code))
                return false;
        for (const QString &code : required)
            if (!item.dietary.contains(code))
                return false;
        return true;
    };
    const QList<Recommendation> found = m_index.recommend(query);

    auto behind = m_stations.behindStations();
    if (!behind)
        return behind.error();
    QJsonArray list;
    for (const Recommendation &r : found) {
        const Offer &offer = on.byId[r.itemId];
        QJsonObject dish = offer.json;
        dish.insert(u"longerWait"_s, behind->value(offer.item.station));
        list.append(QJsonObject{{u"itemId"_s, r.itemId},
                                {u"reason"_s, recommendationReasonCode(r.reason)},
                                {u"sessions"_s, qint64(r.sessions)},
                                {u"dish"_s, dish}});
    }
    HubOutcome outcome;
    outcome.result = {{u"recommendations"_s, list},
                      {u"language"_s, language},
                      {u"history"_s, QJsonObject{{u"sessions"_s, m_index.sessions()},
                                                 {u"thin"_s, m_index.historyIsThin()}}}};
    return outcome;
}

Result<HubOutcome> RecommendOperations::shown(const Device &, const QJsonObject &args)
{
    QList<RecommendationShown> shown;
    const QJsonArray list = args.value("shown"_L1).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject entry = list.at(i).toObject();
        const auto reason = recommendationReasonFromCode(text(entry, "reason"_L1));
        if (!reason)
            return makeError(
                u"bad_request"_s,
                tr("'shown[%1].reason' is one of often_with, popular_tonight or owner_pick.")
                    .arg(i));
        shown.append({id(entry, "itemId"_L1), *reason});
    }
    return m_work.transact([&]() -> Result<HubOutcome> {
        if (auto counted = m_counts.countShown(shown); !counted)
            return counted.error();
        HubOutcome outcome;
        outcome.result = {{u"counted"_s, shown.size()}};
        return outcome;
    });
}

Result<HubOutcome> RecommendOperations::stats(const Device &, const QJsonObject &)
{
    auto counts = m_counts.counts();
    if (!counts)
        return counts.error();
    QJsonArray list;
    for (const RecommendationCount &count : std::as_const(counts.value()))
        list.append(QJsonObject{{u"itemId"_s, count.itemId},
                                {u"reason"_s, recommendationReasonCode(count.reason)},
                                {u"shown"_s, count.shown},
                                {u"ordered"_s, count.ordered}});
    HubOutcome outcome;
    outcome.result = {{u"counts"_s, list},
                      {u"history"_s, QJsonObject{{u"sessions"_s, m_index.sessions()},
                                                 {u"thin"_s, m_index.historyIsThin()}}}};
    return outcome;
}

Result<void> RecommendOperations::loadHistory()
{
    // A store without its venue yet reads tonight on the machine's clock.
    auto venue = m_work.catalog().venue();
    const QTimeZone zone = venueTimeZone(venue ? venue->timeZone : QString());
    const QDate day = tonight();
    CoOrderIndex index;
    if (auto loaded = m_counts.loadHistory(index, ServiceDay::start(day, zone), day); !loaded)
        return loaded;
    m_index = std::move(index);
    return {};
}

Result<std::function<void()>> RecommendOperations::orderPlaced(qint64 sessionId, qint64 orderId,
                                                               const QList<qint64> &itemIds,
                                                               const QStringList &recommended)
{
    for (qsizetype i = 0; i < itemIds.size() && i < recommended.size(); ++i) {
        if (recommended[i].isEmpty())
            continue;
        const auto reason = recommendationReasonFromCode(recommended[i]);
        if (!reason) // order.place checked the codes before writing
            continue;
        if (auto counted = m_counts.countOrdered(itemIds[i], *reason); !counted)
            return counted.error();
    }
    auto earlier = m_counts.dishesBefore(sessionId, orderId);
    if (!earlier)
        return earlier.error();
    return std::function<void()>([this, earlier = std::move(earlier.value()), itemIds,
                                  day = tonight()] { m_index.recordOrder(earlier, itemIds, day); });
}

} // namespace tableside
