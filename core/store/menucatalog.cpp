#include "menucatalog.h"

#include "menurepository.h"

using namespace Qt::StringLiterals;

namespace tableside {

MenuItemSpec MenuCatalog::specOf(const MenuItem &item)
{
    MenuItemSpec spec{
        .id = item.id, .name = item.name, .basePrice = item.price, .available = item.available};
    for (const MenuModifierGroup &g : item.groups) {
        ModifierGroupSpec group{
            .id = g.id, .name = g.name, .minChoices = g.minChoices, .maxChoices = g.maxChoices};
        for (const MenuOption &o : g.options)
            group.options.append(ModifierOptionSpec{
                .id = o.id, .name = o.name, .priceDeltaMinor = o.priceDeltaMinor});
        spec.groups.append(group);
    }
    return spec;
}

Result<CatalogItem> MenuCatalog::item(qint64 itemId, const QString &language)
{
    auto loaded = items(language);
    if (!loaded)
        return loaded.error();
    const auto found = (*loaded)->constFind(itemId);
    if (found == (*loaded)->cend())
        return makeError(u"unknown_item"_s, u"There is no dish %1 on the menu."_s.arg(itemId));
    return found.value();
}

Result<void> MenuCatalog::load()
{
    auto venue = this->venue();
    if (!venue)
        return venue.error();
    if (auto loaded = items(venue->defaultLanguage); !loaded)
        return loaded.error();
    return {};
}

Result<const MenuCatalog::ItemsById *> MenuCatalog::items(const QString &language)
{
    if (const auto loaded = m_byLanguage.constFind(language); loaded != m_byLanguage.cend())
        return &loaded.value();
    auto venue = this->venue();
    if (!venue)
        return venue.error();
    auto items = MenuRepository(m_db).items(language, venue->defaultLanguage);
    if (!items)
        return items.error();
    ItemsById byId;
    byId.reserve(items->size());
    for (const MenuItem &item : std::as_const(items.value()))
        byId.insert(item.id, CatalogItem{item, specOf(item)});
    return &m_byLanguage.insert(language, std::move(byId)).value();
}

Result<VenueSettings> MenuCatalog::venue()
{
    if (!m_venue) {
        auto loaded = VenueRepository(m_db).load();
        if (!loaded)
            return loaded.error();
        m_venue = std::move(*loaded);
    }
    return *m_venue;
}

void MenuCatalog::invalidate()
{
    m_byLanguage.clear();
    m_venue.reset();
    ++m_generation;
}

} // namespace tableside
