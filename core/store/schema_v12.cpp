// Schema version 12: "Explore the area", the places the owner recommends to visitors. Each tip
// has the owner's position, a name, a photo (a hash of the library, or a file the demo ships; NULL
// for none), minutes on foot, an http(s) link kept as given, and per language a description and
// opening hours. The limits are LocalTipRules' (core/domain/localtip.h), checked here once more.
#include "migrations.h"

using namespace Qt::StringLiterals;

namespace tableside {

QStringList schemaVersion12()
{
    return {
        uR"(CREATE TABLE local_tips (
            id INTEGER PRIMARY KEY,
            position INTEGER NOT NULL CHECK (position >= 0),
            name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
            photo TEXT CHECK (photo IS NULL OR length(photo) BETWEEN 1 AND 128),
            minutes_on_foot INTEGER NOT NULL CHECK (minutes_on_foot BETWEEN 0 AND 180),
            link TEXT NOT NULL CHECK (length(link) <= 500 AND
                                      (substr(link, 1, 7) = 'http://' OR
                                       substr(link, 1, 8) = 'https://')),
            changed_at TEXT NOT NULL))"_s,
        u"CREATE INDEX local_tips_by_position ON local_tips(position)"_s,
        uR"(CREATE TABLE local_tip_texts (
            tip_id INTEGER NOT NULL REFERENCES local_tips(id) ON DELETE CASCADE,
            language TEXT NOT NULL CHECK (length(language) BETWEEN 1 AND 16),
            description TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 600),
            hours TEXT NOT NULL DEFAULT '' CHECK (length(hours) <= 120),
            PRIMARY KEY (tip_id, language)) WITHOUT ROWID)"_s,
    };
}

} // namespace tableside
