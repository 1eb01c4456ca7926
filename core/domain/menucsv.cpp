#include "menucsv.h"

#include <QHash>
#include <QStringConverter>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

const QStringList &fixedColumns()
{
    static const QStringList columns{u"kind"_s,    u"key"_s,       u"parent"_s,  u"price"_s,
                                     u"course"_s,  u"station"_s,   u"spice"_s,   u"allergens"_s,
                                     u"dietary"_s, u"modifiers"_s, u"windows"_s, u"hidden"_s,
                                     u"photo"_s};
    return columns;
}

// Columns a spreadsheet made before them may lack, read as empty: last, after the texts.
const QStringList &laterColumns()
{
    static const QStringList columns{u"pick"_s};
    return columns;
}

QStringList headerFor(const QStringList &languages)
{
    QStringList header = fixedColumns();
    for (const QString &language : languages)
        header.append(u"name:"_s + language);
    for (const QString &language : languages)
        header.append(u"description:"_s + language);
    return header + laterColumns();
}

const QStringList &dayNames()
{
    static const QStringList names{u"Mon"_s, u"Tue"_s, u"Wed"_s, u"Thu"_s,
                                   u"Fri"_s, u"Sat"_s, u"Sun"_s};
    return names;
}

// --- writing ---

QString quoted(const QString &field)
{
    if (field.isEmpty())
        return field;
    const bool needsQuotes = field.contains(u',') || field.contains(u';') || field.contains(u'"') ||
                             field.contains(u'\n') || field.contains(u'\r') ||
                             field.front().isSpace() || field.back().isSpace();
    if (!needsQuotes)
        return field;
    QString escaped = field;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString priceText(qint64 minor, int digits)
{
    const bool negative = minor < 0;
    const quint64 magnitude = negative ? quint64(-(minor + 1)) + 1 : quint64(minor);
    quint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    QString text = QString::number(magnitude / scale);
    if (digits > 0)
        text += u'.' + QString::number(magnitude % scale).rightJustified(digits, u'0');
    return negative ? u'-' + text : text;
}

QString daysText(int days)
{
    if (days == AvailabilityWindow::EveryDay)
        return u"Mon-Sun"_s;
    QStringList runs;
    for (int day = 0; day < 7;) {
        if (!(days & (1 << day))) {
            ++day;
            continue;
        }
        int last = day;
        while (last + 1 < 7 && (days & (1 << (last + 1))))
            ++last;
        if (last == day)
            runs.append(dayNames().at(day));
        else if (last == day + 1)
            runs.append(dayNames().at(day) + u',' + dayNames().at(last));
        else
            runs.append(dayNames().at(day) + u'-' + dayNames().at(last));
        day = last + 1;
    }
    return runs.join(u',');
}

QString windowsText(const QList<AvailabilityWindow> &windows)
{
    QStringList texts;
    for (const AvailabilityWindow &window : windows)
        texts.append(u"%1 %2-%3"_s.arg(daysText(window.days), window.from.toString(u"HH:mm"_s),
                                       window.until.toString(u"HH:mm"_s)));
    return texts.join(u"; "_s);
}

QString modifiersText(const QList<ModifierUse> &uses)
{
    QStringList texts;
    for (const ModifierUse &use : uses)
        texts.append(u"%1 %2-%3"_s.arg(use.list).arg(use.minChoices).arg(use.maxChoices));
    return texts.join(u"; "_s);
}

class RowWriter {
public:
    explicit RowWriter(const QStringList &languages)
        : m_header(headerFor(languages))
    {
        m_text = m_header.join(u',') + u"\r\n"_s;
    }

    // One row: the named columns set, every other empty.
    void write(const QHash<QString, QString> &fields)
    {
        QStringList row;
        for (const QString &column : m_header)
            row.append(quoted(fields.value(column)));
        m_text += row.join(u',') + u"\r\n"_s;
    }

    QByteArray bytes() const { return "\xEF\xBB\xBF" + m_text.toUtf8(); }

private:
    QStringList m_header;
    QString m_text;
};

void addTexts(QHash<QString, QString> &fields, const QString &column, const LocalizedText &text)
{
    for (auto it = text.begin(); it != text.end(); ++it)
        fields.insert(column + u':' + it.key(), it.value());
}

// --- reading ---

struct Record {
    int row = 0;
    QStringList fields;
};

// RFC 4180 records: quoted fields may hold separators, quotes ("") and line breaks.
QList<Record> parseRecords(const QString &text, QChar separator, QList<MenuCsvProblem> &problems)
{
    QList<Record> records;
    int rowNumber = 1; // as a spreadsheet numbers them: a blank row counts, a line break in a
                       // quoted field does not
    Record record{rowNumber, {}};
    QString field;
    bool inQuotes = false, quotedField = false;
    const auto endRecord = [&] {
        record.fields.append(field);
        field.clear();
        quotedField = false;
        const bool blank = std::all_of(record.fields.begin(), record.fields.end(),
                                       [](const QString &f) { return f.trimmed().isEmpty(); });
        if (!blank)
            records.append(record);
        record = Record{++rowNumber, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                inQuotes = false;
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !quotedField) {
            inQuotes = quotedField = true;
        } else if (c == separator) {
            record.fields.append(field);
            field.clear();
            quotedField = false;
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue;
        } else if (c == u'\n' || c == u'\r') {
            endRecord();
        } else {
            field += c;
        }
    }
    if (inQuotes)
        problems.append({record.row, {}, u"A quoted field is never closed."_s});
    if (!field.isEmpty() || !record.fields.isEmpty())
        endRecord();
    return records;
}

std::optional<qint64> parsePrice(QString text, int digits)
{
    text = text.trimmed();
    bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    text.replace(u',', u'.');
    const QStringList parts = text.split(u'.');
    if (parts.size() > 2 || parts.first().isEmpty() || parts.first().size() > 12)
        return std::nullopt;
    const QString fraction = parts.size() == 2 ? parts.at(1) : QString();
    if (fraction.size() > digits || (parts.size() == 2 && fraction.isEmpty()))
        return std::nullopt;
    bool ok = true;
    qint64 value = 0;
    for (QChar c : parts.first() + fraction.leftJustified(digits, u'0')) {
        if (!c.isDigit() || c.unicode() > 127)
            ok = false;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (!ok)
        return std::nullopt;
    return negative ? -value : value;
}

std::optional<int> parseDays(const QString &text)
{
    int days = 0;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(u'-');
        const auto dayOf = [](const QString &name) {
            for (int day = 0; day < 7; ++day)
                if (dayNames().at(day).compare(name.trimmed(), Qt::CaseInsensitive) == 0)
                    return day;
            return -1;
        };
        const int first = dayOf(ends.first()), last = dayOf(ends.last());
        if (ends.size() > 2 || first < 0 || last < first)
            return std::nullopt;
        for (int day = first; day <= last; ++day)
            days |= 1 << day;
    }
    if (days == 0)
        return std::nullopt;
    return days;
}

std::optional<QList<AvailabilityWindow>> parseWindows(const QString &text)
{
    QList<AvailabilityWindow> windows;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QString window = part.trimmed();
        const qsizetype space = window.lastIndexOf(u' ');
        if (space < 0)
            return std::nullopt;
        const auto days = parseDays(window.left(space));
        const QStringList times = window.mid(space + 1).split(u'-');
        if (!days || times.size() != 2)
            return std::nullopt;
        const QTime from = QTime::fromString(times.at(0), u"HH:mm"_s);
        const QTime until = QTime::fromString(times.at(1), u"HH:mm"_s);
        if (!from.isValid() || !until.isValid())
            return std::nullopt;
        windows.append({*days, from, until});
    }
    return windows;
}

