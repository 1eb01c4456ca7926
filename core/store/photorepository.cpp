#include "photorepository.h"

#include "sqlstatement.h"
#include "storedtime.h"

#include <QCryptographicHash>

using namespace Qt::StringLiterals;

namespace tableside {

PhotoRepository::PhotoRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

bool PhotoRepository::isPhotoHash(QStringView text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

QString PhotoRepository::hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<bool> PhotoRepository::add(const QByteArray &bytes, const QString &mediaType, int width,
                                  int height, qint64 deviceId)
{
    if (bytes.isEmpty() || mediaType.isEmpty() || width <= 0 || height <= 0)
        return makeError(u"bad_request"_s, u"A photo needs its bytes, type and size."_s);
    // The name is the bytes' own hash: a row already under it holds the same bytes.
    auto inserted =
        runSql(m_db,
               u"INSERT INTO photos (hash, bytes, media_type, width, height, stored_at, device_id) "
               u"VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING"_s,
               {hashOf(bytes), bytes, mediaType, width, height, storedTime(m_clock.now()),
                deviceId > 0 ? QVariant(deviceId) : QVariant(QMetaType::fromType<qint64>())});
    if (!inserted)
        return inserted.error();
    return inserted->numRowsAffected() > 0;
}

Result<std::optional<StoredPhoto>> PhotoRepository::find(const QString &hash) const
{
    auto found = runSql(m_db,
                        u"SELECT hash, bytes, media_type, width, height, stored_at, device_id "
                        u"FROM photos WHERE hash = ?"_s,
                        {hash});
    if (!found)
        return found.error();
    SqlStatement &q = found.value();
    if (!q.next())
        return std::optional<StoredPhoto>();
    return std::optional<StoredPhoto>(StoredPhoto{
        q.value(0).toString(), q.value(1).toByteArray(), q.value(2).toString(), q.value(3).toInt(),
        q.value(4).toInt(), timeFromStore(q.value(5)), q.value(6).toLongLong()});
}

} // namespace tableside
