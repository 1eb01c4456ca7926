#include "devicerepository.h"

#include "sqlstatement.h"
#include "storedtime.h"
#include "tablerepository.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

const QStringList Roles{u"table"_s, u"kitchen"_s, u"host"_s, u"owner"_s};
constexpr int TokenBytes = 32;
constexpr int MaxNameLength = 100;
constexpr int CodeAttempts = 20;

const auto SelectDevices = u"SELECT d.id, d.name, d.role, t.number, d.station FROM devices d "
                           u"LEFT JOIN dining_tables t ON t.id = d.table_id "_s;

QByteArray sha256(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

QString newToken()
{
    QByteArray bytes(TokenBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

Device deviceFrom(const SqlStatement &q)
{
    return Device{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                  q.value(3).toInt(), q.value(4).toString()};
}

Error codeInvalid()
{
    return makeError(u"pairing_code_invalid"_s,
                     u"This pairing code is wrong, used or expired; ask for a new one."_s);
}

QString defaultName(const QString &role, int tableNumber)
{
    if (role == u"table"_s)
        return u"Table %1 tablet"_s.arg(tableNumber);
    return role.at(0).toUpper() + role.mid(1) + u" screen"_s;
}

} // namespace

DeviceRepository::DeviceRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

Result<qint64> DeviceRepository::tableIdFor(const QString &role, int tableNumber) const
{
    if (!Roles.contains(role))
        return makeError(u"bad_request"_s, u"A device is a table, kitchen, host or owner."_s);
    if (role != u"table"_s)
        return qint64(0);
    if (tableNumber <= 0)
        return makeError(u"bad_request"_s, u"A table device needs its table number."_s);
    auto table = TableRepository(m_db).byNumber(tableNumber);
    if (!table)
        return table.error();
    return table->id;
}

Result<QString> DeviceRepository::createPairingCode(const QString &role, int tableNumber,
                                                    qint64 createdByDeviceId,
                                                    const QString &station)
{
    auto tableId = tableIdFor(role, tableNumber);
    if (!tableId)
        return tableId.error();
    const QDateTime now = m_clock.now();
    const QVariant noId(QMetaType::fromType<qint64>());
    for (int attempt = 0; attempt < CodeAttempts; ++attempt) {
        const QString code =
            u"%1"_s.arg(QRandomGenerator::system()->bounded(1000000), 6, 10, QChar(u'0'));
        const QByteArray hash = sha256(code);
        // The hash is the key: a spent or expired code with the same digits makes way.
        auto cleared = runSql(m_db,
                              u"DELETE FROM pairing_codes WHERE code_hash = ? AND "
                              u"(used_at IS NOT NULL OR expires_at <= ?)"_s,
                              {hash, storedTime(now)});
        if (!cleared)
            return cleared.error();
        auto live =
            scalarSql(m_db, u"SELECT count(*) FROM pairing_codes WHERE code_hash = ?"_s, {hash});
        if (!live)
            return live.error();
        if (live->toInt() > 0)
            continue;
        auto done =
            runSql(m_db,
                   u"INSERT INTO pairing_codes (code_hash, role, table_id, "
                   u"created_by_device_id, expires_at, station) VALUES (?, ?, ?, ?, ?, ?)"_s,
                   {hash, role, *tableId > 0 ? QVariant(*tableId) : noId,
                    createdByDeviceId > 0 ? QVariant(createdByDeviceId) : noId,
                    storedTime(now.addSecs(PairingCodeMinutes * 60)),
                    station.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                : QVariant(station.trimmed())});
        if (!done)
            return done.error();
        return code;
    }
    return makeError(u"store_error"_s, u"Could not make a fresh pairing code; try again."_s);
}

Result<std::pair<Device, QString>> DeviceRepository::pair(const QString &code,
                                                          const QString &deviceName)
{
    const QString digits = code.trimmed();
    if (digits.size() != 6)
        return codeInvalid();
    const QByteArray hash = sha256(digits);
    auto found = runSql(m_db,
                        u"SELECT p.role, p.table_id, t.number, p.expires_at, p.used_at, p.station "
                        u"FROM pairing_codes p LEFT JOIN dining_tables t ON t.id = p.table_id "
                        u"WHERE p.code_hash = ?"_s,
                        {hash});
    if (!found)
        return found.error();
    SqlStatement &q = found.value();
    if (!q.next() || !q.value(4).isNull() || timeFromStore(q.value(3)) <= m_clock.now())
        return codeInvalid();
    const QString role = q.value(0).toString();
    const qint64 tableId = q.value(1).toLongLong();
    const int tableNumber = q.value(2).toInt();
    const QString station = q.value(5).toString();

    auto used = runSql(
        m_db, u"UPDATE pairing_codes SET used_at = ? WHERE code_hash = ? AND used_at IS NULL"_s,
        {storedTime(m_clock.now()), hash});
    if (!used)
        return used.error();
    if (used->numRowsAffected() != 1)
        return codeInvalid();
    QString name = deviceName.trimmed().left(MaxNameLength);
    if (name.isEmpty())
        name = defaultName(role, tableNumber);
    return insertDevice(name, role, tableId, station);
}

Result<Device> DeviceRepository::byToken(const QString &token) const
{
    const auto unknown = makeError(u"unknown_device"_s,
                                   u"This device is not paired with the venue; pair it again."_s);
    if (token.size() != TokenBytes * 2)
        return unknown;
    auto query = runSql(m_db, SelectDevices + u"WHERE d.token_hash = ? AND d.revoked = 0"_s,
                        {sha256(token)});
    if (!query)
        return query.error();
    if (!query.value().next())
        return unknown;
    return deviceFrom(query.value());
}

Result<std::pair<Device, QString>> DeviceRepository::enroll(const QString &name,
                                                            const QString &role, int tableNumber,
                                                            const QString &station)
{
    auto tableId = tableIdFor(role, tableNumber);
    if (!tableId)
        return tableId.error();
    QString cleanName = name.trimmed().left(MaxNameLength);
    if (cleanName.isEmpty())
        cleanName = defaultName(role, tableNumber);
    return insertDevice(cleanName, role, *tableId, station.trimmed());
}

Result<std::pair<Device, QString>> DeviceRepository::insertDevice(const QString &name,
                                                                  const QString &role,
                                                                  qint64 tableId,
                                                                  const QString &station)
{
    const QString token = newToken();
    auto done = runSql(
        m_db,
        u"INSERT INTO devices (name, role, table_id, station, token_hash, "
        u"paired_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {name, role, tableId > 0 ? QVariant(tableId) : QVariant(QMetaType::fromType<qint64>()),
         station.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(station),
         sha256(token), storedTime(m_clock.now())});
    if (!done)
        return done.error();
    auto device = byId(done->lastInsertId().toLongLong());
    if (!device)
        return device.error();
    return std::pair<Device, QString>{*device, token};
}

Result<Device> DeviceRepository::byId(qint64 deviceId) const
{
    auto query = runSql(m_db, SelectDevices + u"WHERE d.id = ?"_s, {deviceId});
    if (!query)
        return query.error();
    if (!query.value().next())
        return makeError(u"unknown_device"_s, u"There is no device %1."_s.arg(deviceId));
    return deviceFrom(query.value());
}

} // namespace tableside