std::optional<QList<ModifierUse>> parseModifiers(const QString &text)
{
    QList<ModifierUse> uses;
    for (const QString &part : text.split(u';', Qt::SkipEmptyParts)) {
        const QStringList words = part.trimmed().split(u' ', Qt::SkipEmptyParts);
        const QStringList range = words.size() == 2 ? words.at(1).split(u'-') : QStringList();
        bool minOk = false, maxOk = false;
        if (range.size() != 2)
            return std::nullopt;
        const int min = range.at(0).toInt(&minOk), max = range.at(1).toInt(&maxOk);
        if (!minOk || !maxOk)
            return std::nullopt;
        uses.append({words.at(0), min, max});
    }
    return uses;
}

// One row of the file, read by column name.
class RowReader {
public:
    RowReader(const Record &record, const QHash<QString, int> &columns,
              QList<MenuCsvProblem> &problems)
        : m_record(record)
        , m_columns(columns)
        , m_problems(problems)
    {}

    QString text(const QString &column) const
    {
        const int index = m_columns.value(column, -1);
        return index >= 0 && index < m_record.fields.size() ? m_record.fields.at(index) : QString();
    }

    LocalizedText texts(const QString &column, const QStringList &languages) const
    {
        LocalizedText result;
        for (const QString &language : languages)
            if (const QString value = text(column + u':' + language); !value.isEmpty())
                result.insert(language, value);
        return result;
    }

