// Writing a menu document into the live tables; reading them back is menudocumentstore_read.cpp.
#include "menudocumentstore.h"

#include "menucatalog.h"
#include "sqlstatement.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// The id of the row whose key columns hold `keys`, or 0.
Result<qint64> idWhere(const QSqlDatabase &db, const QString &sql, const QVariantList &keys)
{
    auto found = runSql(db, sql, keys);
    if (!found)
        return found.error();
    return found.value().next() ? found->value(0).toLongLong() : 0;
}

// Updates the row `id` or, when there is none, inserts one and gives its id.
Result<qint64> upsert(const QSqlDatabase &db, qint64 id, const QString &update,
                      QVariantList updateValues, const QString &insert,
                      const QVariantList &insertValues)
{
    if (id > 0) {
        updateValues.append(id);
        if (auto done = runSql(db, update, updateValues); !done)
            return done.error();
        return id;
    }
    auto done = runSql(db, insert, insertValues);
    if (!done)
        return done.error();
    return done->lastInsertId().toLongLong();
}

// A row per language that has a name or a description; a missing one is an empty text, which the
// tables read as "not translated" and fill from the default language.
Result<void> replaceTexts(const QSqlDatabase &db, const QString &table, const QString &idColumn,
                          qint64 id, const LocalizedText &name, const LocalizedText *description)
{
    if (auto done = runSql(db, u"DELETE FROM %1 WHERE %2 = ?"_s.arg(table, idColumn), {id}); !done)
        return done.error();
    QStringList languages = name.keys();
    if (description)
        languages += description->keys();
    languages.sort();
    languages.removeDuplicates();
    for (const QString &language : languages) {
        const QString text = name.value(language);
        const QString about = description ? description->value(language) : QString();
        if (text.isEmpty() && about.isEmpty())
            continue;
        const auto done =
            description
                ? runSql(db,
                         u"INSERT INTO %1 (%2, language, name, description) "
                         u"VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''))"_s.arg(table, idColumn),
                         {id, language, text, about})
                : runSql(
                      db,
                      u"INSERT INTO %1 (%2, language, name) VALUES (?, ?, COALESCE(?, ''))"_s.arg(
                          table, idColumn),
                      {id, language, text});
        if (!done)
            return done.error();
    }
    return {};
}

// Marks retired every row of `table` whose key the document no longer has.
Result<void> retireOthers(const QSqlDatabase &db, const QString &table, const QSet<QString> &kept,
                          const QString &extraSet = {})
{
    auto rows = runSql(db, u"SELECT id, key FROM %1 WHERE retired = 0"_s.arg(table));
    if (!rows)
        return rows.error();
    QList<qint64> gone;
    while (rows.value().next())
        if (!kept.contains(rows->value(1).toString()))
            gone.append(rows->value(0).toLongLong());
    for (qint64 id : gone)
        if (auto done = runSql(
                db, u"UPDATE %1 SET retired = 1%2 WHERE id = ?"_s.arg(table, extraSet), {id});
            !done)
            return done.error();
    return {};
}

int minuteOf(QTime time)
{
    return time.hour() * 60 + time.minute();
}

Result<void> addWindows(const QSqlDatabase &db, const QString &ownerColumn, qint64 ownerId,
                        const QList<AvailabilityWindow> &windows)
{
    int order = 0;
    for (const AvailabilityWindow &window : windows)
        if (auto done = runSql(
                db,
                u"INSERT INTO availability_windows (%1, days, from_minute, "
                u"until_minute, sort_order) VALUES (?, ?, ?, ?, ?)"_s.arg(ownerColumn),
                {ownerId, window.days, minuteOf(window.from), minuteOf(window.until), order++});
            !done)
            return done.error();
    return {};
}

