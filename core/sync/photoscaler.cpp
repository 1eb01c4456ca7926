#include "photoscaler.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// QImageReader's own ceiling on what it allocates, in MiB: above MaxSourcePixels at 4 bytes a
// pixel, so that it only ever stops a file whose header lied about its size.
constexpr int DecodeLimitMiB = 256;

// WebP only where Qt's plugin for it is installed (qt6-image-formats-plugins).
bool isReadFormat(const QByteArray &format)
{
    for (const char *accepted : {"jpeg", "png", "webp", "gif", "bmp"})
        if (format == accepted)
            return true;
    return false;
}

} // namespace

Result<ScaledPhoto> PhotoScaler::scale(const QByteArray &file)
{
    const auto notAnImage = [] {
        return makeError(u"not_an_image"_s,
                         tr("This file is not a photo the hub can read: send a JPEG or PNG."));
    };
    QBuffer source;
    source.setData(file);
    if (!source.open(QIODevice::ReadOnly))
        return notAnImage();
    QImageReader reader(&source);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(DecodeLimitMiB);
    if (!isReadFormat(reader.format()))
        return notAnImage();
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return notAnImage();
    if (qint64(size.width()) * size.height() > MaxSourcePixels)
        return makeError(u"photo_too_large"_s,
                         tr("This photo has more than %1 million pixels: send a smaller one.")
                             .arg(MaxSourcePixels / 1'000'000));
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return notAnImage();

    if (image.width() > MaxSide || image.height() > MaxSide)
        image = image.scaled(MaxSide, MaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    // A fresh canvas: white under what was transparent (JPEG has no alpha), and none of the
    // file's text (comments, a PNG's tEXt) carried into the bytes the hub serves.
    QImage upright(image.size(), QImage::Format_RGB32);
    upright.fill(Qt::white);
    {
        QPainter painter(&upright);
        painter.drawImage(0, 0, image);
    }

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(JpegQuality);
    if (!writer.write(upright))
        return makeError(u"photo_unwritable"_s,
                         tr("The hub cannot write JPEG photos: %1.").arg(writer.errorString()));
    return ScaledPhoto{out.data(), upright.width(), upright.height()};
}

} // namespace tableside
