// StationOperations: a kitchen station's verdict judged and reported once when it changes,
// and each dish of a station behind marked "longer wait" on the menu.
#include "hubstorefixture.h"
#include "menuoperations.h"
#include "orderoperations.h"
#include "recommendoperations.h"
#include "sessionoperations.h"
#include "staffpincheck.h"
#include "stationoperations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubStationOps : public QObject {
    Q_OBJECT

private:
    HubStoreFixture m_store;
    std::unique_ptr<StaffPinCheck> m_pins;
    std::unique_ptr<SessionOperations> m_sessions;
    std::unique_ptr<StationOperations> m_stations;
    std::unique_ptr<MenuOperations> m_menu; // one for the whole test: its answers are kept

    bool longerWait(const QString &dish)
    {
        const auto got = m_menu->get(m_store.device(u"table"_s, 1), {});
        const QJsonObject answer = HubStoreFixture::answer(*got);
        for (const QJsonValue &category : answer[u"menu"_s][u"categories"_s].toArray()) {
            for (const QJsonValue &item : category[u"items"_s].toArray()) {
                if (item[u"key"_s].toString() == dish)
                    return item[u"longerWait"_s].toBool();
            }
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_store.open(), QString());
        m_pins = std::make_unique<StaffPinCheck>(*m_store.work);
        m_sessions = std::make_unique<SessionOperations>(*m_store.work);
        m_stations = std::make_unique<StationOperations>(*m_store.work);
        m_menu = std::make_unique<MenuOperations>(*m_store.work, *m_stations);
    }

    void aStationGoingBehindIsNewsOnce()
    {
        const auto quiet = m_stations->judge();
        QVERIFY(quiet);
        QVERIFY(quiet->events.isEmpty()); // never judged and keeping up: no news
        RecommendOperations recommendations(*m_store.work, *m_stations);
        OrderOperations orders(*m_store.work, *m_sessions, *m_pins, recommendations);
        const QJsonObject line = HubStoreFixture::line(m_store.itemId(u"grilled-halloumi"_s));
        QVERIFY(orders.place(m_store.device(u"table"_s, 3),
                             {{u"key"_s, u"g-1"_s}, {u"lines"_s, QJsonArray{line}}}));
        QVERIFY(m_stations->judge()->events.isEmpty());
        QVERIFY(!longerWait(u"grilled-halloumi"_s));

        // Nothing changes but the time: the ticket waits past the warn time.
        m_store.clock.advance(9 * 60 * 1000);
        const auto behind = m_stations->judge();
        QVERIFY(behind);
        QCOMPARE(HubStoreFixture::types(behind->events), QStringList{u"station.load"_s});
        const QJsonObject data = behind->events[0].data;
        QCOMPARE(data[u"station"_s].toString(), u"grill"_s);
        QCOMPARE(data[u"behind"_s].toBool(), true);
        QCOMPARE(data[u"openTickets"_s].toInt(), 1);
        QCOMPARE(data[u"averageWaitSeconds"_s].toInteger(), 9 * 60);
        QVERIFY(m_stations->judge()->events.isEmpty()); // still behind: no news
        QVERIFY(longerWait(u"grilled-halloumi"_s));
        QVERIFY(!longerWait(u"hummus"_s)); // the cold station keeps up
    }
};

QTEST_GUILESS_MAIN(TestHubStationOps)
#include "tst_hubstationops.moc"
