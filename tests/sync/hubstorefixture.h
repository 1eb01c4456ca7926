#pragma once
// For tests of the hub's parts without sockets: the demo venue on disk, a manual clock, the
// unit of work the operations share, and devices of each role as the hub knows them.

#include "demovenue.h"
#include "devicerepository.h"
#include "hubtransactions.h"
#include "sqlstatement.h"
#include "venuedatabase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tableside::testing {

using namespace Qt::StringLiterals;

class HubStoreFixture {
public:
    HubStoreFixture()
        : clock(QDateTime::fromString(u"2026-11-23T19:00:00.000Z"_s, Qt::ISODateWithMs))
        , database(dir.filePath(u"venue.sqlite"_s))
    {}

    // Empty on success, else what went wrong.
    QString open()
    {
        if (auto opened = database.open(); !opened)
            return opened.error().message;
        QFile demo(u":/demo/venue.json"_s);
        if (!demo.open(QIODevice::ReadOnly))
            return u"the demo venue is not in the resources"_s;
        if (auto seeded = DemoVenue::seedIfEmpty(database.connection(), demo.readAll()); !seeded)
            return seeded.error().message;
        work = std::make_unique<HubTransactions>(database.connection(), clock);
        return {};
    }

    // A device of `role` as a good hello leaves it (enrolled, so it exists in the store).
    Device device(const QString &role, int table = 0)
    {
        auto enrolled = DeviceRepository(database.connection(), clock)
                            .enroll(u"Test %1"_s.arg(role), role, table);
        return enrolled ? enrolled->first : Device{};
    }

    qint64 itemId(const QString &key)
    {
        return scalar(u"SELECT id FROM menu_items WHERE key = ?"_s, {key}).toLongLong();
    }

    QVariant scalar(const QString &sql, const QVariantList &bindings = {})
    {
        auto value = scalarSql(database.connection(), sql, bindings);
        return value ? *value : QVariant();
    }

    qint64 count(const QString &table)
    {
        return scalar(u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong();
    }

    static QJsonObject line(qint64 itemId, int quantity = 1)
    {
        return {{u"itemId"_s, itemId}, {u"quantity"_s, quantity}};
    }

    // What an operation answered, whether as an object or already written as JSON.
    static QJsonObject answer(const HubOutcome &outcome)
    {
        return outcome.resultJson.isEmpty() ? outcome.result
                                            : QJsonDocument::fromJson(outcome.resultJson).object();
    }

    static QStringList types(const QList<StoredEvent> &events)
    {
        QStringList types;
        for (const StoredEvent &event : events)
            types.append(event.type);
        return types;
    }

    QTemporaryDir dir;
    ManualClock clock;
    VenueDatabase database;
    std::unique_ptr<HubTransactions> work;
};

} // namespace tableside::testing
