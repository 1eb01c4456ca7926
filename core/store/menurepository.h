#pragma once
// Categories, items, their translations, allergens, dietary tags and modifier groups.

#include "menu.h"
#include "result.h"

#include <QSqlDatabase>

#include <optional>

namespace tableside {

struct CategoryDraft {
    QString key;
    LocalizedText name;
    LocalizedText description;
    int sortOrder = 0;
};

struct OptionDraft {
    QString key;
    LocalizedText name;
    qint64 priceDeltaMinor = 0;
};

struct GroupDraft {
    QString key;
    LocalizedText name;
    int minChoices = 0;
    int maxChoices = 1;
    QList<OptionDraft> options;
};

struct ItemDraft {
    QString key;
    qint64 categoryId = 0;
    LocalizedText name;
    LocalizedText description;
    qint64 priceMinor = 0;
    QString photo;
    bool available = true;
    QString course;
    QString station;
    int spiceLevel = 0;
    QStringList allergens;
    QStringList dietary;
    QList<GroupDraft> groups;
    int sortOrder = 0;
    bool pick = false; // the house recommends it while the venue's history is thin
};

struct MenuCounts {
    int categories = 0;
    int items = 0;
};

class MenuCatalog;

class MenuRepository {
public:
    // `catalog`, when given, is invalidated by every change made through this repository.
    explicit MenuRepository(QSqlDatabase db, MenuCatalog *catalog = nullptr)
        : m_db(std::move(db))
        , m_catalog(catalog)
    {}

    Result<qint64> addCategory(const CategoryDraft &draft);
    Result<qint64> addItem(const ItemDraft &draft);
    Result<void> setAvailable(qint64 itemId, bool available);
    // Counts the dish down from `left` (sold out at 0, on the menu again above it), or stops
    // counting it (std::nullopt), leaving whether it is sold out as it was.
    Result<void> setStock(qint64 itemId, std::optional<int> left);

    // The whole active menu with every text in language, falling back to fallbackLanguage
    // where a translation is missing.
    Result<Menu> load(const QString &language, const QString &fallbackLanguage) const;
    Result<MenuItem> item(qint64 itemId, const QString &language,
                          const QString &fallbackLanguage) const;
    // Every dish, whatever its category, in menu order.
    Result<QList<MenuItem>> items(const QString &language, const QString &fallbackLanguage) const;
    Result<MenuCounts> counts() const;

private:
    Result<void> addTexts(const QString &table, const QString &idColumn, qint64 id,
                          const LocalizedText &name, const LocalizedText *description);
    Result<void> addGroup(qint64 itemId, const GroupDraft &group, int sortOrder);
    void menuChanged();

    QSqlDatabase m_db;
    MenuCatalog *m_catalog = nullptr;
};

} // namespace tableside
