// The venue's photos on a device: the disk cache by content hash (a hit, a miss fetched once from
// the hub over HTTP, a corrupt file thrown away and fetched again), the fetcher's verdicts (no
// such photo, no hub), and image://photo giving the image at the size it is shown, waiting
// through a hub that is down until it is back.
#include "../support/httpresponder.h"

#include "hubphotos.h"
#include "photocache.h"
#include "photoimageprovider.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <QtQuick/QQuickTextureFactory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

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

// A hub that serves one photo under its hash.
struct PhotoHub {
    HttpResponder http;
    QByteArray photo = jpeg(800, 600, Qt::darkGreen);
    QString hash = PhotoCache::hashOf(photo);

    PhotoHub()
    {
        http.answer = [this](const HttpResponder::Request &request) {
            if (request.method == "GET" && request.path == "/photos/" + hash.toLatin1())
                return HttpResponder::Answer{200, photo, "image/jpeg"};
            return HttpResponder::Answer{404, R"({"error":{"code":"unknown_photo"}})",
                                         "application/json"};
        };
    }
    int photoRequests() const
    {
        return int(std::ranges::count_if(http.requests, [this](const auto &request) {
            return request.path == "/photos/" + hash.toLatin1();
        }));
    }
};

// Waits for the fetcher's verdict on `hash`: {ok, retryable}. Received on this thread (the
// fetcher's own may answer before a spy would wait).
std::pair<bool, bool> fetchOnce(HubPhotos &photos, const QString &hash)
{
    QObject here;
    std::optional<std::pair<bool, bool>> verdict;
    QObject::connect(photos.fetcher(), &PhotoFetcher::fetched, &here,
                     [&](const QString &fetched, bool ok, bool retryable) {
                         if (fetched == hash && !verdict)
                             verdict = std::make_pair(ok, retryable);
                     });
    photos.fetch(hash);
    if (!QTest::qWaitFor([&] { return verdict.has_value(); }, 10000))
        return {false, false};
    return *verdict;
}

struct Loaded {
    bool finished = false;
    QString error;
    QSize size;
};

// One Image's request of image://photo/<id> at `size`, answered within `timeoutMs`.
Loaded load(PhotoImageProvider &provider, const QString &id, QSize size, int timeoutMs = 10000)
{
    QQuickImageResponse *response = provider.requestImageResponse(id, size);
    Loaded loaded;
    QObject::connect(response, &QQuickImageResponse::finished, response,
                     [&] { loaded.finished = true; });
    (void)QTest::qWaitFor([&] { return loaded.finished; }, timeoutMs);
    if (loaded.finished) {
        loaded.error = response->errorString();
        if (QQuickTextureFactory *factory = response->textureFactory()) {
            loaded.size = factory->image().size();
            delete factory;
        }
        delete response;
    } else {
        response->cancel();
        (void)QTest::qWaitFor([&] { return loaded.finished; }, 5000);
        delete response;
    }
    return loaded;
}

} // namespace

