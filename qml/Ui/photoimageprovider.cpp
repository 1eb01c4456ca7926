#include "photoimageprovider.h"

#include <QBuffer>
#include <QImageReader>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace tableside {

PhotoImageProvider::PhotoImageProvider(std::shared_ptr<HubPhotos> photos)
    : m_photos(std::move(photos))
{}

QQuickImageResponse *PhotoImageProvider::requestImageResponse(const QString &id,
                                                              const QSize &requestedSize)
{
    return new PhotoResponse(m_photos, id, requestedSize);
}

PhotoResponse::PhotoResponse(std::shared_ptr<HubPhotos> photos, QString hash, QSize requestedSize)
    : m_photos(std::move(photos))
    , m_hash(std::move(hash))
    , m_requested(requestedSize)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] { m_photos->fetch(m_hash); });
    connect(m_photos->fetcher(), &PhotoFetcher::fetched, this, &PhotoResponse::onFetched);
    if (!PhotoCache::isPhotoHash(m_hash)) {
        // Finished from the event loop, once the image reader listens.
        QMetaObject::invokeMethod(
            this,
            [this] { finish({}, u"%1 is not the name of a photo of the venue"_s.arg(m_hash)); },
            Qt::QueuedConnection);
        return;
    }
    look();
}

QQuickTextureFactory *PhotoResponse::textureFactory() const
{
    return QQuickTextureFactory::textureFactoryForImage(m_image);
}

QImage PhotoResponse::decode(const QByteArray &bytes, const QSize &requested)
{
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer);
    const QSize full = reader.size();
    if (full.isValid() && (requested.width() > 0 || requested.height() > 0)) {
        // Scaled down to cover what is shown (an Image crops what is left over), never up.
        QSize wanted = requested;
        if (wanted.width() <= 0)
            wanted.setWidth(full.width() * wanted.height() / std::max(1, full.height()));
        if (wanted.height() <= 0)
            wanted.setHeight(full.height() * wanted.width() / std::max(1, full.width()));
        const QSize scaled = full.scaled(wanted, Qt::KeepAspectRatioByExpanding);
        if (scaled.width() < full.width())
            reader.setScaledSize(scaled);
    }
    return reader.read();
}

void PhotoResponse::look()
{
    m_busy = true;
    // The disk and the decoding on a worker; the answer comes back on this response's thread
    // (dropped if the response is gone by then).
    QThreadPool::globalInstance()->start([this, cache = m_photos->cache(), hash = m_hash,
                                          requested = m_requested] {
        const auto bytes = cache.read(hash);
        const QImage image = bytes ? decode(*bytes, requested) : QImage();
        QMetaObject::invokeMethod(
            this, [this, hit = bool(bytes), image] { onLooked(hit, image); }, Qt::QueuedConnection);
    });
}

void PhotoResponse::onLooked(bool hit, const QImage &image)
{
    m_busy = false;
    if (m_cancelled)
        return finish({}, u"cancelled"_s);
    if (hit && !image.isNull())
        return finish(image, {});
    if (hit || m_fetched)
        return finish({}, u"photo %1 is not an image"_s.arg(m_hash));
    m_photos->fetch(m_hash);
}

void PhotoResponse::onFetched(const QString &hash, bool ok, bool retryable)
{
    if (hash != m_hash || m_done || m_busy)
        return;
    if (ok) { // this response's fetch, or another's for the same photo
        m_retry.stop();
        m_fetched = true;
        look();
    } else if (retryable) {
        if (m_retry.isActive())
            return;
        m_retry.start(m_retryMs);
        m_retryMs = std::min(2 * m_retryMs, LastRetryMs);
    } else {
        finish({}, u"the hub has no photo %1"_s.arg(m_hash));
    }
}

void PhotoResponse::cancel()
{
    m_cancelled = true;
    m_retry.stop();
    if (!m_busy)
        finish({}, u"cancelled"_s);
}

void PhotoResponse::finish(const QImage &image, const QString &error)
{
    if (m_done)
        return;
    m_done = true;
    m_retry.stop();
    m_image = image;
    m_error = error;
    emit finished();
}

} // namespace tableside
