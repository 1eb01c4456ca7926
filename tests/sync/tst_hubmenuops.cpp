// MenuOperations: the menu in the asked language with the venue around it, and a dish sold out.
#include "hubstorefixture.h"
#include "menuoperations.h"
#include "stationoperations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubMenuOps : public QObject {
    Q_OBJECT

private:
    HubStoreFixture m_store;
    std::unique_ptr<StationOperations> m_stations;
    std::unique_ptr<MenuOperations> m_menu;
    Device m_table;

    QJsonObject item(const QJsonObject &result, const QString &key)
    {
        for (const QJsonValue &category : result[u"menu"_s][u"categories"_s].toArray()) {
            for (const QJsonValue &item : category[u"items"_s].toArray()) {
                if (item[u"key"_s].toString() == key)
                    return item.toObject();
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_store.open(), QString());
        m_stations = std::make_unique<StationOperations>(*m_store.work);
        m_menu = std::make_unique<MenuOperations>(*m_store.work, *m_stations);
        QVERIFY(m_menu->load());
        m_table = m_store.device(u"table"_s, 1);
    }

    void theMenuComesInTheAskedLanguage_data()
    {
        QTest::addColumn<QJsonValue>("asked");
        QTest::addColumn<QString>("language");
        QTest::newRow("greek") << QJsonValue(u"el"_s) << u"el"_s;
        QTest::newRow("persian") << QJsonValue(u"fa"_s) << u"fa"_s;
        QTest::newRow("not the venue's") << QJsonValue(u"de"_s) << u"en"_s;
        QTest::newRow("none") << QJsonValue() << u"en"_s;
    }
    void theMenuComesInTheAskedLanguage()
    {
        QFETCH(QJsonValue, asked);
        QFETCH(QString, language);
        QJsonObject args;
        if (!asked.isNull())
            args.insert(u"language"_s, asked);
        const auto got = m_menu->get(m_table, args);
        QVERIFY(got);
        QVERIFY(got->events.isEmpty());
        QCOMPARE(HubStoreFixture::answer(*got)[u"menu"_s][u"language"_s].toString(), language);
        const QJsonObject venue = HubStoreFixture::answer(*got)[u"venue"_s].toObject();
        QCOMPARE(venue[u"defaultLanguage"_s].toString(), u"en"_s);
        QCOMPARE(venue[u"languages"_s].toArray().size(), 4);
        QCOMPARE(venue[u"alertEscalateSeconds"_s].toInt(), 120);
        QCOMPARE(item(HubStoreFixture::answer(*got), u"hummus"_s)[u"longerWait"_s].toBool(), false);
    }

    void aDishSoldOutIsToldAndShown()
    {
        const qint64 hummus = m_store.itemId(u"hummus"_s);
        const auto sold = m_menu->setAvailable(m_store.device(u"kitchen"_s),
                                               {{u"itemId"_s, hummus}, {u"available"_s, false}});
        QVERIFY(sold);
        QCOMPARE(HubStoreFixture::types(sold->events), QStringList{u"menu.availability"_s});
        QCOMPARE(sold->result[u"available"_s].toBool(), false);
        QCOMPARE(
            item(HubStoreFixture::answer(*m_menu->get(m_table, {})), u"hummus"_s)[u"available"_s]
                .toBool(),
            false);
        QVERIFY(m_store.work->catalog().load()); // the priced menu sees it too
        QVERIFY(m_menu->setAvailable(m_store.device(u"kitchen"_s),
                                     {{u"itemId"_s, hummus}, {u"available"_s, true}}));
        QCOMPARE(
            item(HubStoreFixture::answer(*m_menu->get(m_table, {})), u"hummus"_s)[u"available"_s]
                .toBool(),
            true);
    }
};

QTEST_GUILESS_MAIN(TestHubMenuOps)
#include "tst_hubmenuops.moc"
