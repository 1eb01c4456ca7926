#include "menudocumentjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

QJsonObject textsToJson(const LocalizedText &text)
{
    QJsonObject json;
    for (auto it = text.begin(); it != text.end(); ++it)
        if (!it.value().isEmpty())
            json.insert(it.key(), it.value());
    return json;
}

QJsonArray windowsToJson(const QList<AvailabilityWindow> &windows)
{
    QJsonArray json;
    for (const AvailabilityWindow &window : windows) {
        QJsonArray days;
        for (int day = 1; day <= 7; ++day)
            if (window.days & (1 << (day - 1)))
                days.append(day);
        json.append(QJsonObject{{u"days"_s, days},
                                {u"from"_s, window.from.toString(u"HH:mm"_s)},
                                {u"until"_s, window.until.toString(u"HH:mm"_s)}});
    }
    return json;
}

QJsonObject categoryJson(const DocumentCategory &category)
{
    return {{u"key"_s, category.key},
            {u"name"_s, textsToJson(category.name)},
            {u"description"_s, textsToJson(category.description)},
            {u"hidden"_s, category.hidden},
            {u"windows"_s, windowsToJson(category.windows)}};
}

QJsonObject listToJson(const ModifierList &list)
{
    QJsonArray options;
    for (const DocumentOption &option : list.options)
        options.append(QJsonObject{{u"key"_s, option.key},
                                   {u"name"_s, textsToJson(option.name)},
                                   {u"priceDelta"_s, option.priceDeltaMinor}});
    return {{u"key"_s, list.key}, {u"name"_s, textsToJson(list.name)}, {u"options"_s, options}};
}

QJsonObject itemToJson(const DocumentItem &item)
{
    QJsonArray modifiers;
    for (const ModifierUse &use : item.modifiers)
        modifiers.append(QJsonObject{
            {u"list"_s, use.list}, {u"min"_s, use.minChoices}, {u"max"_s, use.maxChoices}});
    QJsonObject json{{u"key"_s, item.key},
                     {u"category"_s, item.category},
                     {u"name"_s, textsToJson(item.name)},
                     {u"description"_s, textsToJson(item.description)},
                     {u"price"_s, item.priceMinor},
                     {u"photo"_s, item.photo},
                     {u"course"_s, item.course},
                     {u"station"_s, item.station},
                     {u"spice"_s, item.spiceLevel},
                     {u"allergens"_s, QJsonArray::fromStringList(item.allergens)},
                     {u"dietary"_s, QJsonArray::fromStringList(item.dietary)},
                     {u"modifiers"_s, modifiers},
                     {u"windows"_s, windowsToJson(item.windows)},
                     {u"hidden"_s, item.hidden}};
    if (item.pick) // written when set, so documents from before picks read the same
        json.insert(u"pick"_s, true);
    return json;
}

// Reads fields of one JSON object, remembering the first one of the wrong type.
class Reader {
public:
    Reader(const QJsonObject &object, QString path, std::optional<Error> &error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {}

    QString string(const QString &name, bool required = false)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isString())
            return value.toString();
        if (!value.isUndefined() || required)
            fail(name, u"text"_s);
        return {};
    }

    qint64 integer(const QString &name, qint64 fallback = 0)
    {
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined())
            return fallback;
        if (!value.isDouble() || value.toDouble() != double(value.toInteger()))
            fail(name, u"whole number"_s);
        return value.toInteger();
    }

    bool boolean(const QString &name)
    {
        const QJsonValue value = m_object.value(name);
        if (!value.isUndefined() && !value.isBool())
            fail(name, u"true or false"_s);
        return value.toBool();
    }

    LocalizedText texts(const QString &name)
    {
        LocalizedText text;
        const QJsonValue value = m_object.value(name);
        if (value.isUndefined())
            return text;
        if (!value.isObject()) {
            fail(name, u"object of texts by language"_s);
            return text;
        }
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!it.value().isString())
                fail(name + u'/' + it.key(), u"text"_s);
            text.insert(it.key(), it.value().toString());
        }
        return text;
    }

    QStringList strings(const QString &name)
    {
        QStringList strings;
        for (const QJsonValue &value : array(name)) {
            if (!value.isString())
                fail(name, u"list of texts"_s);
            strings.append(value.toString());
        }
        return strings;
    }

    QJsonArray array(const QString &name)
    {
        const QJsonValue value = m_object.value(name);
        if (!value.isUndefined() && !value.isArray())
            fail(name, u"list"_s);
        return value.toArray();
    }

    QString path(const QString &name, qsizetype index) const
    {
        return u"%1%2/%3"_s.arg(m_path.isEmpty() ? QString() : m_path + u'/', name).arg(index + 1);
    }

    void fail(const QString &name, const QString &expected)
    {
        if (m_error)
            return;
        const QString field = m_path.isEmpty() ? name : m_path + u'/' + name;
        m_error = Error{u"bad_menu"_s, u"The menu's field %1 must be a %2."_s.arg(field, expected)};
    }

private:
    QJsonObject m_object;
    QString m_path;
    std::optional<Error> &m_error;
};

QTime timeOf(Reader &reader, const QString &name)
{
    const QString text = reader.string(name, true);
    const QTime time = QTime::fromString(text, u"HH:mm"_s);
    if (!time.isValid())
        reader.fail(name, u"time as HH:mm"_s);
    return time;
}

