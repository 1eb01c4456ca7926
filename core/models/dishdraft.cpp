#include "dishdraft.h"

#include "linepricer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

DishDraft::DishDraft(const MenuIndex &menu, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
{
    // Every change (a dish, a language, a choice) reaches the groups the sheet shows.
    connect(this, &DishDraft::changed, this, &DishDraft::updateGroups);
}

bool DishDraft::open(qint64 itemId, const QUrl &photo, const QString &recommended)
{
    if (!m_menu.item(itemId))
        return false;
    m_open = true;
    m_missingShown = false;
    m_photo = photo;
    m_line = CartLine{.itemId = itemId, .recommended = recommended};
    emit changed();
    return true;
}

void DishDraft::close()
{
    if (!m_open)
        return;
    m_open = false;
    m_missingShown = false;
    m_line = {};
    emit changed();
}

void DishDraft::refresh()
{
    if (m_open && !item())
        close();
    else if (m_open)
        emit changed();
}

bool DishDraft::choose(qint64 groupId, qint64 optionId)
{
    const MenuModifierGroup *chosenGroup = group(groupId);
    if (!chosenGroup)
        return false;
    QList<qint64> groupOptions;
    for (const MenuOption &option : chosenGroup->options)
        groupOptions.append(option.id);
    if (!groupOptions.contains(optionId))
        return false;
    QList<qint64> &chosen = m_line.optionIds;
    if (chosen.contains(optionId)) {
        if (chosenGroup->maxChoices == 1 && chosenGroup->minChoices >= 1)
            return false; // swap, don't empty, a required single choice
        chosen.removeOne(optionId);
    } else if (chosenGroup->maxChoices == 1) {
        chosen.removeIf([&](qint64 id) { return groupOptions.contains(id); });
        chosen.append(optionId);
    } else {
        if (chosenIn(*chosenGroup) >= chosenGroup->maxChoices)
            return false;
        chosen.append(optionId);
    }
    emit changed();
    return true;
}

QString DishDraft::name() const
{
    return item() ? item()->name : QString();
}

QString DishDraft::description() const
{
    return item() ? item()->description : QString();
}

QString DishDraft::basePrice() const
{
    return item() ? item()->price.format(m_menu.locale()) : QString();
}

bool DishDraft::available() const
{
    return item() && item()->available;
}

bool DishDraft::servedNow() const
{
    return item() && item()->servedNow;
}

QString DishDraft::servingHours() const
{
    return item() ? m_menu.servingHours(item()->id) : QString();
}

bool DishDraft::longerWait() const
{
    return item() && item()->longerWait;
}

QStringList DishDraft::allergens() const
{
    return item() ? item()->allergens : QStringList();
}

QStringList DishDraft::dietary() const
{
    return item() ? item()->dietary : QStringList();
}

int DishDraft::spiceLevel() const
{
    return item() ? item()->spiceLevel : 0;
}

bool DishDraft::hasRequiredGroup() const
{
    return item() && requiresChoice(*item());
}

void DishDraft::updateGroups()
{
    QList<DishGroupsModel::Group> groups;
    if (item())
        for (const MenuModifierGroup &group : item()->groups) {
            QList<DishOptionsModel::Option> options;
            for (const MenuOption &option : group.options)
                options.append(
                    {option.id, option.name, m_menu.formatDelta(option.priceDeltaMinor)});
            groups.append({group.id, group.name, group.minChoices, group.maxChoices, options});
        }
    m_groups.setGroups(groups);
    m_groups.setChoices(m_line.optionIds, m_missingShown);
}

QVariantList DishDraft::chosenOptions() const
{
    QVariantList ids;
    for (qint64 id : m_line.optionIds)
        ids.append(id);
    return ids;
}

void DishDraft::setQuantity(int quantity)
{
    quantity = std::clamp(quantity, 1, LinePricer::MaxQuantity);
    if (quantity == m_line.quantity)
        return;
    m_line.quantity = quantity;
    emit changed();
}

void DishDraft::setNote(const QString &note)
{
    const QString kept = note.left(MaxNoteLength);
    if (kept == m_line.note)
        return;
    m_line.note = kept;
    emit changed();
}

void DishDraft::setSeat(int seat)
{
    seat = std::clamp(seat, 0, MaxSeat);
    if (seat == m_line.seat)
        return;
    m_line.seat = seat;
    emit changed();
}

qint64 DishDraft::linePriceMinor() const
{
    const MenuItem *dish = item();
    if (!dish)
        return 0;
    auto priced =
        LinePricer::price(MenuIndex::toSpec(*dish), {dish->id, m_line.optionIds, m_line.quantity});
    if (priced)
        return priced->total.minorUnits();
    // Choices still missing: show what is chosen so far.
    qint64 unit = dish->price.minorUnits();
    for (const MenuModifierGroup &group : dish->groups)
        for (const MenuOption &option : group.options)
            if (m_line.optionIds.contains(option.id))
                unit += option.priceDeltaMinor;
    return unit * m_line.quantity;
}

QString DishDraft::linePrice() const
{
    return m_open ? m_menu.format(linePriceMinor()) : QString();
}

bool DishDraft::canAdd() const
{
    const MenuItem *dish = item();
    return dish && dish->servedNow &&
           LinePricer::price(MenuIndex::toSpec(*dish),
                             {dish->id, m_line.optionIds, m_line.quantity})
               .ok();
}

QString DishDraft::missingGroup() const
{
    if (!item())
        return {};
    for (const MenuModifierGroup &group : item()->groups)
        if (chosenIn(group) < group.minChoices)
            return group.name;
    return {};
}

QVariantList DishDraft::missingGroups() const
{
    QVariantList ids;
    if (!item())
        return ids;
    for (const MenuModifierGroup &group : item()->groups)
        if (chosenIn(group) < group.minChoices)
            ids.append(group.id);
    return ids;
}

bool DishDraft::confirmChoices()
{
    if (canAdd())
        return true;
    if (!m_missingShown && !missingGroups().isEmpty()) {
        m_missingShown = true;
        emit changed();
    }
    return false;
}

CartLine DishDraft::line() const
{
    return m_line;
}

const MenuModifierGroup *DishDraft::group(qint64 groupId) const
{
    if (!item())
        return nullptr;
    for (const MenuModifierGroup &group : item()->groups)
        if (group.id == groupId)
            return &group;
    return nullptr;
}

int DishDraft::chosenIn(const MenuModifierGroup &group) const
{
    int count = 0;
    for (const MenuOption &option : group.options)
        count += m_line.optionIds.contains(option.id) ? 1 : 0;
    return count;
}

} // namespace tableside