    void fail(const QString &column, const QString &message)
    {
        m_problems.append({m_record.row, column, message});
    }

    qint64 price(int digits)
    {
        const QString value = text(u"price"_s);
        if (value.trimmed().isEmpty())
            return 0;
        const auto parsed = parsePrice(value, digits);
        if (!parsed)
            fail(u"price"_s,
                 u"\"%1\" is not a price with at most %2 decimals, like %3."_s.arg(value)
                     .arg(digits)
                     .arg(priceText(650, digits)));
        return parsed.value_or(0);
    }

    int number(const QString &column)
    {
        const QString value = text(column).trimmed();
        if (value.isEmpty())
            return 0;
        bool ok = false;
        const int parsed = value.toInt(&ok);
        if (!ok)
            fail(column, u"\"%1\" is not a whole number."_s.arg(value));
        return parsed;
    }

    bool yes(const QString &column)
    {
        const QString value = text(column).trimmed().toLower();
        if (!value.isEmpty() && value != u"yes"_s)
            fail(column, u"Write yes, or leave it empty."_s);
        return value == u"yes"_s;
    }

    QList<AvailabilityWindow> windows()
    {
        const auto parsed = parseWindows(text(u"windows"_s));
        if (!parsed)
            fail(u"windows"_s,
                 u"Write each window as days and times, like Mon-Fri 12:00-15:00; separate "
                 "windows with ;."_s);
        return parsed.value_or(QList<AvailabilityWindow>{});
    }

    QList<ModifierUse> modifiers()
    {
        const auto parsed = parseModifiers(text(u"modifiers"_s));
        if (!parsed)
            fail(u"modifiers"_s, u"Write each modifier list as its key and the least and most "
                                 "choices, like sides 0-2; separate lists with ;."_s);
        return parsed.value_or(QList<ModifierUse>{});
    }

    int row() const { return m_record.row; }

private:
    const Record &m_record;
    const QHash<QString, int> &m_columns;
    QList<MenuCsvProblem> &m_problems;
};

// Where each entry of the document came from, to give menuProblems() a row and a column.
struct RowIndex {
    QHash<QString, int> categories, lists, options, items; // options: "list/option"

