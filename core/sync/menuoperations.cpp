#include "menuoperations.h"

#include "devicerepository.h"
#include "hubargs.h"
#include "stationoperations.h"
#include "venueoperations.h"
#include "venuerepository.h"
#include "wireformat.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

MenuOperations::MenuOperations(HubTransactions &work, const StationOperations &stations)
    : m_work(work)
    , m_stations(stations)
    , m_menu(work.database(), &work.catalog())
{}

Result<HubOutcome> MenuOperations::get(const Device &, const QJsonObject &args)
{
    auto venue = m_work.catalog().venue();
    if (!venue)
        return venue.error();
    QString language = text(args, "language"_L1);
    if (!venue->languages.contains(language))
        language = venue->defaultLanguage;
    auto behind = m_stations.behindStations();
    if (!behind)
        return behind.error();
    const quint64 generation = m_work.catalog().generation();
    if (const auto cached = m_answers.constFind(language);
        cached != m_answers.cend() && cached->generation == generation && cached->behind == *behind)
        return HubOutcome{{}, {}, true, cached->json};
    auto menu = m_menu.load(language, venue->defaultLanguage);
    if (!menu)
        return menu.error();
    const QJsonObject about{{u"name"_s, venue->name},
                            {u"currency"_s, venue->currency},
                            {u"defaultLanguage"_s, venue->defaultLanguage},
                            {u"languages"_s, QJsonArray::fromStringList(venue->languages)},
                            {u"alertEscalateSeconds"_s, venue->thresholds.alertEscalateSeconds},
                            {u"timeZone"_s, VenueOperations::effectiveTimeZone(venue->timeZone)}};
    forEachMenuItem(menu.value(),
                    [&](MenuItem &item) { item.longerWait = behind->value(item.station); });
    const QByteArray json =
        QJsonDocument(QJsonObject{{u"menu"_s, menuToJson(*menu)}, {u"venue"_s, about}})
            .toJson(QJsonDocument::Compact);
    m_answers.insert(language, {generation, *behind, json});
    return HubOutcome{{}, {}, true, json};
}

Result<HubOutcome> MenuOperations::setAvailable(const Device &, const QJsonObject &args)
{
    const qint64 itemId = id(args, "itemId"_L1);
    const bool available = args.value("available"_L1).toBool();
    return m_work.transact([&]() -> Result<HubOutcome> {
        if (auto done = m_menu.setAvailable(itemId, available); !done)
            return done.error();
        HubOutcome outcome;
        const QJsonObject data{{u"itemId"_s, itemId}, {u"available"_s, available}};
        if (auto r = m_work.record(outcome, u"menu.availability"_s, data); !r)
            return r.error();
        outcome.result = data;
        return outcome;
    });
}

Result<HubOutcome> MenuOperations::setStock(const Device &, const QJsonObject &args)
{
    const qint64 itemId = id(args, "itemId"_L1);
    const std::optional<int> left = optionalNumber(args, "count"_L1);
    return m_work.transact([&]() -> Result<HubOutcome> {
        if (auto done = m_menu.setStock(itemId, left); !done)
            return done.error();
        auto available = scalarSql(m_work.database(),
                                   u"SELECT available FROM menu_items WHERE id = ?"_s, {itemId});
        if (!available)
            return available.error();
        HubOutcome outcome;
        const QJsonObject data{{u"itemId"_s, itemId},
                               {u"stockLeft"_s, left ? QJsonValue(*left) : QJsonValue()},
                               {u"available"_s, available->toBool()}};
        if (auto r = m_work.record(outcome, u"menu.stock"_s, data); !r)
            return r.error();
        outcome.result = data;
        return outcome;
    });
}

} // namespace tableside
