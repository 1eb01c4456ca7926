// FloorOperations: the snapshots a staff screen starts from (floor.get, orders.open).
#include "flooroperations.h"
#include "guestoperations.h"
#include "hubstorefixture.h"
#include "orderoperations.h"
#include "recommendoperations.h"
#include "sessionoperations.h"
#include "staffpincheck.h"
#include "stationoperations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubFloorOps : public QObject {
    Q_OBJECT

private:
    HubStoreFixture m_store;
    std::unique_ptr<StaffPinCheck> m_pins;
    std::unique_ptr<SessionOperations> m_sessions;
    std::unique_ptr<FloorOperations> m_floor;
    Device m_host;

    QJsonObject tableOnFloor(const QJsonObject &floor, int number)
    {
        for (const QJsonValue &table : floor[u"tables"_s].toArray()) {
            if (table[u"number"_s].toInt() == number)
                return table.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_store.open(), QString());
        m_pins = std::make_unique<StaffPinCheck>(*m_store.work);
        m_sessions = std::make_unique<SessionOperations>(*m_store.work);
        m_floor = std::make_unique<FloorOperations>(*m_store.work, *m_sessions);
        m_host = m_store.device(u"host"_s);
    }

    void theFloorShowsEveryTableItsPartyAndTheOpenCalls()
    {
        const auto empty = m_floor->floorGet(m_host, {});
        QVERIFY(empty);
        QVERIFY(empty->events.isEmpty()); // a read: nothing to tell
        QCOMPARE(empty->result[u"tables"_s].toArray().size(), m_store.count(u"dining_tables"_s));
        QVERIFY(tableOnFloor(empty->result, 4)[u"session"_s].isNull());
        QCOMPARE(tableOnFloor(empty->result, 1)[u"shape"_s].toString(), u"round"_s);
        QCOMPARE(empty->result[u"thresholds"_s][u"ticketWarnMinutes"_s].toInt(), 8);
        QVERIFY(empty->result[u"openRequests"_s].toArray().isEmpty());

        QVERIFY(m_sessions->seat(m_host, {{u"table"_s, 4}, {u"partySize"_s, 3}}));
        GuestOperations guests(*m_store.work, *m_sessions);
        QVERIFY(guests.serviceCall(m_store.device(u"table"_s, 4), {{u"kind"_s, u"bill"_s}}));
        const auto seated = m_floor->floorGet(m_host, {});
        const QJsonObject session = tableOnFloor(seated->result, 4)[u"session"_s].toObject();
        QCOMPARE(session[u"partySize"_s].toInt(), 3);
        QCOMPARE(session[u"openedAt"_s].toString(), u"2026-11-23T19:00:00.000Z"_s);
        const QJsonArray open = seated->result[u"openRequests"_s].toArray();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open[0][u"kind"_s].toString(), u"bill"_s);
        QCOMPARE(open[0][u"table"_s].toInt(), 4);
    }

    void openOrdersComeWithTheSeqTheyInclude()
    {
        StationOperations stations(*m_store.work);
        RecommendOperations recommendations(*m_store.work, stations);
        OrderOperations orders(*m_store.work, *m_sessions, *m_pins, recommendations);
        const QJsonObject line = HubStoreFixture::line(m_store.itemId(u"hummus"_s));
        QVERIFY(orders.place(m_store.device(u"table"_s, 2),
                             {{u"key"_s, u"o-1"_s}, {u"lines"_s, QJsonArray{line}}}));
        const auto open = m_floor->ordersOpen(m_host, {});
        QVERIFY(open);
        const QJsonArray list = open->result[u"orders"_s].toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0][u"table"_s].toInt(), 2);
        QCOMPARE(list[0][u"lines"_s][0][u"name"_s].toString(), u"Hummus"_s);
        QCOMPARE(open->result[u"latestSeq"_s].toInteger(),
                 m_store.scalar(u"SELECT max(seq) FROM events"_s).toLongLong());
    }
};

QTEST_GUILESS_MAIN(TestHubFloorOps)
#include "tst_hubfloorops.moc"
