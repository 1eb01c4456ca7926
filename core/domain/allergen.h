#pragma once
// The 14 allergens a menu must declare under EU regulation 1169/2011, Annex II, with the stable
// codes used in the database, the protocol and translation files.

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace tableside {

enum class Allergen {
    Gluten,
    Crustaceans,
    Eggs,
    Fish,
    Peanuts,
    Soybeans,
    Milk,
    Nuts,
    Celery,
    Mustard,
    Sesame,
    Sulphites,
    Lupin,
    Molluscs,
};

QString allergenCode(Allergen allergen);
// Exact, case-sensitive match of a code from allergenCode(); anything else is std::nullopt.
std::optional<Allergen> allergenFromCode(QStringView code);
// All 14, in Annex II order.
const QList<Allergen> &allAllergens();

} // namespace tableside
