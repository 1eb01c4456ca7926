#pragma once
// A device's photos on its own disk, each under the SHA-256 of its bytes (the hash a dish names):
// read once from the hub, then never again. A file whose bytes no longer match its name (a torn
// write, a bad sector) is thrown away and read from the hub again. Stateless: any thread may use
// it.

#include <QByteArray>
#include <QString>

#include <optional>

namespace tableside {

class PhotoCache {
public:
    // dir: where the photos are kept (made when the first is stored).
    explicit PhotoCache(QString dir);
    // QStandardPaths::CacheLocation/photos.
    static QString defaultDir();
    // 64 lowercase hex digits: a photo in the venue's library, not a file the program ships.
    static bool isPhotoHash(const QString &text);
    static QString hashOf(const QByteArray &bytes);

    QString dir() const { return m_dir; }
    QString pathOf(const QString &hash) const;
    // The photo's bytes when they are here and match their hash; a file that does not match is
    // removed.
    std::optional<QByteArray> read(const QString &hash) const;
    // Keeps bytes whose SHA-256 is `hash`; false (nothing written) when it is not, or the disk
    // refused them.
    bool store(const QString &hash, const QByteArray &bytes) const;

private:
    QString m_dir;
};

} // namespace tableside
