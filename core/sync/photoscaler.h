#pragma once
// A photo as the hub keeps it (PROTOCOL.md "HTTP on the hub's port"): upright by its EXIF
// orientation, fit within MaxSide x MaxSide without being enlarged, on white where it was
// transparent, JPEG at JpegQuality, nothing of the file's metadata kept. A picture with more
// pixels than the hub would decode is refused from its header, before any is decoded. The only
// part of the core that links QtGui (for QImage); pure, and safe on any thread.

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace tableside {

struct ScaledPhoto {
    QByteArray jpeg;
    int width = 0;
    int height = 0;
};

class PhotoScaler {
    Q_DECLARE_TR_FUNCTIONS(PhotoScaler)

public:
    static constexpr int MaxSide = 1600;
    static constexpr int JpegQuality = 85;
    // A 48-megapixel phone's photo is read; a decompression bomb (a few KiB that claim a
    // gigapixel) is not.
    static constexpr qint64 MaxSourcePixels = 50'000'000;
    static constexpr const char *MediaType = "image/jpeg";

    // not_an_image (not a JPEG or PNG, or GIF, BMP or WebP, the hub can read, or a damaged one),
    // photo_too_large (over MaxSourcePixels), photo_unwritable (the hub cannot write JPEG).
    static Result<ScaledPhoto> scale(const QByteArray &file);
};

} // namespace tableside
