// Reading the menu: six queries, whatever its size, assembled here.
#include "menurepository.h"

#include "menutext.h"
#include "sqlstatement.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// Two columns: the text in the asked language, then in the fallback language; dinerText picks
// (menutext.h: the rule the owner's preview of a draft follows too).
QString localized(const QString &table, const QString &idColumn, const QString &column)
{
    return u"(SELECT %3 FROM %1 t WHERE t.%2 = owner.id AND t.language = :lang), "
           u"(SELECT %3 FROM %1 t WHERE t.%2 = owner.id AND t.language = :fallback)"_s.arg(
               table, idColumn, column);
}

// The text a diner reads from the two columns localized() made, starting at `column`.
QString textAt(const QSqlQuery &query, int column)
{
    return dinerText(query.value(column).toString(), query.value(column + 1).toString());
}

struct Languages {
    QString wanted;
    QString fallback;
};

Result<QSqlQuery> runLocalized(const QSqlDatabase &db, const QString &sql, const Languages &langs,
                               qint64 onlyItem)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return makeError(u"store_error"_s, query.lastError().text());
    if (sql.contains(u":lang"_s)) {
        query.bindValue(u":lang"_s, langs.wanted);
        query.bindValue(u":fallback"_s, langs.fallback);
    }
    if (sql.contains(u":item"_s))
        query.bindValue(u":item"_s, onlyItem);
    if (!query.exec())
        return makeError(u"store_error"_s, query.lastError().text());
    return query;
}

struct WindowsByOwner {
    QHash<qint64, QList<AvailabilityWindow>> categories;
    QHash<qint64, QList<AvailabilityWindow>> items;
};

// Every availability window, by the category or dish it belongs to.
Result<WindowsByOwner> loadWindows(const QSqlDatabase &db)
{
    auto rows = runSql(db, u"SELECT category_id, item_id, days, from_minute, until_minute "
                           u"FROM availability_windows ORDER BY sort_order, id"_s);
    if (!rows)
        return rows.error();
    WindowsByOwner windows;
    for (SqlStatement &q = rows.value(); q.next();) {
        const int from = q.value(3).toInt();
        const int until = q.value(4).toInt();
        const AvailabilityWindow window{q.value(2).toInt(), QTime(from / 60, from % 60),
                                        QTime(until / 60, until % 60)};
        if (q.value(0).isNull())
            windows.items[q.value(1).toLongLong()].append(window);
        else
            windows.categories[q.value(0).toLongLong()].append(window);
    }
    return windows;
}

// Loads items (all, or only one when onlyItem > 0) with their tags and modifier groups.
Result<QList<MenuItem>> loadItems(const QSqlDatabase &db, const Languages &langs,
                                  const QString &currency, qint64 onlyItem)
{
    // What a diner can order: not retired, not hidden, in a category on the menu.
    const QString itemFilter =
        u" WHERE owner.retired = 0 AND owner.hidden = 0 AND owner.category_id IN "
        u"(SELECT id FROM categories WHERE active = 1 AND retired = 0)"_s +
        (onlyItem > 0 ? u" AND owner.id = :item"_s : QString());
    const QString childFilter = onlyItem > 0 ? u" WHERE item_id = :item"_s : QString();

    auto items = runLocalized(
        db,
        u"SELECT owner.id, owner.category_id, owner.key, %1, %2, owner.price_minor, owner.photo, "
        u"owner.available, owner.course, owner.station, owner.spice_level, owner.stock_left, "
        u"owner.pick FROM menu_items owner"_s.arg(
            localized(u"item_texts"_s, u"item_id"_s, u"name"_s),
            localized(u"item_texts"_s, u"item_id"_s, u"description"_s)) +
            itemFilter + u" ORDER BY owner.sort_order, owner.id"_s,
        langs, onlyItem);
    if (!items)
        return items.error();
    QList<MenuItem> result;
    QHash<qint64, qsizetype> indexOf;
    for (QSqlQuery &q = items.value(); q.next();) {
        MenuItem item;
        item.id = q.value(0).toLongLong();
        item.categoryId = q.value(1).toLongLong();
        item.key = q.value(2).toString();
        item.name = textAt(q, 3);
        item.description = textAt(q, 5);
        item.price = Money(q.value(7).toLongLong(), currency);
        item.photo = q.value(8).toString();
        item.available = q.value(9).toBool();
        item.course = q.value(10).toString();
        item.station = q.value(11).toString();
        item.spiceLevel = q.value(12).toInt();
        item.stockLeft = q.value(13).isNull() ? -1 : q.value(13).toInt();
        item.pick = q.value(14).toBool();
        indexOf.insert(item.id, result.size());
        result.append(item);
    }

    auto tags = runLocalized(
        db,
        u"SELECT item_id, allergen, 'a' FROM item_allergens%1 UNION ALL "
        u"SELECT item_id, tag, 'd' FROM item_dietary_tags%1 ORDER BY 1, 2"_s.arg(childFilter),
        langs, onlyItem);
    if (!tags)
        return tags.error();
    for (QSqlQuery &q = tags.value(); q.next();) {
        const auto at = indexOf.value(q.value(0).toLongLong(), -1);
        if (at < 0)
            continue;
        (q.value(2).toString() == u"a"_s ? result[at].allergens : result[at].dietary)
            .append(q.value(1).toString());
    }

    auto groups = runLocalized(
        db,
        u"SELECT owner.id, owner.item_id, owner.key, owner.min_choices, owner.max_choices, %1 "
        u"FROM modifier_groups owner WHERE owner.retired = 0%2 "
        u"ORDER BY owner.item_id, owner.sort_order, owner.id"_s.arg(
            localized(u"modifier_group_texts"_s, u"group_id"_s, u"name"_s),
            onlyItem > 0 ? u" AND owner.item_id = :item"_s : QString()),
        langs, onlyItem);
    if (!groups)
        return groups.error();
    QHash<qint64, std::pair<qsizetype, qsizetype>> groupAt; // group id -> (item, group) index
    for (QSqlQuery &q = groups.value(); q.next();) {
        const auto at = indexOf.value(q.value(1).toLongLong(), -1);
        if (at < 0)
            continue;
        MenuModifierGroup group{q.value(0).toLongLong(), q.value(2).toString(), textAt(q, 5),
                                q.value(3).toInt(),      q.value(4).toInt(),    {}};
        groupAt.insert(group.id, {at, result[at].groups.size()});
        result[at].groups.append(group);
    }

    auto options = runLocalized(
        db,
        u"SELECT owner.id, owner.group_id, owner.key, owner.price_delta_minor, %1 "
        u"FROM modifier_options owner WHERE owner.retired = 0%2 "
        u"ORDER BY owner.group_id, owner.sort_order, owner.id"_s.arg(
            localized(u"modifier_option_texts"_s, u"option_id"_s, u"name"_s),
            onlyItem > 0
                ? u" AND owner.group_id IN (SELECT id FROM modifier_groups WHERE item_id = :item)"_s
                : QString()),
        langs, onlyItem);
    if (!options)
        return options.error();
    for (QSqlQuery &q = options.value(); q.next();) {
        const auto it = groupAt.constFind(q.value(1).toLongLong());
        if (it == groupAt.cend())
            continue;
        result[it->first].groups[it->second].options.append(MenuOption{
            q.value(0).toLongLong(), q.value(2).toString(), textAt(q, 4), q.value(3).toLongLong()});
    }

    auto windows = loadWindows(db);
    if (!windows)
        return windows.error();
    for (MenuItem &item : result)
        item.servingTimes = {windows->items.value(item.id),
                             windows->categories.value(item.categoryId)};
    return result;
}

