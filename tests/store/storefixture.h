#pragma once
// A real venue store in a temporary directory, with a clock the test moves: shared by the
// repository tests so each one starts from the same demo (or test) venue.

#include "clock.h"
#include "demovenue.h"
#include "menurepository.h"
#include "sqlstatement.h"
#include "venuedatabase.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace tableside::testing {

inline QDateTime fixedNow()
{
    return QDateTime::fromString(QStringLiteral("2026-11-23T19:04:05.123Z"), Qt::ISODateWithMs);
}

inline QByteArray fileBytesAt(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class TestStore {
public:
    ManualClock clock{fixedNow()};

    // Opens a fresh store and loads the venue described by json (the demo venue by default).
    bool open(const QByteArray &json = fileBytesAt(QStringLiteral(":/demo/venue.json")))
    {
        if (!m_dir.isValid() || json.isEmpty())
            return false;
        m_store = std::make_unique<VenueDatabase>(m_dir.filePath(QStringLiteral("venue.sqlite")));
        if (!m_store->open().ok())
            return false;
        auto seeded = DemoVenue::seedIfEmpty(m_store->connection(), json);
        if (!seeded || !seeded->loaded)
            return false;
        auto menu = MenuRepository(connection()).load(QStringLiteral("en"), QStringLiteral("en"));
        if (!menu)
            return false;
        for (const MenuCategory &category : menu->categories)
            for (const MenuItem &item : category.items)
                m_items.insert(item.key, item);
        return true;
    }

    QSqlDatabase connection() { return m_store->connection(); }

    // The dish with this key as the menu holds it, in English.
    MenuItem item(const QString &key) const { return m_items.value(key); }

    // The option with this key in the group with this key on a dish.
    MenuOption option(const QString &itemKey, const QString &groupKey,
                      const QString &optionKey) const
    {
        for (const MenuModifierGroup &group : m_items.value(itemKey).groups)
            for (const MenuOption &option : group.options)
                if (group.key == groupKey && option.key == optionKey)
                    return option;
        return {};
    }

    int count(const QString &table)
    {
        auto rows = scalarSql(connection(), QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return rows ? rows->toInt() : -1;
    }

    QVariant scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto value = scalarSql(connection(), sql, bindings);
        return value ? *value : QVariant();
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<VenueDatabase> m_store;
    QHash<QString, MenuItem> m_items;
};

} // namespace tableside::testing
