#pragma once
// The venue's photo library (schema 8's `photos`): each photo kept once, as the hub scaled it,
// under the SHA-256 of its bytes in lower-case hex, with its size, type and the device that
// brought it. The hub serves them over HTTP (PROTOCOL.md "HTTP on the hub's port").

#include "clock.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tableside {

struct StoredPhoto {
    QString hash; // 64 lower-case hex digits: SHA-256 of bytes
    QByteArray bytes;
    QString mediaType; // "image/jpeg"
    int width = 0;
    int height = 0;
    QDateTime storedAt;
    qint64 deviceId = 0; // 0: not brought by a device
};

class PhotoRepository {
public:
    PhotoRepository(QSqlDatabase db, const Clock &clock);

    // 64 hex digits in lower case, as a photo is named.
    static bool isPhotoHash(QStringView text);
    static QString hashOf(const QByteArray &bytes);

    // Keeps the photo under the hash of its bytes, stored now: true when it is new, false when
    // the library already had it (then nothing is written). bad_request when the photo has no
    // size or type.
    Result<bool> add(const QByteArray &bytes, const QString &mediaType, int width, int height,
                     qint64 deviceId);
    // The photo named hash, or none.
    Result<std::optional<StoredPhoto>> find(const QString &hash) const;

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace tableside
