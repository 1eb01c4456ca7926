#pragma once
// image://photo/<hash>: a photo of the venue's library, by the SHA-256 its dish names. Read from
// the device's cache and decoded off the GUI thread at the size it is shown; a photo not cached
// yet is fetched from the hub first (HubPhotos). While the hub cannot be reached the image stays
// loading (its space as empty as a photo not read yet) and the fetch is tried again, less often
// each time; a photo the hub does not have ends as an error, an empty space too.

#include "hubphotos.h"

#include <QImage>
#include <QQuickAsyncImageProvider>
#include <QTimer>

#include <memory>

namespace tableside {

class PhotoImageProvider : public QQuickAsyncImageProvider {
public:
    static constexpr auto Id = "photo";
    explicit PhotoImageProvider(std::shared_ptr<HubPhotos> photos);
    QQuickImageResponse *requestImageResponse(const QString &id,
                                              const QSize &requestedSize) override;

private:
    std::shared_ptr<HubPhotos> m_photos;
};

// One Image's wait for one photo; lives on the thread that asked for it (Qt's image reader).
class PhotoResponse : public QQuickImageResponse {
    Q_OBJECT

public:
    static constexpr int FirstRetryMs = 2000;
    static constexpr int LastRetryMs = 30000;

    PhotoResponse(std::shared_ptr<HubPhotos> photos, QString hash, QSize requestedSize);
    QQuickTextureFactory *textureFactory() const override;
    QString errorString() const override { return m_error; }
    void cancel() override;

    // The photo's bytes as an image no larger than needed to cover `requested` (either side may
    // be 0: free); a null image when they are not an image.
    static QImage decode(const QByteArray &bytes, const QSize &requested);

private:
    void look();
    void onLooked(bool hit, const QImage &image);
    void onFetched(const QString &hash, bool ok, bool retryable);
    void finish(const QImage &image, const QString &error);

    std::shared_ptr<HubPhotos> m_photos;
    QString m_hash;
    QSize m_requested;
    QImage m_image;
    QString m_error;
    QTimer m_retry;
    int m_retryMs = FirstRetryMs;
    bool m_busy = false;    // the cache is being read on a worker
    bool m_fetched = false; // the hub delivered it: a miss now is a photo that is not an image
    bool m_cancelled = false;
    bool m_done = false;
};

} // namespace tableside
