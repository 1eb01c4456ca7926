// Explore the area through the owner's real screen on a real hub: a place added in the form is
// refused beside its field until its link is a web address, then stored and shown to a table at
// once; a place moves down and is removed only once the owner confirms; a photo the hub does not
// hold is refused beside the photo, with nothing stored.
#include "../support/quicktaps.h"
#include "../sync/hubtestsupport.h"

#include "localtipsmodel.h"
#include "ownerscreen.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_OwnerPlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

const QString OwnerPin = u"2580"_s; // Eleni Markou, the demo venue's owner
constexpr int DemoTips = 4;

bool online(VenueClient &client)
{
    return QTest::qWaitFor([&] { return client.state() == VenueClient::State::Online; }, 10000);
}

// The owner's screen on a fresh hub with the demo venue, signed in, on Explore the area; and a
// table's list of the places, as its sheet reads them.
struct TipsOnHub {
    TestHub hub;
    SystemClock clock;
    VenueClient client{clock};
    OwnerScreen owner{client, clock};
    VenueClient table{clock};
    LocalTipsModel tableTips;
    QQuickWindow *window = nullptr;

    QString open()
    {
        if (const QString failed = hub.start(); !failed.isEmpty())
            return failed;
        client.connectTo(hub.hub->url(), hub.enroll(u"Office"_s, u"owner"_s));
        table.connectTo(hub.hub->url(), hub.enroll(u"Table 4"_s, u"table"_s, 4));
        tableTips.follow(table);
        if (!online(client) || !online(table))
            return u"a device stayed offline"_s;
        if (!QTest::qWaitFor([&] { return !owner.document().items.isEmpty(); }, 10000))
            return u"the owner's screen did not read the draft"_s;
        owner.setLanguage(u"en"_s);
        for (QChar digit : OwnerPin)
            owner.addDigit(digit.digitValue());
        owner.signIn();
        if (!QTest::qWaitFor([&] { return owner.signedIn(); }, 10000))
            return u"the owner could not sign in"_s;
        if (!owner.show().ok())
            return u"the owner's screen was not shown"_s;
        window = owner.window();
        window->resize(1280, 800);
        if (!QTest::qWaitForWindowExposed(window))
            return u"the owner's window was not exposed"_s;
        if (!tap(window, u"tipsButton"_s))
            return u"Explore the area's tab could not be tapped"_s;
        if (!QTest::qWaitFor([&] { return owner.tips()->tips()->rowCount() == DemoTips; }, 10000))
            return u"the owner's list did not show the demo's places"_s;
        return {};
    }

    // A tap gives the field focus, then the keys; `replace` selects what it holds first.
    bool typeInto(const QString &name, const QString &text, bool replace = false)
    {
        window->requestActivate();
        if (!QTest::qWaitForWindowActive(window) || !tap(window, name))
            return false;
        QQuickItem *field = waitForItem(window, name);
        if (!field || !QTest::qWaitFor([&] { return field->hasActiveFocus(); }, 5000))
            return false;
        if (replace)
            QTest::keyClick(window, Qt::Key_A, Qt::ControlModifier);
        for (QChar c : text) // ASCII, as a keyboard's keys send it
            QTest::keyClick(window, c.toLatin1());
        return field->property("text").toString().endsWith(text);
    }

    QString shown(const QString &name)
    {
        QQuickItem *item = findItem(window->contentItem(), name);
        return item ? item->property("text").toString() : QString();
    }

    int storedTips() { return hub.scalar(u"SELECT count(*) FROM local_tips"_s).toInt(); }
    QString namesInOrder()
    {
        return hub
            .scalar(u"SELECT group_concat(name, '|') FROM "
                    "(SELECT name FROM local_tips ORDER BY position)"_s)
            .toString();
    }
};

} // namespace

