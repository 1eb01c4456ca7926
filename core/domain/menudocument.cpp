#include "menudocument.h"

#include "allergen.h"
#include "dietarytag.h"

#include <QDateTime>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

template<typename T> const T *byKey(const QList<T> &list, const QString &key)
{
    for (const T &entry : list)
        if (entry.key == key)
            return &entry;
    return nullptr;
}

bool isKey(const QString &key)
{
    if (key.isEmpty() || key.size() > MenuLimits::MaxKeyLength || key.front() == u'-' ||
        key.back() == u'-' || key.contains(u"--"_s))
        return false;
    for (QChar c : key)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    return true;
}

// Collects problems, each under the path of the field it names.
class ProblemList {
public:
    explicit ProblemList(const MenuDocument &document)
        : m_document(document)
    {}

    void add(const QString &field, const QString &code, const QString &message)
    {
        m_problems.append({field, code, message});
    }

    // Keys: well formed, and each once among its kind ("items", "categories", ...).
    void checkKey(const QString &path, const QString &what, const QString &key, QSet<QString> &seen)
    {
        if (!isKey(key))
            add(path + u"/key"_s, u"bad_key"_s,
                u"The %1 key \"%2\" must be 1 to %3 lowercase letters, digits or single hyphens."_s
                    .arg(what, key)
                    .arg(MenuLimits::MaxKeyLength));
        else if (seen.contains(key))
            add(path + u"/key"_s, u"duplicate_key"_s,
                u"Two %1s have the key \"%2\"; each needs its own."_s.arg(what, key));
        seen.insert(key);
    }

    void checkName(const QString &path, const QString &what, const LocalizedText &name)
    {
        const QString language = m_document.defaultLanguage;
        if (name.value(language).trimmed().isEmpty())
            add(u"%1/name/%2"_s.arg(path, language), u"name_missing"_s,
                u"The %1 has no name in %2, the menu's default language."_s.arg(what, language));
    }

    void checkWindows(const QString &path, const QString &what,
                      const QList<AvailabilityWindow> &windows)
    {
        for (qsizetype i = 0; i < windows.size(); ++i) {
            const AvailabilityWindow &window = windows.at(i);
            const QString field = u"%1/windows/%2"_s.arg(path).arg(i + 1);
            if (!window.from.isValid() || !window.until.isValid())
                add(field, u"bad_window"_s,
                    u"Window %1 of the %2 needs a start and an end time."_s.arg(i + 1).arg(what));
            else if (window.until <= window.from && !window.endsAtMidnight())
                add(field, u"window_ends_before_start"_s,
                    u"Window %1 of the %2 ends at %3, before it starts at %4; a window past "
                    "midnight is two windows."_s.arg(i + 1)
                        .arg(what, window.until.toString(u"HH:mm"_s),
                             window.from.toString(u"HH:mm"_s)));
            if (window.days <= 0 || window.days > AvailabilityWindow::EveryDay)
                add(field + u"/days"_s, u"bad_window_days"_s,
                    u"Window %1 of the %2 is on no day of the week."_s.arg(i + 1).arg(what));
        }
    }

    void checkPrice(const QString &field, const QString &what, qint64 minor, qint64 max)
    {
        if (minor < 0)
            add(field, u"negative_price"_s, u"The price of %1 is below zero."_s.arg(what));
        else if (minor > max)
            add(field, u"absurd_price"_s,
                u"The price of %1 is %2 in minor units, more than the menu's limit of %3."_s
                    .arg(what)
                    .arg(minor)
                    .arg(max));
    }

    QList<MenuProblem> take() { return std::move(m_problems); }

private:
    const MenuDocument &m_document;
    QList<MenuProblem> m_problems;
};

void checkLanguages(const MenuDocument &document, ProblemList &problems)
{
    if (document.defaultLanguage.isEmpty() ||
        !document.languages.contains(document.defaultLanguage))
        problems.add(u"defaultLanguage"_s, u"bad_default_language"_s,
                     u"The menu's default language must be one of its languages."_s);
}

void checkCategories(const MenuDocument &document, ProblemList &problems)
{
    QSet<QString> keys;
    for (const DocumentCategory &category : document.categories) {
        const QString path = u"categories/"_s + category.key;
        const QString what = u"category \"%1\""_s.arg(category.key);
        problems.checkKey(path, u"category"_s, category.key, keys);
        problems.checkName(path, what, category.name);
        problems.checkWindows(path, what, category.windows);
    }
}

void checkModifierLists(const MenuDocument &document, ProblemList &problems)
{
    QSet<QString> keys;
    for (const ModifierList &list : document.modifierLists) {
        const QString path = u"modifierLists/"_s + list.key;
        problems.checkKey(path, u"modifier list"_s, list.key, keys);
        problems.checkName(path, u"modifier list \"%1\""_s.arg(list.key), list.name);
        if (list.options.isEmpty())
            problems.add(path + u"/options"_s, u"no_options"_s,
                         u"The modifier list \"%1\" has no options."_s.arg(list.key));
        QSet<QString> optionKeys;
        for (const DocumentOption &option : list.options) {
            const QString optionPath = u"%1/options/%2"_s.arg(path, option.key);
            const QString what = u"option \"%1\" of \"%2\""_s.arg(option.key, list.key);
            problems.checkKey(optionPath, u"option"_s, option.key, optionKeys);
            problems.checkName(optionPath, what, option.name);
            if (qAbs(option.priceDeltaMinor) > MenuLimits::MaxPriceDeltaMinor)
                problems.add(
                    optionPath + u"/priceDelta"_s, u"absurd_price"_s,
                    u"The price change of %1 is more than the menu's limit of %2."_s.arg(what).arg(
                        MenuLimits::MaxPriceDeltaMinor));
        }
    }
}

