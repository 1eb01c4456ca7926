// The owner's photos and spreadsheet, over HTTP on the hub's port. Against a stand-in (the
// requests as sent, each refusal said in one sentence and nothing changed) and end to end through
// the owner's real screen on a real hub: a photo file chosen in the dish's form is sent, the dish
// is published with it, a table's menu names it and image://photo shows it; a bad spreadsheet
// imported from the editor is refused naming its rows with the draft unchanged, a good one
// becomes the draft.
#include "../support/httpresponder.h"
#include "../support/quicktaps.h"
#include "../sync/hubtestsupport.h"

#include "menucsv.h"
#include "menuspreadsheet.h"
#include "ownerscreen.h"
#include "photocache.h"
#include "photoimageprovider.h"
#include "photoupload.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuick/QQuickTextureFactory>

Q_IMPORT_QML_PLUGIN(Tableside_UiPlugin)
Q_IMPORT_QML_PLUGIN(Tableside_OwnerPlugin)

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

const QString OwnerPin = u"2580"_s; // Eleni Markou, the demo venue's owner

QByteArray jpeg(int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 90);
    return bytes;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QFile file(dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return file.fileName();
}

QJsonObject ask(VenueClient &client, const QString &op, const QJsonObject &args)
{
    QJsonObject answer;
    bool done = false;
    QString expected;
    auto connection = QObject::connect(
        &client, &VenueClient::replied,
        [&](const QString &id, bool ok, const QJsonObject &result, const QString &code) {
            if (id != expected)
                return;
            answer = ok ? result : QJsonObject{{u"error"_s, code}};
            done = true;
        });
    expected = client.request(op, args);
    (void)QTest::qWaitFor([&] { return done; }, 10000);
    QObject::disconnect(connection);
    return answer;
}

bool online(VenueClient &client)
{
    return QTest::qWaitFor([&] { return client.state() == VenueClient::State::Online; }, 10000);
}

QJsonObject dishOnTheTables(VenueClient &client, const QString &key)
{
    const QJsonObject menu = ask(client, u"menu.get"_s, {})[u"menu"_s].toObject();
    for (const QJsonValue &category : menu[u"categories"_s].toArray())
        for (const QJsonValue &item : category[u"items"_s].toArray())
            if (item[u"key"_s].toString() == key)
                return item.toObject();
    return {};
}

// The first visible item under `root` that `matches`.
QQuickItem *findWhere(QQuickItem *root, const std::function<bool(QQuickItem *)> &matches)
{
    if (!root || !root->isVisible())
        return nullptr;
    if (matches(root))
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findWhere(child, matches))
            return found;
    return nullptr;
}

QQuickItem *buttonSaying(QQuickWindow *window, const QString &text)
{
    return findWhere(window->contentItem(), [&](QQuickItem *item) {
        return item->inherits("QQuickAbstractButton") && item->property("text").toString() == text;
    });
}

// Chooses `file` in an open FileDialog as a person would: its folder opened, the file tapped in
// the list (or its name typed, to save), then Open (or Save).
bool choose(QQuickWindow *window, QObject *dialog, const QString &file)
{
    if (!dialog || !QTest::qWaitFor([&] { return dialog->property("visible").toBool(); }, 5000))
        return false;
    const QFileInfo info(file);
    dialog->setProperty("currentFolder", QUrl::fromLocalFile(info.absolutePath()));
    const bool saving = dialog->property("fileMode").toInt() == 2; // FileDialog.SaveFile
    if (saving) {
        QQuickItem *name = findWhere(window->contentItem(), [](QQuickItem *item) {
            return item->objectName() == u"fileNameTextField"_s;
        });
        if (!name) {
            qWarning("the dialog has no file name field");
            return false;
        }
        name->setProperty("text", info.fileName());
        QMetaObject::invokeMethod(name, "editingFinished");
    } else {
        QQuickItem *entry = nullptr;
        const QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
        (void)QTest::qWaitFor(
            [&] {
                entry = findWhere(window->contentItem(), [&](QQuickItem *item) {
                    return item->objectName().startsWith(u"fileDialogDelegate"_s) &&
                           item->property("file").toUrl() == url;
                });
                return entry != nullptr;
            },
            5000);
        if (!entry || !tapItem(window, entry))
            return false;
    }
    QQuickItem *button = buttonSaying(window, saving ? u"Save"_s : u"Open"_s);
    if (!button || !tapItem(window, button)) {
        qWarning("the dialog has no button to accept");
        return false;
    }
    return QTest::qWaitFor([&] { return !dialog->property("visible").toBool(); }, 5000);
}

