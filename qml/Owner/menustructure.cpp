#include "menustructure.h"

#include "dishform.h"
#include "menuentryrules.h"
#include "ownerscreen.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

MenuStructure::MenuStructure(OwnerScreen &owner, VenueClient &client, DishForm &form, Say say,
                             LanguageName languageName, LocalizedName localized, QObject *parent)
    : QObject(parent)
    , m_owner(owner)
    , m_form(form)
    , m_say(say)
    , m_languageName(languageName)
    , m_localized(localized)
    , m_categoryForm(say, languageName)
    , m_listForm(say, languageName, form)
    , m_choices(form, localized)
    , m_stock(client, say)
{
    connect(&m_form, &DishForm::changed, this, &MenuStructure::refreshDish);
    // A confirmation asked on one page is not carried to the next.
    connect(&m_owner, &OwnerScreen::pageChanged, this, &MenuStructure::cancelRemoveDish);
}

void MenuStructure::setLocale(const QLocale &locale)
{
    m_locale = locale;
    m_categoryForm.retranslate();
    m_listForm.retranslate();
    m_stock.retranslate();
    refresh();
}

bool MenuStructure::newDish() const
{
    return m_form.original().key.isEmpty();
}

QString MenuStructure::dishKeyProblem() const
{
    if (!newDish())
        return {};
    QStringList taken;
    for (const DocumentItem &item : m_owner.document().items)
        taken.append(item.key);
    switch (keyProblem(m_form.key(), taken)) {
    case KeyProblem::None:
        return {};
    case KeyProblem::Empty:
        return m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure",
                                       "The dish needs a key: write its name first."),
                     -1);
    case KeyProblem::Malformed:
        return m_say(QT_TRANSLATE_N_NOOP("tableside::MenuStructure",
                                         "A key is lowercase letters, digits and single hyphens, "
                                         "at most %Ln characters."),
                     MenuLimits::MaxKeyLength);
    case KeyProblem::Taken:
        return m_say(
                   QT_TRANSLATE_NOOP("tableside::MenuStructure", "Another dish has the key “%1”."),
                   -1)
            .arg(m_form.key());
    }
    return {};
}

QString MenuStructure::dishName() const
{
    const QString named = m_localized ? m_localized(m_form.original().name) : QString();
    return named.trimmed().isEmpty() ? m_form.original().key : named;
}

void MenuStructure::refresh()
{
    const MenuDocument &document = m_owner.document();
    m_categoryForm.setDocument(document);
    m_choices.setDocument(document);
    if (!m_categoryToSelect.isEmpty() && document.category(m_categoryToSelect)) {
        const QString key = std::exchange(m_categoryToSelect, {});
        m_owner.selectCategory(key); // refreshes the lists again, without a category to select
        return;
    }
    QList<QVariantMap> lists;
    for (const ModifierList &list : document.modifierLists) {
        const QStringList offering = dishesOffering(list.key);
        const auto options = int(list.options.size());
        lists.append(
            {{u"key"_s, list.key},
             {u"name"_s,
              m_localized(list.name).trimmed().isEmpty() ? list.key : m_localized(list.name)},
             {u"optionsText"_s,
              m_say(QT_TRANSLATE_N_NOOP("tableside::MenuStructure", "%Ln option(s)"), options)},
             {u"offeredText"_s,
              offering.isEmpty()
                  ? m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure", "Offered on no dish."), -1)
                  : m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure", "Offered on %1."), -1)
                        .arg(m_locale.createSeparatedList(offering))},
             {u"canRemove"_s, offering.isEmpty()},
             {u"removeProblem"_s,
              offering.isEmpty()
                  ? QString()
                  : m_say(QT_TRANSLATE_N_NOOP("tableside::MenuStructure",
                                              "Offered on %Ln dish(es): take it off them before "
                                              "removing it."),
                          int(offering.size()))}});
    }
    m_lists.setRows(lists);
    refreshDish();
}

void MenuStructure::refreshDish()
{
    const MenuDocument &document = m_owner.document();
    // A new dish's key follows its default name until the owner types one.
    if (newDish() && !m_dishKeyTyped) {
        QStringList taken;
        for (const DocumentItem &item : document.items)
            taken.append(item.key);
        const QString made =
            keyFromName(m_form.current().name.value(document.defaultLanguage), taken, u"dish"_s);
        const bool named =
            !m_form.current().name.value(document.defaultLanguage).trimmed().isEmpty();
        const QString key = named ? made : QString();
        if (key != m_form.key()) {
            m_form.setKey(key); // changed() comes back here with the key in place
            return;
        }
    }
    QList<QVariantMap> categories;
    for (const DocumentCategory &category : document.categories)
        categories.append({{u"code"_s, category.key},
                           {u"name"_s, m_localized(category.name).trimmed().isEmpty()
                                           ? category.key
                                           : m_localized(category.name)},
                           {u"chosen"_s, category.key == m_form.current().category}});
    m_dishCategories.setRows(categories);
    m_stock.setDish(m_form.original().key);
    emit dishChanged();
}

