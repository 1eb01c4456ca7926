#pragma once
// The menu as the product speaks of it: categories, items and their modifier groups,
// each text already resolved to one language. Written by the store, read by models and the hub.

#include "availabilitywindow.h"
#include "money.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tableside {

// A text in every language the venue speaks: language code -> text.
using LocalizedText = QHash<QString, QString>;

struct MenuOption {
    qint64 id = 0;
    QString key;
    QString name;
    qint64 priceDeltaMinor = 0;
};

struct MenuModifierGroup {
    qint64 id = 0;
    QString key;
    QString name;
    int minChoices = 0;
    int maxChoices = 1;
    QList<MenuOption> options;
};

struct MenuItem {
    qint64 id = 0;
    qint64 categoryId = 0;
    QString key;
    QString name;
    QString description;
    Money price;
    QString photo; // file name inside the venue's photo library
    bool available = true;
    int stockLeft = -1; // how many are left when the dish is counted down; -1 when it is not
    bool pick = false;  // the owner's pick, recommended while the venue's history is thin
    QString course;
    QString station;
    bool longerWait = false; // live, not stored: its station is behind (the hub's station.load)
    int spiceLevel = 0;
    QStringList allergens; // EU-14 codes
    QStringList dietary;   // dietary tag codes
    QList<MenuModifierGroup> groups;
    ServingTimes servingTimes{}; // its own windows and its category's (none: always)
    bool servedNow = true;       // live, not stored: within them now, on the venue's clock
};

// A dish that cannot be added before the diner chooses something (a group with a minimum).
inline bool requiresChoice(const MenuItem &item)
{
    for (const MenuModifierGroup &group : item.groups)
        if (group.minChoices > 0)
            return true;
    return false;
}

struct MenuCategory {
    qint64 id = 0;
    QString key;
    QString name;
    QString description;
    QList<MenuItem> items;
    QList<AvailabilityWindow> windows{}; // when its dishes can be ordered (none: always)
};

struct Menu {
    QString language;
    QString currency;
    QList<MenuCategory> categories;
};

// Calls `change` with every dish of `menu`, category by category.
template<typename Change> void forEachMenuItem(Menu &menu, Change &&change)
{
    for (MenuCategory &category : menu.categories)
        for (MenuItem &item : category.items)
            change(item);
}

} // namespace tableside
