// The venue store: schema, PRAGMAs, the demo venue, reading the menu in each language.
#include "demovenue.h"
#include "menurepository.h"
#include "migrations.h"
#include "sqlstatement.h"
#include "tablerepository.h"
#include "venuedatabase.h"
#include "venuerepository.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tableside;

class TestVenueStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshPath() { return m_dir.filePath(u"venue-%1.sqlite"_s.arg(++m_serial)); }

    static QByteArray demoJson()
    {
        QFile file(u":/demo/venue.json"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static QVariant scalar(VenueDatabase &store, const QString &sql)
    {
        auto value = scalarSql(store.connection(), sql);
        return value ? *value : QVariant();
    }

    // A file as an earlier release wrote it: the schema up to version, then rows.
    static bool writeOldStore(const QString &path, int version, const QStringList &rows)
    {
        bool written = false;
        {
            QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old-release"_s);
            old.setDatabaseName(path);
            QSqlQuery q(old);
            written = old.open();
            QStringList statements;
            for (const Migration &migration : Migrations::all()) {
                if (migration.version <= version)
                    statements += migration.statements;
            }
            statements += {u"PRAGMA user_version = %1"_s.arg(version),
                           u"PRAGMA application_id = %1"_s.arg(Migrations::ApplicationId)};
            for (const QString &statement : statements + rows) {
                if (written && !q.exec(statement)) {
                    qWarning() << statement << q.lastError().text();
                    written = false;
                }
            }
            q.finish();
            old.close();
        }
        QSqlDatabase::removeDatabase(u"old-release"_s);
        return written;
    }

private slots:
    void newStoreHasTheLatestSchemaAndPragmas()
    {
        VenueDatabase store(freshPath());
        QVERIFY2(store.open().ok(), "a new file opens");
        QCOMPARE(scalar(store, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());
        QCOMPARE(scalar(store, u"PRAGMA application_id"_s).toInt(), Migrations::ApplicationId);
        QCOMPARE(scalar(store, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(scalar(store, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(scalar(store, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        QVERIFY(scalar(store, u"PRAGMA busy_timeout"_s).toInt() > 0);
    }

    void aStoreOfTheFirstVersionIsUpgradedKeepingItsData()
    {
        const QString path = freshPath();
        // The file as the first release wrote it: schema 1 and a venue.
        QVERIFY(writeOldStore(path, 1,
                              {u"INSERT INTO venue (id, name, currency, default_language, "
                               u"enabled_languages, ticket_warn_minutes) "
                               u"VALUES (1, 'Old Harbour', 'EUR', 'el', 'el,en', 10)"_s}));

        VenueDatabase store(path);
        QVERIFY2(store.open().ok(), "the old file opens and is migrated");
        QCOMPARE(scalar(store, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());
        auto venue = VenueRepository(store.connection()).load();
        QVERIFY(venue.ok());
        QCOMPARE(venue->name, u"Old Harbour"_s);
        QCOMPARE(venue->defaultLanguage, u"el"_s);
        QCOMPARE(venue->thresholds.ticketWarnMinutes, 10);
        QCOMPARE(venue->thresholds.stationBehindTickets, 6); // the new setting's default
        QCOMPARE(scalar(store, u"SELECT count(*) FROM station_loads"_s).toInt(), 0);
    }

    void aStoreOfSchemaThreeKeepsItsOrdersThroughTheRebuild()
    {
        const QString path = freshPath();
        const QStringList rows{
            u"INSERT INTO categories (id, key) VALUES (1, 'mains')"_s,
            u"INSERT INTO menu_items (id, key, category_id, price_minor, photo, course, station) "
            u"VALUES (7, 'moussaka', 1, 1450, 'moussaka.svg', 'main', 'grill')"_s,
            u"INSERT INTO dining_tables (id, number, seats) VALUES (3, 3, 4)"_s,
            u"INSERT INTO table_sessions (id, table_id, opened_at) VALUES (5, 3, 'x')"_s,
            u"INSERT INTO orders (id, order_number, session_id, idempotency_key, status, "
            u"total_minor, currency, placed_at) "
            u"VALUES (11, 1, 5, 'k-11', 'cooking', 2900, 'EUR', 'x')"_s,
            u"INSERT INTO order_lines (id, order_id, item_id, quantity, unit_price_minor, "
            u"line_total_minor, seat, note, station, status) "
            u"VALUES (21, 11, 7, 2, 1450, 2900, 2, 'no onion', 'grill', 'ready')"_s,
            u"INSERT INTO order_status_history (order_id, line_id, to_status, changed_at) "
            u"VALUES (11, 21, 'ready', 'x')"_s,
        };
        QVERIFY(writeOldStore(path, 3, rows));

        VenueDatabase store(path);
        QVERIFY2(store.open().ok(), "the schema 3 file opens and is migrated");
        QCOMPARE(scalar(store, u"PRAGMA user_version"_s).toInt(), Migrations::latestVersion());
        QCOMPARE(scalar(store, u"SELECT idempotency_key || ' ' || status || ' ' || total_minor "
                               u"FROM orders WHERE id = 11"_s)
                     .toString(),
                 u"k-11 cooking 2900"_s);
        QCOMPARE(scalar(store, u"SELECT order_id || ' ' || quantity || ' ' || seat || ' ' || "
                               u"note || ' ' || status FROM order_lines WHERE id = 21"_s)
                     .toString(),
                 u"11 2 2 no onion ready"_s);
        // Its photo is named as the file that ships now.
        QCOMPARE(scalar(store, u"SELECT photo FROM menu_items WHERE id = 7"_s).toString(),
                 u"moussaka.jpg"_s);
        // The rebuilt tables keep their indexes, and the references to them still hold.
        QCOMPARE(scalar(store, u"SELECT group_concat(name, ' ') FROM (SELECT name FROM "
                               u"sqlite_schema WHERE type = 'index' AND tbl_name IN ('orders', "
                               u"'order_lines') AND name NOT LIKE 'sqlite_%' ORDER BY name)"_s)
                     .toString(),
                 u"order_lines_by_order order_lines_by_status orders_by_session"_s);
        QCOMPARE(scalar(store, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QVERIFY(!runSql(store.connection(),
                        u"INSERT INTO order_lines (order_id, item_id, quantity, unit_price_minor, "
                        u"line_total_minor, station) VALUES (999, 7, 1, 1450, 1450, 'grill')"_s)
                     .ok());
        QVERIFY(
            !runSql(store.connection(), u"UPDATE order_lines SET status = 'eaten' WHERE id = 21"_s)
                 .ok());
    }

    // SQLite checks "status IN (a list of constants)" by building a temporary b-tree for every
    // row it writes; the hub writes an order, its lines and their status changes all evening.
    // Schema 11 rebuilds the ideas: the first release's 'open' is 'new', votes stay theirs.
    void aStoreOfSchemaTenKeepsItsIdeasAndVotes()
    {
        const QString path = freshPath();
        QVERIFY(writeOldStore(
            path, 10,
            {u"INSERT INTO dining_tables (id, number, seats) VALUES (3, 3, 4)"_s,
             u"INSERT INTO table_sessions (id, table_id, opened_at) VALUES (5, 3, 'x')"_s,
             u"INSERT INTO ideas (id, session_id, body, status, created_at) "
             u"VALUES (1, 5, 'Kids'' menu', 'open', '2026-01-02T10:00:00.000Z')"_s,
             u"INSERT INTO ideas (id, session_id, body, status, created_at) "
             u"VALUES (2, NULL, 'Oat milk', 'done', '2026-01-03T10:00:00.000Z')"_s,
             u"INSERT INTO idea_votes (idea_id, session_id, voted_at) VALUES (1, 5, 'x')"_s}));
        VenueDatabase store(path);
        QVERIFY2(store.open().ok(), "the schema 10 file opens and is migrated");
        QCOMPARE(scalar(store, u"SELECT group_concat(id || ' ' || status || ' ' || answer || "
                               u"' ' || changed_at, '; ') FROM ideas"_s)
                     .toString(),
                 u"1 new  2026-01-02T10:00:00.000Z; 2 done  2026-01-03T10:00:00.000Z"_s);
        QCOMPARE(scalar(store, u"SELECT count(*) FROM idea_votes WHERE idea_id = 1"_s).toInt(), 1);
        QCOMPARE(scalar(store, u"PRAGMA foreign_key_check"_s), QVariant());
        // A status outside the six, or merged without the idea kept, is never stored.
        QVERIFY(!runSql(store.connection(), u"UPDATE ideas SET status = 'open' WHERE id = 1"_s));
        QVERIFY(!runSql(store.connection(), u"UPDATE ideas SET status = 'merged' WHERE id = 1"_s));
        QVERIFY(runSql(store.connection(),
                       u"UPDATE ideas SET status = 'merged', merged_into = 2 WHERE id = 1"_s));
    }

    void anOrdersStatusIsCheckedWithoutATemporaryTable()
    {
        VenueDatabase store(freshPath());
        QVERIFY(store.open().ok());
        const QStringList writes{
            u"INSERT INTO orders (order_number, session_id, idempotency_key, total_minor, "
            u"currency, placed_at) VALUES (1, 1, 'k', 0, 'EUR', 'x')"_s,
            u"INSERT INTO order_lines (order_id, item_id, quantity, unit_price_minor, "
            u"line_total_minor, station) VALUES (1, 1, 1, 0, 0, 'grill')"_s,
            u"UPDATE orders SET status = 'ready' WHERE id = 1"_s,
            u"UPDATE order_lines SET status = 'cooking' WHERE id = 1"_s,
        };
        for (const QString &write : writes) {
            auto plan = runSql(store.connection(), u"EXPLAIN "_s + write);
            QVERIFY2(plan.ok(), qPrintable(write));
            while (plan.value().next())
                QVERIFY2(plan.value().value(1).toString() != u"OpenEphemeral"_s, qPrintable(write));
        }
    }

    void schemaHoldsEveryAggregate_data()
    {
        QTest::addColumn<QString>("table");
        for (const char *table : {"venue",
                                  "categories",
                                  "category_texts",
                                  "menu_items",
                                  "item_texts",
                                  "item_allergens",
                                  "item_dietary_tags",
                                  "modifier_groups",
                                  "modifier_group_texts",
                                  "modifier_options",
                                  "modifier_option_texts",
                                  "dining_tables",
                                  "devices",
                                  "staff",
                                  "table_sessions",
                                  "orders",
                                  "order_lines",
                                  "order_line_options",
                                  "order_status_history",
                                  "chat_messages",
                                  "feedback",
                                  "ideas",
                                  "idea_votes",
                                  "events",
                                  "service_requests",
                                  "station_loads"})
            QTest::newRow(table) << QString::fromLatin1(table);
    }
    void schemaHoldsEveryAggregate()
    {
        QFETCH(QString, table);
        VenueDatabase store(freshPath());
        QVERIFY(store.open().ok());
        QCOMPARE(scalar(store, u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                               u"name = '%1'"_s.arg(table))
                     .toInt(),
                 1);
    }

    void reopeningMigratesNothing()
    {
        const QString path = freshPath();
        {
            VenueDatabase store(path);
            QVERIFY(store.open().ok());
            QVERIFY(DemoVenue::seedIfEmpty(store.connection(), demoJson()).ok());
        }
        VenueDatabase again(path);
        QVERIFY(again.open().ok());
        auto second = DemoVenue::seedIfEmpty(again.connection(), demoJson());
        QVERIFY(second.ok());
        QVERIFY2(!second->loaded, "a store with a venue is not seeded twice");
        QCOMPARE(second->tables, 12);
    }

    void aWorkerThreadsConnectionClosesOnItsOwnThread()
    {
        QTest::failOnWarning(QRegularExpression(u"does not belong|still in use"_s));
        auto store = std::make_unique<VenueDatabase>(freshPath());
        QVERIFY(store->open().ok());
        bool seeded = false;
        int tablesSeenByWorker = -1;
        int tablesAfterReopen = -1;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            seeded = DemoVenue::seedIfEmpty(store->connection(), demoJson()).ok();
            tablesSeenByWorker = scalar(*store, u"SELECT count(*) FROM dining_tables"_s).toInt();
            store->closeConnection();
            // Closed is not gone: the thread's next use opens it again.
            tablesAfterReopen = scalar(*store, u"SELECT count(*) FROM dining_tables"_s).toInt();
            store->closeConnection();
        }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QVERIFY(seeded);
        QCOMPARE(tablesSeenByWorker, 12);
        QCOMPARE(tablesAfterReopen, 12);
        QCOMPARE(scalar(*store, u"SELECT count(*) FROM dining_tables"_s).toInt(), 12);
        store.reset(); // closes this thread's connection, and warns of none other
    }

    void eventLogIsAppendOnly()
    {
        VenueDatabase store(freshPath());
        QVERIFY(store.open().ok());
        const QSqlDatabase db = store.connection();
        QVERIFY(runSql(db, u"INSERT INTO events (type, payload, created_at) VALUES "
                           u"('test', '{}', '2026-01-01T00:00:00Z')"_s)
                    .ok());
        QVERIFY(!runSql(db, u"UPDATE events SET type = 'changed'"_s).ok());
        QVERIFY(!runSql(db, u"DELETE FROM events"_s).ok());
        QCOMPARE(scalar(store, u"SELECT type FROM events"_s).toString(), u"test"_s);
    }

    void foreignKeysAreEnforced()
    {
        VenueDatabase store(freshPath());
        QVERIFY(store.open().ok());
        auto orphan = runSql(store.connection(),
                             u"INSERT INTO menu_items (key, category_id, price_minor, course, "
                             u"station) VALUES ('x', 999, 100, 'main', 'grill')"_s);
        QVERIFY(!orphan.ok());
    }

    void demoVenueIsAWholeRestaurant()
    {
        VenueDatabase store(freshPath());
        QVERIFY(store.open().ok());
        auto seeded = DemoVenue::seedIfEmpty(store.connection(), demoJson());
        QVERIFY2(seeded.ok(), qPrintable(seeded.ok() ? QString() : seeded.error().message));
        QVERIFY(seeded->loaded);
        QVERIFY(seeded->categories >= 6);
        QVERIFY(seeded->items >= 40);
        QCOMPARE(seeded->tables, 12);
        QCOMPARE(seeded->staff, 3);
        QCOMPARE(scalar(store, u"SELECT count(*) FROM staff WHERE role = 'owner'"_s).toInt(), 1);
        QVERIFY2(scalar(store, u"SELECT count(*) FROM staff WHERE pin_hash = '2580'"_s).toInt() ==
                     0,
                 "PINs are stored hashed");

        // Every item and category speaks all four languages, and every photo ships.
        for (const char *lang : {"en", "el", "ar", "fa"}) {
            const QString l = QString::fromLatin1(lang);
            QCOMPARE(scalar(store, u"SELECT count(*) FROM item_texts WHERE language = '%1' AND "
                                   u"name <> '' AND description <> ''"_s.arg(l))
                         .toInt(),
                     seeded->items);
            QCOMPARE(
                scalar(store, u"SELECT count(*) FROM category_texts WHERE language = '%1'"_s.arg(l))
                    .toInt(),
                seeded->categories);
            QCOMPARE(scalar(store, u"SELECT count(*) FROM modifier_option_texts WHERE "
                                   u"language = '%1'"_s.arg(l))
                         .toInt(),
                     scalar(store, u"SELECT count(*) FROM modifier_options"_s).toInt());
        }
        auto photos = runSql(store.connection(), u"SELECT photo FROM menu_items"_s);
        QVERIFY(photos.ok());
        while (photos.value().next()) {
            const QString photo = photos.value().value(0).toString();
            QVERIFY2(QFile::exists(u":/demo/photos/"_s + photo), qPrintable(photo));
        }
        QVERIFY(scalar(store, u"SELECT count(DISTINCT item_id) FROM modifier_groups"_s).toInt() >=
                10);
        QVERIFY(
            scalar(store, u"SELECT count(*) FROM modifier_groups WHERE min_choices > 0"_s).toInt() >
            0);
        QVERIFY(scalar(store, u"SELECT count(DISTINCT item_id) FROM item_allergens"_s).toInt() >=
                20);
        // The house's picks, recommended while a new venue has no history.
        QCOMPARE(scalar(store, u"SELECT group_concat(key, ',') FROM (SELECT key FROM menu_items "
                               u"WHERE pick ORDER BY key)"_s)
                     .toString(),
                 u"dolmades,knafeh,lamb-kleftiko"_s);
    }

    void menuReadsInEachLanguageWithFallback()
    {
        VenueDatabase store(freshPath());
        QVERIFY(store.open().ok());
        QVERIFY(DemoVenue::seedIfEmpty(store.connection(), demoJson()).ok());
        MenuRepository menus(store.connection());

        auto english = menus.load(u"en"_s, u"en"_s);
        auto arabic = menus.load(u"ar"_s, u"en"_s);
        auto unknown = menus.load(u"sw"_s, u"en"_s);
        QVERIFY(english.ok() && arabic.ok() && unknown.ok());
        QCOMPARE(english->currency, u"EUR"_s);
        QCOMPARE(arabic->categories.size(), english->categories.size());
        const MenuItem &en = english->categories.first().items.first();
        const MenuItem &ar = arabic->categories.first().items.first();
        QCOMPARE(ar.id, en.id);
        QVERIFY(ar.name != en.name);
        QVERIFY2(ar.name.front().script() == QChar::Script_Arabic, qPrintable(ar.name));
        QCOMPARE(unknown->categories.first().items.first().name, en.name);
        QCOMPARE(ar.price, en.price);

        auto one = menus.item(en.id, u"el"_s, u"en"_s);
        QVERIFY(one.ok());
        QCOMPARE(one->id, en.id);
        QVERIFY(one->name.front().script() == QChar::Script_Greek);
        QVERIFY(!menus.item(999999, u"en"_s, u"en"_s).ok());
    }

    void availabilityChangesAreStored()
    {
        VenueDatabase store(freshPath());
        QVERIFY(store.open().ok());
        QVERIFY(DemoVenue::seedIfEmpty(store.connection(), demoJson()).ok());
        MenuRepository menus(store.connection());
        const qint64 id = scalar(store, u"SELECT min(id) FROM menu_items"_s).toLongLong();
        QVERIFY(menus.setAvailable(id, false).ok());
        QCOMPARE(menus.item(id, u"en"_s, u"en"_s)->available, false);
        QCOMPARE(menus.setAvailable(999999, false).error().code, u"unknown_item"_s);
    }

    void badDraftsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("course");
        QTest::addColumn<QStringList>("allergens");
        QTest::addColumn<qint64>("price");
        QTest::newRow("unknown course") << u"brunch"_s << QStringList() << qint64(100);
        QTest::newRow("not an EU allergen") << u"main"_s << QStringList{u"cheese"_s} << qint64(100);
        QTest::newRow("negative price") << u"main"_s << QStringList() << qint64(-1);
    }
    void badDraftsAreRefusedWithAReason()
    {
        QFETCH(QString, course);
        QFETCH(QStringList, allergens);
        QFETCH(qint64, price);
        VenueDatabase store(freshPath());
        QVERIFY(store.open().ok());
        MenuRepository menus(store.connection());
        auto category = menus.addCategory({u"mains"_s, {{u"en"_s, u"Mains"_s}}, {}, 0});
        QVERIFY(category.ok());
        ItemDraft draft;
        draft.key = u"dish"_s;
        draft.categoryId = *category;
        draft.name = {{u"en"_s, u"Dish"_s}};
        draft.priceMinor = price;
        draft.course = course;
        draft.station = u"grill"_s;
        draft.allergens = allergens;
        auto added = menus.addItem(draft);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, u"invalid_item"_s);
        QVERIFY(added.error().message.contains(u"Dish"_s));
    }

    void venueSettingsRoundTrip()
    {
        VenueDatabase store(freshPath());
        QVERIFY(store.open().ok());
        VenueRepository venues(store.connection());
        QCOMPARE(venues.load().error().code, u"not_found"_s);
        VenueSettings settings;
        settings.name = u"Corner Bistro"_s;
        settings.currency = u"GBP"_s;
        settings.languages = {u"en"_s, u"el"_s};
        settings.taxRateBasisPoints = 2000;
        QVERIFY(venues.save(settings).ok());
        auto loaded = venues.load();
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->name, settings.name);
        QCOMPARE(loaded->currency, u"GBP"_s);
        QCOMPARE(loaded->languages, settings.languages);
        QCOMPARE(loaded->taxRateBasisPoints, 2000);
        settings.defaultLanguage = u"fa"_s;
        QCOMPARE(venues.save(settings).error().code, u"invalid_venue"_s);
    }
};

QTEST_GUILESS_MAIN(TestVenueStore)
#include "tst_venuestore.moc"