QObject *dialogNamed(QQuickWindow *window, const QString &name)
{
    return window->findChild<QObject *>(name);
}

// A dish's form open on the hummus, the PhotoUpload of a device that knows its hub and token.
struct UploadOnResponder {
    HttpResponder http;
    SystemClock clock;
    VenueClient client{clock};
    DishForm form;
    PhotoUpload upload{client, form};
    MenuDocument document;

    UploadOnResponder()
    {
        document.defaultLanguage = u"en"_s;
        document.languages = {u"en"_s};
        document.categories.append({u"mezze"_s, {{u"en"_s, u"Mezze"_s}}, {}, false, {}});
        DocumentItem hummus;
        hummus.key = u"hummus"_s;
        hummus.category = u"mezze"_s;
        hummus.name = {{u"en"_s, u"Hummus"_s}};
        hummus.priceMinor = 650;
        hummus.photo = u"hummus.jpg"_s;
        document.items.append(hummus);
    }
    bool start()
    {
        if (!http.listen())
            return false;
        // The socket never opens (the stand-in speaks no WebSocket); the address and token are
        // what the upload uses.
        client.connectTo(http.hubUrl(), u"0wner70ken"_s);
        form.open(document, document.items.constFirst());
        return true;
    }
    bool finished()
    {
        return QTest::qWaitFor([&] { return !upload.uploading(); }, 10000);
    }
    int posts() const
    {
        return int(std::ranges::count_if(
            http.requests, [](const auto &request) { return request.method == "POST"; }));
    }
};

// An owner's screen on a fresh hub with the demo venue, signed in, its window shown.
struct OwnerOnHub {
    TestHub hub;
    SystemClock clock;
    VenueClient client{clock};
    OwnerScreen owner{client, clock};
    QQuickWindow *window = nullptr;

    QString open()
    {
        if (const QString failed = hub.start(); !failed.isEmpty())
            return failed;
        client.connectTo(hub.hub->url(), hub.enroll(u"Office"_s, u"owner"_s));
        if (!online(client))
            return u"the owner's device stayed offline"_s;
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
        return {};
    }
};

} // namespace

