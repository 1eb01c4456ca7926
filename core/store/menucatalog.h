#pragma once
// The dishes as the hub prices them, kept in memory per language between menu changes, with the
// venue's settings (currency, languages), so that placing an order reads no menu or venue rows.
// MenuRepository invalidates it on every menu write it makes; whoever rolls such a write back
// invalidates it again (see HubOperations::transact), and so does whoever saves the venue.

#include "menu.h"
#include "menuitemspec.h"
#include "result.h"
#include "venuerepository.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace tableside {

struct CatalogItem {
    MenuItem item;     // names in the asked language, else the venue's default
    MenuItemSpec spec; // what LinePricer needs of it
};

class MenuCatalog {
public:
    explicit MenuCatalog(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Any dish on the menu, whatever its category ("unknown_item" when there is none).
    Result<CatalogItem> item(qint64 itemId, const QString &language);
    // Reads the venue and every dish in its own language now, not at the first order.
    Result<void> load();
    // The venue's settings as stored when first asked after the last invalidate().
    Result<VenueSettings> venue();
    // The menu changed (or a change was rolled back): the next read loads it again.
    void invalidate();
    // Grows on every invalidate(), so a caller can tell whether the menu changed meanwhile.
    quint64 generation() const { return m_generation; }

    static MenuItemSpec specOf(const MenuItem &item);

private:
    using ItemsById = QHash<qint64, CatalogItem>;
    Result<const ItemsById *> items(const QString &language);

    QSqlDatabase m_db;
    QHash<QString, ItemsById> m_byLanguage;
    std::optional<VenueSettings> m_venue;
    quint64 m_generation = 0;
};

} // namespace tableside
