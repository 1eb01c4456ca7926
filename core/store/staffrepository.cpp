#include "staffrepository.h"

#include "sqlstatement.h"
#include "storedtime.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

const QStringList Roles{u"owner"_s, u"host"_s, u"kitchen"_s};
constexpr int SaltBytes = 16;

bool isPinShaped(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QByteArray pinHash(const QByteArray &salt, const QString &pin)
{
    return QCryptographicHash::hash(salt + pin.toUtf8(), QCryptographicHash::Sha256);
}

// Takes the same time wherever the first difference is.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

struct Candidate {
    StaffMember member;
    QByteArray salt;
    QByteArray hash;
    int failedAttempts = 0;
    QDateTime lockedUntil;
};

Error lockedError()
{
    return makeError(u"pin_locked"_s, u"Too many wrong PINs; wait %1 minutes and try again."_s.arg(
                                          StaffPinRule::LockMinutes));
}

} // namespace

StaffRepository::StaffRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

Result<qint64> StaffRepository::add(const QString &name, const QString &role, const QString &pin)
{
    if (name.trimmed().isEmpty())
        return makeError(u"bad_request"_s, u"A staff member needs a name."_s);
    if (!Roles.contains(role))
        return makeError(u"bad_request"_s, u"Staff are owners, hosts or kitchen."_s);
    if (!isPinShaped(pin))
        return makeError(u"bad_request"_s, u"A PIN is 4 to 8 digits."_s);
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    auto done =
        runSql(m_db, u"INSERT INTO staff (name, role, pin_salt, pin_hash) VALUES (?, ?, ?, ?)"_s,
               {name.trimmed(), role, salt, pinHash(salt, pin)});
    if (!done)
        return done.error();
    return done->lastInsertId().toLongLong();
}

Result<StaffMember> StaffRepository::verifyPin(const QString &pin, const QStringList &roles)
{
    auto query = runSql(m_db, u"SELECT id, name, role, pin_salt, pin_hash, failed_attempts, "
                              u"locked_until FROM staff WHERE active = 1 ORDER BY id"_s);
    if (!query)
        return query.error();
    QList<Candidate> candidates;
    for (SqlStatement &q = query.value(); q.next();) {
        if (!roles.contains(q.value(2).toString()))
            continue;
        candidates.append(
            Candidate{{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()},
                      q.value(3).toByteArray(),
                      q.value(4).toByteArray(),
                      q.value(5).toInt(),
                      timeFromStore(q.value(6))});
    }

    const QDateTime now = m_clock.now();
    const auto isLocked = [&now](const Candidate &c) {
        return c.lockedUntil.isValid() && c.lockedUntil > now;
    };
    for (const Candidate &c : std::as_const(candidates)) {
        if (!sameBytes(pinHash(c.salt, pin), c.hash))
            continue;
        if (isLocked(c))
            return lockedError();
        auto reset = runSql(
            m_db, u"UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?"_s,
            {c.member.id});
        if (!reset)
            return reset.error();
        return c.member;
    }

    // No match: the attempt counts against everyone it could have been for.
    bool anyOpen = false;
    for (const Candidate &c : std::as_const(candidates)) {
        if (isLocked(c))
            continue;
        // A lock that has run out starts the count again.
        const int attempts = (c.lockedUntil.isValid() ? 0 : c.failedAttempts) + 1;
        const bool lock = attempts >= StaffPinRule::MaxWrongPins;
        anyOpen = anyOpen || !lock;
        auto counted =
            runSql(m_db, u"UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE id = ?"_s,
                   {lock ? 0 : attempts,
                    lock ? QVariant(storedTime(now.addSecs(StaffPinRule::LockMinutes * 60)))
                         : QVariant(QMetaType::fromType<QString>()),
                    c.member.id});
        if (!counted)
            return counted.error();
    }
    if (!candidates.isEmpty() && !anyOpen)
        return lockedError();
    return makeError(u"pin_wrong"_s, u"That PIN is not right; try again."_s);
}

} // namespace tableside
