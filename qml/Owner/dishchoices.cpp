#include "dishchoices.h"

#include "dishform.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// How many a diner may pick at most: more than a person would tick on a tablet is a slip.
constexpr int MaxPicks = 20;

} // namespace

DishChoices::DishChoices(DishForm &form, LocalizedName localized, QObject *parent)
    : QObject(parent)
    , m_form(form)
    , m_localized(std::move(localized))
{
    connect(&m_form, &DishForm::changed, this, &DishChoices::refresh);
}

void DishChoices::setDocument(const MenuDocument &document)
{
    m_document = document;
    refresh();
}

QList<MenuProblem> DishChoices::problemsOfUse(const MenuDocument &document,
                                              const DocumentItem &item, const QString &list)
{
    MenuDocument checked = document;
    DocumentItem dish = item;
    if (dish.key.isEmpty())
        dish.key = u"new-dish"_s; // not named yet: its choices are checked all the same
    bool placed = false;
    for (DocumentItem &each : checked.items)
        if (each.key == dish.key) {
            each = dish;
            placed = true;
        }
    if (!placed)
        checked.items.append(dish);
    const QString field = u"items/%1/modifiers/%2"_s.arg(dish.key, list);
    QList<MenuProblem> found;
    for (const MenuProblem &problem : menuProblems(checked))
        if (problem.field == field || problem.field.startsWith(field + u'/'))
            found.append(problem);
    return found;
}

void DishChoices::setOffered(const QString &list, bool offered)
{
    const ModifierList *known = m_document.modifierList(list);
    if (!known)
        return;
    QList<ModifierUse> uses = m_form.current().modifiers;
    const auto at = std::ranges::find(uses, list, &ModifierUse::list);
    if (offered && at == uses.end())
        uses.append({list, 0, 1});
    else if (!offered && at != uses.end())
        uses.erase(at);
    else
        return;
    m_form.setModifiers(uses);
}

void DishChoices::setMin(const QString &list, int min)
{
    QList<ModifierUse> uses = m_form.current().modifiers;
    const auto at = std::ranges::find(uses, list, &ModifierUse::list);
    if (at == uses.end())
        return;
    at->minChoices = std::clamp(min, 0, MaxPicks);
    m_form.setModifiers(uses);
}

void DishChoices::setMax(const QString &list, int max)
{
    QList<ModifierUse> uses = m_form.current().modifiers;
    const auto at = std::ranges::find(uses, list, &ModifierUse::list);
    if (at == uses.end())
        return;
    at->maxChoices = std::clamp(max, 1, MaxPicks);
    m_form.setModifiers(uses);
}

void DishChoices::refresh()
{
    const DocumentItem item = m_form.current();
    QList<QVariantMap> rows;
    int problems = 0;
    const auto row = [&](const ModifierList &list, const ModifierUse *use) {
        QString problem;
        if (use) {
            const QList<MenuProblem> found = problemsOfUse(m_document, item, list.key);
            problems += int(found.size());
            if (!found.isEmpty())
                problem = found.constFirst().message;
        }
        rows.append({{u"key"_s, list.key},
                     {u"name"_s, m_localized ? m_localized(list.name) : list.key},
                     {u"optionCount"_s, int(list.options.size())},
                     {u"offered"_s, use != nullptr},
                     {u"min"_s, use ? use->minChoices : 0},
                     {u"max"_s, use ? use->maxChoices : 1},
                     {u"problem"_s, problem}});
    };
    for (const ModifierUse &use : item.modifiers)
        if (const ModifierList *list = m_document.modifierList(use.list))
            row(*list, &use);
    for (const ModifierList &list : std::as_const(m_document.modifierLists))
        if (std::ranges::find(item.modifiers, list.key, &ModifierUse::list) == item.modifiers.end())
            row(list, nullptr);
    m_lists.setRows(rows);
    m_problemCount = problems;
    emit changed();
}

} // namespace tableside
