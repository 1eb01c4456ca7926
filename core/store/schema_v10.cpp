// Schema version 10: recommendations. The owner marks dishes as picks, shown to diners while the
// venue's history is thin; an order line remembers which recommendation it came from; and each
// dish's recommendations are counted, shown and then ordered, per reason. The reasons are checked
// as equalities, not "IN (…)", which SQLite checks with a temporary b-tree per row (see schema 4).
#include "migrations.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// "column = 'often_with' OR column = 'popular_tonight' OR column = 'owner_pick'".
QString reasonCheck(const QString &column)
{
    QStringList equalities;
    for (const char *reason : {"often_with", "popular_tonight", "owner_pick"})
        equalities.append(u"%1 = '%2'"_s.arg(column, QLatin1StringView(reason)));
    return equalities.join(u" OR "_s);
}

} // namespace

QStringList schemaVersion10()
{
    return {
        u"ALTER TABLE menu_items ADD COLUMN pick INTEGER NOT NULL DEFAULT 0"_s,
        uR"(ALTER TABLE order_lines ADD COLUMN recommended TEXT
            CHECK (recommended IS NULL OR %1))"_s.arg(reasonCheck(u"recommended"_s)),
        uR"(CREATE TABLE recommendation_counts (
            item_id INTEGER NOT NULL REFERENCES menu_items(id),
            reason TEXT NOT NULL CHECK (%1),
            shown INTEGER NOT NULL DEFAULT 0 CHECK (shown >= 0),
            ordered INTEGER NOT NULL DEFAULT 0 CHECK (ordered >= 0),
            PRIMARY KEY (item_id, reason)) WITHOUT ROWID)"_s.arg(reasonCheck(u"reason"_s)),
    };
}

} // namespace tableside
