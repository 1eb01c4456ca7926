#pragma once
// Dietary tags a dish can carry, with the stable codes used in the database and the protocol.

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace tableside {

enum class DietaryTag {
    Vegetarian,
    Vegan,
    GlutenFree,
    Halal,
};

QString dietaryTagCode(DietaryTag tag);
// Exact, case-sensitive match of a code from dietaryTagCode(); anything else is std::nullopt.
std::optional<DietaryTag> dietaryTagFromCode(QStringView code);
const QList<DietaryTag> &allDietaryTags();

} // namespace tableside
