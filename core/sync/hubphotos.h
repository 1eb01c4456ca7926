#pragma once
// The venue's photos as a device reads them: from its own disk cache (PhotoCache), else once from
// the hub over HTTP on the hub's own port (GET /photos/<hash>, PROTOCOL.md), on a thread of its
// own so that no screen waits on the network. One fetch per photo at a time however many ask.

#include "photocache.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkAccessManager;
class QNetworkReply;
QT_END_NAMESPACE

namespace tableside {

// The address of `path` over HTTP on the hub's port: ws://HOST:PORT -> http://HOST:PORT/path.
QUrl hubHttpUrl(const QUrl &hub, const QString &path);
// A dish's photo as an Image's source: one of the venue's library (its SHA-256) through
// image://photo, else a file the program ships, under `shippedBase`; empty for none.
QUrl photoImageUrl(const QString &photo, const QUrl &shippedBase);

// Lives on HubPhotos' thread; connect to fetched() from any thread.
class PhotoFetcher : public QObject {
    Q_OBJECT

public:
    // Bytes past this are not a photo the hub serves (it scales every photo down).
    static constexpr qint64 MaxPhotoBytes = 8 * 1024 * 1024;
    static constexpr int TimeoutMs = 15000;

    explicit PhotoFetcher(PhotoCache cache);

    Q_INVOKABLE void setHub(const QUrl &hub);
    Q_INVOKABLE void fetch(const QString &hash);

signals:
    // ok: the photo is in the cache now. retryable: the hub could not be reached or did not
    // answer well; ask again later. Neither: the hub has no such photo.
    void fetched(const QString &hash, bool ok, bool retryable);

private:
    void onFinished(QNetworkReply *reply, const QString &hash);

    PhotoCache m_cache;
    QUrl m_hub;
    QNetworkAccessManager *m_network = nullptr; // made on the fetcher's own thread
    QHash<QString, QNetworkReply *> m_inFlight;
};

class HubPhotos {
public:
    explicit HubPhotos(PhotoCache cache = PhotoCache(PhotoCache::defaultDir()));
    ~HubPhotos();
    HubPhotos(const HubPhotos &) = delete;
    HubPhotos &operator=(const HubPhotos &) = delete;

    const PhotoCache &cache() const { return m_cache; }
    PhotoFetcher *fetcher() const { return m_fetcher; }
    // The hub's ws:// address, as the device's VenueClient has it. Any thread.
    void setHub(const QUrl &hub);
    // Fetches `hash` into the cache; the fetcher's fetched() follows. Any thread.
    void fetch(const QString &hash);

private:
    PhotoCache m_cache;
    QThread m_thread;
    PhotoFetcher *m_fetcher;
};

} // namespace tableside