class TestOwnerPhotos : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The photos this test's screens cache stay in a folder of its own.
        static QTemporaryDir cache;
        qputenv("XDG_CACHE_HOME", cache.path().toUtf8());
    }

    void anUploadedPhotoBecomesTheDishs()
    {
        UploadOnResponder venue;
        QVERIFY(venue.start());
        const QByteArray photo = jpeg(320, 200, Qt::darkRed);
        const QString hash = PhotoCache::hashOf(photo);
        venue.http.answer = [&](const HttpResponder::Request &) {
            return HttpResponder::Answer{
                201, "{\"photo\": \"" + hash.toLatin1() + "\", \"width\": 320, \"height\": 200}",
                "application/json"};
        };
        QTemporaryDir dir;
        venue.upload.upload(QUrl::fromLocalFile(writeFile(dir, u"hummus.jpg"_s, photo)));
        QVERIFY(venue.upload.uploading());
        QVERIFY(venue.finished());
        QCOMPARE(venue.upload.error(), QString());
        QCOMPARE(venue.posts(), 1);
        const auto posted = std::ranges::find(venue.http.requests, QByteArray("POST"),
                                              &HttpResponder::Request::method);
        QVERIFY(posted != venue.http.requests.end());
        const HttpResponder::Request &sent = *posted;
        QCOMPARE(sent.path, QByteArray("/photos"));
        QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer 0wner70ken"));
        QCOMPARE(sent.body, photo);
        QCOMPARE(venue.form.photo(), hash);
        QCOMPARE(venue.form.photoUrl(), QUrl(u"image://photo/"_s + hash));
        QCOMPARE(venue.form.edit()[u"entry"_s][u"photo"_s].toString(), hash);
        QVERIFY(venue.form.modified());
        venue.form.setPhoto({});
        QCOMPARE(venue.form.edit()[u"entry"_s][u"photo"_s].toString(), QString());
    }

    void aRefusedUploadIsOneSentenceAndChangesNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("not an image")
            << 415 << QByteArray("not_an_image")
            << u"That file is not a photo the hub can read: choose a JPEG or PNG image."_s;
        QTest::newRow("too large") << 413 << QByteArray("too_large")
                                   << u"That file is too large: a photo may be at most 16 MB."_s;
        QTest::newRow("too many pixels")
            << 413 << QByteArray("photo_too_large")
            << u"That photo has too many pixels: at most 50 megapixels."_s;
        QTest::newRow("not an owner's device")
            << 403 << QByteArray("forbidden")
            << u"The hub does not take photos from this device: only an owner's device may add "
               "them."_s;
        QTest::newRow("store error") << 503 << QByteArray("store_error")
                                     << u"The hub could not keep the photo. Try again."_s;
    }

    void aRefusedUploadIsOneSentenceAndChangesNothing()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(QString, sentence);
        UploadOnResponder venue;
        QVERIFY(venue.start());
        venue.http.answer = [&](const HttpResponder::Request &) {
            return HttpResponder::Answer{
                status, "{\"error\": {\"code\": \"" + code + "\", \"message\": \"No.\"}}",
                "application/json"};
        };
        QTemporaryDir dir;
        venue.upload.upload(QUrl::fromLocalFile(writeFile(dir, u"notes.txt"_s, "not a photo")));
        QVERIFY(venue.finished());
        QCOMPARE(venue.upload.error(), sentence);
        QCOMPARE(venue.form.photo(), u"hummus.jpg"_s);
        QVERIFY(!venue.form.modified());
    }

    void aFileTooLargeOrNoHubIsRefusedBeforeSending()
    {
        UploadOnResponder venue;
        QVERIFY(venue.start());
        QTemporaryDir dir;
        QFile big(dir.filePath(u"big.jpg"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(PhotoUpload::MaxBytes + 1));
        big.close();
        venue.upload.upload(QUrl::fromLocalFile(big.fileName()));
        QCOMPARE(venue.upload.error(), u"That file is too large: a photo may be at most 16 MB."_s);
        venue.upload.upload(QUrl::fromLocalFile(dir.filePath(u"gone.jpg"_s)));
        QCOMPARE(venue.upload.error(), u"That file cannot be read. Choose another photo."_s);
        QCOMPARE(venue.posts(), 0);
        // The hub gone.
        venue.http.close();
        venue.upload.upload(
            QUrl::fromLocalFile(writeFile(dir, u"hummus.jpg"_s, jpeg(20, 20, Qt::blue))));
        QVERIFY(venue.finished());
        QCOMPARE(venue.upload.error(),
                 u"The hub cannot be reached, so the photo was not sent. Try again when it is "
                 "back."_s);
        QCOMPARE(venue.form.photo(), u"hummus.jpg"_s);
    }

    void theSpreadsheetGoesToAFileAndComesBackWithThePin()
    {
        HttpResponder http;
        QVERIFY(http.listen());
        SystemClock clock;
        VenueClient client(clock);
        client.connectTo(http.hubUrl(), u"0wner70ken"_s);
        MenuSpreadsheet sheet(client, [] { return u"2580"_s; });
        const QByteArray csv = "kind,key\ncategory,mezze\n";
        const QByteArray refusal =
            "{\"error\": {\"code\": \"bad_spreadsheet\", \"message\": \"Nothing was imported; fix "
            "these rows first:\\nRow 3, column price: not a price.\"}}";
        http.answer = [&](const HttpResponder::Request &request) {
            if (request.method == "GET")
                return HttpResponder::Answer{200, csv, "text/csv; charset=utf-8"};
            if (request.body.contains("bad"))
                return HttpResponder::Answer{400, refusal, "application/json"};
            return HttpResponder::Answer{200, "{\"published\": 1}", "application/json"};
        };
        // The device's WebSocket knocks on the same port meanwhile: look at the sheet's requests.
        const auto lastToTheSheet = [&] {
            HttpResponder::Request last;
            for (const auto &request : std::as_const(http.requests))
                if (request.path == "/menu/draft.csv")
                    last = request;
            return last;
        };
        QTemporaryDir dir;
        QStringList said;
        connect(&sheet, &MenuSpreadsheet::exported, this, [&](const QString &s) { said << s; });
        connect(&sheet, &MenuSpreadsheet::imported, this, [&](const QString &s) { said << s; });
        sheet.exportTo(QUrl::fromLocalFile(dir.filePath(u"menu.csv"_s)));
        QTRY_COMPARE(said.size(), 1);
        QCOMPARE(said.constLast(), u"The menu is saved as the spreadsheet menu.csv."_s);
        QFile saved(dir.filePath(u"menu.csv"_s));
        QVERIFY(saved.open(QIODevice::ReadOnly));
        QCOMPARE(saved.readAll(), csv);
        QCOMPARE(lastToTheSheet().headers.value("authorization"), QByteArray("Bearer 0wner70ken"));
        // A refused file: every row named, nothing said done.
        sheet.importFrom(QUrl::fromLocalFile(writeFile(dir, u"bad.csv"_s, "bad rows")));
        QTRY_VERIFY(!sheet.working());
        QCOMPARE(
            sheet.error(),
            u"Nothing was imported; fix these rows first:\nRow 3, column price: not a price."_s);
        QCOMPARE(said.size(), 1);
        QCOMPARE(lastToTheSheet().headers.value("x-tableside-pin"), QByteArray("2580"));
        QCOMPARE(lastToTheSheet().body, QByteArray("bad rows"));
        sheet.importFrom(QUrl::fromLocalFile(writeFile(dir, u"good.csv"_s, csv)));
        QTRY_COMPARE(said.size(), 2);
        QCOMPARE(sheet.error(), QString());
        QCOMPARE(said.constLast(),
                 u"The spreadsheet is the draft now. Publish to show it on the tables."_s);
        // No hub: nothing changed, said so.
        http.close();
        sheet.importFrom(QUrl::fromLocalFile(dir.filePath(u"good.csv"_s)));
        QTRY_VERIFY(!sheet.working());
        QCOMPARE(sheet.error(), u"The hub cannot be reached. Nothing was changed; try again when "
                                "it is back."_s);
    }

    // End to end: a photo file chosen in the hummus's form, published, on a table's menu and
    // through image://photo as the table shows it.
    void ownerAddsAPhotoAndTheTablesShowIt()
    {
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        QTemporaryDir dir;
        const QString file = writeFile(dir, u"IMG_2041.jpg"_s, jpeg(1200, 900, Qt::darkYellow));
        QVERIFY(tap(venue.window, u"dish_hummus"_s));
        QTRY_COMPARE(venue.owner.page(), u"item"_s);
        QVERIFY(tap(venue.window, u"choosePhoto"_s));
        QVERIFY(choose(venue.window, dialogNamed(venue.window, u"photoDialog"_s), file));
        QTRY_VERIFY_WITH_TIMEOUT(!venue.owner.photoUpload()->uploading(), 10000);
        QCOMPARE(venue.owner.photoUpload()->error(), QString());
        const QString hash = venue.owner.form()->photo();
        QVERIFY2(PhotoCache::isPhotoHash(hash), qPrintable(hash));
        // The form shows it as the tables will: the hub's photo, through the cache.
        QQuickItem *image = waitForItem(venue.window, u"photoImage"_s);
        QVERIFY(image);
        QTRY_COMPARE(image->property("status").toInt(), 1); // Image.Ready
        QVERIFY(tap(venue.window, u"saveDish"_s));
        QTRY_VERIFY(venue.owner.hasDraft());
        QVERIFY(tap(venue.window, u"publishButton"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!venue.owner.hasDraft(), 10000);
        // A table's menu names the photo, and its image://photo gives it, scaled by the hub.
        VenueClient table(venue.clock);
        table.connectTo(venue.hub.hub->url(), venue.hub.enroll(u"Table 4"_s, u"table"_s, 4));
        QVERIFY(online(table));
        QCOMPARE(dishOnTheTables(table, u"hummus"_s)[u"photo"_s].toString(), hash);
        QTemporaryDir tableCache;
        auto photos = std::make_shared<HubPhotos>(PhotoCache(tableCache.path()));
        photos->setHub(table.hub());
        PhotoImageProvider provider(photos);
        std::unique_ptr<QQuickImageResponse> response(provider.requestImageResponse(hash, QSize()));
        bool finished = false;
        connect(response.get(), &QQuickImageResponse::finished, this, [&] { finished = true; });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
        QCOMPARE(response->errorString(), QString());
        std::unique_ptr<QQuickTextureFactory> texture(response->textureFactory());
        QCOMPARE(texture->image().size(), QSize(1200, 900));
        QVERIFY(QFile::exists(PhotoCache(tableCache.path()).pathOf(hash)));
        // Remove photo takes it off the dish.
        QVERIFY(tap(venue.window, u"dish_hummus"_s));
        QTRY_COMPARE(venue.owner.page(), u"item"_s);
        QVERIFY(tap(venue.window, u"removePhoto"_s));
        QCOMPARE(venue.owner.form()->photo(), QString());
        QVERIFY(venue.owner.form()->modified());
    }

    // A file that is not a photo, chosen in the form: one sentence, the dish as it was.
    void aFileThatIsNotAPhotoIsRefusedOnTheForm()
    {
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        QTemporaryDir dir;
        // Named as a photo, but a PDF inside.
        const QString file = writeFile(dir, u"menu.jpg"_s, "%PDF-1.4 not a photo");
        QVERIFY(tap(venue.window, u"dish_hummus"_s));
        QTRY_COMPARE(venue.owner.page(), u"item"_s);
        const QString before = venue.owner.form()->photo();
        QVERIFY(tap(venue.window, u"choosePhoto"_s));
        QVERIFY(choose(venue.window, dialogNamed(venue.window, u"photoDialog"_s), file));
        QQuickItem *error = waitForItem(venue.window, u"photoError"_s);
        QVERIFY(error);
        QCOMPARE(error->property("text").toString(),
                 u"That file is not a photo the hub can read: choose a JPEG or PNG image."_s);
        QCOMPARE(venue.owner.form()->photo(), before);
        QVERIFY(!venue.owner.form()->modified());
        QCOMPARE(venue.hub.scalar(u"SELECT count(*) FROM photos"_s).toInt(), 0);
    }

    // The editor's Import spreadsheet…: a file with bad rows is refused naming them and the draft
    // stays as it was; a good file becomes the draft the screen shows.
    void importingASpreadsheetThroughTheEditor()
    {
        OwnerOnHub venue;
        QCOMPARE(venue.open(), QString());
        QTemporaryDir dir;
        // The menu as it is, exported through the editor.
        const QString exported = dir.filePath(u"menu.csv"_s);
        QVERIFY(tap(venue.window, u"exportSpreadsheet"_s));
        QObject *saveDialog = dialogNamed(venue.window, u"exportDialog"_s);
        QVERIFY(choose(venue.window, saveDialog, exported));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(exported), 10000);
        QTRY_VERIFY(!venue.owner.spreadsheet()->working());
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY2(csv.startsWith("\xEF\xBB\xBFkind,key,"), csv.left(100).constData());
        QVERIFY(csv.contains("hummus"));
        const qint64 editsBefore =
            venue.hub.scalar(u"SELECT count(*) FROM menu_draft_edits"_s).toLongLong();

        // Two bad rows: a price that is not one, a dish in no category.
        QList<QByteArray> lines = csv.split('\n');
        qsizetype hummusRow = -1;
        for (qsizetype i = 0; i < lines.size(); ++i)
            if (lines[i].startsWith("dish,hummus,"))
                hummusRow = i;
        QVERIFY(hummusRow > 0);
        QList<QByteArray> bad = lines;
        bad[hummusRow].replace("dish,hummus,mezze,6.50", "dish,hummus,mezze,six");
        bad.insert(hummusRow + 1, "dish,ghost-dish,nowhere,4.00");
        const QString badFile = writeFile(dir, u"bad.csv"_s, bad.join('\n'));
        QVERIFY(tap(venue.window, u"importSpreadsheet"_s));
        QVERIFY(choose(venue.window, dialogNamed(venue.window, u"importDialog"_s), badFile));
        QQuickItem *refusal = waitForItem(venue.window, u"spreadsheetError"_s);
        QVERIFY(refusal);
        const QString said = refusal->property("text").toString();
        QVERIFY2(said.contains(u"Row %1"_s.arg(hummusRow + 1)) && said.contains(u"price"_s),
                 qPrintable(said));
        QVERIFY2(said.contains(u"Row %1"_s.arg(hummusRow + 2)), qPrintable(said));
        QCOMPARE(venue.hub.scalar(u"SELECT count(*) FROM menu_draft_edits"_s).toLongLong(),
                 editsBefore);
        QVERIFY(!venue.owner.hasDraft());
        QVERIFY(tap(venue.window, u"closeSpreadsheetRefusal"_s));
        QTRY_COMPARE(venue.owner.spreadsheet()->error(), QString());

        // A good file: the hummus at 7.25 is the draft, and the screen shows it.
        QList<QByteArray> good = lines;
        good[hummusRow].replace("dish,hummus,mezze,6.50", "dish,hummus,mezze,7.25");
        const QString goodFile = writeFile(dir, u"good.csv"_s, good.join('\n'));
        QVERIFY(tap(venue.window, u"importSpreadsheet"_s));
        QVERIFY(choose(venue.window, dialogNamed(venue.window, u"importDialog"_s), goodFile));
        QTRY_VERIFY_WITH_TIMEOUT(venue.owner.hasDraft(), 10000);
        QTRY_COMPARE(venue.owner.document().item(u"hummus"_s)->priceMinor, 725);
        QCOMPARE(venue.owner.notice(),
                 u"The spreadsheet is the draft now. Publish to show it on the tables."_s);
    }
};

QTEST_MAIN(TestOwnerPhotos)
#include "tst_ownerphotos.moc"
