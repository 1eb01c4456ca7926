// A screen the hub turns away says so on the screen, in the screen's language, with what to do
// next, instead of "Connecting to the restaurant…" for ever: a wrong, used or expired pairing
// code, a token the hub no longer knows, a device of another role or of another table.
#include "devicerepository.h"
#include "hostscreen.h"
#include "kitchenscreen.h"
#include "staffflow.h"
#include "tablescreen.h"

#include <QGuiApplication>
#include <QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)
Q_IMPORT_QML_PLUGIN(Tableside_KitchenPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_HostPlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

const QString WrongCode =
    u"This pairing code is wrong, used or expired. Ask staff for a new code, then start this "
    u"screen with it."_s;
const QString UnknownScreen = u"The restaurant no longer knows this screen. Ask staff for a new "
                              u"pairing code, then start this screen with it."_s;
const QString WrongRole = u"This screen was paired as another kind of device. Ask staff for a "
                          u"pairing code made for this screen."_s;

// The sentence on the screen's refusal notice, once shown ("" if none within ten seconds).
QString refusalOn(QQuickWindow *window)
{
    QQuickItem *text = waitForItem(window, u"refusalText"_s);
    return text ? text->property("text").toString() : QString();
}

QString pairingCode(TestHub &hub, const QString &role, int table = 0)
{
    auto code =
        DeviceRepository(hub.database.connection(), hub.clock).createPairingCode(role, table, 0);
    return code ? *code : QString();
}

} // namespace

