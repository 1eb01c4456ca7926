#include "menurepository.h"

#include "allergen.h"
#include "dietarytag.h"
#include "menucatalog.h"
#include "sqlstatement.h"
using namespace Qt::StringLiterals;

namespace tableside {

namespace {

const QStringList Courses{u"drink"_s, u"starter"_s, u"main"_s, u"side"_s, u"dessert"_s};

Result<void> checkItemDraft(const ItemDraft &d)
{
    if (d.key.isEmpty() || d.name.isEmpty())
        return makeError(u"invalid_item"_s, u"A dish needs a key and a name."_s);
    const QString dish = d.name.value(u"en"_s, d.key);
    if (d.priceMinor < 0)
        return makeError(u"invalid_item"_s, u"%1 cannot have a negative price."_s.arg(dish));
    if (!Courses.contains(d.course))
        return makeError(u"invalid_item"_s,
                         u"%1 has an unknown course \"%2\"."_s.arg(dish, d.course));
    for (const QString &code : d.allergens)
        if (!allergenFromCode(code))
            return makeError(
                u"invalid_item"_s,
                u"%1 lists \"%2\", which is not one of the 14 EU allergens."_s.arg(dish, code));
    for (const QString &code : d.dietary)
        if (!dietaryTagFromCode(code))
            return makeError(u"invalid_item"_s,
                             u"%1 has an unknown dietary tag \"%2\"."_s.arg(dish, code));
    for (const GroupDraft &g : d.groups)
        if (g.minChoices < 0 || g.maxChoices < 1 || g.minChoices > g.maxChoices ||
            g.minChoices > g.options.size())
            return makeError(u"invalid_item"_s,
                             u"The choices of \"%1\" on %2 cannot be satisfied."_s.arg(
                                 g.name.value(u"en"_s, g.key), dish));
    return {};
}

} // namespace

void MenuRepository::menuChanged()
{
    if (m_catalog)
        m_catalog->invalidate();
}

Result<void> MenuRepository::addTexts(const QString &table, const QString &idColumn, qint64 id,
                                      const LocalizedText &name, const LocalizedText *description)
{
    const QString sql =
        description
            ? u"INSERT INTO %1 (%2, language, name, description) VALUES (?, ?, ?, COALESCE(?, ''))"_s
            : u"INSERT INTO %1 (%2, language, name) VALUES (?, ?, ?)"_s;
    for (auto it = name.cbegin(); it != name.cend(); ++it) {
        QVariantList values{id, it.key(), it.value()};
        if (description)
            values.append(description->value(it.key()));
        if (auto done = runSql(m_db, sql.arg(table, idColumn), values); !done)
            return done.error();
    }
    return {};
}

Result<qint64> MenuRepository::addCategory(const CategoryDraft &d)
{
    if (d.key.isEmpty() || d.name.isEmpty())
        return makeError(u"invalid_category"_s, u"A category needs a key and a name."_s);
    menuChanged();
    auto done = runSql(m_db, u"INSERT INTO categories (key, sort_order) VALUES (?, ?)"_s,
                       {d.key, d.sortOrder});
    if (!done)
        return done.error();
    const qint64 id = done->lastInsertId().toLongLong();
    if (auto texts = addTexts(u"category_texts"_s, u"category_id"_s, id, d.name, &d.description);
        !texts)
        return texts.error();
    return id;
}

Result<void> MenuRepository::addGroup(qint64 itemId, const GroupDraft &g, int sortOrder)
{
    auto group = runSql(m_db,
                        u"INSERT INTO modifier_groups (item_id, key, min_choices, max_choices, "
                        u"sort_order) VALUES (?, ?, ?, ?, ?)"_s,
                        {itemId, g.key, g.minChoices, g.maxChoices, sortOrder});
    if (!group)
        return group.error();
    const qint64 groupId = group->lastInsertId().toLongLong();
    if (auto texts = addTexts(u"modifier_group_texts"_s, u"group_id"_s, groupId, g.name, nullptr);
        !texts)
        return texts;
    int optionOrder = 0;
    for (const OptionDraft &o : g.options) {
        auto option = runSql(m_db,
                             u"INSERT INTO modifier_options (group_id, key, price_delta_minor, "
                             u"sort_order) VALUES (?, ?, ?, ?)"_s,
                             {groupId, o.key, o.priceDeltaMinor, optionOrder++});
        if (!option)
            return option.error();
        if (auto texts = addTexts(u"modifier_option_texts"_s, u"option_id"_s,
                                  option->lastInsertId().toLongLong(), o.name, nullptr);
            !texts)
            return texts;
    }
    return {};
}

Result<qint64> MenuRepository::addItem(const ItemDraft &d)
{
    if (auto valid = checkItemDraft(d); !valid)
        return valid.error();
    menuChanged();
    auto done = runSql(m_db,
                       u"INSERT INTO menu_items (key, category_id, price_minor, photo, available, "
                       u"course, station, spice_level, sort_order, pick) "
                       u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                       {d.key, d.categoryId, d.priceMinor, d.photo, d.available, d.course,
                        d.station, d.spiceLevel, d.sortOrder, d.pick});
    if (!done)
        return done.error();
    const qint64 id = done->lastInsertId().toLongLong();
    if (auto texts = addTexts(u"item_texts"_s, u"item_id"_s, id, d.name, &d.description); !texts)
        return texts.error();
    for (const QString &code : d.allergens)
        if (auto a = runSql(m_db, u"INSERT INTO item_allergens VALUES (?, ?)"_s, {id, code}); !a)
            return a.error();
    for (const QString &code : d.dietary)
        if (auto t = runSql(m_db, u"INSERT INTO item_dietary_tags VALUES (?, ?)"_s, {id, code}); !t)
            return t.error();
    int groupOrder = 0;
    for (const GroupDraft &g : d.groups)
        if (auto group = addGroup(id, g, groupOrder++); !group)
            return group.error();
    return id;
}

Result<void> MenuRepository::setAvailable(qint64 itemId, bool available)
{
    menuChanged(); // before the write: a half-done change must not leave a stale copy either
    auto done =
        runSql(m_db, u"UPDATE menu_items SET available = ? WHERE id = ?"_s, {available, itemId});
    if (!done)
        return done.error();
    if (done->numRowsAffected() != 1)
        return makeError(u"unknown_item"_s, u"There is no dish %1 on the menu."_s.arg(itemId));
    return {};
}

Result<void> MenuRepository::setStock(qint64 itemId, std::optional<int> left)
{
    menuChanged();
    auto done = left ? runSql(m_db,
                              u"UPDATE menu_items SET stock_left = ?, available = ? "
                              u"WHERE id = ? AND retired = 0"_s,
                              {*left, *left > 0, itemId})
                     : runSql(m_db,
                              u"UPDATE menu_items SET stock_left = NULL "
                              u"WHERE id = ? AND retired = 0"_s,
                              {itemId});
    if (!done)
        return done.error();
    if (done->numRowsAffected() != 1)
        return makeError(u"unknown_item"_s, u"There is no dish %1 on the menu."_s.arg(itemId));
    return {};
}

Result<MenuCounts> MenuRepository::counts() const
{
    auto categories = scalarSql(m_db, u"SELECT count(*) FROM categories"_s);
    auto items = scalarSql(m_db, u"SELECT count(*) FROM menu_items"_s);
    if (!categories)
        return categories.error();
    if (!items)
        return items.error();
    return MenuCounts{categories->toInt(), items->toInt()};
}

} // namespace tableside
