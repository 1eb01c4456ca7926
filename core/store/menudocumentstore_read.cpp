// Reading the live menu's tables as one menu document, every language at once.
#include "menudocumentstore.h"

#include "sqlstatement.h"
#include "venuerepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

struct Texts {
    QHash<qint64, LocalizedText> names;
    QHash<qint64, LocalizedText> descriptions;
};

Result<Texts> textsOf(const QSqlDatabase &db, const QString &table, const QString &idColumn,
                      bool withDescription)
{
    auto rows = runSql(db, u"SELECT %1, language, name%2 FROM %3"_s.arg(
                               idColumn, withDescription ? u", description"_s : QString(), table));
    if (!rows)
        return rows.error();
    Texts texts;
    while (rows.value().next()) {
        const qint64 id = rows->value(0).toLongLong();
        const QString language = rows->value(1).toString();
        if (const QString name = rows->value(2).toString(); !name.isEmpty())
            texts.names[id].insert(language, name);
        if (withDescription)
            if (const QString about = rows->value(3).toString(); !about.isEmpty())
                texts.descriptions[id].insert(language, about);
    }
    return texts;
}

QTime timeOfMinute(int minute)
{
    return QTime(minute / 60, minute % 60);
}

// Windows by owner: "c<id>" for a category, "i<id>" for a dish.
Result<QHash<QString, QList<AvailabilityWindow>>> windowsOf(const QSqlDatabase &db)
{
    auto rows = runSql(db, u"SELECT category_id, item_id, days, from_minute, until_minute "
                           u"FROM availability_windows ORDER BY sort_order, id"_s);
    if (!rows)
        return rows.error();
    QHash<QString, QList<AvailabilityWindow>> windows;
    while (rows.value().next()) {
        const QString owner = rows->value(0).isNull() ? u"i%1"_s.arg(rows->value(1).toLongLong())
                                                      : u"c%1"_s.arg(rows->value(0).toLongLong());
        windows[owner].append({rows->value(2).toInt(), timeOfMinute(rows->value(3).toInt()),
                               timeOfMinute(rows->value(4).toInt())});
    }
    return windows;
}

struct Group {
    qint64 itemId = 0;
    QString itemKey;
    QString key;
    QString listKey;
    ModifierUse use;
    ModifierList list;
};

Result<QList<Group>> groupsOf(const QSqlDatabase &db)
{
    auto groupTexts = textsOf(db, u"modifier_group_texts"_s, u"group_id"_s, false);
    auto optionTexts = textsOf(db, u"modifier_option_texts"_s, u"option_id"_s, false);
    if (!groupTexts || !optionTexts)
        return groupTexts ? optionTexts.error() : groupTexts.error();
    auto rows = runSql(db, u"SELECT g.id, g.item_id, i.key, g.key, g.list_key, g.min_choices, "
                           u"g.max_choices FROM modifier_groups g JOIN menu_items i "
                           u"ON i.id = g.item_id WHERE g.retired = 0 AND i.retired = 0 "
                           u"ORDER BY g.item_id, g.sort_order, g.id"_s);
    if (!rows)
        return rows.error();
    QList<Group> groups;
    QHash<qint64, qsizetype> groupAt;
    while (rows.value().next()) {
        Group group;
        const qint64 id = rows->value(0).toLongLong();
        group.itemId = rows->value(1).toLongLong();
        group.itemKey = rows->value(2).toString();
        group.key = rows->value(3).toString();
        group.listKey = rows->value(4).toString();
        group.use = {{}, rows->value(5).toInt(), rows->value(6).toInt()};
        group.list = {{}, groupTexts->names.value(id), {}};
        groupAt.insert(id, groups.size());
        groups.append(group);
    }
    auto options = runSql(db, u"SELECT id, group_id, key, price_delta_minor FROM modifier_options "
                              u"WHERE retired = 0 ORDER BY group_id, sort_order, id"_s);
    if (!options)
        return options.error();
    while (options.value().next()) {
        const auto at = groupAt.value(options->value(1).toLongLong(), -1);
        if (at >= 0)
            groups[at].list.options.append(
                {options->value(2).toString(),
                 optionTexts->names.value(options->value(0).toLongLong()),
                 options->value(3).toLongLong()});
    }
    return groups;
}

