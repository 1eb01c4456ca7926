#include "coorderindex.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

QString recommendationReasonCode(RecommendationReason reason)
{
    switch (reason) {
    case RecommendationReason::OftenWith:
        return u"often_with"_s;
    case RecommendationReason::PopularTonight:
        return u"popular_tonight"_s;
    case RecommendationReason::OwnerPick:
        return u"owner_pick"_s;
    }
    return {};
}

std::optional<RecommendationReason> recommendationReasonFromCode(QStringView code)
{
    for (auto reason : {RecommendationReason::OftenWith, RecommendationReason::PopularTonight,
                        RecommendationReason::OwnerPick})
        if (code == recommendationReasonCode(reason))
            return reason;
    return std::nullopt;
}

quint32 CoOrderIndex::slotOf(qint64 itemId)
{
    const auto found = m_slots.constFind(itemId);
    if (found != m_slots.cend())
        return *found;
    const auto slot = quint32(m_dishes.size());
    m_dishes.push_back(Dish{itemId, 0, 0, {}});
    m_slots.insert(itemId, slot);
    return slot;
}

std::optional<quint32> CoOrderIndex::findSlot(qint64 itemId) const
{
    const auto found = m_slots.constFind(itemId);
    if (found == m_slots.cend())
        return std::nullopt;
    return *found;
}

void CoOrderIndex::countTogether(quint32 a, quint32 b)
{
    auto bump = [this](quint32 from, quint32 to) {
        std::vector<Neighbour> &with = m_dishes[from].with;
        auto at = std::lower_bound(with.begin(), with.end(), to,
                                   [](const Neighbour &n, quint32 slot) { return n.slot < slot; });
        if (at != with.end() && at->slot == to)
            ++at->sessions;
        else
            with.insert(at, Neighbour{to, 1});
    };
    bump(a, b);
    bump(b, a);
}

void CoOrderIndex::recordOrder(const QList<qint64> &earlier, const QList<qint64> &ordered,
                               QDate serviceDay)
{
    QList<qint64> fresh; // this order's dishes new to the session, once each
    for (qint64 itemId : ordered)
        if (!earlier.contains(itemId) && !fresh.contains(itemId))
            fresh.append(itemId);
    if (fresh.isEmpty())
        return;
    if (earlier.isEmpty())
        ++m_sessions;
    const bool tonight = serviceDay.isValid() && (!m_tonight.isValid() || serviceDay >= m_tonight);
    if (tonight && serviceDay != m_tonight) {
        for (Dish &dish : m_dishes)
            dish.tonight = 0;
        m_tonight = serviceDay;
    }
    QList<quint32> before;
    before.reserve(earlier.size() + fresh.size());
    for (qint64 itemId : earlier)
        if (!before.contains(slotOf(itemId)))
            before.append(slotOf(itemId));
    for (qint64 itemId : fresh) {
        const quint32 slot = slotOf(itemId);
        ++m_dishes[slot].sessions;
        if (tonight)
            ++m_dishes[slot].tonight;
        for (quint32 other : std::as_const(before))
            countTogether(slot, other);
        before.append(slot);
    }
}

bool CoOrderIndex::ranksBefore(quint32 a, quint32 b, quint32 scoreA, quint32 scoreB) const
{
    if (scoreA != scoreB)
        return scoreA > scoreB;
    if (m_dishes[a].sessions != m_dishes[b].sessions)
        return m_dishes[a].sessions > m_dishes[b].sessions;
    return m_dishes[a].itemId < m_dishes[b].itemId;
}