QStringList MenuStructure::dishesOffering(const QString &list) const
{
    QStringList names;
    for (const DocumentItem &item : m_owner.document().items)
        if (std::ranges::find(item.modifiers, list, &ModifierUse::list) != item.modifiers.end()) {
            const QString named = m_localized(item.name);
            names.append(named.trimmed().isEmpty() ? item.key : named);
        }
    return names;
}

QStringList MenuStructure::chosenCategoryDishes() const
{
    QStringList keys;
    for (const DocumentItem &item : m_owner.document().items)
        if (item.category == m_owner.category())
            keys.append(item.key);
    return keys;
}

void MenuStructure::addCategory()
{
    if (!m_owner.signedIn())
        return;
    m_categoryForm.open(m_owner.document(), {});
    m_owner.showPage(u"category"_s);
}

void MenuStructure::openCategory(const QString &key)
{
    if (!m_owner.signedIn() || !m_owner.document().category(key))
        return;
    m_categoryForm.open(m_owner.document(), key);
    m_owner.showPage(u"category"_s);
}

void MenuStructure::saveCategory()
{
    if (!m_owner.signedIn() || m_owner.page() != u"category"_s || !m_categoryForm.canSave())
        return;
    if (m_categoryForm.isNew())
        m_categoryToSelect = m_categoryForm.key();
    m_owner.sendEdit(m_categoryForm.edit(), u"menu"_s);
}

void MenuStructure::removeCategory()
{
    if (!m_owner.signedIn() || m_owner.page() != u"category"_s || !m_categoryForm.canRemove())
        return;
    m_owner.sendEdit({{u"remove"_s, u"category"_s}, {u"key"_s, m_categoryForm.key()}}, u"menu"_s);
}

void MenuStructure::closeCategory()
{
    m_owner.showPage(u"menu"_s);
}

void MenuStructure::moveCategory(int from, int to)
{
    if (!m_owner.signedIn())
        return;
    QStringList keys;
    for (const DocumentCategory &category : m_owner.document().categories)
        keys.append(category.key);
    if (const auto before = moveBefore(keys, from, to))
        m_owner.sendEdit(
            {{u"move"_s, u"category"_s}, {u"key"_s, keys.at(from)}, {u"before"_s, *before}});
}

void MenuStructure::addDish()
{
    if (!m_owner.signedIn() || !m_owner.document().category(m_owner.category()))
        return;
    DocumentItem item;
    item.category = m_owner.category();
    m_dishKeyTyped = false;
    m_form.open(m_owner.document(), item);
    m_owner.showPage(u"item"_s);
}

void MenuStructure::setDishKey(const QString &key)
{
    if (!newDish())
        return;
    m_dishKeyTyped = true;
    m_form.setKey(key.trimmed());
}

void MenuStructure::setDishCategory(const QString &key)
{
    if (m_owner.document().category(key))
        m_form.setCategory(key);
}

void MenuStructure::askRemoveDish()
{
    if (newDish() || m_confirmingDishRemoval)
        return;
    m_confirmingDishRemoval = true;
    emit dishChanged();
}

void MenuStructure::cancelRemoveDish()
{
    if (!m_confirmingDishRemoval)
        return;
    m_confirmingDishRemoval = false;
    emit dishChanged();
}

void MenuStructure::confirmRemoveDish()
{
    if (!m_confirmingDishRemoval || !m_owner.signedIn())
        return;
    m_owner.sendEdit({{u"remove"_s, u"dish"_s}, {u"key"_s, m_form.original().key}}, u"menu"_s);
    cancelRemoveDish();
}

void MenuStructure::moveDish(int from, int to)
{
    if (!m_owner.signedIn())
        return;
    const QStringList keys = chosenCategoryDishes();
    if (const auto before = moveBefore(keys, from, to))
        m_owner.sendEdit(
            {{u"move"_s, u"dish"_s}, {u"key"_s, keys.at(from)}, {u"before"_s, *before}});
}

void MenuStructure::openLists()
{
    if (m_owner.signedIn())
        m_owner.showPage(u"lists"_s);
}

void MenuStructure::closeLists()
{
    m_owner.showPage(u"menu"_s);
}

void MenuStructure::addList()
{
    openList({});
}

void MenuStructure::openList(const QString &key)
{
    if (!m_owner.signedIn())
        return;
    m_listForm.open(m_owner.document(), key);
    m_owner.showPage(u"list"_s);
}

void MenuStructure::saveList()
{
    if (!m_owner.signedIn() || m_owner.page() != u"list"_s || !m_listForm.canSave())
        return;
    m_owner.sendEdit(m_listForm.edit(), u"lists"_s);
}

void MenuStructure::closeList()
{
    m_owner.showPage(u"lists"_s);
}

void MenuStructure::removeList(const QString &key)
{
    if (!m_owner.signedIn() || !m_owner.document().modifierList(key) ||
        !dishesOffering(key).isEmpty())
        return;
    m_owner.sendEdit({{u"remove"_s, u"list"_s}, {u"key"_s, key}}, u"lists"_s);
}

} // namespace tableside
