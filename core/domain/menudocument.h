#pragma once
// The owner's menu as one document: every category, dish and modifier list with its texts in
// every language, in menu order. A draft is one, a published version is one, the spreadsheet is
// one; the checks before publishing and the list of what a publish changes read one.

#include "availabilitywindow.h"
#include "menu.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace tableside {

struct DocumentCategory {
    QString key;
    LocalizedText name;
    LocalizedText description;
    bool hidden = false;
    QList<AvailabilityWindow> windows;

    bool operator==(const DocumentCategory &) const = default;
};

struct DocumentOption {
    QString key;
    LocalizedText name;
    qint64 priceDeltaMinor = 0;

    bool operator==(const DocumentOption &) const = default;
};

// A list of choices written once and offered on any number of dishes ("Sides", "Doneness").
struct ModifierList {
    QString key;
    LocalizedText name;
    QList<DocumentOption> options;

    bool operator==(const ModifierList &) const = default;
};

// A modifier list as one dish offers it: how many of its options a diner picks there.
struct ModifierUse {
    QString list;
    int minChoices = 0;
    int maxChoices = 1;

    bool operator==(const ModifierUse &) const = default;
};

struct DocumentItem {
    QString key;
    QString category;
    LocalizedText name;
    LocalizedText description;
    qint64 priceMinor = 0;
    QString photo; // the photo's content hash in the venue's photo library, or empty
    QString course;
    QString station;
    int spiceLevel = 0;
    QStringList allergens; // EU-14 codes
    QStringList dietary;   // dietary tag codes
    QList<ModifierUse> modifiers;
    QList<AvailabilityWindow> windows;
    bool hidden = false;
    bool pick = false; // the owner's pick: recommended to diners while history is thin

    bool operator==(const DocumentItem &) const = default;
};

struct MenuDocument {
    QString defaultLanguage;
    QStringList languages; // every language the venue speaks, the default among them
    QList<DocumentCategory> categories;
    QList<ModifierList> modifierLists;
    QList<DocumentItem> items; // within a category, in this order

    bool operator==(const MenuDocument &) const = default;

    const DocumentItem *item(const QString &key) const;
    const DocumentCategory *category(const QString &key) const;
    const ModifierList *modifierList(const QString &key) const;
};

// The limits a price can take on a menu (in minor units): below zero is a mistake, and so is
// above ten thousand in the venue's currency, however fine the restaurant.
struct MenuLimits {
    static constexpr qint64 MaxPriceMinor = 1'000'000;
    static constexpr qint64 MaxPriceDeltaMinor = 100'000;
    static constexpr int MaxSpiceLevel = 3;
    static constexpr int MaxKeyLength = 64;
};

// One thing that stops a document from being published, naming the field: `field` is a path
// such as "items/lamb-cutlets/price" or "modifierLists/sides/options/chips/name/el".
struct MenuProblem {
    QString field;
    QString code;    // stable, snake_case: "name_missing"
    QString message; // one sentence the owner can act on

    bool operator==(const MenuProblem &) const = default;
};

// Every problem of `document`, in document order; empty when it can be published.
QList<MenuProblem> menuProblems(const MenuDocument &document);

// The languages in which a text of `document` is missing (a missing translation falls back to
// the default language on the tables; the editor marks it).
QStringList missingLanguages(const MenuDocument &document, const LocalizedText &text);

// The course codes a dish can have, in the order a meal runs.
const QStringList &courseCodes();

} // namespace tableside