QList<Recommendation> CoOrderIndex::recommend(const Query &query) const
{
    QList<Recommendation> chosen;
    if (query.limit <= 0)
        return chosen;
    QList<qint64> taken = query.basket; // never offered again
    auto offer = [&](qint64 itemId, RecommendationReason reason, quint32 sessions) {
        if (chosen.size() >= query.limit || taken.contains(itemId))
            return;
        if (query.offerable && !query.offerable(itemId))
            return;
        taken.append(itemId);
        chosen.append(Recommendation{itemId, reason, sessions});
    };

    if (historyIsThin())
        for (qint64 itemId : query.ownerPicks)
            offer(itemId, RecommendationReason::OwnerPick, 0);

    // Often with: the basket's neighbours, scored by the sessions they shared with it.
    std::vector<quint32> score(m_dishes.size(), 0);
    std::vector<quint32> candidates;
    for (qint64 itemId : query.basket) {
        const auto slot = findSlot(itemId);
        if (!slot)
            continue;
        for (const Neighbour &n : m_dishes[*slot].with) {
            if (score[n.slot] == 0)
                candidates.push_back(n.slot);
            score[n.slot] += n.sessions;
        }
    }
    auto byScore = [&](quint32 a, quint32 b) { return ranksBefore(a, b, score[a], score[b]); };
    std::sort(candidates.begin(), candidates.end(), byScore);
    for (quint32 slot : candidates) {
        if (chosen.size() >= query.limit || score[slot] < MinSessionsTogether)
            break;
        offer(m_dishes[slot].itemId, RecommendationReason::OftenWith, score[slot]);
    }

    // Popular tonight: only this service day's counts.
    if (chosen.size() < query.limit && query.serviceDay.isValid() &&
        query.serviceDay == m_tonight) {
        candidates.clear();
        for (quint32 slot = 0; slot < m_dishes.size(); ++slot)
            if (m_dishes[slot].tonight > 0)
                candidates.push_back(slot);
        std::sort(candidates.begin(), candidates.end(), [this](quint32 a, quint32 b) {
            return ranksBefore(a, b, m_dishes[a].tonight, m_dishes[b].tonight);
        });
        for (quint32 slot : candidates) {
            if (chosen.size() >= query.limit)
                break;
            offer(m_dishes[slot].itemId, RecommendationReason::PopularTonight,
                  m_dishes[slot].tonight);
        }
    }
    return chosen;
}

quint32 CoOrderIndex::sessionsWith(qint64 itemId) const
{
    const auto slot = findSlot(itemId);
    return slot ? m_dishes[*slot].sessions : 0;
}

quint32 CoOrderIndex::sessionsTogether(qint64 a, qint64 b) const
{
    const auto from = findSlot(a);
    const auto to = findSlot(b);
    if (!from || !to)
        return 0;
    const std::vector<Neighbour> &with = m_dishes[*from].with;
    auto at = std::lower_bound(with.begin(), with.end(), *to,
                               [](const Neighbour &n, quint32 slot) { return n.slot < slot; });
    return at != with.end() && at->slot == *to ? at->sessions : 0;
}

quint32 CoOrderIndex::sessionsTonight(qint64 itemId, QDate serviceDay) const
{
    const auto slot = findSlot(itemId);
    return slot && serviceDay.isValid() && serviceDay == m_tonight ? m_dishes[*slot].tonight : 0;
}

qint64 CoOrderIndex::pairCount() const
{
    qint64 pairs = 0;
    for (const Dish &dish : m_dishes)
        pairs += qint64(dish.with.size());
    return pairs;
}

qint64 CoOrderIndex::memoryBytes() const
{
    qint64 bytes = qint64(sizeof(*this)) + qint64(m_dishes.capacity() * sizeof(Dish));
    for (const Dish &dish : m_dishes)
        bytes += qint64(dish.with.capacity() * sizeof(Neighbour));
    // QHash: per bucket one entry (key and value) and one offset byte, in spans of 128 buckets.
    constexpr qint64 SpanBytes = 128 + 2 * int(sizeof(void *));
    const qint64 buckets = m_slots.capacity();
    bytes +=
        buckets * qint64(sizeof(qint64) + sizeof(quint32) + 4) + (buckets / 128 + 1) * SpanBytes;
    return bytes;
}

} // namespace tableside
