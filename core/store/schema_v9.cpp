// Schema version 9: listening to guests. A dish is rated once per table session (a second rating
// replaces the first); the visit card (food, service and ambience 1 to 5, would they recommend us
// 0 to 10, a comment) is one per session, its contact e-mail kept only when the diner ticked their
// consent. Service is the venue's: nothing here names a waiter. The venue keeps comments and
// e-mails for its retention period, after which the hub erases them and keeps the scores alone.
#include "migrations.h"

using namespace Qt::StringLiterals;

namespace tableside {

QStringList schemaVersion9()
{
    return {
        uR"(DELETE FROM feedback WHERE item_id IS NOT NULL AND id NOT IN
            (SELECT max(id) FROM feedback WHERE item_id IS NOT NULL
             GROUP BY session_id, item_id))"_s,
        uR"(CREATE UNIQUE INDEX feedback_one_per_dish ON feedback(session_id, item_id))"_s,
        uR"(CREATE INDEX feedback_by_item ON feedback(item_id, created_at))"_s,
        uR"(CREATE TABLE visit_feedback (
            session_id INTEGER PRIMARY KEY REFERENCES table_sessions(id),
            food INTEGER CHECK (food IS NULL OR food BETWEEN 1 AND 5),
            service INTEGER CHECK (service IS NULL OR service BETWEEN 1 AND 5),
            ambience INTEGER CHECK (ambience IS NULL OR ambience BETWEEN 1 AND 5),
            recommend INTEGER CHECK (recommend IS NULL OR recommend BETWEEN 0 AND 10),
            comment TEXT NOT NULL DEFAULT '',
            contact_email TEXT,
            given_at TEXT NOT NULL))"_s,
        uR"(CREATE INDEX visit_feedback_by_time ON visit_feedback(given_at))"_s,
        uR"(ALTER TABLE venue ADD COLUMN feedback_retention_days INTEGER NOT NULL DEFAULT 365
            CHECK (feedback_retention_days BETWEEN 1 AND 3650))"_s,
    };
}

} // namespace tableside
