#pragma once
// What a publish changes: the difference between two menu documents, entry by entry, for the
// publish history ("what changed") and for the owner's look before publishing.

#include "menudocument.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tableside {

struct MenuChange {
    enum class Kind { Added, Removed, Changed, Moved };
    Kind kind = Kind::Changed;
    QString entry; // "category", "dish" or "modifier list"
    QString key;
    QStringList fields; // for Changed: which fields, e.g. "price", "name/el", "options"

    bool operator==(const MenuChange &) const = default;
};

// Every change from `before` to `after`: additions, removals and changed entries in `after`'s
// order, then moves (a category or dish in another place of the menu's order).
QList<MenuChange> menuChanges(const MenuDocument &before, const MenuDocument &after);

// One line per change, in English, for the history list and the command line.
QString describeMenuChange(const MenuChange &change);

} // namespace tableside