class TestPhotos : public QObject {
    Q_OBJECT

private slots:
    void hashesAreLowercaseHex()
    {
        QVERIFY(PhotoCache::isPhotoHash(QString(64, u'a')));
        QVERIFY(!PhotoCache::isPhotoHash(QString(64, u'A')));
        QVERIFY(!PhotoCache::isPhotoHash(QString(63, u'a')));
        QVERIFY(!PhotoCache::isPhotoHash(u"grilled-halloumi.jpg"_s));
        QCOMPARE(PhotoCache::hashOf("abc"),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
    }

    void theHubsHttpIsOnItsOwnPort()
    {
        QCOMPARE(hubHttpUrl(QUrl(u"ws://10.0.0.5:7420"_s), u"/photos/ab"_s),
                 QUrl(u"http://10.0.0.5:7420/photos/ab"_s));
        QCOMPARE(hubHttpUrl(QUrl(u"wss://hub.local:443"_s), u"/menu/draft.csv"_s),
                 QUrl(u"https://hub.local:443/menu/draft.csv"_s));
        QVERIFY(!hubHttpUrl(QUrl(), u"/photos/ab"_s).isValid());
    }

    void cacheKeepsOnlyWhatMatchesItsHash()
    {
        QTemporaryDir dir;
        const PhotoCache cache(dir.path() + u"/photos"_s);
        const QByteArray photo = jpeg(40, 30, Qt::red);
        const QString hash = PhotoCache::hashOf(photo);
        QVERIFY(!cache.read(hash));
        QVERIFY(!cache.store(hash, photo + "x")); // not the bytes named
        QVERIFY(!QFile::exists(cache.pathOf(hash)));
        QVERIFY(cache.store(hash, photo));
        QCOMPARE(cache.pathOf(hash), dir.path() + u"/photos/"_s + hash + u".jpg"_s);
        QCOMPARE(cache.read(hash).value_or(QByteArray()), photo);
        // A torn file: thrown away, not shown.
        QFile file(cache.pathOf(hash));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(photo.left(photo.size() / 2));
        file.close();
        QVERIFY(!cache.read(hash));
        QVERIFY(!QFile::exists(cache.pathOf(hash)));
    }

    void aMissIsFetchedOnceThenReadFromDisk()
    {
        PhotoHub hub;
        QVERIFY(hub.http.listen());
        QTemporaryDir dir;
        HubPhotos photos{PhotoCache(dir.path())};
        photos.setHub(hub.http.hubUrl());
        QCOMPARE(fetchOnce(photos, hub.hash), std::make_pair(true, false));
        QCOMPARE(hub.photoRequests(), 1);
        QCOMPARE(photos.cache().read(hub.hash).value_or(QByteArray()), hub.photo);
        // Cached: the hub is not asked again.
        QCOMPARE(fetchOnce(photos, hub.hash), std::make_pair(true, false));
        QCOMPARE(hub.photoRequests(), 1);
    }

    void aCorruptFileIsFetchedAgain()
    {
        PhotoHub hub;
        QVERIFY(hub.http.listen());
        QTemporaryDir dir;
        const PhotoCache cache(dir.path());
        QVERIFY(QDir().mkpath(dir.path()));
        QFile file(cache.pathOf(hub.hash));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not the photo");
        file.close();
        auto photos = std::make_shared<HubPhotos>(cache);
        photos->setHub(hub.http.hubUrl());
        PhotoImageProvider provider(photos);
        const Loaded loaded = load(provider, hub.hash, {});
        QVERIFY(loaded.finished);
        QCOMPARE(loaded.error, QString());
        QCOMPARE(loaded.size, QSize(800, 600));
        QCOMPARE(hub.photoRequests(), 1);
        QCOMPARE(cache.read(hub.hash).value_or(QByteArray()), hub.photo);
    }

    void theHubsVerdicts()
    {
        PhotoHub hub;
        QVERIFY(hub.http.listen());
        QTemporaryDir dir;
        HubPhotos photos{PhotoCache(dir.path())};
        // Before the device knows its hub: try again later.
        QCOMPARE(fetchOnce(photos, hub.hash), std::make_pair(false, true));
        photos.setHub(hub.http.hubUrl());
        // No such photo: final.
        QCOMPARE(fetchOnce(photos, QString(64, u'0')), std::make_pair(false, false));
        // Bytes that are not the photo named (a hub or proxy that cut them): not kept, again later.
        hub.http.answer = [&](const HttpResponder::Request &) {
            return HttpResponder::Answer{200, hub.photo.left(100), "image/jpeg"};
        };
        QCOMPARE(fetchOnce(photos, hub.hash), std::make_pair(false, true));
        QVERIFY(!QFile::exists(photos.cache().pathOf(hub.hash)));
        // The hub gone: again later.
        hub.http.close();
        QCOMPARE(fetchOnce(photos, hub.hash), std::make_pair(false, true));
    }

    void theProviderScalesToCoverWhatIsShown()
    {
        PhotoHub hub;
        QVERIFY(hub.http.listen());
        QTemporaryDir dir;
        auto photos = std::make_shared<HubPhotos>(PhotoCache(dir.path()));
        photos->setHub(hub.http.hubUrl());
        PhotoImageProvider provider(photos);
        // A card 300 wide and 168 high: 800x600 scaled to cover it, 300x225.
        Loaded loaded = load(provider, hub.hash, QSize(300, 168));
        QCOMPARE(loaded.error, QString());
        QCOMPARE(loaded.size, QSize(300, 225));
        loaded = load(provider, hub.hash, QSize(0, 60));
        QCOMPARE(loaded.size, QSize(80, 60));
        // Never scaled up.
        loaded = load(provider, hub.hash, QSize(1600, 1200));
        QCOMPARE(loaded.size, QSize(800, 600));
        QCOMPARE(hub.photoRequests(), 1);
        // Not a photo of the library, and one the hub does not have: an error, at once.
        loaded = load(provider, u"grilled-halloumi.jpg"_s, {});
        QVERIFY(loaded.finished);
        QVERIFY(!loaded.error.isEmpty());
        loaded = load(provider, QString(64, u'0'), {});
        QVERIFY(loaded.finished);
        QVERIFY(!loaded.error.isEmpty());
    }

    // An unreachable hub leaves the image loading (an empty space, no error) and is asked again
    // until it answers.
    void anUnreachableHubIsAskedAgainLater()
    {
        PhotoHub hub;
        QVERIFY(hub.http.listen());
        const quint16 port = hub.http.port();
        hub.http.close();
        QTemporaryDir dir;
        auto photos = std::make_shared<HubPhotos>(PhotoCache(dir.path()));
        photos->setHub(QUrl(u"ws://127.0.0.1:%1"_s.arg(port)));
        PhotoImageProvider provider(photos);
        QQuickImageResponse *response = provider.requestImageResponse(hub.hash, QSize(200, 0));
        QSignalSpy finished(response, &QQuickImageResponse::finished);
        QVERIFY(!finished.wait(PhotoResponse::FirstRetryMs / 2)); // still loading
        QVERIFY(hub.http.listen(port));
        QVERIFY(finished.wait(PhotoResponse::FirstRetryMs + 4 * PhotoResponse::FirstRetryMs));
        QCOMPARE(response->errorString(), QString());
        std::unique_ptr<QQuickTextureFactory> factory(response->textureFactory());
        QCOMPARE(factory->image().size(), QSize(200, 150));
        QCOMPARE(hub.photoRequests(), 1);
        delete response;
    }

    // An Image that goes away while the hub is down: its wait ends, nothing is asked after.
    void aCancelledWaitEnds()
    {
        QTemporaryDir dir;
        auto photos = std::make_shared<HubPhotos>(PhotoCache(dir.path()));
        photos->setHub(QUrl(u"ws://127.0.0.1:9"_s));
        PhotoImageProvider provider(photos);
        QQuickImageResponse *response = provider.requestImageResponse(QString(64, u'a'), {});
        QSignalSpy finished(response, &QQuickImageResponse::finished);
        QTest::qWait(200);
        response->cancel();
        QVERIFY(finished.wait(5000) || finished.size() == 1);
        QVERIFY(!response->errorString().isEmpty());
        delete response;
    }
};

QTEST_MAIN(TestPhotos)
#include "tst_photos.moc"
