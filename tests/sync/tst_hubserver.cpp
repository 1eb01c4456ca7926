// The hub's connections over real sockets: hello with a token or a one-time pairing code, refused
// hellos, stopping, and a port already in use.

#include "hubtestsupport.h"

#include <QSignalSpy>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubServer : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestHub> m_venue;
    QString m_tableToken; // table 4
    QString m_kitchenToken;
    QString m_hostToken;

    QUrl url() const { return m_venue->hub->url(); }

private slots:
    void init()
    {
        m_venue = std::make_unique<TestHub>();
        const QString failure = m_venue->start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_tableToken = m_venue->enroll(u"Table 4 tablet"_s, u"table"_s, 4);
        m_kitchenToken = m_venue->enroll(u"Pass"_s, u"kitchen"_s);
        m_hostToken = m_venue->enroll(u"Floor"_s, u"host"_s);
        QVERIFY(!m_tableToken.isEmpty() && !m_kitchenToken.isEmpty() && !m_hostToken.isEmpty());
    }
    void cleanup() { m_venue.reset(); }

    void helloWithAGoodTokenIsWelcomed()
    {
        TestClient table;
        QVERIFY(table.open(url()));
        const QJsonObject welcome = table.hello({{u"token"_s, m_tableToken}});
        QCOMPARE(welcome.value(u"type"_s).toString(), u"welcome"_s);
        QCOMPARE(welcome.value(u"protocol"_s).toInt(), 1);
        QCOMPARE(welcome.value(u"latestSeq"_s).toInteger(), 0);
        const QJsonObject device = welcome.value(u"device"_s).toObject();
        QCOMPARE(device.value(u"name"_s).toString(), u"Table 4 tablet"_s);
        QCOMPARE(device.value(u"role"_s).toString(), u"table"_s);
        QCOMPARE(device.value(u"table"_s).toInt(), 4);
        QVERIFY(device.value(u"station"_s).isNull());
        QVERIFY(!welcome.contains(u"token"_s)); // only a pairing hands out a token
        QCOMPARE(m_venue->hub->connectionCount(), 1);
    }

    void helloIsRefusedAndClosed_data()
    {
        QTest::addColumn<QJsonObject>("hello");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown token")
            << QJsonObject{{u"token"_s, QString(64, u'a')}} << u"unknown_device"_s;
        QTest::newRow("wrong pairing code")
            << QJsonObject{{u"pairingCode"_s, u"000000"_s}} << u"pairing_code_invalid"_s;
        QTest::newRow("another protocol version")
            << QJsonObject{{u"protocol"_s, 2}, {u"token"_s, u"x"_s}} << u"protocol_mismatch"_s;
    }
    void helloIsRefusedAndClosed()
    {
        QFETCH(QJsonObject, hello);
        QFETCH(QString, code);
        const auto before = m_venue->counts();
        TestClient stranger;
        QVERIFY(stranger.open(url()));
        const QJsonObject reply = stranger.hello(hello);
        QCOMPARE(reply.value(u"ok"_s).toBool(true), false);
        QVERIFY(reply.value(u"id"_s).isNull());
        QCOMPARE(TestClient::errorCode(reply), code);
        QVERIFY(stranger.waitForClosed());
        QCOMPARE(int(stranger.socket.closeCode()), 1008);
        QCOMPARE(m_venue->counts(), before);
    }

    void aRequestBeforeHelloIsRefusedButTheSocketStays()
    {
        TestClient early;
        QVERIFY(early.open(url()));
        const QJsonObject refused = early.request(u"menu.get"_s, {});
        QCOMPARE(TestClient::errorCode(refused), u"bad_request"_s);
        QCOMPARE(early.hello({{u"token"_s, m_tableToken}}).value(u"type"_s).toString(),
                 u"welcome"_s);
        QCOMPARE(early.request(u"menu.get"_s, {}).value(u"ok"_s).toBool(), true);
    }

    void aPairingCodeWorksOnce()
    {
        TestClient host;
        QVERIFY(host.connectAs(url(), m_hostToken));
        const QJsonObject created =
            host.request(u"pairing.create"_s, {{u"role"_s, u"table"_s}, {u"table"_s, 5}});
        QVERIFY(created.value(u"ok"_s).toBool());
        const QString code = created.value(u"result"_s)[u"code"_s].toString();
        QCOMPARE(code.size(), 6);
        QCOMPARE(created.value(u"result"_s)[u"expiresAt"_s].toString(),
                 u"2026-11-23T19:10:00.000Z"_s);

        TestClient tablet;
        QVERIFY(tablet.open(url()));
        const QJsonObject welcome =
            tablet.hello({{u"pairingCode"_s, code}, {u"deviceName"_s, u"Table 5 tablet"_s}});
        QCOMPARE(welcome.value(u"type"_s).toString(), u"welcome"_s);
        const QString token = welcome.value(u"token"_s).toString();
        QCOMPARE(token.size(), 64);
        QCOMPARE(welcome.value(u"device"_s)[u"role"_s].toString(), u"table"_s);
        QCOMPARE(welcome.value(u"device"_s)[u"table"_s].toInt(), 5);
        QCOMPARE(welcome.value(u"device"_s)[u"name"_s].toString(), u"Table 5 tablet"_s);

        TestClient again; // the token it got is the device's from now on
        QVERIFY(again.connectAs(url(), token));

        TestClient copycat;
        QVERIFY(copycat.open(url()));
        QCOMPARE(TestClient::errorCode(copycat.hello({{u"pairingCode"_s, code}})),
                 u"pairing_code_invalid"_s);
        QVERIFY(copycat.waitForClosed());
    }

    // A kitchen code may name its station; the paired device is that station's.
    void aKitchenCodeNamesItsStation()
    {
        TestClient host;
        QVERIFY(host.connectAs(url(), m_hostToken));
        const QJsonObject created = host.request(
            u"pairing.create"_s, {{u"role"_s, u"kitchen"_s}, {u"station"_s, u" grill "_s}});
        QVERIFY(created.value(u"ok"_s).toBool());
        TestClient kitchen;
        QVERIFY(kitchen.open(url()));
        const QJsonObject welcome =
            kitchen.hello({{u"pairingCode"_s, created.value(u"result"_s)[u"code"_s].toString()}});
        QCOMPARE(welcome.value(u"device"_s)[u"role"_s].toString(), u"kitchen"_s);
        QCOMPARE(welcome.value(u"device"_s)[u"station"_s].toString(), u"grill"_s);

        const auto before = m_venue->counts();
        QCOMPARE(TestClient::errorCode(host.request(
                     u"pairing.create"_s,
                     {{u"role"_s, u"table"_s}, {u"table"_s, 5}, {u"station"_s, u"grill"_s}})),
                 u"bad_request"_s);
        QCOMPARE(TestClient::errorCode(
                     host.request(u"pairing.create"_s,
                                  {{u"role"_s, u"kitchen"_s}, {u"station"_s, QString(41, u'x')}})),
                 u"bad_request"_s);
        QCOMPARE(m_venue->counts(), before);
    }

    void aHostMayNotPairAnOwner()
    {
        TestClient host;
        QVERIFY(host.connectAs(url(), m_hostToken));
        const auto before = m_venue->counts();
        QCOMPARE(
            TestClient::errorCode(host.request(u"pairing.create"_s, {{u"role"_s, u"owner"_s}})),
            u"forbidden"_s);
        QCOMPARE(m_venue->counts(), before);
    }

    // pairing.create with a staff PIN: the person's role decides, not the device's (the demo
    // venue's owner has 2580, its hosts 1379 and 4826).
    void pairingWithAStaffPin_data()
    {
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("error");
        QTest::newRow("host's pin, table code")
            << u"host"_s << u"1379"_s << u"table"_s << QString();
        QTest::newRow("host's pin, floor code") << u"host"_s << u"4826"_s << u"host"_s << QString();
        QTest::newRow("wrong pin") << u"host"_s << u"0000"_s << u"table"_s << u"pin_wrong"_s;
        QTest::newRow("host's pin, owner code")
            << u"host"_s << u"1379"_s << u"owner"_s << u"forbidden"_s;
        QTest::newRow("host's pin on an owner's device, owner code")
            << u"owner"_s << u"1379"_s << u"owner"_s << u"forbidden"_s;
        QTest::newRow("owner's pin on the floor, owner code")
            << u"host"_s << u"2580"_s << u"owner"_s << QString();
        QTest::newRow("wrong pin, owner code")
            << u"host"_s << u"9999"_s << u"owner"_s << u"pin_wrong"_s;
    }

    void pairingWithAStaffPin()
    {
        QFETCH(QString, device);
        QFETCH(QString, pin);
        QFETCH(QString, role);
        QFETCH(QString, error);
        TestClient staff;
        QVERIFY(staff.connectAs(url(), m_venue->enroll(u"Staff"_s, device)));
        const auto before = m_venue->counts();
        QJsonObject args{{u"role"_s, role}, {u"pin"_s, pin}};
        if (role == u"table"_s)
            args.insert(u"table"_s, 5);
        const QJsonObject created = staff.request(u"pairing.create"_s, args);
        QCOMPARE(TestClient::errorCode(created), error);
        if (!error.isEmpty()) {
            QCOMPARE(m_venue->counts(), before); // no code
            return;
        }
        TestClient newcomer;
        QVERIFY(newcomer.open(url()));
        const QJsonObject welcome =
            newcomer.hello({{u"pairingCode"_s, created[u"result"_s][u"code"_s].toString()}});
        QCOMPARE(welcome.value(u"device"_s)[u"role"_s].toString(), role);
        QCOMPARE(welcome.value(u"device"_s)[u"table"_s].toInt(), role == u"table"_s ? 5 : 0);
    }

    // The PIN lock is order.cancel's: five wrong in a row lock the hosts out of both.
    void wrongPinsForPairingLockAsForCancelling()
    {
        TestClient host;
        QVERIFY(host.connectAs(url(), m_hostToken));
        const auto make = [&](const QString &pin) {
            return TestClient::errorCode(
                host.request(u"pairing.create"_s, {{u"role"_s, u"kitchen"_s}, {u"pin"_s, pin}}));
        };
        for (int i = 0; i < 4; ++i)
            QCOMPARE(make(u"1111"_s), u"pin_wrong"_s);
        QCOMPARE(make(u"1111"_s), u"pin_locked"_s);
        QCOMPARE(make(u"1379"_s), u"pin_locked"_s);
        QCOMPARE(TestClient::errorCode(host.request(
                     u"order.cancel"_s,
                     {{u"orderId"_s, 1}, {u"reason"_s, u"Guest left"_s}, {u"pin"_s, u"4826"_s}})),
                 u"pin_locked"_s);
        m_venue->clock.advance(5 * 60'000);
        QCOMPARE(make(u"1379"_s), QString());
    }

    void guessingPairingCodesIsSlowedDown()
    {
        m_venue->hub->setRateClock([] { return qint64(0); }); // time stands still
        QStringList codes;
        for (int i = 0; i < 13; ++i) {
            TestClient guesser;
            QVERIFY(guesser.open(url()));
            codes.append(TestClient::errorCode(
                guesser.hello({{u"pairingCode"_s, u"%1"_s.arg(100000 + i)}})));
            QVERIFY(guesser.waitForClosed());
        }
        QStringList expected(10, u"pairing_code_invalid"_s); // the burst
        expected.append(QStringList(3, u"rate_limited"_s));
        QCOMPARE(codes, expected);

        TestClient paired; // tokens are not rationed
        QVERIFY(paired.connectAs(url(), m_tableToken));
    }
    void stopClosesEverySocketAsGoingAway()
    {
        TestClient table;
        TestClient kitchen;
        QVERIFY(table.connectAs(url(), m_tableToken));
        QVERIFY(kitchen.connectAs(url(), m_kitchenToken));
        const QUrl where = url();
        QSignalSpy stopped(m_venue->hub.get(), &HubServer::stopped);
        m_venue->hub->stop();
        QVERIFY(!m_venue->hub->isListening());
        QVERIFY(stopped.wait(5000));
        QVERIFY(table.waitForClosed());
        QVERIFY(kitchen.waitForClosed());
        QCOMPARE(int(table.socket.closeCode()), 1001);
        QCOMPARE(int(kitchen.socket.closeCode()), 1001);
        QCOMPARE(m_venue->hub->connectionCount(), 0);
        m_venue->hub->stop(); // twice is harmless
        TestClient late;
        QVERIFY(!late.open(where));
    }

    void destroyingTheHubWithSocketsOpenIsClean()
    {
        auto leaving = std::make_unique<TestClient>();
        TestClient staying;
        QVERIFY(leaving->connectAs(url(), m_tableToken));
        QVERIFY(staying.connectAs(url(), m_kitchenToken));
        QVERIFY(staying.request(u"subscribe"_s, {})[u"ok"_s].toBool());
        leaving->socket.close();
        QVERIFY(QTest::qWaitFor([&] { return m_venue->hub->connectionCount() == 1; }));
        leaving.reset();
        m_venue->hub.reset(); // one socket open, one awaiting deletion
        QVERIFY(staying.waitForClosed());
    }

    void aPortInUseIsToldApart()
    {
        HubServer second(m_venue->database, m_venue->clock);
        const auto listening = second.listen(QHostAddress::LocalHost, m_venue->hub->serverPort());
        QVERIFY(!listening.ok());
        QCOMPARE(listening.error().code, u"port_in_use"_s);
    }
};

QTEST_GUILESS_MAIN(TestHubServer)
#include "tst_hubserver.moc"
