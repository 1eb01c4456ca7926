// Allergen and dietary tag codes are stored and sent over the wire: they must never change.

#include "allergen.h"
#include "dietarytag.h"

#include <QSet>
#include <QTest>

using namespace tableside;

class TestAllergen : public QObject {
    Q_OBJECT

private slots:
    void allergenCodes_data();
    void allergenCodes();
    void allAllergensAreTheEuFourteenInOrder();
    void unknownAllergenCodes_data();
    void unknownAllergenCodes();
    void dietaryTagCodes_data();
    void dietaryTagCodes();
    void allDietaryTagsInOrder();
    void unknownDietaryTagCodes_data();
    void unknownDietaryTagCodes();
};

void TestAllergen::allergenCodes_data()
{
    QTest::addColumn<Allergen>("allergen");
    QTest::addColumn<QString>("code");
    QTest::newRow("gluten") << Allergen::Gluten << "gluten";
    QTest::newRow("crustaceans") << Allergen::Crustaceans << "crustaceans";
    QTest::newRow("eggs") << Allergen::Eggs << "eggs";
    QTest::newRow("fish") << Allergen::Fish << "fish";
    QTest::newRow("peanuts") << Allergen::Peanuts << "peanuts";
    QTest::newRow("soybeans") << Allergen::Soybeans << "soybeans";
    QTest::newRow("milk") << Allergen::Milk << "milk";
    QTest::newRow("nuts") << Allergen::Nuts << "nuts";
    QTest::newRow("celery") << Allergen::Celery << "celery";
    QTest::newRow("mustard") << Allergen::Mustard << "mustard";
    QTest::newRow("sesame") << Allergen::Sesame << "sesame";
    QTest::newRow("sulphites") << Allergen::Sulphites << "sulphites";
    QTest::newRow("lupin") << Allergen::Lupin << "lupin";
    QTest::newRow("molluscs") << Allergen::Molluscs << "molluscs";
}

void TestAllergen::allergenCodes()
{
    QFETCH(Allergen, allergen);
    QFETCH(QString, code);
    QCOMPARE(allergenCode(allergen), code);
    QCOMPARE(allergenFromCode(code), std::optional<Allergen>(allergen));
}

void TestAllergen::allAllergensAreTheEuFourteenInOrder()
{
    const QList<Allergen> &all = allAllergens();
    QCOMPARE(all.size(), 14);
    QStringList codes;
    for (Allergen allergen : all)
        codes << allergenCode(allergen);
    const QStringList annexII{"gluten",   "crustaceans", "eggs",  "fish",    "peanuts",
                              "soybeans", "milk",        "nuts",  "celery",  "mustard",
                              "sesame",   "sulphites",   "lupin", "molluscs"};
    QCOMPARE(codes, annexII);
    QCOMPARE(&allAllergens(), &all); // one list, not rebuilt per call
}

void TestAllergen::unknownAllergenCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << "";
    QTest::newRow("capitalised") << "Gluten";
    QTest::newRow("trailing space") << "milk ";
    QTest::newRow("synonym") << "soy";
    QTest::newRow("not an allergen") << "vegan";
}

void TestAllergen::unknownAllergenCodes()
{
    QFETCH(QString, code);
    QCOMPARE(allergenFromCode(code), std::nullopt);
}

void TestAllergen::dietaryTagCodes_data()
{
    QTest::addColumn<DietaryTag>("tag");
    QTest::addColumn<QString>("code");
    QTest::newRow("vegetarian") << DietaryTag::Vegetarian << "vegetarian";
    QTest::newRow("vegan") << DietaryTag::Vegan << "vegan";
    QTest::newRow("gluten-free") << DietaryTag::GlutenFree << "gluten-free";
    QTest::newRow("halal") << DietaryTag::Halal << "halal";
}

void TestAllergen::dietaryTagCodes()
{
    QFETCH(DietaryTag, tag);
    QFETCH(QString, code);
    QCOMPARE(dietaryTagCode(tag), code);
    QCOMPARE(dietaryTagFromCode(code), std::optional<DietaryTag>(tag));
}

void TestAllergen::allDietaryTagsInOrder()
{
    QCOMPARE(allDietaryTags(), (QList<DietaryTag>{DietaryTag::Vegetarian, DietaryTag::Vegan,
                                                  DietaryTag::GlutenFree, DietaryTag::Halal}));
}

void TestAllergen::unknownDietaryTagCodes_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow("empty") << "";
    QTest::newRow("underscore") << "gluten_free";
    QTest::newRow("capitalised") << "Vegan";
    QTest::newRow("allergen code") << "gluten";
}

void TestAllergen::unknownDietaryTagCodes()
{
    QFETCH(QString, code);
    QCOMPARE(dietaryTagFromCode(code), std::nullopt);
}

QTEST_GUILESS_MAIN(TestAllergen)
#include "tst_allergen.moc"
