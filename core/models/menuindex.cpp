#include "menuindex.h"

namespace tableside {

void MenuIndex::setMenu(const Menu &menu, const QLocale &locale)
{
    m_items.clear();
    m_optionNames.clear();
    m_currency = menu.currency;
    m_locale = locale;
    for (const MenuCategory &category : menu.categories) {
        for (const MenuItem &item : category.items) {
            m_items.insert(item.id, item);
            for (const MenuModifierGroup &group : item.groups)
                for (const MenuOption &option : group.options)
                    m_optionNames.insert(option.id, option.name);
        }
    }
}

const MenuItem *MenuIndex::item(qint64 itemId) const
{
    const auto found = m_items.constFind(itemId);
    return found == m_items.constEnd() ? nullptr : &found.value();
}

void MenuIndex::setAvailable(qint64 itemId, bool available)
{
    if (const auto found = m_items.find(itemId); found != m_items.end())
        found->available = available;
}

void MenuIndex::setStationBehind(const QString &station, bool behind)
{
    for (MenuItem &item : m_items)
        if (item.station == station)
            item.longerWait = behind;
}

void MenuIndex::judgeServing(const QDateTime &now, const QTimeZone &zone, const ServingHours &words)
{
    m_hours.clear();
    for (MenuItem &item : m_items) {
        item.servedNow = item.servingTimes.isServedAt(now, zone);
        if (!item.servingTimes.isAlways())
            m_hours.insert(item.id, words.describe(item.servingTimes));
    }
}

QDateTime MenuIndex::nextServingEdge(const QDateTime &now, const QTimeZone &zone) const
{
    QDateTime first;
    for (const MenuItem &item : m_items)
        if (const QDateTime edge = item.servingTimes.nextEdge(now, zone);
            edge.isValid() && (!first.isValid() || edge < first))
            first = edge;
    return first;
}

qint64 MenuIndex::itemIdByKey(const QString &key) const
{
    for (const MenuItem &item : m_items)
        if (item.key == key)
            return item.id;
    return 0;
}

QString MenuIndex::optionsText(const QList<qint64> &optionIds) const
{
    QStringList names;
    for (qint64 id : optionIds)
        if (const auto found = m_optionNames.constFind(id); found != m_optionNames.constEnd())
            names.append(found.value());
    return m_locale.createSeparatedList(names);
}

QString MenuIndex::format(qint64 minorUnits) const
{
    return Money(minorUnits, m_currency).format(m_locale);
}

QString MenuIndex::formatDelta(qint64 minorUnits) const
{
    if (minorUnits == 0)
        return {};
    const QString amount =
        Money(minorUnits < 0 ? -minorUnits : minorUnits, m_currency).format(m_locale);
    return (minorUnits < 0 ? m_locale.negativeSign() : m_locale.positiveSign()) + amount;
}

MenuItemSpec MenuIndex::toSpec(const MenuItem &item)
{
    MenuItemSpec spec{
        .id = item.id, .name = item.name, .basePrice = item.price, .available = item.available};
    for (const MenuModifierGroup &group : item.groups) {
        ModifierGroupSpec groupSpec{.id = group.id,
                                    .name = group.name,
                                    .minChoices = group.minChoices,
                                    .maxChoices = group.maxChoices};
        for (const MenuOption &option : group.options)
            groupSpec.options.append(
                {.id = option.id, .name = option.name, .priceDeltaMinor = option.priceDeltaMinor});
        spec.groups.append(groupSpec);
    }
    return spec;
}

} // namespace tableside
