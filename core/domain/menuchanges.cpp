#include "menuchanges.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

void compareTexts(const QString &field, const LocalizedText &before, const LocalizedText &after,
                  QStringList &fields)
{
    QStringList languages = before.keys() + after.keys();
    languages.sort();
    languages.removeDuplicates();
    for (const QString &language : languages)
        if (before.value(language) != after.value(language))
            fields.append(field + u'/' + language);
}

template<typename Value>
void compare(const QString &field, const Value &before, const Value &after, QStringList &fields)
{
    if (before != after)
        fields.append(field);
}

QStringList changedFields(const DocumentCategory &before, const DocumentCategory &after)
{
    QStringList fields;
    compareTexts(u"name"_s, before.name, after.name, fields);
    compareTexts(u"description"_s, before.description, after.description, fields);
    compare(u"hidden"_s, before.hidden, after.hidden, fields);
    compare(u"windows"_s, before.windows, after.windows, fields);
    return fields;
}

QStringList changedFields(const ModifierList &before, const ModifierList &after)
{
    QStringList fields;
    compareTexts(u"name"_s, before.name, after.name, fields);
    compare(u"options"_s, before.options, after.options, fields);
    return fields;
}

QStringList changedFields(const DocumentItem &before, const DocumentItem &after)
{
    QStringList fields;
    compare(u"category"_s, before.category, after.category, fields);
    compareTexts(u"name"_s, before.name, after.name, fields);
    compareTexts(u"description"_s, before.description, after.description, fields);
    compare(u"price"_s, before.priceMinor, after.priceMinor, fields);
    compare(u"photo"_s, before.photo, after.photo, fields);
    compare(u"course"_s, before.course, after.course, fields);
    compare(u"station"_s, before.station, after.station, fields);
    compare(u"spice"_s, before.spiceLevel, after.spiceLevel, fields);
    compare(u"allergens"_s, before.allergens, after.allergens, fields);
    compare(u"dietary"_s, before.dietary, after.dietary, fields);
    compare(u"modifiers"_s, before.modifiers, after.modifiers, fields);
    compare(u"windows"_s, before.windows, after.windows, fields);
    compare(u"hidden"_s, before.hidden, after.hidden, fields);
    compare(u"pick"_s, before.pick, after.pick, fields);
    return fields;
}

QStringList keysOf(const auto &entries)
{
    QStringList keys;
    for (const auto &entry : entries)
        keys.append(entry.key);
    return keys;
}

// The keys both lists hold, in each list's own order.
QStringList keptInOrder(const QStringList &keys, const QStringList &others)
{
    QStringList kept;
    for (const QString &key : keys)
        if (others.contains(key))
            kept.append(key);
    return kept;
}

// The keys of `after` outside a longest common subsequence of the two orders: the fewest entries
// that moved to turn one order into the other.
QStringList movedKeys(const QStringList &before, const QStringList &after)
{
    const qsizetype n = before.size(), m = after.size();
    QList<QList<int>> common(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            common[i][j] = before.at(i) == after.at(j)
                               ? common[i + 1][j + 1] + 1
                               : std::max(common[i + 1][j], common[i][j + 1]);
    QStringList moved;
    qsizetype i = 0, j = 0;
    while (j < m) {
        if (i < n && before.at(i) == after.at(j)) {
            ++i;
            ++j;
        } else if (i < n && common[i + 1][j] >= common[i][j + 1]) {
            ++i;
        } else {
            moved.append(after.at(j++));
        }
    }
    return moved;
}

template<typename Entry>
void diffEntries(const QString &entry, const QList<Entry> &before, const QList<Entry> &after,
                 QList<MenuChange> &changes, QList<MenuChange> &moves)
{
    using Kind = MenuChange::Kind;
    const QStringList beforeKeys = keysOf(before), afterKeys = keysOf(after);
    for (const Entry &now : after) {
        const qsizetype was = beforeKeys.indexOf(now.key);
        if (was < 0)
            changes.append({Kind::Added, entry, now.key, {}});
        else if (QStringList fields = changedFields(before.at(was), now); !fields.isEmpty())
            changes.append({Kind::Changed, entry, now.key, fields});
    }
    for (const Entry &old : before)
        if (!afterKeys.contains(old.key))
            changes.append({Kind::Removed, entry, old.key, {}});

    const QStringList moved =
        movedKeys(keptInOrder(beforeKeys, afterKeys), keptInOrder(afterKeys, beforeKeys));
    for (const QString &key : moved)
        moves.append({Kind::Moved, entry, key, {}});
}

} // namespace

QList<MenuChange> menuChanges(const MenuDocument &before, const MenuDocument &after)
{
    QList<MenuChange> changes, moves;
    diffEntries(u"category"_s, before.categories, after.categories, changes, moves);
    diffEntries(u"modifier list"_s, before.modifierLists, after.modifierLists, changes, moves);
    diffEntries(u"dish"_s, before.items, after.items, changes, moves);
    return changes + moves;
}

QString describeMenuChange(const MenuChange &change)
{
    switch (change.kind) {
    case MenuChange::Kind::Added:
        return u"Added the %1 %2"_s.arg(change.entry, change.key);
    case MenuChange::Kind::Removed:
        return u"Removed the %1 %2"_s.arg(change.entry, change.key);
    case MenuChange::Kind::Moved:
        return u"Moved the %1 %2"_s.arg(change.entry, change.key);
    case MenuChange::Kind::Changed:
        break;
    }
    return u"Changed the %1 %2: %3"_s.arg(change.entry, change.key, change.fields.join(u", "_s));
}

} // namespace tableside
