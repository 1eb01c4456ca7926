// HubAdmission: a hello's protocol, token or pairing code; the hub-wide pairing budget; each
// socket's request budget; the time a socket has to say hello.
#include "hubadmission.h"
#include "hubstorefixture.h"
#include "pairingoperations.h"
#include "protocolmessage.h"
#include "staffpincheck.h"

#include <QTest>
#include <QWebSocket>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubAdmission : public QObject {
    Q_OBJECT

private:
    HubStoreFixture m_store;
    std::unique_ptr<StaffPinCheck> m_pins;
    std::unique_ptr<PairingOperations> m_pairing;
    qint64 m_now = 0;

    ProtocolMessage hello(const QString &token, const QString &code = {}, int protocol = 1)
    {
        ProtocolMessage message;
        message.kind = ProtocolMessage::Kind::Hello;
        message.protocol = protocol;
        message.token = token;
        message.pairingCode = code;
        message.deviceName = u"Table 5 tablet"_s;
        return message;
    }

    QString code(const QString &role, int table = 0)
    {
        auto made =
            m_pairing->create(m_store.device(u"owner"_s), {{u"role"_s, role}, {u"table"_s, table}});
        return made ? made->result.value(u"code"_s).toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(m_store.open(), QString());
        m_pins = std::make_unique<StaffPinCheck>(*m_store.work);
        m_pairing = std::make_unique<PairingOperations>(*m_store.work, *m_pins);
    }

    void aKnownTokenIsAdmitted()
    {
        auto enrolled = DeviceRepository(m_store.database.connection(), m_store.clock)
                            .enroll(u"Pass"_s, u"kitchen"_s, 0, u"grill"_s);
        QVERIFY(enrolled);
        HubAdmission admission(*m_pairing, m_store.clock);
        const auto admitted = admission.admit(hello(enrolled->second));
        QVERIFY(admitted);
        QCOMPARE(admitted->device.id, enrolled->first.id);
        QVERIFY(admitted->newToken.isEmpty());
        const QJsonObject json = HubAdmission::deviceJson(admitted->device);
        QCOMPARE(json.value(u"role"_s).toString(), u"kitchen"_s);
        QCOMPARE(json.value(u"station"_s).toString(), u"grill"_s);
        QVERIFY(json.value(u"table"_s).isNull());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("pairingCode");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("another protocol") << u"ab"_s << QString() << 2 << u"protocol_mismatch"_s;
        QTest::newRow("unknown token")
            << QString(64, u'0') << QString() << 1 << u"unknown_device"_s;
        QTest::newRow("unknown code") << QString() << u"000000"_s << 1 << u"pairing_code_invalid"_s;
    }
    void refusals()
    {
        QFETCH(QString, token);
        QFETCH(QString, pairingCode);
        QFETCH(int, protocol);
        QFETCH(QString, refusal);
        HubAdmission admission(*m_pairing, m_store.clock);
        const auto admitted = admission.admit(hello(token, pairingCode, protocol));
        QVERIFY(!admitted);
        QCOMPARE(admitted.error().code, refusal);
    }

    void aCodePairsOnceBetweenItsHooks()
    {
        HubAdmission admission(*m_pairing, m_store.clock);
        const QString made = code(u"table"_s, 5);
        QVERIFY(!made.isEmpty());
        QStringList calls;
        const HubAdmission::AroundPairing around{[&] { calls.append(u"before"_s); },
                                                 [&] { calls.append(u"after"_s); }};
        const auto admitted = admission.admit(hello({}, made), around);
        QVERIFY(admitted);
        QCOMPARE(calls, (QStringList{u"before"_s, u"after"_s}));
        QCOMPARE(admitted->device.role, u"table"_s);
        QCOMPARE(admitted->device.tableNumber, 5);
        QCOMPARE(admitted->newToken.size(), 64);
        // The token it got admits it; the code is spent.
        QVERIFY(admission.admit(hello(admitted->newToken)));
        calls.clear();
        QCOMPARE(admission.admit(hello({}, made), around).error().code, u"pairing_code_invalid"_s);
        QCOMPARE(calls, QStringList{u"before"_s}); // nothing stored, nothing to wait for
        // A token hello never commits the batch early.
        calls.clear();
        QVERIFY(admission.admit(hello(admitted->newToken), around));
        QVERIFY(calls.isEmpty());
    }

    void pairingAttemptsAreBudgetedAcrossTheHub()
    {
        HubAdmission admission(*m_pairing, m_store.clock);
        admission.setRateClock([this] { return m_now; });
        for (int i = 0; i < int(HubLimits::PairingAttemptBurst); ++i)
            QCOMPARE(admission.admit(hello({}, u"000000"_s)).error().code,
                     u"pairing_code_invalid"_s);
        QCOMPARE(admission.admit(hello({}, u"000000"_s)).error().code, u"rate_limited"_s);
        // Even a good code waits its turn.
        const QString made = code(u"host"_s);
        QCOMPARE(admission.admit(hello({}, made)).error().code, u"rate_limited"_s);
        m_now += 1000; // one attempt a second
        QVERIFY(admission.admit(hello({}, made)));
        QCOMPARE(admission.admit(hello({}, u"000000"_s)).error().code, u"rate_limited"_s);
    }

    void eachSocketHasItsOwnRequestBudget()
    {
        HubAdmission admission(*m_pairing, m_store.clock);
        admission.setRateClock([this] { return m_now; });
        RateLimiter first = admission.requestBudget();
        RateLimiter second = admission.requestBudget();
        for (int i = 0; i < int(HubLimits::RequestBurst); ++i)
            QVERIFY(first.tryAcquire());
        QVERIFY(!first.tryAcquire());
        QVERIFY(second.tryAcquire());
        m_now += 100; // 50 a second: 5 more
        QCOMPARE(first.available(), 5);
    }

    void aSocketHasItsTimeToSayHello()
    {
        ManualClock clock(m_store.clock.now());
        HubAdmission admission(*m_pairing, clock);
        QWebSocket kept;
        int expiredAfter = 0;
        admission.watchHello(&kept, [&](int timeoutMs) { expiredAfter = timeoutMs; });
        auto gone = std::make_unique<QWebSocket>();
        bool goneExpired = false;
        admission.watchHello(gone.get(), [&](int) { goneExpired = true; });
        gone.reset(); // a socket gone first takes its deadline with it
        clock.advance(HubLimits::HelloTimeoutMs - 1);
        QCOMPARE(expiredAfter, 0); // not a moment early
        clock.advance(1);
        QCOMPARE(expiredAfter, HubLimits::HelloTimeoutMs);
        QVERIFY(!goneExpired);
        QCOMPARE(clock.activeTimerCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHubAdmission)
#include "tst_hubadmission.moc"