    MenuCsvProblem locate(const MenuProblem &problem) const
    {
        const QStringList path = problem.field.split(u'/');
        int row = 0;
        qsizetype rest = 2;
        if (path.first() == u"categories"_s)
            row = categories.value(path.value(1));
        else if (path.first() == u"items"_s)
            row = items.value(path.value(1));
        else if (path.first() == u"modifierLists"_s && path.value(2) == u"options"_s &&
                 path.size() > 3) {
            row = options.value(path.value(1) + u'/' + path.value(3));
            rest = 4;
        } else if (path.first() == u"modifierLists"_s)
            row = lists.value(path.value(1));
        const QString field = path.value(rest);
        QString column = field;
        if (field == u"name"_s || field == u"description"_s)
            column = field + u':' + path.value(rest + 1);
        else if (field == u"category"_s)
            column = u"parent"_s;
        else if (field == u"priceDelta"_s)
            column = u"price"_s;
        else if (field == u"options"_s || field.isEmpty())
            column = u"key"_s;
        return {row, column, problem.message};
    }
};

} // namespace

QString MenuCsvProblem::describe() const
{
    if (column.isEmpty())
        return u"Row %1: %2"_s.arg(row).arg(message);
    return u"Row %1, column %2: %3"_s.arg(row).arg(column, message);
}

QByteArray menuToCsv(const MenuDocument &document, const MenuCsvFormat &format)
{
    RowWriter writer(format.languages);
    for (const DocumentCategory &category : document.categories) {
        QHash<QString, QString> fields{{u"kind"_s, u"category"_s},
                                       {u"key"_s, category.key},
                                       {u"windows"_s, windowsText(category.windows)},
                                       {u"hidden"_s, category.hidden ? u"yes"_s : QString()}};
        addTexts(fields, u"name"_s, category.name);
        addTexts(fields, u"description"_s, category.description);
        writer.write(fields);
    }
    for (const ModifierList &list : document.modifierLists) {
        QHash<QString, QString> fields{{u"kind"_s, u"list"_s}, {u"key"_s, list.key}};
        addTexts(fields, u"name"_s, list.name);
        writer.write(fields);
        for (const DocumentOption &option : list.options) {
            QHash<QString, QString> optionFields{
                {u"kind"_s, u"option"_s},
                {u"key"_s, option.key},
                {u"parent"_s, list.key},
                {u"price"_s, priceText(option.priceDeltaMinor, format.minorDigits)}};
            addTexts(optionFields, u"name"_s, option.name);
            writer.write(optionFields);
        }
    }
    for (const DocumentItem &item : document.items) {
        QHash<QString, QString> fields{{u"kind"_s, u"dish"_s},
                                       {u"key"_s, item.key},
                                       {u"parent"_s, item.category},
                                       {u"price"_s, priceText(item.priceMinor, format.minorDigits)},
                                       {u"course"_s, item.course},
                                       {u"station"_s, item.station},
                                       {u"spice"_s, QString::number(item.spiceLevel)},
                                       {u"allergens"_s, item.allergens.join(u' ')},
                                       {u"dietary"_s, item.dietary.join(u' ')},
                                       {u"modifiers"_s, modifiersText(item.modifiers)},
                                       {u"windows"_s, windowsText(item.windows)},
                                       {u"hidden"_s, item.hidden ? u"yes"_s : QString()},
                                       {u"photo"_s, item.photo},
                                       {u"pick"_s, item.pick ? u"yes"_s : QString()}};
        addTexts(fields, u"name"_s, item.name);
        addTexts(fields, u"description"_s, item.description);
        writer.write(fields);
    }
    return writer.bytes();
}

