// Who may speak to the hub: paired devices (tokens, one-time pairing codes) and staff PINs.
#include "devicerepository.h"
#include "sqlstatement.h"
#include "staffrepository.h"
#include "storefixture.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

constexpr qint64 Minute = 60 * 1000;

bool isHexToken(const QString &token)
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    return hex.match(token).hasMatch();
}

} // namespace

class TestDeviceStaff : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;

    DeviceRepository devices() { return DeviceRepository(m_store->connection(), m_store->clock); }
    StaffRepository staff() { return StaffRepository(m_store->connection(), m_store->clock); }

    QString pinResult(const QString &pin, const QStringList &roles)
    {
        auto verified = staff().verifyPin(pin, roles);
        return verified ? u"ok:"_s + verified->name : verified.error().code;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        QVERIFY(m_store->open());
        // These tests count and match staff from scratch: without the demo venue's own staff.
        QVERIFY(runSql(m_store->connection(), u"DELETE FROM staff"_s).ok());
    }

    void enrolledDevicesAreFoundByTokenOnly()
    {
        auto tablet = devices().enroll(u"Table 4 tablet"_s, u"table"_s, 4);
        auto kitchen = devices().enroll(u"Grill screen"_s, u"kitchen"_s, 0, u"grill"_s);
        QVERIFY(tablet.ok() && kitchen.ok());
        QVERIFY(isHexToken(tablet->second));
        QVERIFY(tablet->second != kitchen->second);
        QCOMPARE(tablet->first.tableNumber, 4);
        QCOMPARE(kitchen->first.station, u"grill"_s);

        auto found = devices().byToken(tablet->second);
        QVERIFY(found.ok());
        QCOMPARE(found->id, tablet->first.id);
        QCOMPARE(found->role, u"table"_s);
        QCOMPARE(found->name, u"Table 4 tablet"_s);
        QCOMPARE(devices().byToken(kitchen->second)->station, u"grill"_s);

        // Only the SHA-256 of the token is stored.
        const QByteArray hash =
            QCryptographicHash::hash(tablet->second.toUtf8(), QCryptographicHash::Sha256);
        QCOMPARE(
            m_store->scalar(u"SELECT token_hash FROM devices WHERE id = ?"_s, {tablet->first.id})
                .toByteArray(),
            hash);
        QCOMPARE(m_store
                     ->scalar(u"SELECT count(*) FROM devices WHERE instr(CAST(token_hash AS "
                              u"TEXT), ?) > 0"_s,
                              {tablet->second})
                     .toInt(),
                 0);

        QCOMPARE(devices().byToken(QString(64, u'a')).error().code, u"unknown_device"_s);
        QCOMPARE(devices().byToken(u"short"_s).error().code, u"unknown_device"_s);
        QVERIFY(runSql(m_store->connection(), u"UPDATE devices SET revoked = 1 WHERE id = ?"_s,
                       {tablet->first.id})
                    .ok());
        QCOMPARE(devices().byToken(tablet->second).error().code, u"unknown_device"_s);
    }

    void enrolAndCodeRefusals_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("table");
        QTest::addColumn<QString>("code");
        QTest::newRow("table without a table") << u"table"_s << 0 << u"bad_request"_s;
        QTest::newRow("table 99") << u"table"_s << 99 << u"unknown_table"_s;
        QTest::newRow("unknown role") << u"waiter"_s << 0 << u"bad_request"_s;
    }
    void enrolAndCodeRefusals()
    {
        QFETCH(QString, role);
        QFETCH(int, table);
        QFETCH(QString, code);
        auto enrolled = devices().enroll(u"Device"_s, role, table);
        QVERIFY(!enrolled.ok());
        QCOMPARE(enrolled.error().code, code);
        auto pairing = devices().createPairingCode(role, table, 0);
        QVERIFY(!pairing.ok());
        QCOMPARE(pairing.error().code, code);
        QCOMPARE(m_store->count(u"devices"_s), 0);
        QCOMPARE(m_store->count(u"pairing_codes"_s), 0);
    }

    void pairingCodeIsUsedOnce()
    {
        auto host = devices().enroll(u"Host stand"_s, u"host"_s, 0);
        QVERIFY(host.ok());
        auto code = devices().createPairingCode(u"table"_s, 5, host->first.id);
        QVERIFY(code.ok());
        QVERIFY2(QRegularExpression(u"^[0-9]{6}$"_s).match(*code).hasMatch(), qPrintable(*code));
        QCOMPARE(m_store->scalar(u"SELECT created_by_device_id FROM pairing_codes"_s).toLongLong(),
                 host->first.id);
        QCOMPARE(m_store->scalar(u"SELECT code_hash FROM pairing_codes"_s).toByteArray(),
                 QCryptographicHash::hash(code->toUtf8(), QCryptographicHash::Sha256));

        auto paired = devices().pair(*code, u"Window tablet"_s);
        QVERIFY(paired.ok());
        QCOMPARE(paired->first.role, u"table"_s);
        QCOMPARE(paired->first.tableNumber, 5);
        QCOMPARE(paired->first.name, u"Window tablet"_s);
        QVERIFY(isHexToken(paired->second));
        QCOMPARE(devices().byToken(paired->second)->id, paired->first.id);

        auto again = devices().pair(*code, u"Second tablet"_s);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, u"pairing_code_invalid"_s);
        QCOMPARE(m_store->count(u"devices"_s), 2);
    }

    void pairingCodeExpires_data()
    {
        QTest::addColumn<qint64>("after");
        QTest::addColumn<bool>("valid");
        QTest::newRow("at once") << qint64(0) << true;
        QTest::newRow("9:59") << 10 * Minute - 1000 << true;
        QTest::newRow("10:00") << 10 * Minute << false;
        QTest::newRow("an hour") << 60 * Minute << false;
    }
    void pairingCodeExpires()
    {
        QFETCH(qint64, after);
        QFETCH(bool, valid);
        auto code = devices().createPairingCode(u"kitchen"_s, 0, 0);
        QVERIFY(code.ok());
        m_store->clock.advance(after);
        auto paired = devices().pair(*code, {});
        QCOMPARE(paired.ok(), valid);
        if (valid)
            QCOMPARE(paired->first.name, u"Kitchen screen"_s); // a name when none was given
        else
            QCOMPARE(paired.error().code, u"pairing_code_invalid"_s);
        QCOMPARE(m_store->count(u"devices"_s), valid ? 1 : 0);
    }

    void wrongCodesPairNothing_data()
    {
        QTest::addColumn<QString>("attempt"); // "other": a six-digit code that was not made
        QTest::newRow("other digits") << u"other"_s;
        QTest::newRow("letters") << u"12ab56"_s;
        QTest::newRow("empty") << QString();
    }
    void wrongCodesPairNothing()
    {
        QFETCH(QString, attempt);
        auto code = devices().createPairingCode(u"owner"_s, 0, 0);
        QVERIFY(code.ok());
        if (attempt == u"other"_s)
            attempt = u"%1"_s.arg((code->toInt() + 1) % 1000000, 6, 10, QChar(u'0'));
        auto paired = devices().pair(attempt, u"Office"_s);
        QVERIFY(!paired.ok());
        QCOMPARE(paired.error().code, u"pairing_code_invalid"_s);
        QCOMPARE(m_store->count(u"devices"_s), 0);
        QVERIFY(devices().pair(*code, u"Office"_s).ok()); // the real code is still good
    }

    void staffPinsAreSaltedHashes()
    {
        auto maria = staff().add(u"Maria"_s, u"host"_s, u"4821"_s);
        auto nikos = staff().add(u"Nikos"_s, u"owner"_s, u"4821"_s);
        QVERIFY(maria.ok() && nikos.ok());
        QCOMPARE(
            m_store->scalar(u"SELECT length(pin_salt) FROM staff WHERE id = ?"_s, {*maria}).toInt(),
            16);
        const QByteArray salt =
            m_store->scalar(u"SELECT pin_salt FROM staff WHERE id = ?"_s, {*maria}).toByteArray();
        QCOMPARE(
            m_store->scalar(u"SELECT pin_hash FROM staff WHERE id = ?"_s, {*maria}).toByteArray(),
            QCryptographicHash::hash(salt + "4821", QCryptographicHash::Sha256));
        QCOMPARE(m_store->scalar(u"SELECT count(DISTINCT pin_hash) FROM staff"_s).toInt(), 2);
    }

    void staffRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("pin");
        QTest::newRow("three digits") << u"Maria"_s << u"host"_s << u"123"_s;
        QTest::newRow("nine digits") << u"Maria"_s << u"host"_s << u"123456789"_s;
        QTest::newRow("letters") << u"Maria"_s << u"host"_s << u"12a4"_s;
        QTest::newRow("no name") << u" "_s << u"host"_s << u"1234"_s;
        QTest::newRow("unknown role") << u"Maria"_s << u"chef"_s << u"1234"_s;
    }
    void staffRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, role);
        QFETCH(QString, pin);
        auto added = staff().add(name, role, pin);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, u"bad_request"_s);
        QCOMPARE(m_store->count(u"staff"_s), 0);
    }

    void pinMatchesWithinTheAskedRoles()
    {
        QVERIFY(staff().add(u"Maria"_s, u"host"_s, u"4821"_s).ok());
        QVERIFY(staff().add(u"Eleni"_s, u"kitchen"_s, u"777777"_s).ok());
        QCOMPARE(pinResult(u"4821"_s, {u"host"_s, u"owner"_s}), u"ok:Maria"_s);
        QCOMPARE(pinResult(u"777777"_s, {u"host"_s, u"owner"_s}), u"pin_wrong"_s);
        QCOMPARE(pinResult(u"777777"_s, {u"kitchen"_s}), u"ok:Eleni"_s);
        QVERIFY(runSql(m_store->connection(), u"UPDATE staff SET active = 0 WHERE name = 'Maria'"_s)
                    .ok());
        QCOMPARE(pinResult(u"4821"_s, {u"host"_s}), u"pin_wrong"_s);
    }

    void fiveWrongPinsLockForFiveMinutes()
    {
        QVERIFY(staff().add(u"Maria"_s, u"host"_s, u"4821"_s).ok());
        QVERIFY(staff().add(u"Nikos"_s, u"owner"_s, u"9090"_s).ok());
        const QStringList hosts{u"host"_s};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(pinResult(u"0000"_s, hosts), u"pin_wrong"_s);
        QCOMPARE(pinResult(u"0000"_s, hosts), u"pin_locked"_s);
        QCOMPARE(pinResult(u"4821"_s, hosts), u"pin_locked"_s);      // even the right PIN
        QCOMPARE(pinResult(u"9090"_s, {u"owner"_s}), u"ok:Nikos"_s); // only Maria is locked

        m_store->clock.advance(5 * Minute - 1000);
        QCOMPARE(pinResult(u"4821"_s, hosts), u"pin_locked"_s);
        m_store->clock.advance(1000);
        QCOMPARE(pinResult(u"4821"_s, hosts), u"ok:Maria"_s);
    }

    void aRightPinStartsTheCountAgain()
    {
        QVERIFY(staff().add(u"Maria"_s, u"host"_s, u"4821"_s).ok());
        const QStringList hosts{u"host"_s};
        for (int i = 0; i < 4; ++i)
            QCOMPARE(pinResult(u"1111"_s, hosts), u"pin_wrong"_s);
        QCOMPARE(pinResult(u"4821"_s, hosts), u"ok:Maria"_s);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(pinResult(u"1111"_s, hosts), u"pin_wrong"_s);
        QCOMPARE(pinResult(u"4821"_s, hosts), u"ok:Maria"_s);
        QCOMPARE(m_store->scalar(u"SELECT failed_attempts FROM staff"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeviceStaff)
#include "tst_devicestaff.moc"
