// The floor view end to end, tapped as a waiter would on the real screen against a real hub:
// Add a device (a staff PIN, what to pair, the code a new device then pairs with; a wrong PIN, a
// host's PIN for an owner's code, a locked PIN), "On my way" from a table's sheet, and closing a
// table only after the sheet has asked and shown what the table ordered and owes.
#include "hostscreen.h"
#include "staffflow.h"

#include <QGuiApplication>
#include <QQmlExtensionPlugin>
#include <QSignalSpy>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_HostPlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

QString textOf(QQuickWindow *window, const QString &name)
{
    QQuickItem *item = waitForItem(window, name, 5000);
    return item ? item->property("text").toString() : QString();
}

// A floor view on table 4's hub, shown at 1280 x 800 in English, its plan drawn.
struct Floor {
    ThreeDevices devices;
    HostScreen host{devices.hostClient, devices.screensClock};

    QString open()
    {
        if (const QString failed = devices.connect(); !failed.isEmpty())
            return failed;
        host.setLanguage(u"en"_s);
        if (!host.show().ok())
            return u"the floor did not show"_s;
        host.window()->resize(1280, 800);
        if (!online(devices.table) || !online(devices.hostClient))
            return u"a client stayed offline"_s;
        if (!waitForItem(host.window(), u"table_4"_s))
            return u"the plan has no table 4"_s;
        return {};
    }

    QQuickWindow *window() const { return host.window(); }

    // Opens Add a device and types a PIN on its keypad.
    bool enterPin(const QString &pin, bool openSheet = true)
    {
        if (openSheet && !tap(window(), u"addDevice"_s))
            return false;
        for (const QChar digit : pin)
            if (!tap(window(), u"pinKey_"_s + digit))
                return false;
        return tap(window(), u"pinNext"_s);
    }

    int pairingCodes()
    {
        return devices.hub.scalar(u"SELECT count(*) FROM pairing_codes"_s).toInt();
    }

    // The hub's word on table 4: its open session (null when none) and its open calls.
    QJsonObject tableOnHub()
    {
        const QJsonObject floor = ask(devices.hostClient, u"floor.get"_s, {});
        QJsonObject found;
        for (const QJsonValue &table : floor[u"tables"].toArray())
            if (table[u"number"].toInt() == 4)
                found = table.toObject();
        QJsonArray calls;
        for (const QJsonValue &request : floor[u"openRequests"].toArray())
            if (request[u"table"].toInt() == 4)
                calls.append(request);
        found.insert(u"calls"_s, calls);
        return found;
    }
};

} // namespace

