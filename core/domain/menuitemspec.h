#pragma once
// What the pricing rules need to know about a dish: its base price, whether it can be ordered,
// and its modifier groups. Filled from the store; no behaviour of its own. Every member has a
// default, so designated initializers may skip any of them (GCC's -Wmissing-field-initializers).

#include "money.h"

#include <QList>
#include <QString>

namespace tableside {

struct ModifierOptionSpec {
    qint64 id = 0;
    QString name{};             // "Chips"
    qint64 priceDeltaMinor = 0; // in the item's currency; may be negative ("no cheese")
};

struct ModifierGroupSpec {
    qint64 id = 0;
    QString name{};     // "Doneness", "Sides": singular for one choice, plural for several
    int minChoices = 0; // 0: optional
    int maxChoices = 1;
    QList<ModifierOptionSpec> options{};
};

struct MenuItemSpec {
    qint64 id = 0;
    QString name{}; // "Ribeye steak"
    Money basePrice{};
    bool available = true;
    QList<ModifierGroupSpec> groups{};
};

} // namespace tableside