QList<AvailabilityWindow> windowsOf(Reader &parent, std::optional<Error> &error)
{
    QList<AvailabilityWindow> windows;
    const QJsonArray array = parent.array(u"windows"_s);
    for (qsizetype i = 0; i < array.size(); ++i) {
        Reader reader(array.at(i).toObject(), parent.path(u"windows"_s, i), error);
        AvailabilityWindow window{0, timeOf(reader, u"from"_s), timeOf(reader, u"until"_s)};
        for (const QJsonValue &day : reader.array(u"days"_s)) {
            const int number = day.toInt(0);
            if (number < 1 || number > 7)
                reader.fail(u"days"_s, u"list of weekdays from 1 (Monday) to 7"_s);
            else
                window.days |= 1 << (number - 1);
        }
        windows.append(window);
    }
    return windows;
}

DocumentCategory categoryOf(Reader &reader, std::optional<Error> &error)
{
    return {reader.string(u"key"_s, true), reader.texts(u"name"_s), reader.texts(u"description"_s),
            reader.boolean(u"hidden"_s), windowsOf(reader, error)};
}

ModifierList listOf(Reader &reader, std::optional<Error> &error)
{
    ModifierList list{reader.string(u"key"_s, true), reader.texts(u"name"_s), {}};
    const QJsonArray options = reader.array(u"options"_s);
    for (qsizetype j = 0; j < options.size(); ++j) {
        Reader option(options.at(j).toObject(), reader.path(u"options"_s, j), error);
        list.options.append({option.string(u"key"_s, true), option.texts(u"name"_s),
                             option.integer(u"priceDelta"_s)});
    }
    return list;
}

DocumentItem itemOf(Reader &reader, std::optional<Error> &error)
{
    DocumentItem item;
    item.key = reader.string(u"key"_s, true);
    item.category = reader.string(u"category"_s);
    item.name = reader.texts(u"name"_s);
    item.description = reader.texts(u"description"_s);
    item.priceMinor = reader.integer(u"price"_s, -1);
    item.photo = reader.string(u"photo"_s);
    item.course = reader.string(u"course"_s);
    item.station = reader.string(u"station"_s);
    item.spiceLevel = int(reader.integer(u"spice"_s));
    item.allergens = reader.strings(u"allergens"_s);
    item.dietary = reader.strings(u"dietary"_s);
    const QJsonArray modifiers = reader.array(u"modifiers"_s);
    for (qsizetype j = 0; j < modifiers.size(); ++j) {
        Reader use(modifiers.at(j).toObject(), reader.path(u"modifiers"_s, j), error);
        item.modifiers.append({use.string(u"list"_s, true), int(use.integer(u"min"_s, 0)),
                               int(use.integer(u"max"_s, 1))});
    }
    item.windows = windowsOf(reader, error);
    item.hidden = reader.boolean(u"hidden"_s);
    item.pick = reader.boolean(u"pick"_s);
    return item;
}

template<typename Entry>
Result<Entry> entryFromJson(const QJsonObject &json, const QString &path,
                            Entry (*read)(Reader &, std::optional<Error> &))
{
    std::optional<Error> error;
    Reader reader(json, path, error);
    Entry entry = read(reader, error);
    if (error)
        return *error;
    return entry;
}

} // namespace

QJsonObject menuDocumentToJson(const MenuDocument &document)
{
    QJsonArray categories, lists, items;
    for (const DocumentCategory &category : document.categories)
        categories.append(categoryJson(category));
    for (const ModifierList &list : document.modifierLists)
        lists.append(listToJson(list));
    for (const DocumentItem &item : document.items)
        items.append(itemToJson(item));
    return {{u"defaultLanguage"_s, document.defaultLanguage},
            {u"languages"_s, QJsonArray::fromStringList(document.languages)},
            {u"categories"_s, categories},
            {u"modifierLists"_s, lists},
            {u"items"_s, items}};
}

Result<MenuDocument> menuDocumentFromJson(const QJsonObject &json)
{
    std::optional<Error> error;
    Reader root(json, {}, error);
    MenuDocument document;
    document.defaultLanguage = root.string(u"defaultLanguage"_s, true);
    document.languages = root.strings(u"languages"_s);

    const QJsonArray categories = root.array(u"categories"_s);
    for (qsizetype i = 0; i < categories.size(); ++i) {
        Reader reader(categories.at(i).toObject(), root.path(u"categories"_s, i), error);
        document.categories.append(categoryOf(reader, error));
    }
    const QJsonArray lists = root.array(u"modifierLists"_s);
    for (qsizetype i = 0; i < lists.size(); ++i) {
        Reader reader(lists.at(i).toObject(), root.path(u"modifierLists"_s, i), error);
        document.modifierLists.append(listOf(reader, error));
    }
    const QJsonArray items = root.array(u"items"_s);
    for (qsizetype i = 0; i < items.size(); ++i) {
        Reader reader(items.at(i).toObject(), root.path(u"items"_s, i), error);
        document.items.append(itemOf(reader, error));
    }
    if (error)
        return *error;
    return document;
}

QJsonObject categoryToJson(const DocumentCategory &category)
{
    return categoryJson(category);
}

QJsonObject modifierListToJson(const ModifierList &list)
{
    return listToJson(list);
}

QJsonObject documentItemToJson(const DocumentItem &item)
{
    return itemToJson(item);
}

Result<DocumentCategory> categoryFromJson(const QJsonObject &json)
{
    return entryFromJson(json, u"category"_s, &categoryOf);
}

Result<ModifierList> modifierListFromJson(const QJsonObject &json)
{
    return entryFromJson(json, u"list"_s, &listOf);
}

Result<DocumentItem> documentItemFromJson(const QJsonObject &json)
{
    return entryFromJson(json, u"dish"_s, &itemOf);
}

} // namespace tableside
