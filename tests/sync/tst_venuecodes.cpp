// The venue's own pairing codes (HubServer::makePairingCode): made by pairing.create's operation
// and stored before they are handed out, for the first owner's device and the embedded venue's
// screens; the only way the hub's own program makes a device.
#include "hubtestsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestVenueCodes : public QObject {
    Q_OBJECT

private slots:
    void aCodePairsADeviceOfItsRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("table");
        QTest::addColumn<QString>("station");
        QTest::newRow("the first owner") << u"owner"_s << 0 << QString();
        QTest::newRow("table 1's screen") << u"table"_s << 1 << QString();
        QTest::newRow("the grill's display") << u"kitchen"_s << 0 << u"grill"_s;
        QTest::newRow("the floor") << u"host"_s << 0 << QString();
    }

    void aCodePairsADeviceOfItsRole()
    {
        QFETCH(QString, role);
        QFETCH(int, table);
        QFETCH(QString, station);
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        auto code = hub.hub->makePairingCode(role, table, station);
        QVERIFY2(code.ok(), qPrintable(code ? QString() : code.error().message));
        QCOMPARE(code->size(), 6);
        // Stored by the time it is handed out, with nobody's device as its maker.
        QCOMPARE(hub.scalar(u"SELECT count(*) FROM pairing_codes LEFT JOIN dining_tables t "
                            u"ON t.id = table_id WHERE role = ? AND coalesce(t.number, 0) = ? "
                            u"AND created_by_device_id IS NULL AND used_at IS NULL"_s,
                            {role, table})
                     .toInt(),
                 1);

        TestClient device;
        QVERIFY(device.open(hub.hub->url()));
        const QJsonObject welcome =
            device.hello({{u"pairingCode"_s, *code}, {u"deviceName"_s, u"New screen"_s}});
        QCOMPARE(welcome.value(u"type"_s).toString(), u"welcome"_s);
        QCOMPARE(welcome[u"device"_s][u"role"_s].toString(), role);
        QCOMPARE(welcome[u"device"_s][u"table"_s].toInt(), table);
        QVERIFY(!welcome.value(u"token"_s).toString().isEmpty());
        QCOMPARE(hub.scalar(u"SELECT count(*) FROM devices d LEFT JOIN dining_tables t "
                            u"ON t.id = d.table_id WHERE d.role = ? AND coalesce(t.number, 0) = ? "
                            u"AND d.station IS ?"_s,
                            {role, table, station.isEmpty() ? QVariant() : QVariant(station)})
                     .toInt(),
                 1);
    }

    void aBadCodeRequestIsRefusedAndWritesNothing_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("station");
        QTest::addColumn<QString>("error");
        QTest::newRow("no such role") << u"chef"_s << QString() << u"bad_request"_s;
        QTest::newRow("a station for a table") << u"table"_s << u"grill"_s << u"bad_request"_s;
    }

    void aBadCodeRequestIsRefusedAndWritesNothing()
    {
        QFETCH(QString, role);
        QFETCH(QString, station);
        QFETCH(QString, error);
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        const auto before = hub.counts();
        auto code = hub.hub->makePairingCode(role, 1, station);
        QVERIFY(!code);
        QCOMPARE(code.error().code, error);
        QCOMPARE(hub.counts(), before);
    }
};

QTEST_MAIN(TestVenueCodes)
#include "tst_venuecodes.moc"
