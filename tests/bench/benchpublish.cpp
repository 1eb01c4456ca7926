// An owner publishes a price change while N table clients are connected (the hub on its own
// thread, the tables on this one, each reading the menu in one of the venue's four languages);
// each table reads the menu again when told menu.published, as the table screen does, and holds
// the new menu when its menu.get answer carries the new price. Timed from the publish request
// to the last table holding it, over M publishes.
#include "benchpublish.h"

#include "benchvenue.h"
#include "demovenue.h"
#include "devicerepository.h"
#include "hubthread.h"
#include "menudocumentjson.h"
#include "sqlstatement.h"
#include "venueclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace tableside::bench {

namespace {

const QString OwnerPin = u"2580"_s; // the demo venue's owner
const QStringList Languages{u"en"_s, u"el"_s, u"ar"_s, u"fa"_s};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
}

qint64 priceIn(const QJsonObject &menuReply, const QString &key)
{
    for (const QJsonValue &category : menuReply[u"menu"_s][u"categories"_s].toArray())
        for (const QJsonValue &item : category[u"items"_s].toArray())
            if (item[u"key"_s].toString() == key)
                return item[u"price"_s].toInteger();
    return -1;
}

struct Table {
    std::unique_ptr<VenueClient> client;
    QString language;
    QString menuRequest;
    bool holdsNew = false;
};

} // namespace

int runPublishBench(const QStringList &arguments)
{
    int tables = 100;
    int dishes = 300;
    int publishes = 20;
    for (qsizetype i = 0; i + 1 < arguments.size(); ++i) {
        const int value = arguments[i + 1].toInt();
        if (arguments[i] == u"--tables"_s)
            tables = value;
        else if (arguments[i] == u"--dishes"_s)
            dishes = value;
        else if (arguments[i] == u"--publishes"_s)
            publishes = value;
    }
    if (tables <= 0 || dishes <= 0 || publishes <= 0) {
        QTextStream(stderr) << "tableside-bench publish: --tables, --dishes and --publishes want "
                               "numbers above 0\n";
        return 2;
    }

    QTemporaryDir dir;
    SystemClock clock;
    VenueDatabase store(dir.filePath(u"venue.sqlite"_s));
    if (!store.open() || !DemoVenue::seedIfEmpty(store.connection(), demoVenueWithDishes(dishes))) {
        QTextStream(stderr) << "tableside-bench publish: could not prepare the venue\n";
        return 1;
    }
    const int dishCount =
        scalarSql(store.connection(), u"SELECT count(*) FROM menu_items"_s)->toInt();
    DeviceRepository devices(store.connection(), clock);
    QStringList tokens;
    for (int i = 0; i < tables; ++i)
        tokens.append(devices.enroll(u"Bench %1"_s.arg(i), u"table"_s, i % 12 + 1)->second);
    const QString ownerToken = devices.enroll(u"Bench owner"_s, u"owner"_s, 0)->second;

    HubThread hub(store, clock);
    hub.setObjectName(u"hub"_s);
    qputenv(HubServer::PlainEventLoopVariable, "1");
    hub.start();
    hub.ready.acquire();
    qunsetenv(HubServer::PlainEventLoopVariable);

    QElapsedTimer publishedAt;
    std::vector<double> toLastTable;
    std::vector<double> perTable;
    qint64 price = 650;
    int holding = 0;
    int online = 0;
    int round = 0;
    QString failure;
    std::vector<Table> clients(static_cast<size_t>(tables));
    VenueClient owner(clock);
    QJsonObject hummus; // the dish whose price each publish changes, as the draft holds it

    const auto publishNext = [&] {
        if (round == publishes) {
            QCoreApplication::quit();
            return;
        }
        ++round;
        price += 5;
        for (Table &table : clients)
            table.holdsNew = false;
        holding = 0;
        hummus[u"price"_s] = price;
        owner.request(u"menu.draft.edit"_s,
                      {{u"pin"_s, OwnerPin},
                       {u"edit"_s, QJsonObject{{u"put"_s, u"dish"_s}, {u"entry"_s, hummus}}}});
    };
    QObject::connect(
        &owner, &VenueClient::replied, &owner,
        [&](const QString &, bool ok, const QJsonObject &result, const QString &,
            const QString &message) {
            if (!ok) {
                failure = message;
                QCoreApplication::quit();
            } else if (result.contains(u"document"_s)) { // menu.draft.get
                const auto document = menuDocumentFromJson(result[u"document"_s].toObject());
                hummus = documentItemToJson(*document->item(u"hummus"_s));
                publishNext();
            } else if (result.contains(u"draft"_s)) { // the edit: publish it
                publishedAt.start();
                owner.request(u"menu.publish"_s, {{u"pin"_s, OwnerPin},
                                                  {u"editId"_s, result[u"draft"_s][u"editId"_s]}});
            }
        });
    for (int i = 0; i < tables; ++i) {
        Table &table = clients[size_t(i)];
        table.language = Languages.at(i % Languages.size());
        table.client = std::make_unique<VenueClient>(clock);
        VenueClient *client = table.client.get();
        QObject::connect(client, &VenueClient::stateChanged, client, [&](VenueClient::State state) {
            if (state == VenueClient::State::Online && ++online == tables + 1)
                owner.request(u"menu.draft.get"_s, {});
        });
        QObject::connect(
            client, &VenueClient::event, client,
            [&table](qint64, const QString &type, const QJsonObject &, const QDateTime &) {
                if (type == u"menu.published"_s)
                    table.menuRequest =
                        table.client->request(u"menu.get"_s, {{u"language"_s, table.language}});
            });
        QObject::connect(client, &VenueClient::replied, client,
                         [&](const QString &id, bool ok, const QJsonObject &result, const QString &,
                             const QString &) {
                             if (id != table.menuRequest || table.holdsNew || !ok ||
                                 priceIn(result, u"hummus"_s) != price)
                                 return;
                             table.holdsNew = true;
                             perTable.push_back(publishedAt.nsecsElapsed() / 1e6);
                             if (++holding == tables) {
                                 toLastTable.push_back(publishedAt.nsecsElapsed() / 1e6);
                                 publishNext();
                             }
                         });
        client->connectTo(hub.url(), tokens[i]);
    }
    QObject::connect(&owner, &VenueClient::stateChanged, &owner, [&](VenueClient::State state) {
        if (state == VenueClient::State::Online && ++online == tables + 1)
            owner.request(u"menu.draft.get"_s, {});
    });
    owner.connectTo(hub.url(), ownerToken);

    QTimer::singleShot(300000, qApp, [&] {
        failure = u"not done after five minutes"_s;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    hub.quit();
    hub.wait();

    if (!failure.isEmpty()) {
        QTextStream(stderr) << "tableside-bench publish: " << failure << '\n';
        return 1;
    }
    const QJsonObject figures{
        {u"tables"_s, tables},
        {u"dishes"_s, dishCount},
        {u"languages"_s, Languages.size()},
        {u"publishes"_s, publishes},
        {u"to_last_table_p50_ms"_s, percentile(toLastTable, 0.5)},
        {u"to_last_table_p99_ms"_s, percentile(toLastTable, 0.99)},
        {u"to_last_table_max_ms"_s, percentile(toLastTable, 1.0)},
        {u"per_table_p50_ms"_s, percentile(perTable, 0.5)},
        {u"per_table_p99_ms"_s, percentile(perTable, 0.99)},
    };
    QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}

} // namespace tableside::bench
