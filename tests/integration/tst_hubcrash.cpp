// kill -9 the hub while 20 table clients place orders, restart it on the same database:
// nothing acknowledged is lost, everything unacknowledged arrives from the outboxes, nothing
// twice, and the kitchen catches up with every ticket exactly once.
#include "../support/hubprocess.h"
#include "devicerepository.h"
#include "outbox.h"
#include "sqlstatement.h"
#include "storeopening.h"
#include "venueclient.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

constexpr int Tablets = 20;
constexpr int OrdersEach = 6;
constexpr int KillAfterAcks = 40;

struct Tablet {
    QString token;
    int table = 0;
    QString outboxPath;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<VenueClient> client;
};

VenueClient::Timing quickReconnect()
{
    VenueClient::Timing timing;
    timing.reconnect.initialMs = 100;
    timing.reconnect.maxMs = 1000;
    return timing;
}

} // namespace

class TestHubCrash : public QObject {
    Q_OBJECT

private:
    SystemClock m_clock;
    QSet<QString> m_ackedKeys;
    // Killed from inside the acknowledgement that makes KillAfterAcks, so the kill lands while
    // orders are still flowing however fast the machine is; then cleared.
    HubProcess *m_hubToKill = nullptr;
    QSet<QString> m_ackedBeforeKill;
    QHash<qint64, int> m_kitchenTickets; // order id -> times the kitchen saw it
    int m_eventsWithoutTime = 0;         // every event carries the hub's time, replayed or live

    void bringUp(Tablet &tablet, const QUrl &hub)
    {
        tablet.outbox = std::make_unique<Outbox>(tablet.outboxPath, m_clock);
        QVERIFY(tablet.outbox->open().ok());
        tablet.client = std::make_unique<VenueClient>(m_clock);
        tablet.client->setTiming(quickReconnect());
        tablet.client->setOutbox(tablet.outbox.get());
        connect(tablet.client.get(), &VenueClient::outboxSent, this, [this](const QString &key) {
            m_ackedKeys.insert(key);
            if (m_hubToKill && m_ackedKeys.size() >= KillAfterAcks) {
                std::exchange(m_hubToKill, nullptr)->kill();
                m_ackedBeforeKill = m_ackedKeys;
            }
        });
        tablet.client->connectTo(hub, tablet.token);
    }

private slots:
    void nothingLostNothingTwice()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(u"venue.sqlite"_s);
        std::vector<Tablet> tablets(Tablets);
        QString kitchenToken;
        qint64 itemId = 0;
        {
            auto store = openSeededStore(database);
            QVERIFY(store.ok());
            DeviceRepository devices((*store)->connection(), m_clock);
            for (int i = 0; i < Tablets; ++i) {
                tablets[i].table = i % 12 + 1;
                auto enrolled = devices.enroll(u"Tablet %1"_s.arg(i), u"table"_s, tablets[i].table);
                QVERIFY(enrolled.ok());
                tablets[i].token = enrolled->second;
                tablets[i].outboxPath = dir.filePath(u"outbox-%1.sqlite"_s.arg(i));
            }
            auto kitchen = devices.enroll(u"Kitchen"_s, u"kitchen"_s, 0);
            QVERIFY(kitchen.ok());
            kitchenToken = kitchen->second;
            auto hummus = scalarSql((*store)->connection(),
                                    u"SELECT id FROM menu_items WHERE key = 'hummus'"_s);
            QVERIFY(hummus.ok());
            itemId = hummus->toLongLong();
        }

        HubProcess hub(database);
        QVERIFY(hub.start());
        const QUrl url = hub.url();
        m_hubToKill = &hub;

        VenueClient kitchen(m_clock);
        kitchen.setTiming(quickReconnect());
        connect(&kitchen, &VenueClient::event, this,
                [this](qint64, const QString &type, const QJsonObject &data, const QDateTime &at) {
                    if (!at.isValid())
                        ++m_eventsWithoutTime;
                    if (type == u"order.placed"_s)
                        ++m_kitchenTickets[data[u"order"][u"id"].toInteger()];
                });
        kitchen.connectTo(url, kitchenToken);

        QSet<QString> allKeys;
        for (Tablet &tablet : tablets) {
            bringUp(tablet, url);
            for (int n = 0; n < OrdersEach; ++n) {
                const QJsonObject line{{u"itemId"_s, itemId}, {u"quantity"_s, 1 + n % 3}};
                auto key = tablet.outbox->enqueue(
                    u"order.place"_s, {{u"lines"_s, QJsonArray{line}}, {u"table"_s, tablet.table}});
                QVERIFY(key.ok());
                allKeys.insert(*key);
            }
        }
        QCOMPARE(allKeys.size(), Tablets * OrdersEach);

        // Orders are flowing: the hub is killed without warning at the KillAfterAcks-th one.
        QTRY_VERIFY_WITH_TIMEOUT(m_hubToKill == nullptr, 30000);
        QCOMPARE(hub.process().state(), QProcess::NotRunning);
        const QSet<QString> ackedBeforeKill = m_ackedBeforeKill;
        QVERIFY(ackedBeforeKill.size() < allKeys.size());

        // Half the tablets restart too, while the hub is down: their outboxes survive.
        for (int i = 0; i < Tablets; i += 2) {
            tablets[i].client.reset();
            tablets[i].outbox.reset();
        }
        HubProcess restarted(database);
        QVERIFY(restarted.start(hub.listenAddress()));
        for (int i = 0; i < Tablets; i += 2)
            bringUp(tablets[i], restarted.url());

        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(tablets.cbegin(), tablets.cend(),
                        [](const Tablet &t) { return t.outbox->pendingCount() == 0; }),
            60000);
        QTRY_COMPARE_WITH_TIMEOUT(m_kitchenTickets.size(), allKeys.size(), 30000);
        restarted.process().terminate();
        QVERIFY(restarted.process().waitForFinished(10000));

        // What the database holds: every key once, every acknowledged one among them.
        auto store = openStore(database);
        QVERIFY(store.ok());
        auto keys = runSql((*store)->connection(), u"SELECT idempotency_key, id FROM orders"_s);
        QVERIFY(keys.ok());
        QSet<QString> stored;
        QSet<qint64> storedIds;
        int rows = 0;
        for (SqlStatement &q = keys.value(); q.next();) {
            ++rows;
            stored.insert(q.value(0).toString());
            storedIds.insert(q.value(1).toLongLong());
        }
        QCOMPARE(rows, allKeys.size());
        QCOMPARE(stored, allKeys);
        QVERIFY(ackedBeforeKill.isEmpty() == false);
        for (const QString &key : ackedBeforeKill)
            QVERIFY2(stored.contains(key), qPrintable(key));

        // The kitchen saw each ticket exactly once, and only real ones.
        for (auto it = m_kitchenTickets.cbegin(); it != m_kitchenTickets.cend(); ++it)
            QVERIFY2(it.value() == 1,
                     qPrintable(u"order %1 seen %2 times"_s.arg(it.key()).arg(it.value())));
        QCOMPARE(QSet<qint64>(m_kitchenTickets.keyBegin(), m_kitchenTickets.keyEnd()), storedIds);
        QCOMPARE(m_eventsWithoutTime, 0);
    }
};

QTEST_GUILESS_MAIN(TestHubCrash)
#include "tst_hubcrash.moc"
