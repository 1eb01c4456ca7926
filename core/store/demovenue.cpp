#include "demovenue.h"

#include "localtiprepository.h"
#include "menurepository.h"
#include "sqlstatement.h"
#include "staffrepository.h"
#include "tablerepository.h"
#include "venuerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

LocalizedText textsOf(const QJsonValue &value)
{
    LocalizedText texts;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        texts.insert(it.key(), it.value().toString());
    return texts;
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &v : value.toArray())
        strings.append(v.toString());
    return strings;
}

GroupDraft groupOf(const QJsonObject &g)
{
    GroupDraft group{
        g[u"key"].toString(), textsOf(g[u"name"]), g[u"min"].toInt(0), g[u"max"].toInt(1), {}};
    for (const QJsonValue &o : g[u"options"].toArray())
        group.options.append(
            OptionDraft{o[u"key"].toString(), textsOf(o[u"name"]), o[u"priceDelta"].toInteger()});
    return group;
}

ItemDraft itemOf(const QJsonObject &i, qint64 categoryId, int sortOrder)
{
    ItemDraft item;
    item.key = i[u"key"].toString();
    item.categoryId = categoryId;
    item.name = textsOf(i[u"name"]);
    item.description = textsOf(i[u"description"]);
    item.priceMinor = i[u"price"].toInteger(-1);
    item.photo = i[u"photo"].toString();
    item.available = i[u"available"].toBool(true);
    item.course = i[u"course"].toString();
    item.station = i[u"station"].toString();
    item.spiceLevel = i[u"spice"].toInt(0);
    item.allergens = stringsOf(i[u"allergens"]);
    item.dietary = stringsOf(i[u"dietary"]);
    item.pick = i[u"pick"].toBool(false);
    for (const QJsonValue &g : i[u"modifierGroups"].toArray())
        item.groups.append(groupOf(g.toObject()));
    item.sortOrder = sortOrder;
    return item;
}

Result<void> loadVenue(const QSqlDatabase &db, const QJsonObject &root, SeedSummary &summary)
{
    const QJsonObject v = root[u"venue"].toObject();
    VenueSettings settings;
    settings.name = v[u"name"].toString();
    settings.currency = v[u"currency"].toString();
    settings.defaultLanguage = v[u"defaultLanguage"].toString();
    settings.languages = stringsOf(v[u"languages"]);
    settings.taxRateBasisPoints = v[u"taxRateBasisPoints"].toInt();
    settings.pricesIncludeTax = v[u"pricesIncludeTax"].toBool(true);
    settings.timeZone = v[u"timeZone"].toString(); // the wall clock of its windows
    if (auto saved = VenueRepository(db).save(settings); !saved)
        return saved;

    TableRepository tables(db);
    for (const QJsonValue &t : root[u"tables"].toArray()) {
        const DiningTable table{0,
                                t[u"number"].toInt(),
                                t[u"seats"].toInt(),
                                t[u"x"].toDouble(),
                                t[u"y"].toDouble(),
                                t[u"shape"].toString(u"square"_s)};
        if (auto added = tables.add(table); !added)
            return added.error();
        ++summary.tables;
    }

    SystemClock clock;
    StaffRepository staff(db, clock);
    for (const QJsonValue &s : root[u"staff"].toArray()) {
        if (auto added =
                staff.add(s[u"name"].toString(), s[u"role"].toString(), s[u"pin"].toString());
            !added)
            return added.error();
        ++summary.staff;
    }

    MenuRepository menu(db);
    int categoryOrder = 0;
    for (const QJsonValue &c : root[u"categories"].toArray()) {
        const CategoryDraft category{c[u"key"].toString(), textsOf(c[u"name"]),
                                     textsOf(c[u"description"]), categoryOrder++};
        auto categoryId = menu.addCategory(category);
        if (!categoryId)
            return categoryId.error();
        ++summary.categories;
        int itemOrder = 0;
        for (const QJsonValue &i : c[u"items"].toArray()) {
            if (auto added = menu.addItem(itemOf(i.toObject(), *categoryId, itemOrder++)); !added)
                return makeError(added.error().code,
                                 u"%1 (%2)"_s.arg(added.error().message, i[u"key"].toString()));
            ++summary.items;
        }
    }

    LocalTipRepository tips(db, clock);
    for (const QJsonValue &t : root[u"tips"].toArray()) {
        LocalTip tip;
        tip.name = t[u"name"].toString();
        tip.photo = t[u"photo"].toString();
        tip.description = textsOf(t[u"description"]);
        tip.hours = textsOf(t[u"hours"]);
        tip.minutesOnFoot = t[u"minutesOnFoot"].toInt();
        tip.link = t[u"link"].toString();
        auto checked = LocalTipRules::check(tip, settings.languages, settings.defaultLanguage);
        if (!checked)
            return makeError(checked.error().code,
                             u"%1 (%2)"_s.arg(checked.error().message, tip.name));
        if (auto added = tips.save(*checked); !added)
            return added.error();
    }
    return {};
}

} // namespace

Result<SeedSummary> DemoVenue::seedIfEmpty(const QSqlDatabase &db, const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return makeError(u"invalid_venue_file"_s,
                         u"The venue file is not valid JSON: %1"_s.arg(parseError.errorString()));

    Transaction transaction(db);
    auto existing = scalarSql(db, u"SELECT count(*) FROM venue"_s);
    if (!existing)
        return existing.error();
    if (existing->toInt() > 0) {
        auto counts = MenuRepository(db).counts();
        if (!counts)
            return counts.error();
        auto tables = TableRepository(db).list();
        return SeedSummary{false, counts->categories, counts->items,
                           tables ? int(tables->size()) : 0};
    }
    SeedSummary summary;
    summary.loaded = true;
    if (auto loaded = loadVenue(db, document.object(), summary); !loaded)
        return loaded.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

} // namespace tableside
