// Schema version 7: the owner's menu. A dish or category left out of a published menu is
// retired, not deleted (past orders point at it); a dish can be hidden and counted down; dishes
// and categories have availability windows; the modifier groups remember the reusable list they
// came from. Each published menu is a version kept whole (who, when, what changed), and the
// draft is the last of the owner's edits, each kept with who made it.
#include "migrations.h"

using namespace Qt::StringLiterals;

namespace tableside {

QStringList schemaVersion7()
{
    return {
        u"ALTER TABLE categories ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE menu_items ADD COLUMN hidden INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE menu_items ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"_s,
        uR"(ALTER TABLE menu_items ADD COLUMN stock_left INTEGER
            CHECK (stock_left IS NULL OR stock_left >= 0))"_s,
        u"ALTER TABLE modifier_groups ADD COLUMN list_key TEXT"_s,
        u"ALTER TABLE modifier_groups ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE modifier_options ADD COLUMN retired INTEGER NOT NULL DEFAULT 0"_s,
        uR"(CREATE TABLE availability_windows (
            id INTEGER PRIMARY KEY,
            category_id INTEGER REFERENCES categories(id),
            item_id INTEGER REFERENCES menu_items(id),
            days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 127),
            from_minute INTEGER NOT NULL CHECK (from_minute BETWEEN 0 AND 1439),
            until_minute INTEGER NOT NULL CHECK (until_minute BETWEEN 0 AND 1439),
            sort_order INTEGER NOT NULL,
            CHECK ((category_id IS NULL) <> (item_id IS NULL))))"_s,
        uR"(CREATE TABLE menu_versions (
            version INTEGER PRIMARY KEY,
            document TEXT NOT NULL,
            changes TEXT NOT NULL,
            published_at TEXT NOT NULL,
            staff_id INTEGER REFERENCES staff(id),
            device_id INTEGER REFERENCES devices(id),
            restored_from INTEGER REFERENCES menu_versions(version)))"_s,
        uR"(CREATE TABLE menu_draft_edits (
            id INTEGER PRIMARY KEY,
            document TEXT NOT NULL,
            summary TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'draft'
                CHECK (state IN ('draft', 'undone', 'published', 'discarded')),
            edited_at TEXT NOT NULL,
            staff_id INTEGER REFERENCES staff(id),
            device_id INTEGER REFERENCES devices(id)))"_s,
        u"CREATE INDEX menu_draft_edits_by_state ON menu_draft_edits(state, id)"_s,
    };
}

} // namespace tableside
