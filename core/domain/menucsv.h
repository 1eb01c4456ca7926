#pragma once
// The menu as one spreadsheet: a CSV file in UTF-8 an owner can edit in LibreOffice or Excel and
// bring back. One row per category, modifier list, option and dish, in menu order; a name and a
// description column per language. Writing the file that was read gives the same bytes.
//
// Columns: kind (category, list, option, dish), key, parent (a dish's category, an option's
// list), price (a dish's price or an option's change, as 6.50), course, station, spice,
// allergens and dietary (codes separated by spaces), modifiers ("doneness 1-1; sides 0-2": list,
// least and most choices), windows ("Mon-Fri 12:00-15:00; Sat,Sun 11:00-00:00"), hidden (yes or
// empty), photo, then name:LANG and description:LANG for each of the venue's languages, and last
// pick (the owner's pick: yes or empty; a spreadsheet made before it may lack the column).

#include "menudocument.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tableside {

// Where a spreadsheet's row went wrong: row 1 is the header; column is the header's name.
struct MenuCsvProblem {
    int row = 0;
    QString column;
    QString message;

    bool operator==(const MenuCsvProblem &) const = default;
    QString describe() const;
};

// The venue's side of the file: the languages it has columns for and how prices are written.
struct MenuCsvFormat {
    QString defaultLanguage;
    QStringList languages;
    int minorDigits = 2; // Money::minorDigits of the venue's currency
};

QByteArray menuToCsv(const MenuDocument &document, const MenuCsvFormat &format);

struct MenuCsvRead {
    MenuDocument document;
    QList<MenuCsvProblem> problems; // every bad row and column; the document is not to be used
};

// Reads a file menuToCsv wrote, or a spreadsheet saved it again (comma or semicolon separated,
// with or without the byte order mark, CRLF or LF). Besides the file's own mistakes, every
// problem menuProblems() finds is given at its row and column.
MenuCsvRead menuFromCsv(const QByteArray &csv, const MenuCsvFormat &format);

} // namespace tableside
