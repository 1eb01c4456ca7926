// PairingOperations: the codes staff make for a new screen (who may make which, a staff PIN
// deciding over the device's role), pairing with a code once, and a paired device's token.
#include "hubstorefixture.h"
#include "pairingoperations.h"
#include "staffpincheck.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubPairingOps : public QObject {
    Q_OBJECT

private:
    HubStoreFixture m_store;
    std::unique_ptr<StaffPinCheck> m_pins;
    std::unique_ptr<PairingOperations> m_pairing;

private slots:
    void initTestCase()
    {
        QCOMPARE(m_store.open(), QString());
        m_pins = std::make_unique<StaffPinCheck>(*m_store.work);
        m_pairing = std::make_unique<PairingOperations>(*m_store.work, *m_pins);
    }

    void aCodePairsOneDeviceOnce()
    {
        const auto made = m_pairing->create(m_store.device(u"host"_s),
                                            {{u"role"_s, u"table"_s}, {u"table"_s, 5}});
        QVERIFY(made);
        QVERIFY(made->events.isEmpty()); // making a code is not an event
        const QString code = made->result[u"code"_s].toString();
        QVERIFY(QRegularExpression(u"^[0-9]{6}$"_s).match(code).hasMatch());
        QCOMPARE(made->result[u"expiresAt"_s].toString(), u"2026-11-23T19:10:00.000Z"_s);

        const auto paired = m_pairing->pair(code, {});
        QVERIFY(paired);
        QCOMPARE(paired->first.role, u"table"_s);
        QCOMPARE(paired->first.tableNumber, 5);
        QCOMPARE(paired->first.name, u"New device"_s);
        QCOMPARE(m_pairing->deviceForToken(paired->second)->id, paired->first.id);
        QCOMPARE(m_pairing->pair(code, u"Again"_s).error().code, u"pairing_code_invalid"_s);
        QCOMPARE(m_pairing->deviceForToken(QString(64, u'f')).error().code, u"unknown_device"_s);
    }

    void aKitchenCodeNamesItsStation()
    {
        const auto made = m_pairing->create(
            m_store.device(u"owner"_s), {{u"role"_s, u"kitchen"_s}, {u"station"_s, u" grill "_s}});
        QVERIFY(made);
        const auto paired = m_pairing->pair(made->result[u"code"_s].toString(), u"Grill"_s);
        QCOMPARE(paired->first.station, u"grill"_s);
        QCOMPARE(paired->first.name, u"Grill"_s);
    }

    void whoMayMakeWhichCode_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QJsonObject>("args");
        QTest::addColumn<QString>("refusal"); // empty: made
        QTest::newRow("a host's device, an owner code")
            << u"host"_s << QJsonObject{{u"role"_s, u"owner"_s}} << u"forbidden"_s;
        QTest::newRow("a host's PIN on an owner's device")
            << u"owner"_s << QJsonObject{{u"role"_s, u"owner"_s}, {u"pin"_s, u"1379"_s}}
            << u"forbidden"_s;
        QTest::newRow("an owner's PIN on a host's device")
            << u"host"_s << QJsonObject{{u"role"_s, u"owner"_s}, {u"pin"_s, u"2580"_s}}
            << QString();
        QTest::newRow("a wrong PIN")
            << u"owner"_s << QJsonObject{{u"role"_s, u"host"_s}, {u"pin"_s, u"0000"_s}}
            << u"pin_wrong"_s;
        QTest::newRow("no such role")
            << u"owner"_s << QJsonObject{{u"role"_s, u"chef"_s}} << u"bad_request"_s;
        QTest::newRow("a station on a table code")
            << u"owner"_s
            << QJsonObject{{u"role"_s, u"table"_s}, {u"table"_s, 2}, {u"station"_s, u"grill"_s}}
            << u"bad_request"_s;
        QTest::newRow("a station's name too long")
            << u"owner"_s
            << QJsonObject{{u"role"_s, u"kitchen"_s},
                           {u"station"_s, QString(PairingOperations::MaxStationLength + 1, u's')}}
            << u"bad_request"_s;
        QTest::newRow("a station's longest name")
            << u"owner"_s
            << QJsonObject{{u"role"_s, u"kitchen"_s},
                           {u"station"_s, QString(PairingOperations::MaxStationLength, u's')}}
            << QString();
    }
    void whoMayMakeWhichCode()
    {
        QFETCH(QString, device);
        QFETCH(QJsonObject, args);
        QFETCH(QString, refusal);
        const qint64 codes = m_store.count(u"pairing_codes"_s);
        const auto made = m_pairing->create(m_store.device(device), args);
        if (refusal.isEmpty()) {
            QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
            QCOMPARE(m_store.count(u"pairing_codes"_s), codes + 1);
            return;
        }
        QVERIFY(!made);
        QCOMPARE(made.error().code, refusal);
        QCOMPARE(m_store.count(u"pairing_codes"_s), codes);
    }
};

QTEST_GUILESS_MAIN(TestHubPairingOps)
#include "tst_hubpairingops.moc"
