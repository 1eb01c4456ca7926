#pragma once
// Paired devices and one-time pairing codes. Tokens and codes are stored only as SHA-256
// hashes: a copy of the database does not let anyone speak as a device.

#include "clock.h"
#include "result.h"

#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace tableside {

struct Device {
    qint64 id = 0;
    QString name;
    QString role; // table, kitchen, host, owner
    int tableNumber = 0;
    QString station;
};

class DeviceRepository {
public:
    static constexpr int PairingCodeMinutes = 10;

    DeviceRepository(QSqlDatabase db, const Clock &clock);

    // A fresh six-digit code valid 10 minutes: "unknown_table" / "bad_request" (role table
    // without a table, unknown role). station: the kitchen station the paired device shows.
    Result<QString> createPairingCode(const QString &role, int tableNumber,
                                      qint64 createdByDeviceId, const QString &station = {});
    // Consumes the code once; returns the device and its new token (64 hex chars).
    Result<std::pair<Device, QString>> pair(const QString &code,
                                            const QString &deviceName); // "pairing_code_invalid"
    Result<Device> byToken(const QString &token) const; // "unknown_device" (also when revoked)
    // For the embedded venue and tests: registers a device directly and returns its token.
    Result<std::pair<Device, QString>> enroll(const QString &name, const QString &role,
                                              int tableNumber, const QString &station = {});

private:
    Result<qint64> tableIdFor(const QString &role, int tableNumber) const;
    Result<std::pair<Device, QString>> insertDevice(const QString &name, const QString &role,
                                                    qint64 tableId, const QString &station);
    Result<Device> byId(qint64 deviceId) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace tableside
