#pragma once
// QML's image://qr/<text>: the QR code of the text (percent-encoded in the URL), black on white
// with its quiet zone, in whole pixels per module so a camera reads it sharp.

#include <QQuickImageProvider>

namespace tableside {

class QrImageProvider : public QQuickImageProvider {
public:
    QrImageProvider();
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;
};

} // namespace tableside
