#include "qrcode.h"

#include <qrencode.h>

#include <memory>

namespace tableside {

QrCode QrCode::encode(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> made(
        QRcode_encodeString8bit(bytes.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    QrCode code;
    if (!made)
        return code;
    code.m_version = made->version;
    code.m_size = made->width;
    code.m_modules.resize(qsizetype(made->width) * made->width);
    for (qsizetype i = 0; i < code.m_modules.size(); ++i)
        code.m_modules[i] = made->data[i] & 1; // bit 0: dark; the others say what the module is
    return code;
}

bool QrCode::dark(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_size || y >= m_size)
        return false; // the quiet zone
    return m_modules[qsizetype(y) * m_size + x];
}

QImage QrCode::image(int scale, int quietZone) const
{
    if (isNull() || scale < 1)
        return {};
    const int side = (m_size + 2 * quietZone) * scale;
    QImage drawn(side, side, QImage::Format_Grayscale8);
    for (int py = 0; py < side; ++py) {
        uchar *row = drawn.scanLine(py);
        const int y = py / scale - quietZone;
        for (int px = 0; px < side; ++px)
            row[px] = dark(px / scale - quietZone, y) ? 0 : 255;
    }
    return drawn;
}

} // namespace tableside
