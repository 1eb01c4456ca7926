// The owner's menu editor reached from the floor: the floor's device is a host device, so the
// first time the owner's PIN on the floor's sheet has the hub make an owner's code, and the floor
// pairs an owner's screen of its own with it, signed in with that PIN. A host's PIN is refused
// there in words and pairs nothing. Later the editor opens at once, locked, with no new device.
#include "../support/quicktaps.h"
#include "../sync/hubtestsupport.h"

#include "hostscreen.h"
#include "ownerdoor.h"
#include "ownerscreen.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_HostPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)
Q_IMPORT_QML_PLUGIN(Tableside_OwnerPlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

struct FloorWithDoor {
    TestHub hub;
    SystemClock clock;
    VenueClient floorClient{clock};
    HostScreen floor{floorClient, clock};
    QString keptToken;
    std::unique_ptr<OwnerDoor> door;

    QString open()
    {
        if (const QString failed = hub.start(); !failed.isEmpty())
            return failed;
        floorClient.connectTo(hub.hub->url(), hub.enroll(u"Floor"_s, u"host"_s));
        door = std::make_unique<OwnerDoor>(
            hub.hub->url(), u"Floor's owner screen"_s, clock,
            KeptToken{[this] { return keptToken; },
                      [this](const QString &token) { keptToken = token; }});
        openMenuEditorFrom(floor, *door);
        if (!floor.show())
            return u"the floor's window did not open"_s;
        floor.window()->resize(1280, 800);
        if (!QTest::qWaitForWindowExposed(floor.window()))
            return u"the floor's window was not shown"_s;
        if (!QTest::qWaitFor([&] { return floor.online(); }, 10000))
            return u"the floor stayed offline"_s;
        return {};
    }

    bool typePin(const QString &pin)
    {
        for (QChar digit : pin)
            if (!tap(floor.window(), u"pinKey_"_s + digit))
                return false;
        return tap(floor.window(), u"pinNext"_s);
    }

    int ownerDevices()
    {
        return hub.scalar(u"SELECT count(*) FROM devices WHERE role = 'owner'"_s).toInt();
    }
};

} // namespace

class TestOwnerFromFloor : public QObject {
    Q_OBJECT

private slots:
    void theOwnersPinOpensTheEditorOnTheFloor()
    {
        FloorWithDoor venue;
        QCOMPARE(venue.open(), QString());
        QQuickWindow *window = venue.floor.window();
        const int devicesBefore = venue.ownerDevices();
        QVERIFY(waitForItem(window, u"openMenuEditor"_s)->isVisible());

        // A host's PIN: refused in words on the sheet, nothing paired.
        QVERIFY(tap(window, u"openMenuEditor"_s));
        QTRY_VERIFY(venue.floor.devicePairing().forThisScreen());
        QVERIFY(venue.typePin(u"1379"_s));
        QTRY_COMPARE(waitForItem(window, u"pinError"_s)->property("text").toString(),
                     u"Only the owner's PIN opens the menu editor."_s);
        QCOMPARE(venue.floor.devicePairing().pinLength(), 0);
        QVERIFY(!venue.door->screen());
        QCOMPARE(venue.ownerDevices(), devicesBefore);

        // The owner's: an owner's screen of this device's own, signed in with that PIN.
        QVERIFY(venue.typePin(u"2580"_s));
        QTRY_VERIFY(venue.door->screen());
        OwnerScreen &owner = *venue.door->screen();
        QTRY_VERIFY_WITH_TIMEOUT(owner.signedIn(), 10000);
        QVERIFY(owner.window() && owner.window()->isVisible());
        QCOMPARE(venue.ownerDevices(), devicesBefore + 1);
        QVERIFY(!venue.keptToken.isEmpty());
        QTRY_VERIFY(!venue.floor.devicePairing().forThisScreen()); // the sheet is done
        QVERIFY(!findItem(window->contentItem(), u"pinDots"_s));   // and closed

        // Closed, the editor locks; opened again, it asks the PIN itself and pairs nothing new.
        owner.window()->close();
        QTRY_VERIFY(!owner.signedIn());
        QVERIFY(tap(window, u"openMenuEditor"_s));
        QTRY_VERIFY(owner.window()->isVisible());
        QVERIFY(!owner.signedIn());
        QVERIFY(!venue.floor.devicePairing().forThisScreen());
        QCOMPARE(venue.ownerDevices(), devicesBefore + 1);
    }
};

QTEST_MAIN(TestOwnerFromFloor)
#include "tst_ownerfromfloor.moc"
