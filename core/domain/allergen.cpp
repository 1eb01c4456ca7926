#include "allergen.h"

namespace tableside {

QString allergenCode(Allergen allergen)
{
    switch (allergen) {
    case Allergen::Gluten:
        return QStringLiteral("gluten");
    case Allergen::Crustaceans:
        return QStringLiteral("crustaceans");
    case Allergen::Eggs:
        return QStringLiteral("eggs");
    case Allergen::Fish:
        return QStringLiteral("fish");
    case Allergen::Peanuts:
        return QStringLiteral("peanuts");
    case Allergen::Soybeans:
        return QStringLiteral("soybeans");
    case Allergen::Milk:
        return QStringLiteral("milk");
    case Allergen::Nuts:
        return QStringLiteral("nuts");
    case Allergen::Celery:
        return QStringLiteral("celery");
    case Allergen::Mustard:
        return QStringLiteral("mustard");
    case Allergen::Sesame:
        return QStringLiteral("sesame");
    case Allergen::Sulphites:
        return QStringLiteral("sulphites");
    case Allergen::Lupin:
        return QStringLiteral("lupin");
    case Allergen::Molluscs:
        return QStringLiteral("molluscs");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<Allergen> allergenFromCode(QStringView code)
{
    for (Allergen allergen : allAllergens()) {
        if (code == allergenCode(allergen))
            return allergen;
    }
    return std::nullopt;
}

const QList<Allergen> &allAllergens()
{
    static const QList<Allergen> all{
        Allergen::Gluten,  Allergen::Crustaceans, Allergen::Eggs,   Allergen::Fish,
        Allergen::Peanuts, Allergen::Soybeans,    Allergen::Milk,   Allergen::Nuts,
        Allergen::Celery,  Allergen::Mustard,     Allergen::Sesame, Allergen::Sulphites,
        Allergen::Lupin,   Allergen::Molluscs,
    };
    return all;
}

} // namespace tableside
