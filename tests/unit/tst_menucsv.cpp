// The menu as a spreadsheet: what is written is read back as the same menu and written again as
// the same bytes, Greek, Arabic and Persian included; a spreadsheet's own way of saving
// (semicolons, no byte order mark, decimal commas) reads the same; a file with bad rows names every
// bad row and column.
#include "menucsv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

const MenuCsvFormat format{u"en"_s, {u"en"_s, u"el"_s, u"ar"_s, u"fa"_s}, 2};

MenuDocument menu()
{
    MenuDocument document;
    document.defaultLanguage = u"en"_s;
    document.languages = format.languages;
    document.categories = {
        {u"mezze"_s,
         {{u"en"_s, u"Mezze"_s}, {u"el"_s, u"Μεζέδες"_s}, {u"ar"_s, u"مقبلات"_s}},
         {{u"en"_s, u"To share, or not"_s}},
         false,
         {}},
        {u"lunch"_s,
         {{u"en"_s, u"Lunch"_s}, {u"fa"_s, u"ناهار"_s}},
         {},
         true,
         {{0x1f, QTime(12, 0), QTime(15, 30)}, {0x60, QTime(11, 0), QTime(0, 0)}}}};
    document.modifierLists = {{u"sides"_s,
                               {{u"en"_s, u"Sides"_s}, {u"el"_s, u"Συνοδευτικά"_s}},
                               {{u"chips"_s, {{u"en"_s, u"Hand-cut chips"_s}}, 0},
                                {u"rice"_s, {{u"en"_s, u"Saffron rice"_s}}, 150},
                                {u"no-side"_s, {{u"en"_s, u"No side"_s}}, -100}}}};
    DocumentItem hummus;
    hummus.key = u"hummus"_s;
    hummus.category = u"mezze"_s;
    hummus.name = {{u"en"_s, u"Hummus, \"the real one\""_s},
                   {u"el"_s, u"Χούμους"_s},
                   {u"ar"_s, u"حمص"_s},
                   {u"fa"_s, u"حُمُص"_s}};
    hummus.description = {{u"en"_s, u"Chickpeas; tahini,\nlemon"_s}, {u"fa"_s, u"نخود، ارده"_s}};
    hummus.priceMinor = 650;
    hummus.course = u"starter"_s;
    hummus.station = u"cold"_s;
    hummus.allergens = {u"sesame"_s, u"gluten"_s};
    hummus.dietary = {u"vegan"_s};
    hummus.photo = u"9f86d081884c7d65"_s;
    hummus.pick = true;
    DocumentItem kofta;
    kofta.key = u"kofta"_s;
    kofta.category = u"lunch"_s;
    kofta.name = {{u"en"_s, u"Lamb Kofta"_s}};
    kofta.priceMinor = 1600;
    kofta.course = u"main"_s;
    kofta.station = u"grill"_s;
    kofta.spiceLevel = 2;
    kofta.modifiers = {{u"sides"_s, 1, 2}};
    kofta.windows = {{0x15, QTime(18, 0), QTime(22, 0)}};
    kofta.hidden = true;
    document.items = {hummus, kofta};
    return document;
}

QString described(const QList<MenuCsvProblem> &problems)
{
    QStringList lines;
    for (const MenuCsvProblem &problem : problems)
        lines.append(problem.describe());
    return lines.join(u'\n');
}

// A file with the header and the given rows, written as a person types them.
QByteArray sheet(const QStringList &rows)
{
    return (menuToCsv({}, format).trimmed() + "\r\n" + rows.join(u"\r\n"_s).toUtf8() + "\r\n");
}

} // namespace

class TestMenuCsv : public QObject {
    Q_OBJECT

private slots:
    void exportImportExportIsByteIdentical()
    {
        const QByteArray first = menuToCsv(menu(), format);
        const MenuCsvRead read = menuFromCsv(first, format);
        QVERIFY2(read.problems.isEmpty(), qPrintable(described(read.problems)));
        QCOMPARE(read.document, menu());
        QCOMPARE(menuToCsv(read.document, format), first);
    }

