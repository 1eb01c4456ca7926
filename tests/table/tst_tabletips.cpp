// Explore the area end to end through a real hub and the real table screen offscreen: the
// button shows only while the owner recommends somewhere; the owner uploads a photo over HTTP and
// adds a place with it, and the open table's screen shows it live on its sheet over the menu, in
// the table's language (Greek, the hours falling back to English), the photo read from the hub,
// and a QR code that a real reader (zbarimg) decodes to the owner's link. Text with a
// right-to-left override shows isolated.
#include "guesttext.h"
#include "tablescreentest.h"

#include <QBuffer>
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QProcess>
#include <QQuickItemGrabResult>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_TablePlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

const QString OwnerPin = u"2580"_s; // Eleni Markou, the demo venue's owner

// A photo as a phone makes one: a JPEG of a fountain-blue square.
QByteArray aPhoto()
{
    QImage image(640, 480, QImage::Format_RGB32);
    image.fill(QColor(u"#3d6f93"_s));
    QPainter(&image).fillRect(200, 150, 240, 180, QColor(u"#f3efe6"_s));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}

// POST /photos as the owner's device does (PROTOCOL.md "Photos"): the photo's hash.
QString upload(const QUrl &hub, const QString &token, const QByteArray &photo)
{
    QUrl url = hub;
    url.setScheme(u"http"_s);
    url.setPath(u"/photos"_s);
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"image/jpeg"_s);
    std::unique_ptr<QNetworkReply> reply(network.post(request, photo));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return {};
    return QJsonDocument::fromJson(reply->readAll()).object().value("photo"_L1).toString();
}

// What a phone's camera reads from the item as drawn on screen.
QString decodeQr(QQuickItem *item, const QString &dir)
{
    const QSharedPointer<QQuickItemGrabResult> grab = item->grabToImage();
    if (!grab)
        return {};
    bool ready = false;
    QObject::connect(grab.data(), &QQuickItemGrabResult::ready, [&ready] { ready = true; });
    if (!QTest::qWaitFor([&] { return ready; }, 5000))
        return {};
    const QString file = dir + u"/qr.png"_s;
    if (!grab->image().save(file))
        return {};
    QProcess zbar;
    zbar.start(u"zbarimg"_s, {u"--raw"_s, u"-q"_s, file});
    if (!zbar.waitForFinished(10000) || zbar.exitCode() != 0)
        return {};
    return QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
}

} // namespace

class TestTableTips : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        if (QStandardPaths::findExecutable(u"zbarimg"_s).isEmpty())
            QFAIL("zbarimg is missing: run packaging/setup.sh (zbar-tools)");
    }

    void theOwnersNewPlaceShowsLiveWithItsQrCode()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        const QString ownerToken = hub.enroll(u"Office"_s, u"owner"_s);
        TestClient owner;
        QVERIFY(owner.connectAs(hub.hub->url(), ownerToken));
        auto ask = [&](const QString &op, QJsonObject args) {
            args.insert(u"pin"_s, OwnerPin);
            return owner.request(op, args);
        };

        Diner four(hub, u"el"_s, 4);
        Fingers atFour;
        QVERIFY(showScreen(four, atFour));
        four.screen->start();
        LocalTipsModel &tips = *four.screen->localTips();
        QTRY_COMPARE_WITH_TIMEOUT(tips.rowCount(), 4, 5000); // the demo venue's
        QQuickItem *button = atFour.item(u"tipsButton"_s);
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());

        // No places: no button.
        for (qint64 tipId : tips.ids())
            QVERIFY(ask(u"tips.delete"_s, {{u"tipId"_s, tipId}})[u"ok"_s].toBool());
        QTRY_COMPARE_WITH_TIMEOUT(tips.rowCount(), 0, 5000);
        QTRY_VERIFY(!button->isVisible());

        // The owner brings a photo and recommends a place with it.
        const QString photo = upload(hub.hub->url(), ownerToken, aPhoto());
        QCOMPARE(photo.size(), 64);
        const QString name = u"The Dolphin Fountain \u202Eevil\u202C"_s;
        const QString greek = u"Ένα χάλκινο σιντριβάνι στην παλιά πλατεία."_s;
        const QString link = u"https://dolphin-fountain.example.org/visit?from=table&lang=el"_s;
        const QJsonObject saved = ask(
            u"tips.save"_s,
            {{u"name"_s, name},
             {u"photo"_s, photo},
             {u"description"_s,
              QJsonObject{{u"en"_s, u"A bronze fountain in the old square."_s}, {u"el"_s, greek}}},
             {u"hours"_s, QJsonObject{{u"en"_s, u"Lit until midnight"_s}}},
             {u"minutesOnFoot"_s, 12},
             {u"link"_s, link}});
        QVERIFY2(saved[u"ok"_s].toBool(), qPrintable(TestClient::errorCode(saved)));

        // Live on the table: the button, then the sheet over the menu.
        QTRY_VERIFY_WITH_TIMEOUT(button->isVisible(), 5000);
        QVERIFY(atFour.tap(u"tipsButton"_s));
        QVERIFY(atFour.item(u"tipsSheet"_s));
        QVERIFY(four.screen->tipsOpen());
        QCOMPARE(four.screen->page(), u"menu"_s); // the order stays where it was
        QTRY_COMPARE(atFour.text(u"tipName_0"_s), displayedGuestText(name));
        QVERIFY(!atFour.text(u"tipName_0"_s).contains(QChar(0x202E)));
        QCOMPARE(atFour.text(u"tipDescription_0"_s), displayedGuestText(greek));
        QCOMPARE(atFour.text(u"tipHours_0"_s), displayedGuestText(u"Lit until midnight"_s));
        QCOMPARE(atFour.text(u"tipWalk_0"_s), u"12 λεπτά με τα πόδια"_s); // in the screen's Greek
        QQuickItem *picture = atFour.item(u"tipPhoto_0"_s);
        QVERIFY(picture);
        QCOMPARE(picture->property("source").toUrl(), QUrl(u"image://photo/"_s + photo));
        QTRY_COMPARE_WITH_TIMEOUT(picture->property("status").toInt(), 1, 10000); // Image.Ready

        // The QR code as drawn reads back as the owner's link, byte for byte.
        QQuickItem *qr = atFour.item(u"tipQr_0"_s);
        QVERIFY(qr);
        QTRY_COMPARE_WITH_TIMEOUT(qr->property("status").toInt(), 1, 5000);
        QCOMPARE(decodeQr(qr, four.dir.path()), link);

        // The owner changes the link: the code on the open sheet follows.
        const QString changed = u"https://dolphin-fountain.example.org/night"_s;
        QJsonObject edited = saved[u"result"_s][u"tip"_s].toObject();
        edited.insert(u"link"_s, changed);
        edited.remove(u"position"_s);
        edited.remove(u"changedAt"_s);
        QVERIFY(ask(u"tips.save"_s, edited)[u"ok"_s].toBool());
        QTRY_COMPARE_WITH_TIMEOUT(tips.tip(0)[u"link"_s].toString(), changed, 5000);
        qr = atFour.item(u"tipQr_0"_s);
        QTRY_COMPARE_WITH_TIMEOUT(qr->property("status").toInt(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(decodeQr(qr, four.dir.path()), changed, 5000);

        // In Arabic the description falls back to the default language's.
        four.screen->setLanguage(u"ar"_s);
        QTRY_COMPARE(atFour.text(u"tipDescription_0"_s),
                     displayedGuestText(u"A bronze fountain in the old square."_s));
    }
};

QTEST_MAIN(TestTableTips)
#include "tst_tabletips.moc"
