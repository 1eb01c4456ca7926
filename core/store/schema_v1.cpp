// Schema version 1: the whole venue. Money columns are integer minor units.
#include "migrations.h"

using namespace Qt::StringLiterals;

namespace tableside {

QStringList schemaVersion1()
{
    return {
        uR"(CREATE TABLE venue (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL,
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            default_language TEXT NOT NULL,
            enabled_languages TEXT NOT NULL,
            tax_rate_bp INTEGER NOT NULL DEFAULT 0 CHECK (tax_rate_bp BETWEEN 0 AND 10000),
            prices_include_tax INTEGER NOT NULL DEFAULT 1,
            ticket_warn_minutes INTEGER NOT NULL DEFAULT 8,
            ticket_late_minutes INTEGER NOT NULL DEFAULT 15,
            alert_escalate_seconds INTEGER NOT NULL DEFAULT 120))"_s,

        uR"(CREATE TABLE categories (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            sort_order INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1))"_s,
        uR"(CREATE TABLE category_texts (
            category_id INTEGER NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (category_id, language)))"_s,

        uR"(CREATE TABLE menu_items (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            category_id INTEGER NOT NULL REFERENCES categories(id),
            price_minor INTEGER NOT NULL CHECK (price_minor >= 0),
            photo TEXT NOT NULL DEFAULT '',
            available INTEGER NOT NULL DEFAULT 1,
            course TEXT NOT NULL CHECK (course IN ('drink','starter','main','side','dessert')),
            station TEXT NOT NULL,
            spice_level INTEGER NOT NULL DEFAULT 0 CHECK (spice_level BETWEEN 0 AND 3),
            sort_order INTEGER NOT NULL DEFAULT 0))"_s,
        uR"(CREATE INDEX menu_items_by_category ON menu_items(category_id, sort_order))"_s,
        uR"(CREATE TABLE item_texts (
            item_id INTEGER NOT NULL REFERENCES menu_items(id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            name TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (item_id, language)))"_s,
        uR"(CREATE TABLE item_allergens (
            item_id INTEGER NOT NULL REFERENCES menu_items(id) ON DELETE CASCADE,
            allergen TEXT NOT NULL CHECK (allergen IN ('gluten','crustaceans','eggs','fish',
                'peanuts','soybeans','milk','nuts','celery','mustard','sesame','sulphites',
                'lupin','molluscs')),
            PRIMARY KEY (item_id, allergen)))"_s,
        uR"(CREATE TABLE item_dietary_tags (
            item_id INTEGER NOT NULL REFERENCES menu_items(id) ON DELETE CASCADE,
            tag TEXT NOT NULL CHECK (tag IN ('vegetarian','vegan','gluten-free','halal')),
            PRIMARY KEY (item_id, tag)))"_s,

        uR"(CREATE TABLE modifier_groups (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES menu_items(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            min_choices INTEGER NOT NULL DEFAULT 0 CHECK (min_choices >= 0),
            max_choices INTEGER NOT NULL DEFAULT 1 CHECK (max_choices >= 1),
            sort_order INTEGER NOT NULL DEFAULT 0,
            CHECK (min_choices <= max_choices),
            UNIQUE (item_id, key)))"_s,
        uR"(CREATE TABLE modifier_group_texts (
            group_id INTEGER NOT NULL REFERENCES modifier_groups(id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (group_id, language)))"_s,
        uR"(CREATE TABLE modifier_options (
            id INTEGER PRIMARY KEY,
            group_id INTEGER NOT NULL REFERENCES modifier_groups(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            price_delta_minor INTEGER NOT NULL DEFAULT 0,
            sort_order INTEGER NOT NULL DEFAULT 0,
            UNIQUE (group_id, key)))"_s,
        uR"(CREATE TABLE modifier_option_texts (
            option_id INTEGER NOT NULL REFERENCES modifier_options(id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (option_id, language)))"_s,

        uR"(CREATE TABLE dining_tables (
            id INTEGER PRIMARY KEY,
            number INTEGER NOT NULL UNIQUE CHECK (number > 0),
            seats INTEGER NOT NULL CHECK (seats > 0),
            pos_x REAL NOT NULL DEFAULT 0,
            pos_y REAL NOT NULL DEFAULT 0,
            shape TEXT NOT NULL DEFAULT 'square' CHECK (shape IN ('round','square','rect'))))"_s,

        uR"(CREATE TABLE staff (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('owner','host','kitchen')),
            pin_salt BLOB NOT NULL,
            pin_hash BLOB NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until TEXT))"_s,
        uR"(CREATE TABLE devices (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('table','kitchen','host','owner')),
            table_id INTEGER REFERENCES dining_tables(id),
            station TEXT,
            token_hash BLOB NOT NULL UNIQUE,
            paired_at TEXT NOT NULL,
            last_seen_at TEXT,
            revoked INTEGER NOT NULL DEFAULT 0,
            CHECK ((role = 'table') = (table_id IS NOT NULL))))"_s,
        uR"(CREATE TABLE pairing_codes (
            code_hash BLOB PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('table','kitchen','host','owner')),
            table_id INTEGER REFERENCES dining_tables(id),
            created_by_device_id INTEGER REFERENCES devices(id),
            expires_at TEXT NOT NULL,
            used_at TEXT))"_s,

        uR"(CREATE TABLE table_sessions (
            id INTEGER PRIMARY KEY,
            table_id INTEGER NOT NULL REFERENCES dining_tables(id),
            party_size INTEGER NOT NULL DEFAULT 1 CHECK (party_size > 0),
            opened_at TEXT NOT NULL,
            closed_at TEXT))"_s,
        uR"(CREATE UNIQUE INDEX one_open_session_per_table
            ON table_sessions(table_id) WHERE closed_at IS NULL)"_s,

        uR"(CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            order_number INTEGER NOT NULL UNIQUE,
            session_id INTEGER NOT NULL REFERENCES table_sessions(id),
            device_id INTEGER REFERENCES devices(id),
            idempotency_key TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL DEFAULT 'placed' CHECK (status IN
                ('placed','accepted','cooking','ready','served','cancelled')),
            cancel_reason TEXT,
            total_minor INTEGER NOT NULL CHECK (total_minor >= 0),
            currency TEXT NOT NULL,
            placed_at TEXT NOT NULL))"_s,
        uR"(CREATE INDEX orders_by_session ON orders(session_id))"_s,
        uR"(CREATE TABLE order_lines (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders(id),
            item_id INTEGER NOT NULL REFERENCES menu_items(id),
            quantity INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 50),
            unit_price_minor INTEGER NOT NULL CHECK (unit_price_minor >= 0),
            line_total_minor INTEGER NOT NULL CHECK (line_total_minor >= 0),
            seat INTEGER CHECK (seat IS NULL OR seat > 0),
            note TEXT NOT NULL DEFAULT '',
            station TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'placed' CHECK (status IN
                ('placed','accepted','cooking','ready','served','cancelled')),
            cancel_reason TEXT))"_s,
        uR"(CREATE INDEX order_lines_by_order ON order_lines(order_id))"_s,
        uR"(CREATE TABLE order_line_options (
            line_id INTEGER NOT NULL REFERENCES order_lines(id),
            option_id INTEGER NOT NULL REFERENCES modifier_options(id),
            price_delta_minor INTEGER NOT NULL,
            PRIMARY KEY (line_id, option_id)))"_s,
        uR"(CREATE TABLE order_status_history (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders(id),
            line_id INTEGER REFERENCES order_lines(id),
            from_status TEXT,
            to_status TEXT NOT NULL,
            reason TEXT,
            device_id INTEGER REFERENCES devices(id),
            changed_at TEXT NOT NULL))"_s,
        uR"(CREATE INDEX order_status_history_by_order ON order_status_history(order_id))"_s,

        uR"(CREATE TABLE service_requests (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES table_sessions(id),
            kind TEXT NOT NULL CHECK (kind IN ('help','water','cutlery','other','bill')),
            note TEXT NOT NULL DEFAULT '',
            requested_at TEXT NOT NULL,
            acknowledged_at TEXT,
            acknowledged_by_device_id INTEGER REFERENCES devices(id)))"_s,
        uR"(CREATE TABLE chat_messages (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES table_sessions(id),
            from_role TEXT NOT NULL CHECK (from_role IN ('table','host','kitchen','owner')),
            device_id INTEGER REFERENCES devices(id),
            body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
            sent_at TEXT NOT NULL,
            read_at TEXT))"_s,
        uR"(CREATE TABLE feedback (
            id INTEGER PRIMARY KEY,
            session_id INTEGER NOT NULL REFERENCES table_sessions(id),
            item_id INTEGER REFERENCES menu_items(id),
            rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
            comment TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"_s,
        uR"(CREATE TABLE ideas (
            id INTEGER PRIMARY KEY,
            session_id INTEGER REFERENCES table_sessions(id),
            body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN
                ('open','planned','done','declined')),
            created_at TEXT NOT NULL))"_s,
        uR"(CREATE TABLE idea_votes (
            idea_id INTEGER NOT NULL REFERENCES ideas(id) ON DELETE CASCADE,
            session_id INTEGER NOT NULL REFERENCES table_sessions(id),
            voted_at TEXT NOT NULL,
            PRIMARY KEY (idea_id, session_id)))"_s,

        // The event log is append-only: the sequence number is what clients resume from.
        uR"(CREATE TABLE events (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            type TEXT NOT NULL,
            payload TEXT NOT NULL,
            created_at TEXT NOT NULL))"_s,
        uR"(CREATE TRIGGER events_no_update BEFORE UPDATE ON events
            BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END)"_s,
        uR"(CREATE TRIGGER events_no_delete BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END)"_s,
    };
}

} // namespace tableside
