#pragma once
// Staff and their PINs: 4-8 digits, stored as salted SHA-256 (16 random salt bytes). Five wrong
// PINs in a row lock a staff member for 5 minutes.

#include "clock.h"
#include "result.h"
#include "staffpinrule.h"

#include <QSqlDatabase>
#include <QStringList>

namespace tableside {

struct StaffMember {
    qint64 id = 0;
    QString name;
    QString role; // owner, host, kitchen
};

class StaffRepository {
public:
    StaffRepository(QSqlDatabase db, const Clock &clock);

    Result<qint64> add(const QString &name, const QString &role, const QString &pin);
    // The first active staff member of one of `roles` whose PIN matches: "pin_wrong",
    // "pin_locked". A wrong PIN counts against every unlocked active member of those roles.
    Result<StaffMember> verifyPin(const QString &pin, const QStringList &roles);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace tableside
