#include "hubphotos.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace tableside {

QUrl hubHttpUrl(const QUrl &hub, const QString &path)
{
    if (!hub.isValid() || hub.host().isEmpty())
        return {};
    QUrl url;
    url.setScheme(hub.scheme() == u"wss"_s ? u"https"_s : u"http"_s);
    url.setHost(hub.host());
    url.setPort(hub.port());
    url.setPath(path);
    return url;
}

QUrl photoImageUrl(const QString &photo, const QUrl &shippedBase)
{
    if (photo.isEmpty())
        return {};
    if (PhotoCache::isPhotoHash(photo))
        return QUrl(u"image://photo/"_s + photo);
    return shippedBase.resolved(QUrl(photo));
}

PhotoFetcher::PhotoFetcher(PhotoCache cache)
    : m_cache(std::move(cache))
{}

void PhotoFetcher::setHub(const QUrl &hub)
{
    m_hub = hub;
}

void PhotoFetcher::fetch(const QString &hash)
{
    if (m_inFlight.contains(hash))
        return;
    if (!PhotoCache::isPhotoHash(hash)) {
        emit fetched(hash, false, false);
        return;
    }
    if (m_cache.read(hash)) { // another asker's fetch brought it meanwhile
        emit fetched(hash, true, false);
        return;
    }
    const QUrl url = hubHttpUrl(m_hub, u"/photos/"_s + hash);
    if (!url.isValid()) { // not connected yet: the hub's address comes with the connection
        emit fetched(hash, false, true);
        return;
    }
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    QNetworkRequest request(url);
    request.setTransferTimeout(TimeoutMs);
    QNetworkReply *reply = m_network->get(request);
    m_inFlight.insert(hash, reply);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxPhotoBytes) {
            reply->setProperty("tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, hash] { onFinished(reply, hash); });
}

void PhotoFetcher::onFinished(QNetworkReply *reply, const QString &hash)
{
    reply->deleteLater();
    m_inFlight.remove(hash);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status == 200) {
        const QByteArray bytes = reply->readAll();
        // Bytes that are not the photo named (cut short on the way) are not kept.
        const bool kept = m_cache.store(hash, bytes);
        emit fetched(hash, kept, !kept);
        return;
    }
    // No such photo on the hub is final; anything else (no hub, a timeout, a hub that failed)
    // may pass.
    const bool missing = status == 404 || status == 400 || reply->property("tooLarge").toBool();
    emit fetched(hash, false, !missing);
}

HubPhotos::HubPhotos(PhotoCache cache)
    : m_cache(cache)
    , m_fetcher(new PhotoFetcher(std::move(cache)))
{
    m_thread.setObjectName(u"photos"_s);
    m_fetcher->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    m_thread.start();
}

HubPhotos::~HubPhotos()
{
    m_thread.quit();
    m_thread.wait();
}

void HubPhotos::setHub(const QUrl &hub)
{
    QMetaObject::invokeMethod(m_fetcher, "setHub", Qt::QueuedConnection, Q_ARG(QUrl, hub));
}

void HubPhotos::fetch(const QString &hash)
{
    QMetaObject::invokeMethod(m_fetcher, "fetch", Qt::QueuedConnection, Q_ARG(QString, hash));
}

} // namespace tableside