MenuCsvRead menuFromCsv(const QByteArray &csv, const MenuCsvFormat &format)
{
    MenuCsvRead read;
    read.document.defaultLanguage = format.defaultLanguage;
    read.document.languages = format.languages;
    QList<MenuCsvProblem> &problems = read.problems;

    QStringDecoder decoder(QStringConverter::Utf8);
    QString text = decoder.decode(csv);
    if (decoder.hasError()) {
        problems.append({0,
                         {},
                         u"The file is not UTF-8 text: save it from the spreadsheet as "
                         "\"CSV UTF-8\"."_s});
        return read;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString firstLine = text.left(text.indexOf(u'\n'));
    const QChar separator = firstLine.count(u';') > firstLine.count(u',') ? u';' : u',';
    const QList<Record> records = parseRecords(text, separator, problems);
    if (records.isEmpty()) {
        problems.append({1, {}, u"The file is empty: it needs the header row."_s});
        return read;
    }

    QHash<QString, int> columns;
    const QStringList expected = headerFor(format.languages);
    const QStringList &header = records.first().fields;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = header.at(i).trimmed();
        if (name.isEmpty())
            continue;
        if (!expected.contains(name))
            problems.append({1, name, u"This column is not one of the menu's columns."_s});
        else if (columns.contains(name))
            problems.append({1, name, u"This column is there twice."_s});
        columns.insert(name, i);
    }
    for (const QString &column : fixedColumns())
        if (!columns.contains(column))
            problems.append({1, column, u"This column is missing."_s});
    if (!columns.contains(u"name:"_s + format.defaultLanguage))
        problems.append({1, u"name:"_s + format.defaultLanguage,
                         u"This column is missing: every entry needs a name in the default "
                         "language."_s});
    if (!problems.isEmpty())
        return read;

    MenuDocument &document = read.document;
    RowIndex index;
    for (qsizetype i = 1; i < records.size(); ++i) {
        RowReader row(records.at(i), columns, problems);
        if (records.at(i).fields.size() > header.size())
            row.fail({}, u"The row has more fields than the header has columns."_s);
        const QString kind = row.text(u"kind"_s).trimmed();
        const QString key = row.text(u"key"_s).trimmed();
        const QString parent = row.text(u"parent"_s).trimmed();
        if (kind == u"category"_s) {
            document.categories.append({key, row.texts(u"name"_s, format.languages),
                                        row.texts(u"description"_s, format.languages),
                                        row.yes(u"hidden"_s), row.windows()});
            index.categories.insert(key, row.row());
        } else if (kind == u"list"_s) {
            document.modifierLists.append({key, row.texts(u"name"_s, format.languages), {}});
            index.lists.insert(key, row.row());
        } else if (kind == u"option"_s) {
            ModifierList *list = nullptr;
            for (ModifierList &candidate : document.modifierLists)
                if (candidate.key == parent)
                    list = &candidate;
            if (!list) {
                row.fail(u"parent"_s, u"An option follows the list it belongs to; no list "
                                      "\"%1\" comes before it."_s.arg(parent));
                continue;
            }
            list->options.append(
                {key, row.texts(u"name"_s, format.languages), row.price(format.minorDigits)});
            index.options.insert(parent + u'/' + key, row.row());
        } else if (kind == u"dish"_s) {
            DocumentItem item;
            item.key = key;
            item.category = parent;
            item.priceMinor = row.price(format.minorDigits);
            item.course = row.text(u"course"_s).trimmed();
            item.station = row.text(u"station"_s).trimmed();
            item.spiceLevel = row.number(u"spice"_s);
            item.allergens = row.text(u"allergens"_s).split(u' ', Qt::SkipEmptyParts);
            item.dietary = row.text(u"dietary"_s).split(u' ', Qt::SkipEmptyParts);
            item.modifiers = row.modifiers();
            item.windows = row.windows();
            item.hidden = row.yes(u"hidden"_s);
            item.pick = row.yes(u"pick"_s);
            item.photo = row.text(u"photo"_s).trimmed();
            item.name = row.texts(u"name"_s, format.languages);
            item.description = row.texts(u"description"_s, format.languages);
            document.items.append(item);
            index.items.insert(key, row.row());
        } else {
            row.fail(
                u"kind"_s,
                u"\"%1\" is not a kind of row: write category, list, option or dish."_s.arg(kind));
        }
    }
    for (const MenuProblem &problem : menuProblems(document))
        problems.append(index.locate(problem));
    std::stable_sort(problems.begin(), problems.end(),
                     [](const auto &a, const auto &b) { return a.row < b.row; });
    return read;
}

} // namespace tableside