Result<QString> venueCurrency(const QSqlDatabase &db)
{
    auto currency = scalarSql(db, u"SELECT currency FROM venue"_s);
    if (!currency)
        return makeError(u"not_found"_s, u"This store has no venue yet; run tableside seed."_s);
    return currency->toString();
}

} // namespace

Result<Menu> MenuRepository::load(const QString &language, const QString &fallbackLanguage) const
{
    auto currency = venueCurrency(m_db);
    if (!currency)
        return currency.error();
    const Languages langs{language, fallbackLanguage};
    auto categories =
        runLocalized(m_db,
                     u"SELECT owner.id, owner.key, %1, %2 FROM categories owner "
                     u"WHERE owner.active = 1 AND owner.retired = 0 "
                     u"ORDER BY owner.sort_order, owner.id"_s.arg(
                         localized(u"category_texts"_s, u"category_id"_s, u"name"_s),
                         localized(u"category_texts"_s, u"category_id"_s, u"description"_s)),
                     langs, 0);
    if (!categories)
        return categories.error();
    Menu menu{language, *currency, {}};
    QHash<qint64, qsizetype> categoryAt;
    for (QSqlQuery &q = categories.value(); q.next();) {
        categoryAt.insert(q.value(0).toLongLong(), menu.categories.size());
        menu.categories.append(MenuCategory{
            q.value(0).toLongLong(), q.value(1).toString(), textAt(q, 2), textAt(q, 4), {}});
    }
    auto items = loadItems(m_db, langs, *currency, 0);
    if (!items)
        return items.error();
    for (MenuItem &item : items.value())
        if (const auto at = categoryAt.value(item.categoryId, -1); at >= 0)
            menu.categories[at].windows = item.servingTimes.category;
    for (MenuItem &item : items.value()) {
        const auto at = categoryAt.value(item.categoryId, -1);
        if (at >= 0)
            menu.categories[at].items.append(std::move(item));
    }
    return menu;
}

Result<MenuItem> MenuRepository::item(qint64 itemId, const QString &language,
                                      const QString &fallbackLanguage) const
{
    auto currency = venueCurrency(m_db);
    if (!currency)
        return currency.error();
    auto items = loadItems(m_db, Languages{language, fallbackLanguage}, *currency, itemId);
    if (!items)
        return items.error();
    if (items->isEmpty())
        return makeError(u"unknown_item"_s, u"There is no dish %1 on the menu."_s.arg(itemId));
    return items->constFirst();
}

Result<QList<MenuItem>> MenuRepository::items(const QString &language,
                                              const QString &fallbackLanguage) const
{
    auto currency = venueCurrency(m_db);
    if (!currency)
        return currency.error();
    return loadItems(m_db, Languages{language, fallbackLanguage}, *currency, 0);
}

} // namespace tableside