Result<void> applyGroups(const QSqlDatabase &db, const MenuDocument &document,
                         const DocumentItem &item, qint64 itemId)
{
    if (auto done =
            runSql(db, u"UPDATE modifier_groups SET retired = 1 WHERE item_id = ?"_s, {itemId});
        !done)
        return done.error();
    int groupOrder = 0;
    for (const ModifierUse &use : item.modifiers) {
        const ModifierList *list = document.modifierList(use.list);
        if (!list)
            return makeError(u"invalid_menu"_s, u"No modifier list \"%1\"."_s.arg(use.list));
        // The group this list became on the dish before: by the list it came from, else by its
        // own key (a list read from groups is named as the group, or "<dish>-<group>").
        const QString ownKey =
            use.list.startsWith(item.key + u'-') ? use.list.mid(item.key.size() + 1) : use.list;
        auto existing = idWhere(db,
                                u"SELECT id FROM modifier_groups WHERE item_id = ? AND "
                                u"(list_key = ? OR key IN (?, ?)) ORDER BY list_key = ? DESC, "
                                u"key = ? DESC LIMIT 1"_s,
                                {itemId, use.list, use.list, ownKey, use.list, use.list});
        if (!existing)
            return existing.error();
        auto groupId = upsert(
            db, *existing,
            u"UPDATE modifier_groups SET min_choices = ?, max_choices = ?, sort_order = ?, "
            u"list_key = ?, retired = 0 WHERE id = ?"_s,
            {use.minChoices, use.maxChoices, groupOrder, use.list},
            u"INSERT INTO modifier_groups (item_id, key, min_choices, max_choices, sort_order, "
            u"list_key) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {itemId, use.list, use.minChoices, use.maxChoices, groupOrder, use.list});
        ++groupOrder;
        if (!groupId)
            return groupId.error();
        if (auto texts = replaceTexts(db, u"modifier_group_texts"_s, u"group_id"_s, *groupId,
                                      list->name, nullptr);
            !texts)
            return texts;
        if (auto done = runSql(db, u"UPDATE modifier_options SET retired = 1 WHERE group_id = ?"_s,
                               {*groupId});
            !done)
            return done.error();
        int optionOrder = 0;
        for (const DocumentOption &option : list->options) {
            auto was =
                idWhere(db, u"SELECT id FROM modifier_options WHERE group_id = ? AND key = ?"_s,
                        {*groupId, option.key});
            if (!was)
                return was.error();
            auto optionId =
                upsert(db, *was,
                       u"UPDATE modifier_options SET price_delta_minor = ?, sort_order = ?, "
                       u"retired = 0 WHERE id = ?"_s,
                       {option.priceDeltaMinor, optionOrder},
                       u"INSERT INTO modifier_options (group_id, key, price_delta_minor, "
                       u"sort_order) VALUES (?, ?, ?, ?)"_s,
                       {*groupId, option.key, option.priceDeltaMinor, optionOrder});
            ++optionOrder;
            if (!optionId)
                return optionId.error();
            if (auto texts = replaceTexts(db, u"modifier_option_texts"_s, u"option_id"_s, *optionId,
                                          option.name, nullptr);
                !texts)
                return texts;
        }
    }
    return {};
}

Result<void> replaceTags(const QSqlDatabase &db, qint64 itemId, const DocumentItem &item)
{
    for (const QString &table : {u"item_allergens"_s, u"item_dietary_tags"_s})
        if (auto done = runSql(db, u"DELETE FROM %1 WHERE item_id = ?"_s.arg(table), {itemId});
            !done)
            return done.error();
    for (const QString &code : item.allergens)
        if (auto done = runSql(db, u"INSERT INTO item_allergens VALUES (?, ?)"_s, {itemId, code});
            !done)
            return done.error();
    for (const QString &code : item.dietary)
        if (auto done =
                runSql(db, u"INSERT INTO item_dietary_tags VALUES (?, ?)"_s, {itemId, code});
            !done)
            return done.error();
    return {};
}

} // namespace

Result<void> MenuDocumentStore::apply(const MenuDocument &document)
{
    if (m_catalog)
        m_catalog->invalidate(); // before the writes: a half-done change must not stay cached
    if (auto cleared = runSql(m_db, u"DELETE FROM availability_windows"_s); !cleared)
        return cleared.error();

    QHash<QString, qint64> categoryIds;
    QSet<QString> categoryKeys, itemKeys;
    int order = 0;
    for (const DocumentCategory &category : document.categories) {
        auto was = idWhere(m_db, u"SELECT id FROM categories WHERE key = ?"_s, {category.key});
        if (!was)
            return was.error();
        auto id = upsert(m_db, *was,
                         u"UPDATE categories SET sort_order = ?, active = ?, retired = 0 "
                         u"WHERE id = ?"_s,
                         {order, !category.hidden},
                         u"INSERT INTO categories (key, sort_order, active) VALUES (?, ?, ?)"_s,
                         {category.key, order, !category.hidden});
        ++order;
        if (!id)
            return id.error();
        if (auto texts = replaceTexts(m_db, u"category_texts"_s, u"category_id"_s, *id,
                                      category.name, &category.description);
            !texts)
            return texts;
        if (auto windows = addWindows(m_db, u"category_id"_s, *id, category.windows); !windows)
            return windows;
        categoryIds.insert(category.key, *id);
        categoryKeys.insert(category.key);
    }

    order = 0;
    for (const DocumentItem &item : document.items) {
        auto was = idWhere(m_db, u"SELECT id FROM menu_items WHERE key = ?"_s, {item.key});
        if (!was)
            return was.error();
        const qint64 categoryId = categoryIds.value(item.category);
        if (categoryId == 0)
            return makeError(u"invalid_menu"_s,
                             u"The dish \"%1\" is in no category of the menu."_s.arg(item.key));
        auto id = upsert(
            m_db, *was,
            u"UPDATE menu_items SET category_id = ?, price_minor = ?, photo = ?, course = ?, "
            u"station = ?, spice_level = ?, sort_order = ?, hidden = ?, pick = ?, retired = 0 "
            u"WHERE id = ?"_s,
            {categoryId, item.priceMinor, item.photo, item.course, item.station, item.spiceLevel,
             order, item.hidden, item.pick},
            u"INSERT INTO menu_items (key, category_id, price_minor, photo, course, station, "
            u"spice_level, sort_order, hidden, pick) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {item.key, categoryId, item.priceMinor, item.photo, item.course, item.station,
             item.spiceLevel, order, item.hidden, item.pick});
        ++order;
        if (!id)
            return id.error();
        if (auto texts = replaceTexts(m_db, u"item_texts"_s, u"item_id"_s, *id, item.name,
                                      &item.description);
            !texts)
            return texts;
        if (auto tags = replaceTags(m_db, *id, item); !tags)
            return tags;
        if (auto groups = applyGroups(m_db, document, item, *id); !groups)
            return groups;
        if (auto windows = addWindows(m_db, u"item_id"_s, *id, item.windows); !windows)
            return windows;
        itemKeys.insert(item.key);
    }
    if (auto retired = retireOthers(m_db, u"categories"_s, categoryKeys, u", active = 0"_s);
        !retired)
        return retired;
    return retireOthers(m_db, u"menu_items"_s, itemKeys);
}

} // namespace tableside
