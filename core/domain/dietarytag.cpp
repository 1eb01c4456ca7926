#include "dietarytag.h"

namespace tableside {

QString dietaryTagCode(DietaryTag tag)
{
    switch (tag) {
    case DietaryTag::Vegetarian:
        return QStringLiteral("vegetarian");
    case DietaryTag::Vegan:
        return QStringLiteral("vegan");
    case DietaryTag::GlutenFree:
        return QStringLiteral("gluten-free");
    case DietaryTag::Halal:
        return QStringLiteral("halal");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<DietaryTag> dietaryTagFromCode(QStringView code)
{
    for (DietaryTag tag : allDietaryTags()) {
        if (code == dietaryTagCode(tag))
            return tag;
    }
    return std::nullopt;
}

const QList<DietaryTag> &allDietaryTags()
{
    static const QList<DietaryTag> all{DietaryTag::Vegetarian, DietaryTag::Vegan,
                                       DietaryTag::GlutenFree, DietaryTag::Halal};
    return all;
}

} // namespace tableside