// Each group's list key: the list it came from, else its own key where every group of that key
// is the same list, else "<dish>-<group>".
void nameLists(QList<Group> &groups, MenuDocument &document)
{
    QHash<QString, QList<qsizetype>> byKey;
    for (qsizetype i = 0; i < groups.size(); ++i)
        byKey[groups[i].listKey.isEmpty() ? groups[i].key : groups[i].listKey].append(i);
    for (Group &group : groups) {
        const QString key = group.listKey.isEmpty() ? group.key : group.listKey;
        bool shared = true;
        for (qsizetype other : byKey.value(key))
            shared = shared && groups[other].list.options == group.list.options &&
                     groups[other].list.name == group.list.name;
        group.list.key = shared ? key : group.itemKey + u'-' + group.key;
        group.use.list = group.list.key;
        if (!document.modifierList(group.list.key))
            document.modifierLists.append(group.list);
    }
}

} // namespace

Result<MenuDocument> MenuDocumentStore::live() const
{
    auto venue = VenueRepository(m_db).load();
    if (!venue)
        return venue.error();
    MenuDocument document;
    document.defaultLanguage = venue->defaultLanguage;
    document.languages = venue->languages;

    auto windows = windowsOf(m_db);
    auto categoryTexts = textsOf(m_db, u"category_texts"_s, u"category_id"_s, true);
    auto itemTexts = textsOf(m_db, u"item_texts"_s, u"item_id"_s, true);
    auto groups = groupsOf(m_db);
    if (!windows || !categoryTexts || !itemTexts || !groups)
        return makeError(u"store_error"_s, u"The live menu could not be read."_s);

    auto categories = runSql(m_db, u"SELECT id, key, active FROM categories WHERE retired = 0 "
                                   u"ORDER BY sort_order, id"_s);
    if (!categories)
        return categories.error();
    QHash<qint64, QString> categoryKeys;
    while (categories.value().next()) {
        const qint64 id = categories->value(0).toLongLong();
        categoryKeys.insert(id, categories->value(1).toString());
        document.categories.append({categories->value(1).toString(), categoryTexts->names.value(id),
                                    categoryTexts->descriptions.value(id),
                                    !categories->value(2).toBool(),
                                    windows->value(u"c%1"_s.arg(id))});
    }

    nameLists(groups.value(), document);
    QHash<qint64, QList<ModifierUse>> usesByItem;
    for (const Group &group : *groups)
        usesByItem[group.itemId].append(group.use);

    auto tags = runSql(m_db, u"SELECT item_id, allergen, 'a' FROM item_allergens UNION ALL "
                             u"SELECT item_id, tag, 'd' FROM item_dietary_tags ORDER BY 1, 2"_s);
    if (!tags)
        return tags.error();
    QHash<qint64, QStringList> allergens, dietary;
    while (tags.value().next())
        (tags->value(2).toString() == u"a"_s ? allergens : dietary)[tags->value(0).toLongLong()]
            .append(tags->value(1).toString());

    // In menu order: category by category, then each dish's own place.
    auto items = runSql(
        m_db, u"SELECT i.id, i.key, i.category_id, i.price_minor, i.photo, "
              u"i.course, i.station, i.spice_level, i.hidden, i.pick FROM menu_items i "
              u"JOIN categories c ON c.id = i.category_id WHERE i.retired = 0 AND c.retired = 0 "
              u"ORDER BY c.sort_order, c.id, i.sort_order, i.id"_s);
    if (!items)
        return items.error();
    while (items.value().next()) {
        const qint64 id = items->value(0).toLongLong();
        DocumentItem item;
        item.key = items->value(1).toString();
        item.category = categoryKeys.value(items->value(2).toLongLong());
        item.name = itemTexts->names.value(id);
        item.description = itemTexts->descriptions.value(id);
        item.priceMinor = items->value(3).toLongLong();
        item.photo = items->value(4).toString();
        item.course = items->value(5).toString();
        item.station = items->value(6).toString();
        item.spiceLevel = items->value(7).toInt();
        item.hidden = items->value(8).toBool();
        item.pick = items->value(9).toBool();
        item.allergens = allergens.value(id);
        item.dietary = dietary.value(id);
        item.modifiers = usesByItem.value(id);
        item.windows = windows->value(u"i%1"_s.arg(id));
        document.items.append(item);
    }
    return document;
}

} // namespace tableside