    void theFileIsWhatASpreadsheetExpects()
    {
        const QByteArray csv = menuToCsv(menu(), format);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "kind,key,parent,price,"));
        QVERIFY(csv.contains(",name:en,name:el,name:ar,name:fa,description:en,"));
        QVERIFY(csv.contains("\r\noption,no-side,sides,-1.00,"));
        QVERIFY(csv.contains("\"Hummus, \"\"the real one\"\"\""));
        QVERIFY(csv.contains("Mon-Fri 12:00-15:30; Sat,Sun 11:00-00:00"));
        QVERIFY(csv.contains("Mon,Wed,Fri 18:00-22:00"));
        QVERIFY(csv.contains(",sides 1-2,"));
        QVERIFY(csv.contains(u"Χούμους"_s.toUtf8()));
    }

    // LibreOffice in a comma-decimal locale: semicolons, no BOM, LF, 6,50, quotes only where
    // needed and the empty columns at a row's end left out.
    void aSpreadsheetsOwnSavingReadsTheSame()
    {
        QString header = QString::fromUtf8(menuToCsv({}, format)).trimmed();
        header.replace(u',', u';');
        if (header.front() == QChar(0xFEFF))
            header.remove(0, 1);
        const QByteArray csv = (header + u"\n"_s +
                                u"category;mezze;;;;;;;;;;;;Mezze;Μεζέδες\n"_s
                                u"dish;hummus;mezze;6,50;starter;cold;0;sesame;vegan;;"
                                u"\"Mon-Fri 12:00-15:00; Sun 12:00-16:00\";;;\"Hummus; "
                                u"the real one\";;حمص\n"_s)
                                   .toUtf8();
        const MenuCsvRead read = menuFromCsv(csv, format);
        QVERIFY2(read.problems.isEmpty(), qPrintable(described(read.problems)));
        QCOMPARE(read.document.categories.size(), 1);
        QCOMPARE(read.document.categories.first().name.value(u"el"_s), u"Μεζέδες"_s);
        QCOMPARE(read.document.items.size(), 1);
        const DocumentItem &hummus = read.document.items.first();
        QCOMPARE(hummus.priceMinor, 650);
        QCOMPARE(hummus.name.value(u"en"_s), u"Hummus; the real one"_s);
        QCOMPARE(hummus.name.value(u"ar"_s), u"حمص"_s);
        QCOMPARE(hummus.allergens, QStringList{u"sesame"_s});
        const QList<AvailabilityWindow> windows{{0x1f, QTime(12, 0), QTime(15, 0)},
                                                {0x40, QTime(12, 0), QTime(16, 0)}};
        QCOMPARE(hummus.windows, windows);
    }

    // A spreadsheet saved before dishes could be the owner's picks has no pick column: it reads
    // as it did, no dish a pick.
    void aSpreadsheetWithoutPicksStillReads()
    {
        const QByteArray csv = "kind,key,parent,price,course,station,spice,allergens,dietary,"
                               "modifiers,windows,hidden,photo,name:en\r\n"
                               "category,mezze,,,,,,,,,,,,Mezze\r\n"
                               "dish,hummus,mezze,6.50,starter,cold,0,sesame,vegan,,,,,Hummus\r\n";
        const MenuCsvRead read = menuFromCsv(csv, format);
        QVERIFY2(read.problems.isEmpty(), qPrintable(described(read.problems)));
        QCOMPARE(read.document.items.size(), 1);
        QCOMPARE(read.document.items.first().priceMinor, 650);
        QVERIFY(!read.document.items.first().pick);
        // Written again, it gains the column.
        QVERIFY(menuToCsv(read.document, format).contains(",description:fa,pick\r\n"));
    }

    void everyBadRowAndColumnIsNamed()
    {
        const QByteArray csv = sheet({
            u"category,mezze,,,,,,,,,,,,Mezze"_s,                                   // row 2
            u"dish,hummus,mezze,six,starter,cold,0,,,,,,,Hummus"_s,                 // 3: price
            u"dish,falafel,mezze,-1.00,starter,cold,0,,,,,,,Falafel"_s,             // 4: negative
            u"dish,tabbouleh,mezze,5.00,starter,cold,0,,,,,,,,Ταμπουλέ"_s,          // 5: no name
            u"option,rare,doneness,0,,,,,,,,,,Rare"_s,                              // 6: no list
            u"dish,kofta,mezze,9.00,main,grill,0,,,,Mon-Fri 15:00-12:00,,,Kofta"_s, // 7: window
            u"dish,hummus,mezze,6.00,starter,cold,0,,,,,,,Hummus again"_s,          // 8: key
            u"dish,pitta,,2.00,side,grill,0,,,,,,,Pitta"_s,                         // 9: category
            u"dessert,baklava,mezze,5.00,dessert,cold,0,,,,,,,Baklava"_s,           // 10: kind
            u"dish,kebab,mezze,9.999,main,grill,maybe,,,,Someday 12:00,,,Kebab"_s,  // 11: three
        });
        const MenuCsvRead read = menuFromCsv(csv, format);
        const QList<std::pair<int, QString>> expected{
            {3, u"price"_s},   {4, u"price"_s},  {5, u"name:en"_s}, {6, u"parent"_s},
            {7, u"windows"_s}, {8, u"key"_s},    {9, u"parent"_s},  {10, u"kind"_s},
            {11, u"price"_s},  {11, u"spice"_s}, {11, u"windows"_s}};
        QList<std::pair<int, QString>> found;
        for (const MenuCsvProblem &problem : read.problems)
            found.append({problem.row, problem.column});
        QCOMPARE(found, expected);
        QCOMPARE(read.problems.at(0).describe(),
                 u"Row 3, column price: \"six\" is not a price with at most 2 decimals, like "
                 "6.50."_s);
    }

    void aLineBreakInAFieldIsStillOneRow()
    {
        const QByteArray csv = sheet({u"category,mezze,,,,,,,,,,,,\"Me\nzze\""_s,
                                      u"dish,hummus,nowhere,6.00,starter,cold,0,,,,,,,Hummus"_s});
        const MenuCsvRead read = menuFromCsv(csv, format);
        QCOMPARE(read.problems.size(), 1);
        QCOMPARE(read.problems.first().row, 3);
        QCOMPARE(read.problems.first().column, u"parent"_s);
    }

    void theHeaderIsChecked_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("problem");
        QTest::newRow("empty") << QByteArray()
                               << u"Row 1: The file is empty: it needs the "
                                  "header row."_s;
        QTest::newRow("no price") << QByteArray("kind,key,parent,course\r\n")
                                  << u"Row 1, column price: This column is missing."_s;
        QTest::newRow("unknown language")
            << menuToCsv({}, format).replace("name:fa", "name:de")
            << u"Row 1, column name:de: This column is not one of the menu's columns."_s;
        QTest::newRow("Latin-1 from an old spreadsheet")
            << (menuToCsv({}, format) + "category,cafes,,,,,,,,,,,,Caf\xe9s\r\n")
            << u"Row 0: The file is not UTF-8 text: save it from the spreadsheet as \"CSV "
               "UTF-8\"."_s;
    }

    void theHeaderIsChecked()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, problem);
        const MenuCsvRead read = menuFromCsv(csv, format);
        QVERIFY(!read.problems.isEmpty());
        QCOMPARE(read.problems.first().describe(), problem);
    }
};

QTEST_APPLESS_MAIN(TestMenuCsv)
#include "tst_menucsv.moc"