class TestDeviceGate : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void aTableScreenThatCannotGetInSaysWhatToDo_data()
    {
        QTest::addColumn<QString>("how"); // code, used-code, expired-code, token, owner, table 4
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("says");
        QTest::newRow("wrong code") << u"code"_s << u"en"_s << WrongCode;
        QTest::newRow("wrong code, Greek")
            << u"code"_s << u"el"_s
            << u"Αυτός ο κωδικός σύζευξης είναι λάθος, χρησιμοποιημένος ή έχει λήξει. Ζητήστε νέο "
               u"κωδικό από το προσωπικό και ξεκινήστε ξανά αυτή την οθόνη με αυτόν."_s;
        QTest::newRow("used code") << u"used-code"_s << u"en"_s << WrongCode;
        QTest::newRow("expired code") << u"expired-code"_s << u"en"_s << WrongCode;
        QTest::newRow("unknown token") << u"token"_s << u"en"_s << UnknownScreen;
        QTest::newRow("an owner's device") << u"owner"_s << u"en"_s << WrongRole;
        QTest::newRow("another table's, Arabic")
            << u"table 4"_s << u"ar"_s
            << u"أُقرنت هذه الشاشة بالطاولة ٤، لا بالطاولة ٥. اطلب من الموظفين رمز إقران لهذه "
               u"الطاولة."_s;
    }

    void aTableScreenThatCannotGetInSaysWhatToDo()
    {
        QFETCH(QString, how);
        QFETCH(QString, language);
        QFETCH(QString, says);
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        SystemClock clock;
        VenueClient client(clock);
        if (how == u"code"_s) {
            client.pairWith(hub.hub->url(), u"000000"_s, u"Table 5"_s);
        } else if (how == u"used-code"_s || how == u"expired-code"_s) {
            const QString code = pairingCode(hub, u"table"_s, 5);
            if (how == u"used-code"_s)
                QVERIFY(DeviceRepository(hub.database.connection(), hub.clock)
                            .pair(code, u"First tablet"_s));
            else
                hub.clock.advance(DeviceRepository::PairingCodeMinutes * 60 * 1000 + 1);
            client.pairWith(hub.hub->url(), code, u"Table 5"_s);
        } else if (how == u"token"_s) {
            client.connectTo(hub.hub->url(), QString(64, u'b'));
        } else if (how == u"owner"_s) {
            client.connectTo(hub.hub->url(), hub.enroll(u"Office"_s, u"owner"_s));
        } else {
            client.connectTo(hub.hub->url(), hub.enroll(u"Table 4"_s, u"table"_s, 4));
        }
        TableScreen screen(client, language);
        screen.gate()->expectTable(5);
        QVERIFY(screen.show().ok());
        QCOMPARE(refusalOn(screen.window()), says);
        // It stays so: no reconnect loop, nothing usable behind it.
        QTRY_COMPARE(client.state(), VenueClient::State::Offline);
        QVERIFY(findItem(screen.window()->contentItem(), u"refusalNotice"_s)->isVisible());
    }

    void aPairedTableScreenIsLetIn()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        SystemClock clock;
        VenueClient client(clock);
        client.pairWith(hub.hub->url(), pairingCode(hub, u"table"_s, 5), u"Table 5"_s);
        TableScreen screen(client, u"en"_s);
        screen.gate()->expectTable(5);
        QVERIFY(screen.show().ok());
        QTRY_VERIFY(screen.menuReady());
        QCOMPARE(screen.gate()->refusal(), QString());
        QVERIFY(!findItem(screen.window()->contentItem(), u"refusalNotice"_s));
    }

    // Started with no token and no code, the screen asks for a code; a wrong one typed there is
    // said so, the right one pairs the screen as the table it stands at.
    void aNewScreenIsPairedFromItsOwnScreen()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        SystemClock clock;
        VenueClient client(clock);
        TableScreen screen(client, u"en"_s);
        screen.gate()->expectTable(5);
        screen.gate()->offerPairing(hub.hub->url(), u"Table 5 (test)"_s);
        screen.gate()->askForCode();
        QVERIFY(screen.show().ok());
        QQuickWindow *window = screen.window();
        QCOMPARE(refusalOn(window), u"This screen is not paired with the restaurant yet. Ask staff "
                                    u"for a pairing code and enter it here."_s);
        const auto type = [&](const QString &code) {
            for (const QChar digit : code)
                if (!tap(window, u"pairDigit_"_s + digit))
                    return false;
            return tap(window, u"pairSubmit"_s);
        };

        QVERIFY(type(u"000000"_s));
        QCOMPARE(refusalOn(window), u"This pairing code is wrong, used or expired. Ask staff for a "
                                    u"new code and enter it here."_s);
        QVERIFY(type(pairingCode(hub, u"table"_s, 5)));
        QTRY_VERIFY(screen.menuReady());
        QCOMPARE(client.device()[u"table"_s].toInt(), 5);
        QCOMPARE(screen.gate()->refusal(), QString());
        QTRY_VERIFY(!findItem(window->contentItem(), u"refusalNotice"_s));
    }

    // The staff screens work with their own roles and an owner's, and turn a table's away.
    void staffScreensCheckTheRole_data()
    {
        QTest::addColumn<QString>("screen");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("letIn");
        QTest::newRow("kitchen as kitchen") << u"kitchen"_s << u"kitchen"_s << true;
        QTest::newRow("kitchen as owner") << u"kitchen"_s << u"owner"_s << true;
        QTest::newRow("kitchen as table") << u"kitchen"_s << u"table"_s << false;
        QTest::newRow("kitchen as host") << u"kitchen"_s << u"host"_s << false;
        QTest::newRow("floor as host") << u"floor"_s << u"host"_s << true;
        QTest::newRow("floor as owner") << u"floor"_s << u"owner"_s << true;
        QTest::newRow("floor as kitchen") << u"floor"_s << u"kitchen"_s << false;
    }

    void staffScreensCheckTheRole()
    {
        QFETCH(QString, screen);
        QFETCH(QString, role);
        QFETCH(bool, letIn);
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        SystemClock clock;
        VenueClient client(clock);
        client.connectTo(hub.hub->url(), hub.enroll(u"Device"_s, role, role == u"table"_s ? 3 : 0));
        std::unique_ptr<KitchenScreen> kitchen;
        std::unique_ptr<HostScreen> floor;
        QQuickWindow *window = nullptr;
        DeviceGate *gate = nullptr;
        if (screen == u"kitchen"_s) {
            kitchen = std::make_unique<KitchenScreen>(client);
            QVERIFY(kitchen->show().ok());
            window = kitchen->window();
            gate = kitchen->gate();
        } else {
            floor = std::make_unique<HostScreen>(client, clock);
            QVERIFY(floor->show().ok());
            window = floor->window();
            gate = floor->gate();
        }
        if (letIn) {
            QVERIFY(online(client));
            QCOMPARE(gate->refusal(), QString());
        } else {
            QCOMPARE(refusalOn(window), WrongRole);
            QTRY_COMPARE(client.state(), VenueClient::State::Offline);
        }
    }
};

QTEST_MAIN(TestDeviceGate)
#include "tst_devicegate.moc"
