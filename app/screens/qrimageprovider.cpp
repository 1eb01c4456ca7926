#include "qrimageprovider.h"

#include "qrcode.h"

#include <QUrl>

namespace tableside {

QrImageProvider::QrImageProvider()
    : QQuickImageProvider(QQuickImageProvider::Image)
{}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    constexpr int QuietZone = 4;
    const QrCode code = QrCode::encode(QUrl::fromPercentEncoding(id.toUtf8()));
    if (code.isNull())
        return {};
    const int modules = code.size() + 2 * QuietZone;
    const int wanted = std::min(requestedSize.width() > 0 ? requestedSize.width() : 8 * modules,
                                requestedSize.height() > 0 ? requestedSize.height() : 8 * modules);
    const QImage image = code.image(std::max(1, wanted / modules), QuietZone);
    if (size)
        *size = image.size();
    return image;
}

} // namespace tableside
