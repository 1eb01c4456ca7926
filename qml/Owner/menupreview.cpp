#include "menupreview.h"

#include "menutext.h"
#include "money.h"

using namespace Qt::StringLiterals;

namespace tableside {

MenuPreview::MenuPreview(Sources sources, QObject *parent)
    : QObject(parent)
    , m_sources(std::move(sources))
{}

MenuPreview::~MenuPreview() = default;

Menu MenuPreview::dinerMenu(const MenuDocument &document, const QString &language,
                            const QString &currency,
                            const std::function<qint64(const QString &path)> &idOf)
{
    const QString fallback = document.defaultLanguage;
    const auto text = [&](const LocalizedText &localized) {
        return dinerText(localized, language, fallback);
    };
    Menu menu{language, currency, {}};
    for (const DocumentCategory &category : document.categories) {
        if (category.hidden)
            continue;
        MenuCategory shown{idOf(u"category/"_s + category.key), category.key, text(category.name),
                           text(category.description),          {},           category.windows};
        for (const DocumentItem &item : document.items) {
            if (item.category != category.key || item.hidden)
                continue;
            MenuItem dish;
            dish.id = idOf(u"item/"_s + item.key);
            dish.categoryId = shown.id;
            dish.key = item.key;
            dish.name = text(item.name);
            dish.description = text(item.description);
            dish.price = Money(item.priceMinor, currency);
            dish.photo = item.photo;
            dish.course = item.course;
            dish.station = item.station;
            dish.spiceLevel = item.spiceLevel;
            dish.allergens = item.allergens;
            dish.dietary = item.dietary;
            // When it is served: the table greys it outside these hours, on the venue's clock.
            dish.servingTimes = {item.windows, category.windows};
            for (const ModifierUse &use : item.modifiers) {
                const ModifierList *list = document.modifierList(use.list);
                if (!list)
                    continue;
                const QString path = u"group/%1/%2"_s.arg(item.key, list->key);
                MenuModifierGroup group{idOf(path),     list->key,      text(list->name),
                                        use.minChoices, use.maxChoices, {}};
                for (const DocumentOption &option : list->options)
                    group.options.append(MenuOption{idOf(path + u'/' + option.key), option.key,
                                                    text(option.name), option.priceDeltaMinor});
                dish.groups.append(group);
            }
            shown.items.append(dish);
        }
        menu.categories.append(shown);
    }
    return menu;
}

qint64 MenuPreview::idOf(const QString &path)
{
    auto found = m_ids.constFind(path);
    if (found == m_ids.cend())
        found = m_ids.insert(path, m_ids.size() + 1);
    return *found;
}

double MenuPreview::itemId(const QString &key) const
{
    return double(m_ids.value(u"item/"_s + key));
}

QStringList MenuPreview::spoken() const
{
    QStringList languages;
    for (const QString &code : m_sources.document().languages)
        if (TableScreen::Languages.contains(code))
            languages.append(code);
    return languages;
}

void MenuPreview::refreshLanguages()
{
    QList<QVariantMap> rows;
    for (const QString &code : spoken())
        rows.append({{u"code"_s, code},
                     {u"name"_s, m_sources.languageName(code)},
                     {u"selected"_s, code == m_language}});
    m_languages.setRows(rows);
}

void MenuPreview::setLanguage(const QString &code)
{
    if (code == m_language || !spoken().contains(code))
        return;
    m_language = code;
    if (m_table)
        m_table->setLanguage(code);
    refreshLanguages();
    emit languageChanged();
}

void MenuPreview::setLandscape(bool landscape)
{
    if (landscape == m_landscape)
        return;
    m_landscape = landscape;
    emit orientationChanged();
}

void MenuPreview::open()
{
    if (!m_table) {
        m_table = std::make_unique<TableScreen>();
        m_table->showIn(m_sources.engine());
        m_table->start(); // past the welcome: the menu
        emit tableChanged();
    }
    refresh();
}

void MenuPreview::refresh()
{
    const MenuDocument &document = m_sources.document();
    const QStringList languages = spoken();
    if (!languages.contains(m_language)) {
        m_language = languages.contains(document.defaultLanguage)
                         ? document.defaultLanguage
                         : (languages.isEmpty() ? u"en"_s : languages.constFirst());
        emit languageChanged();
    }
    refreshLanguages();
    if (!m_table)
        return;
    QHash<QString, Menu> menus;
    const QString currency = m_sources.currency();
    for (const QString &code : languages)
        menus.insert(code, dinerMenu(document, code, currency,
                                     [this](const QString &path) { return idOf(path); }));
    // The language first, then the menus: the screen shows the chosen language's menu once.
    m_table->setLanguage(m_language);
    m_table->showMenus(menus, m_sources.venueName());
}

} // namespace tableside