void checkModifierUses(const MenuDocument &document, const DocumentItem &item, const QString &path,
                       ProblemList &problems)
{
    QSet<QString> used;
    for (const ModifierUse &use : item.modifiers) {
        const QString field = u"%1/modifiers/%2"_s.arg(path, use.list);
        const ModifierList *list = document.modifierList(use.list);
        if (!list) {
            problems.add(field, u"unknown_modifier_list"_s,
                         u"The dish \"%1\" offers a modifier list \"%2\" that the menu does not "
                         "have."_s.arg(item.key, use.list));
            continue;
        }
        if (used.contains(use.list))
            problems.add(field, u"duplicate_modifier_list"_s,
                         u"The dish \"%1\" offers the modifier list \"%2\" twice."_s.arg(item.key,
                                                                                         use.list));
        used.insert(use.list);
        const auto options = int(list->options.size());
        if (use.minChoices < 0 || use.maxChoices < 1)
            problems.add(field, u"bad_choices"_s,
                         u"On \"%1\", \"%2\" needs at least 0 to pick and at most 1 or more."_s.arg(
                             item.key, use.list));
        else if (use.minChoices > use.maxChoices)
            problems.add(
                field + u"/min"_s, u"min_above_max"_s,
                u"On \"%1\", \"%2\" asks for at least %3 but at most %4."_s.arg(item.key, use.list)
                    .arg(use.minChoices)
                    .arg(use.maxChoices));
        else if (use.minChoices > options)
            problems.add(field + u"/min"_s, u"min_above_options"_s,
                         u"On \"%1\", \"%2\" asks for at least %3 but has only %4 options."_s
                             .arg(item.key, use.list)
                             .arg(use.minChoices)
                             .arg(options));
    }
}

void checkItems(const MenuDocument &document, ProblemList &problems)
{
    QSet<QString> keys;
    for (const DocumentItem &item : document.items) {
        const QString path = u"items/"_s + item.key;
        const QString what = u"dish \"%1\""_s.arg(item.key);
        problems.checkKey(path, u"dish"_s, item.key, keys);
        problems.checkName(path, what, item.name);
        if (item.category.isEmpty())
            problems.add(path + u"/category"_s, u"no_category"_s,
                         u"The %1 is in no category."_s.arg(what));
        else if (!document.category(item.category))
            problems.add(path + u"/category"_s, u"unknown_category"_s,
                         u"The %1 is in a category \"%2\" that the menu does not have."_s.arg(
                             what, item.category));
        problems.checkPrice(path + u"/price"_s, what, item.priceMinor, MenuLimits::MaxPriceMinor);
        if (!courseCodes().contains(item.course))
            problems.add(
                path + u"/course"_s, u"bad_course"_s,
                u"The %1 needs a course: one of %2."_s.arg(what, courseCodes().join(u", "_s)));
        if (item.station.trimmed().isEmpty())
            problems.add(path + u"/station"_s, u"no_station"_s,
                         u"The %1 needs a kitchen station to cook it."_s.arg(what));
        if (item.spiceLevel < 0 || item.spiceLevel > MenuLimits::MaxSpiceLevel)
            problems.add(path + u"/spice"_s, u"bad_spice"_s,
                         u"The %1's spice level must be 0 to %2."_s.arg(what).arg(
                             MenuLimits::MaxSpiceLevel));
        for (const QString &code : item.allergens)
            if (!allergenFromCode(code))
                problems.add(path + u"/allergens"_s, u"unknown_allergen"_s,
                             u"The %1 lists \"%2\", which is not one of the 14 allergens."_s.arg(
                                 what, code));
        for (const QString &code : item.dietary)
            if (!dietaryTagFromCode(code))
                problems.add(path + u"/dietary"_s, u"unknown_dietary_tag"_s,
                             u"The %1 lists \"%2\", which is not a dietary tag."_s.arg(what, code));
        checkModifierUses(document, item, path, problems);
        problems.checkWindows(path, what, item.windows);
    }
}

} // namespace

const DocumentItem *MenuDocument::item(const QString &key) const
{
    return byKey(items, key);
}

const DocumentCategory *MenuDocument::category(const QString &key) const
{
    return byKey(categories, key);
}

const ModifierList *MenuDocument::modifierList(const QString &key) const
{
    return byKey(modifierLists, key);
}

QList<MenuProblem> menuProblems(const MenuDocument &document)
{
    ProblemList problems(document);
    checkLanguages(document, problems);
    checkCategories(document, problems);
    checkModifierLists(document, problems);
    checkItems(document, problems);
    return problems.take();
}

QStringList missingLanguages(const MenuDocument &document, const LocalizedText &text)
{
    QStringList missing;
    for (const QString &language : document.languages)
        if (text.value(language).trimmed().isEmpty())
            missing.append(language);
    return missing;
}

const QStringList &courseCodes()
{
    static const QStringList codes{u"drink"_s, u"starter"_s, u"main"_s, u"side"_s, u"dessert"_s};
    return codes;
}

} // namespace tableside