class TestOwnerTips : public QObject {
    Q_OBJECT

private slots:
    void aPlaceAddedInTheFormReachesTheTables()
    {
        TipsOnHub venue;
        QCOMPARE(venue.open(), QString());
        QVERIFY(tap(venue.window, u"addTip"_s));
        QVERIFY(venue.typeInto(u"tipName"_s, u"Harbour Bakery"_s));
        QVERIFY(venue.typeInto(u"tipDescription_en"_s, u"Warm bread from five in the morning."_s));
        QVERIFY(venue.typeInto(u"tipHours_en"_s, u"Daily 05:00-14:00"_s));
        for (int step = 0; step < 3; ++step)
            QVERIFY(tap(venue.window, u"tipMinutesUp"_s));
        QVERIFY(venue.typeInto(u"tipLink"_s, u"harbour bakery"_s));

        // Not a web address: said under the link, nothing sent, the form still open.
        QVERIFY(tap(venue.window, u"saveTip"_s));
        QTRY_VERIFY(
            venue.shown(u"tipLinkError"_s).startsWith(u"The link is a whole web address"_s));
        QCOMPARE(venue.shown(u"tipNameError"_s), QString());
        QVERIFY(venue.owner.tips()->form()->isOpen());
        QCOMPARE(venue.storedTips(), DemoTips);

        // Put right, the error goes as it is typed; saved, the place is the last on every screen.
        QVERIFY(venue.typeInto(u"tipLink"_s, u"https://harbour-bakery.example.org"_s, true));
        QCOMPARE(venue.shown(u"tipLinkError"_s), QString());
        QVERIFY(tap(venue.window, u"saveTip"_s));
        QTRY_VERIFY(!venue.owner.tips()->form()->isOpen());
        QCOMPARE(venue.storedTips(), DemoTips + 1);
        QCOMPARE(venue.hub
                     .scalar(u"SELECT minutes_on_foot || ' ' || link FROM local_tips "
                             "WHERE name = 'Harbour Bakery'"_s)
                     .toString(),
                 u"3 https://harbour-bakery.example.org"_s);
        QCOMPARE(venue.hub
                     .scalar(u"SELECT description || ' / ' || hours FROM local_tip_texts "
                             "JOIN local_tips ON id = tip_id WHERE name = 'Harbour Bakery' "
                             "AND language = 'en'"_s)
                     .toString(),
                 u"Warm bread from five in the morning. / Daily 05:00-14:00"_s);
        QVERIFY(venue.namesInOrder().endsWith(u"|Harbour Bakery"_s));
        QTRY_COMPARE(venue.tableTips.rowCount(), DemoTips + 1);
        QCOMPARE(venue.tableTips.tip(DemoTips).value(u"nameText"_s).toString(),
                 u"Harbour Bakery"_s);
        QTRY_COMPARE(venue.owner.tips()->tips()->rowCount(), DemoTips + 1);
    }

    void aPlaceMovesDownAndGoesOnlyOnceConfirmed()
    {
        TipsOnHub venue;
        QCOMPARE(venue.open(), QString());
        const QList<qint64> ids = venue.owner.tips()->tips()->ids();
        const QString first = venue.tableTips.tip(0).value(u"nameText"_s).toString();
        const QString second = venue.tableTips.tip(1).value(u"nameText"_s).toString();

        QVERIFY(tap(venue.window, u"tipDown_%1"_s.arg(ids[0])));
        QTRY_VERIFY(venue.namesInOrder().startsWith(second + u'|' + first + u'|'));
        QTRY_COMPARE(venue.tableTips.tip(0).value(u"nameText"_s).toString(), second);

        // Remove… asks in the row; Keep it leaves the place where it was.
        QVERIFY(tap(venue.window, u"removeTip_%1"_s.arg(ids[0])));
        QTRY_VERIFY(!venue.shown(u"removeTipQuestion_%1"_s.arg(ids[0])).isEmpty());
        QVERIFY(tap(venue.window, u"keepTip_%1"_s.arg(ids[0])));
        QTRY_COMPARE(venue.owner.tips()->removingId(), 0);
        QCOMPARE(venue.storedTips(), DemoTips);

        QVERIFY(tap(venue.window, u"removeTip_%1"_s.arg(ids[0])));
        QVERIFY(tap(venue.window, u"confirmRemoveTip_%1"_s.arg(ids[0])));
        QTRY_COMPARE(venue.storedTips(), DemoTips - 1);
        QVERIFY(!venue.namesInOrder().contains(first));
        QTRY_COMPARE(venue.tableTips.rowCount(), DemoTips - 1);
        QTRY_COMPARE(venue.owner.tips()->tips()->rowCount(), DemoTips - 1);
        QCOMPARE(
            venue.hub.scalar(u"SELECT count(*) FROM local_tip_texts WHERE tip_id = ?"_s, {ids[0]})
                .toInt(),
            0);
    }

    void aPhotoTheHubDoesNotHoldIsRefusedBesideThePhoto()
    {
        TipsOnHub venue;
        QCOMPARE(venue.open(), QString());
        const qint64 id = venue.owner.tips()->tips()->ids().constFirst();
        const QString before =
            venue.hub.scalar(u"SELECT photo FROM local_tips WHERE id = ?"_s, {id}).toString();
        QVERIFY(tap(venue.window, u"editTip_%1"_s.arg(id)));
        QTRY_VERIFY(venue.owner.tips()->form()->isOpen());
        // A photo removed from the library since the form took it.
        venue.owner.tips()->form()->setPhoto(QString(64, u'a'));
        QVERIFY(tap(venue.window, u"saveTip"_s));
        QTRY_COMPARE(venue.shown(u"tipPhotoError"_s),
                     u"The hub no longer has this photo: choose it again."_s);
        QVERIFY(venue.owner.tips()->form()->isOpen());
        QCOMPARE(venue.hub.scalar(u"SELECT photo FROM local_tips WHERE id = ?"_s, {id}).toString(),
                 before);

        // Remove photo clears the refusal; the place is saved without one.
        QVERIFY(tap(venue.window, u"removePhoto"_s));
        QCOMPARE(venue.shown(u"tipPhotoError"_s), QString());
        QVERIFY(tap(venue.window, u"saveTip"_s));
        QTRY_VERIFY(!venue.owner.tips()->form()->isOpen());
        QVERIFY(venue.hub.scalar(u"SELECT coalesce(photo, '') FROM local_tips WHERE id = ?"_s, {id})
                    .toString()
                    .isEmpty());
    }
};

QTEST_MAIN(TestOwnerTips)
#include "tst_ownertips.moc"
