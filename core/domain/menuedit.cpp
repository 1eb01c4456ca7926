#include "menuedit.h"

#include "menudocumentjson.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

Error badEdit(const QString &message)
{
    return Error{u"bad_edit"_s, message};
}

template<typename Entry> qsizetype indexOfKey(const QList<Entry> &entries, const QString &key)
{
    for (qsizetype i = 0; i < entries.size(); ++i)
        if (entries.at(i).key == key)
            return i;
    return -1;
}

// Where a new or moved entry goes: before `before`, or at the end.
template<typename Entry>
Result<qsizetype> placeOf(const QList<Entry> &entries, const QString &before, const QString &what)
{
    if (before.isEmpty())
        return entries.size();
    const qsizetype at = indexOfKey(entries, before);
    if (at < 0)
        return badEdit(u"There is no %1 \"%2\" to put it before."_s.arg(what, before));
    return at;
}

// The place at the end of a category: after its last dish, else after the last dish of the
// categories before it.
qsizetype endOfCategory(const MenuDocument &document, const QString &category)
{
    qsizetype at = -1;
    for (const DocumentCategory &each : document.categories) {
        for (qsizetype i = 0; i < document.items.size(); ++i)
            if (document.items.at(i).category == each.key)
                at = i;
        if (each.key == category)
            break;
    }
    return at + 1;
}

bool offersList(const MenuDocument &document, const QString &list)
{
    return std::any_of(document.items.begin(), document.items.end(), [&](const DocumentItem &i) {
        return std::any_of(i.modifiers.begin(), i.modifiers.end(),
                           [&](const ModifierUse &use) { return use.list == list; });
    });
}

template<typename Entry>
Result<MenuEdit> putEntry(MenuDocument document, QList<Entry> MenuDocument::*entries,
                          const Entry &entry, const QString &before, const QString &what,
                          qsizetype newPlace = -1)
{
    QList<Entry> &list = document.*entries;
    if (const qsizetype at = indexOfKey(list, entry.key); at >= 0) {
        list[at] = entry;
        return MenuEdit{document, u"Changed the %1 %2"_s.arg(what, entry.key)};
    }
    auto place = before.isEmpty() && newPlace >= 0 ? Result<qsizetype>(newPlace)
                                                   : placeOf(list, before, what);
    if (!place)
        return place.error();
    list.insert(*place, entry);
    return MenuEdit{document, u"Added the %1 %2"_s.arg(what, entry.key)};
}

Result<MenuEdit> put(const MenuDocument &draft, const QString &kind, const QJsonObject &edit)
{
    const QJsonObject entry = edit.value("entry"_L1).toObject();
    const QString before = edit.value("before"_L1).toString();
    if (kind == "dish"_L1) {
        auto item = documentItemFromJson(entry);
        if (!item)
            return item.error();
        return putEntry(draft, &MenuDocument::items, *item, before, u"dish"_s,
                        endOfCategory(draft, item->category));
    }
    if (kind == "category"_L1) {
        auto category = categoryFromJson(entry);
        if (!category)
            return category.error();
        return putEntry(draft, &MenuDocument::categories, *category, before, u"category"_s);
    }
    if (kind == "list"_L1) {
        auto list = modifierListFromJson(entry);
        if (!list)
            return list.error();
        return putEntry(draft, &MenuDocument::modifierLists, *list, before, u"modifier list"_s);
    }
    return badEdit(u"put needs dish, category or list, not \"%1\"."_s.arg(kind));
}

Result<MenuEdit> remove(MenuDocument document, const QString &kind, const QString &key)
{
    const auto removed = [&](auto &list, const QString &what) -> Result<MenuEdit> {
        const qsizetype at = indexOfKey(list, key);
        if (at < 0)
            return badEdit(u"There is no %1 \"%2\"."_s.arg(what, key));
        list.removeAt(at);
        return MenuEdit{document, u"Removed the %1 %2"_s.arg(what, key)};
    };
    if (kind == "dish"_L1)
        return removed(document.items, u"dish"_s);
    if (kind == "category"_L1) {
        for (const DocumentItem &item : document.items)
            if (item.category == key)
                return badEdit(u"The category \"%1\" still holds the dish \"%2\": move or remove "
                               "its dishes first."_s.arg(key, item.key));
        return removed(document.categories, u"category"_s);
    }
    if (kind == "list"_L1) {
        if (offersList(document, key))
            return badEdit(u"A dish still offers the modifier list \"%1\"."_s.arg(key));
        return removed(document.modifierLists, u"modifier list"_s);
    }
    return badEdit(u"remove needs dish, category or list, not \"%1\"."_s.arg(kind));
}

template<typename Entry>
Result<MenuEdit> moveEntry(MenuDocument document, QList<Entry> MenuDocument::*entries,
                           const QString &key, const QString &before, const QString &what)
{
    QList<Entry> &list = document.*entries;
    const qsizetype from = indexOfKey(list, key);
    if (from < 0)
        return badEdit(u"There is no %1 \"%2\"."_s.arg(what, key));
    if (before == key)
        return MenuEdit{document, u"Moved the %1 %2"_s.arg(what, key)};
    Entry entry = list.takeAt(from);
    auto place = placeOf(list, before, what);
    if (!place)
        return place.error();
    list.insert(*place, entry);
    return MenuEdit{document, u"Moved the %1 %2"_s.arg(what, key)};
}

Result<MenuEdit> move(MenuDocument document, const QString &kind, const QString &key,
                      const QString &before)
{
    if (kind == "category"_L1)
        return moveEntry(document, &MenuDocument::categories, key, before, u"category"_s);
    if (kind != "dish"_L1)
        return badEdit(u"move needs dish or category, not \"%1\"."_s.arg(kind));
    if (const qsizetype at = indexOfKey(document.items, before); at >= 0) {
        const qsizetype own = indexOfKey(document.items, key);
        if (own >= 0)
            document.items[own].category = document.items.at(at).category;
    }
    auto moved = moveEntry(document, &MenuDocument::items, key, before, u"dish"_s);
    if (!moved)
        return moved;
    // Keep each category's dishes together in the category order, as the tables show them.
    MenuDocument &result = moved.value().document;
    QList<DocumentItem> ordered;
    for (const DocumentCategory &category : result.categories)
        for (const DocumentItem &item : result.items)
            if (item.category == category.key)
                ordered.append(item);
    for (const DocumentItem &item : result.items)
        if (!result.category(item.category))
            ordered.append(item);
    result.items = ordered;
    return moved;
}

} // namespace

Result<MenuEdit> applyMenuEdit(const MenuDocument &draft, const QJsonObject &edit)
{
    if (edit.contains("put"_L1))
        return put(draft, edit.value("put"_L1).toString(), edit);
    const QString key = edit.value("key"_L1).toString();
    if (edit.contains("remove"_L1))
        return remove(draft, edit.value("remove"_L1).toString(), key);
    if (edit.contains("move"_L1))
        return move(draft, edit.value("move"_L1).toString(), key,
                    edit.value("before"_L1).toString());
    return badEdit(u"An edit puts, removes or moves an entry."_s);
}

} // namespace tableside
