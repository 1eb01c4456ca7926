#include "photocache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tableside {

PhotoCache::PhotoCache(QString dir)
    : m_dir(std::move(dir))
{}

QString PhotoCache::defaultDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + u"/photos"_s;
}

bool PhotoCache::isPhotoHash(const QString &text)
{
    return text.size() == 64 && std::ranges::all_of(text, [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

QString PhotoCache::hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString PhotoCache::pathOf(const QString &hash) const
{
    return m_dir + u'/' + hash + u".jpg"_s;
}

std::optional<QByteArray> PhotoCache::read(const QString &hash) const
{
    if (!isPhotoHash(hash))
        return std::nullopt;
    QFile file(pathOf(hash));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = file.readAll();
    file.close();
    if (hashOf(bytes) != hash) {
        QFile::remove(file.fileName());
        return std::nullopt;
    }
    return bytes;
}

bool PhotoCache::store(const QString &hash, const QByteArray &bytes) const
{
    if (!isPhotoHash(hash) || hashOf(bytes) != hash)
        return false;
    if (!QDir().mkpath(m_dir))
        return false;
    // Written whole or not at all: a reader never sees half a photo under its name.
    QSaveFile file(pathOf(hash));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

} // namespace tableside