class TestFloorFlow : public QObject {
    Q_OBJECT

private slots:
    void aHostsPinMakesACodeANewDevicePairsWith()
    {
        Floor floor;
        QCOMPARE(floor.open(), QString());
        QVERIFY(floor.enterPin(u"1379"_s)); // Karim, a host of the demo venue
        // The picker starts at the venue's first table and stays within its tables.
        QCOMPARE(textOf(floor.window(), u"pairTableNumber"_s), u"Table 1"_s);
        QQuickItem *less = waitForItem(floor.window(), u"pairTableLess"_s);
        QVERIFY(less && !less->isEnabled());
        for (int i = 0; i < 4; ++i)
            QVERIFY(tap(floor.window(), u"pairTableMore"_s));
        QTRY_COMPARE(textOf(floor.window(), u"pairTableNumber"_s), u"Table 5"_s);
        QVERIFY(tap(floor.window(), u"pairMake"_s));

        QQuickItem *code = waitForItem(floor.window(), u"pairCode"_s);
        QVERIFY(code);
        QTRY_COMPARE(code->property("text").toString().size(), 6);
        const QString digits = code->property("text").toString();
        // Valid ten minutes from the hub's 19:00 (UTC), said in this screen's time and digits.
        const QDateTime until = floor.devices.hub.clock.now().addSecs(10 * 60);
        QCOMPARE(textOf(floor.window(), u"pairExpiry"_s),
                 u"Valid until %1 · 10:00 left"_s.arg(until.toLocalTime().toString(u"HH:mm"_s)));
        floor.devices.screensClock.advance(61'000);
        floor.host.tick();
        QTRY_VERIFY(textOf(floor.window(), u"pairExpiry"_s).endsWith(u" · 8:59 left"_s));
        QQuickItem *qr = waitForItem(floor.window(), u"pairQr"_s);
        QVERIFY(qr);
        QCOMPARE(qr->property("source").toUrl(), QUrl(u"image://qr/tableside-pair%3A"_s + digits));
        QTRY_COMPARE(qr->property("status").toInt(), 1); // Image.Ready: the provider drew it
        QCOMPARE(floor.pairingCodes(), 1);

        // A new tablet presents the code and is welcomed as table 5's.
        VenueClient tablet(floor.devices.screensClock);
        QSignalSpy paired(&tablet, &VenueClient::paired);
        tablet.pairWith(floor.devices.hub.hub->url(), digits, u"Table 5 tablet"_s);
        QVERIFY(paired.wait(10000));
        QTRY_COMPARE(tablet.device()[u"role"].toString(), u"table"_s);
        QCOMPARE(tablet.device()[u"table"].toInt(), 5);

        // Make another: the PIN is kept, a kitchen display for the grill this time (the stations
        // are the menu's, the expo first).
        QVERIFY(tap(floor.window(), u"pairAnother"_s));
        QVERIFY(tap(floor.window(), u"pairRole_kitchen"_s));
        QVERIFY(waitForItem(floor.window(), u"pairStation_expo"_s));
        QVERIFY(tap(floor.window(), u"pairStation_grill"_s));
        QVERIFY(tap(floor.window(), u"pairMake"_s));
        QTRY_COMPARE(floor.pairingCodes(), 2);
        QTRY_VERIFY(textOf(floor.window(), u"pairCode"_s) != digits);
        VenueClient display(floor.devices.screensClock);
        QSignalSpy displayPaired(&display, &VenueClient::paired);
        display.pairWith(floor.devices.hub.hub->url(), textOf(floor.window(), u"pairCode"_s),
                         u"Grill display"_s);
        QVERIFY(displayPaired.wait(10000));
        QTRY_COMPARE(display.device()[u"role"].toString(), u"kitchen"_s);
        QCOMPARE(display.device()[u"station"].toString(), u"grill"_s);
        QVERIFY(tap(floor.window(), u"pairDone"_s));
        QTRY_VERIFY(!findItem(floor.window()->contentItem(), u"pairCode"_s));
    }

    void aWrongPinSaysSoAndMakesNoCode()
    {
        Floor floor;
        QCOMPARE(floor.open(), QString());
        QVERIFY(floor.enterPin(u"1111"_s));
        QVERIFY(tap(floor.window(), u"pairMake"_s));
        // Back at the keypad, with the reason, for another try.
        QTRY_COMPARE(textOf(floor.window(), u"pinError"_s), u"That PIN is not right. Try again."_s);
        QVERIFY(waitForItem(floor.window(), u"pinKey_1"_s));
        QVERIFY(!findItem(floor.window()->contentItem(), u"pairCode"_s));
        QCOMPARE(floor.pairingCodes(), 0);
        QCOMPARE(floor.host.lastError(), QString()); // not the hub's English under the floor too

        QVERIFY(floor.enterPin(u"4826"_s, false)); // Sara, the other host
        QVERIFY(tap(floor.window(), u"pairMake"_s));
        QTRY_COMPARE(textOf(floor.window(), u"pairCode"_s).size(), 6);
        QCOMPARE(floor.pairingCodes(), 1);
    }

    void fiveWrongPinsLockAndSayForHowLong()
    {
        Floor floor;
        QCOMPARE(floor.open(), QString());
        QVERIFY(tap(floor.window(), u"addDevice"_s));
        for (int i = 0; i < 5; ++i) {
            QVERIFY(floor.enterPin(u"0000"_s, false));
            QVERIFY(tap(floor.window(), u"pairMake"_s));
            QTRY_VERIFY(!textOf(floor.window(), u"pinError"_s).isEmpty());
        }
        QTRY_COMPARE(textOf(floor.window(), u"pinError"_s),
                     u"Too many wrong PINs: the PIN is locked. Try again in 5:00."_s);
        floor.devices.screensClock.advance(90'000);
        floor.host.tick();
        QTRY_COMPARE(textOf(floor.window(), u"pinError"_s),
                     u"Too many wrong PINs: the PIN is locked. Try again in 3:30."_s);
        QCOMPARE(floor.pairingCodes(), 0);
    }

    void aHostsPinMakesNoOwnersCode()
    {
        Floor floor;
        QCOMPARE(floor.open(), QString());
        QVERIFY(floor.enterPin(u"1379"_s));
        QVERIFY(tap(floor.window(), u"pairRole_owner"_s));
        QVERIFY(tap(floor.window(), u"pairMake"_s));
        QTRY_COMPARE(textOf(floor.window(), u"pairChoiceError"_s),
                     u"Only the owner's PIN can pair an owner's screen."_s);
        QVERIFY(!findItem(floor.window()->contentItem(), u"pairCode"_s));
        QCOMPARE(floor.pairingCodes(), 0);

        // The owner comes over and types hers: the owner's code is made.
        QVERIFY(tap(floor.window(), u"pairChangePin"_s));
        QVERIFY(floor.enterPin(u"2580"_s, false));
        QVERIFY(tap(floor.window(), u"pairMake"_s));
        const QString digits = [&] {
            QString text;
            (void)QTest::qWaitFor(
                [&] { return (text = textOf(floor.window(), u"pairCode"_s)).size() == 6; }, 10000);
            return text;
        }();
        QCOMPARE(digits.size(), 6);
        VenueClient laptop(floor.devices.screensClock);
        QSignalSpy paired(&laptop, &VenueClient::paired);
        laptop.pairWith(floor.devices.hub.hub->url(), digits, u"Office"_s);
        QVERIFY(paired.wait(10000));
        QTRY_COMPARE(laptop.device()[u"role"].toString(), u"owner"_s);
    }

    void onMyWayAcknowledgesTheTablesCalls()
    {
        Floor floor;
        QCOMPARE(floor.open(), QString());
        QVERIFY(!ask(floor.devices.table, u"service.call"_s, {{u"kind"_s, u"water"_s}}).isEmpty());
        QTRY_COMPARE(floor.host.alertsModel().rowCount(), 1);
        QCOMPARE(floor.tableOnHub()[u"calls"].toArray().size(), 1);

        QVERIFY(tap(floor.window(), u"table_4"_s));
        QVERIFY(tap(floor.window(), u"tableOnMyWay"_s));
        QTRY_COMPARE(floor.host.alertsModel().rowCount(), 0);
        QTRY_COMPARE(floor.tableOnHub()[u"calls"].toArray().size(), 0);
        QTRY_VERIFY(!findItem(floor.window()->contentItem(), u"tableSheet"_s)); // and it closed
    }

    void closingATableAsksFirstAndShowsTheBill()
    {
        Floor floor;
        QCOMPARE(floor.open(), QString());
        auto &[hub, clock, table, kitchen, hostClient] = floor.devices;
        const QJsonObject order = placeOrder(table, hub, u"bill-1"_s); // 2 hummus, 1 moussaka
        QVERIFY(!order.isEmpty());
        const qint64 hummus = order[u"lines"][0][u"id"].toInteger();
        for (const QString &to : {u"cooking"_s, u"ready"_s})
            QVERIFY(ask(kitchen, u"order.line.advance"_s, {{u"lineId"_s, hummus}, {u"to"_s, to}})
                        .contains(u"orderStatus"_s));
        QVERIFY(ask(hostClient, u"order.line.advance"_s,
                    {{u"lineId"_s, hummus}, {u"to"_s, u"served"_s}})
                    .contains(u"orderStatus"_s));
        QTRY_COMPARE(floor.host.floorModel().state().orderedLines(4).size(), 2);

        // The sheet shows every line with where it is, and the hub's total in euros.
        QVERIFY(tap(floor.window(), u"table_4"_s));
        QTRY_COMPARE(textOf(floor.window(), u"billLineDish_0"_s), u"2 × Hummus"_s);
        QCOMPARE(textOf(floor.window(), u"billLineStatus_0"_s), u"served"_s);
        QVERIFY(textOf(floor.window(), u"billLineDish_1"_s).startsWith(u"1 × "_s));
        QCOMPARE(textOf(floor.window(), u"billLineStatus_1"_s), u"sent"_s);
        const QString total = Money(order[u"total"].toInteger(), order[u"currency"].toString())
                                  .format(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(textOf(floor.window(), u"billTotal"_s), total);

        // One tap only asks: the total to take, and that a dish is still with the kitchen.
        QVERIFY(tap(floor.window(), u"closeTable"_s));
        QTRY_VERIFY(textOf(floor.window(), u"confirmQuestion"_s).contains(total));
        QCOMPARE(textOf(floor.window(), u"closeWarning"_s), u"⚠ 1 dish is still being prepared."_s);
        QVERIFY(!floor.tableOnHub()[u"session"].isNull());
        QVERIFY(tap(floor.window(), u"cancelClose"_s));
        QTRY_VERIFY(!findItem(floor.window()->contentItem(), u"confirmQuestion"_s));
        QVERIFY(!floor.tableOnHub()[u"session"].isNull());

        // Asked again and confirmed: only now is the table closed.
        QVERIFY(tap(floor.window(), u"closeTable"_s));
        QVERIFY(tap(floor.window(), u"confirmClose"_s));
        QTRY_VERIFY(floor.tableOnHub()[u"session"].isNull());
        QTRY_COMPARE(floor.host.floorModel().state().orderedLines(4).size(), 0);
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    TestFloorFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_floorflow.moc"
