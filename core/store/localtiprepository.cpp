#include "localtiprepository.h"

#include "photorepository.h"
#include "sqlstatement.h"
#include "storedtime.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LocalTipRepository)
};

Error unknownTip(qint64 tipId)
{
    return makeError(
        u"unknown_tip"_s,
        Tr::tr("There is no place %1 in Explore the area; it may have been deleted.").arg(tipId));
}

QVariant nullableText(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

LocalTipRepository::LocalTipRepository(QSqlDatabase db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{}

Result<QList<LocalTip>> LocalTipRepository::read(const QString &where,
                                                 const QVariantList &bindings) const
{
    auto rows = runSql(m_db,
                       u"SELECT id, position, name, coalesce(photo, ''), minutes_on_foot, link, "
                       u"changed_at FROM local_tips "_s +
                           where + u" ORDER BY position, id"_s,
                       bindings);
    if (!rows)
        return rows.error();
    QList<LocalTip> tips;
    for (SqlStatement &q = rows.value(); q.next();) {
        LocalTip tip;
        tip.id = q.value(0).toLongLong();
        tip.position = q.value(1).toInt();
        tip.name = q.value(2).toString();
        tip.photo = q.value(3).toString();
        tip.minutesOnFoot = q.value(4).toInt();
        tip.link = q.value(5).toString();
        tip.changedAt = timeFromStore(q.value(6));
        tips.append(tip);
    }
    for (LocalTip &tip : tips) {
        auto texts = runSql(
            m_db, u"SELECT language, description, hours FROM local_tip_texts WHERE tip_id = ?"_s,
            {tip.id});
        if (!texts)
            return texts.error();
        for (SqlStatement &q = texts.value(); q.next();) {
            if (const QString d = q.value(1).toString(); !d.isEmpty())
                tip.description.insert(q.value(0).toString(), d);
            if (const QString h = q.value(2).toString(); !h.isEmpty())
                tip.hours.insert(q.value(0).toString(), h);
        }
    }
    return tips;
}

Result<QList<LocalTip>> LocalTipRepository::list() const
{
    return read({}, {});
}

Result<LocalTip> LocalTipRepository::byId(qint64 tipId) const
{
    auto tips = read(u"WHERE id = ?"_s, {tipId});
    if (!tips)
        return tips.error();
    if (tips->isEmpty())
        return unknownTip(tipId);
    return tips->constFirst();
}

Result<void> LocalTipRepository::writeTexts(qint64 tipId, const LocalTip &tip)
{
    if (auto cleared = runSql(m_db, u"DELETE FROM local_tip_texts WHERE tip_id = ?"_s, {tipId});
        !cleared)
        return cleared.error();
    QStringList languages = tip.description.keys() + tip.hours.keys();
    languages.removeDuplicates();
    for (const QString &language : std::as_const(languages)) {
        auto written = runSql(m_db,
                              u"INSERT INTO local_tip_texts (tip_id, language, description, hours) "
                              u"VALUES (?, ?, ?, ?)"_s,
                              {tipId, language, tip.description.value(language, u""_s),
                               tip.hours.value(language, u""_s)});
        if (!written)
            return written.error();
    }
    return {};
}

Result<LocalTip> LocalTipRepository::save(const LocalTip &tip)
{
    if (PhotoRepository::isPhotoHash(tip.photo)) {
        auto photo = PhotoRepository(m_db, m_clock).find(tip.photo);
        if (!photo)
            return photo.error();
        if (!*photo)
            return makeError(u"unknown_photo"_s,
                             Tr::tr("The hub has no such photo; upload it again."));
    }
    const QString now = storedTime(m_clock.now());
    qint64 tipId = tip.id;
    if (tipId == 0) {
        auto counted = scalarSql(m_db, u"SELECT count(*) FROM local_tips"_s);
        if (!counted)
            return counted.error();
        if (counted->toInt() >= LocalTipRules::MaxTips)
            return makeError(u"too_many_tips"_s,
                             Tr::tr("Explore the area holds at most %1 places; delete one first.")
                                 .arg(LocalTipRules::MaxTips));
        auto next = scalarSql(m_db, u"SELECT coalesce(max(position) + 1, 0) FROM local_tips"_s);
        if (!next)
            return next.error();
        auto added = runSql(
            m_db,
            u"INSERT INTO local_tips (position, name, photo, minutes_on_foot, "
            u"link, changed_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {next->toInt(), tip.name, nullableText(tip.photo), tip.minutesOnFoot, tip.link, now});
        if (!added)
            return added.error();
        tipId = added->lastInsertId().toLongLong();
    } else {
        auto changed =
            runSql(m_db,
                   u"UPDATE local_tips SET name = ?, photo = ?, minutes_on_foot = ?, "
                   u"link = ?, changed_at = ? WHERE id = ?"_s,
                   {tip.name, nullableText(tip.photo), tip.minutesOnFoot, tip.link, now, tipId});
        if (!changed)
            return changed.error();
        if (changed->numRowsAffected() == 0)
            return unknownTip(tipId);
    }
    if (auto texts = writeTexts(tipId, tip); !texts)
        return texts.error();
    return byId(tipId);
}

Result<void> LocalTipRepository::remove(qint64 tipId)
{
    auto tip = byId(tipId);
    if (!tip)
        return tip.error();
    if (auto texts = runSql(m_db, u"DELETE FROM local_tip_texts WHERE tip_id = ?"_s, {tipId});
        !texts)
        return texts.error();
    if (auto gone = runSql(m_db, u"DELETE FROM local_tips WHERE id = ?"_s, {tipId}); !gone)
        return gone.error();
    if (auto closed =
            runSql(m_db, u"UPDATE local_tips SET position = position - 1 WHERE position > ?"_s,
                   {tip->position});
        !closed)
        return closed.error();
    return {};
}

Result<QList<LocalTip>> LocalTipRepository::reorder(const QList<qint64> &tipIds)
{
    auto tips = list();
    if (!tips)
        return tips.error();
    QSet<qint64> known;
    for (const LocalTip &tip : std::as_const(*tips))
        known.insert(tip.id);
    QSet<qint64> named;
    for (qint64 tipId : tipIds) {
        if (!known.contains(tipId))
            return unknownTip(tipId);
        named.insert(tipId);
    }
    if (named.size() != tipIds.size() || named.size() != known.size())
        return makeError(u"bad_request"_s,
                         Tr::tr("Name every place of Explore the area once, in the new order."));
    for (qsizetype position = 0; position < tipIds.size(); ++position) {
        auto moved = runSql(m_db, u"UPDATE local_tips SET position = ? WHERE id = ?"_s,
                            {int(position), tipIds.at(position)});
        if (!moved)
            return moved.error();
    }
    return list();
}

} // namespace tableside
