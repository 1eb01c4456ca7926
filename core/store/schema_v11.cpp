// Schema version 11: the ideas board. An idea moves through new, under review, planned, done and
// declined as the owner decides, carries the owner's public answer, and may be merged into
// another (status 'merged' exactly when it names the idea kept). The table is rebuilt as SQLite
// prescribes for a changed CHECK (see schema 4); the first release's 'open' ideas are 'new'.
#include "migrations.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// "status = 'new' OR …": equalities, which SQLite checks in place (see schema 4).
QString ideaStatusCheck()
{
    QStringList equalities;
    for (const char *status : {"new", "under_review", "planned", "done", "declined", "merged"})
        equalities.append(u"status = '%1'"_s.arg(QLatin1StringView(status)));
    return equalities.join(u" OR "_s);
}

} // namespace

QStringList schemaVersion11()
{
    return {
        uR"(CREATE TABLE ideas_v11 (
            id INTEGER PRIMARY KEY,
            session_id INTEGER REFERENCES table_sessions(id),
            body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
            status TEXT NOT NULL DEFAULT 'new' CHECK (%1),
            answer TEXT NOT NULL DEFAULT '' CHECK (length(answer) <= 1000),
            merged_into INTEGER REFERENCES ideas(id),
            created_at TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            CHECK ((status = 'merged') = (merged_into IS NOT NULL))))"_s.arg(ideaStatusCheck()),
        uR"(INSERT INTO ideas_v11 (id, session_id, body, status, created_at, changed_at)
            SELECT id, session_id, body, CASE status WHEN 'open' THEN 'new' ELSE status END,
                   created_at, created_at FROM ideas)"_s,
        u"DROP TABLE ideas"_s,
        u"ALTER TABLE ideas_v11 RENAME TO ideas"_s,
        u"CREATE INDEX ideas_by_merged_into ON ideas(merged_into) WHERE merged_into IS NOT NULL"_s,
    };
}

} // namespace tableside
