#pragma once
// What a venue's diners order together: for each dish, in how many table sessions it was ordered
// with each other dish, and in how many of tonight's sessions it was ordered. Kept up to date one
// order at a time, so a lookup reads only the dishes it is asked about: its cost follows the
// menu's size, never the length of the venue's history.

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace tableside {

// Why a dish is recommended; the codes travel on the wire and are stored with the counts.
enum class RecommendationReason { OftenWith, PopularTonight, OwnerPick };
QString recommendationReasonCode(RecommendationReason reason);
std::optional<RecommendationReason> recommendationReasonFromCode(QStringView code);

struct Recommendation {
    qint64 itemId = 0;
    RecommendationReason reason = RecommendationReason::OftenWith;
    // often_with: the sessions that ordered it with the dishes asked about (summed over them);
    // popular_tonight: tonight's sessions that ordered it; owner_pick: 0.
    quint32 sessions = 0;
    bool operator==(const Recommendation &) const = default;
};

class CoOrderIndex {
public:
    // Below this many sessions of history the owner's picks lead the list.
    static constexpr qint64 ThinHistorySessions = 50;
    // A dish ordered with another in a single session is chance, not a habit.
    static constexpr quint32 MinSessionsTogether = 2;

    // One order of a session: `earlier` are the dishes the session ordered before it, `ordered`
    // this order's (repeats, and dishes the session had already, count once per session).
    // `serviceDay` is the day of service the order belongs to (ServiceDay), invalid for an order
    // not of tonight: tonight's counts start again when a later day's order comes.
    void recordOrder(const QList<qint64> &earlier, const QList<qint64> &ordered, QDate serviceDay);

    struct Query {
        QList<qint64> basket;     // the dish looked at, or the dishes of the cart; never offered
        QList<qint64> ownerPicks; // in the menu's order; offered while history is thin
        // The hub's exclusions (sold out, off the menu, hidden by the diner's filters); asked
        // only of the candidates, best first.
        std::function<bool(qint64 itemId)> offerable;
        QDate serviceDay; // tonight's; popular_tonight counts only this day's orders
        int limit = 4;
    };
    // Best first: the owner's picks while history is thin, then the dishes most often ordered
    // with the basket (at least MinSessionsTogether sessions), then tonight's most ordered. Ties
    // go to the dish ordered in more sessions overall, then to the lower id.
    QList<Recommendation> recommend(const Query &query) const;

    qint64 sessions() const { return m_sessions; } // sessions with at least one order
    bool historyIsThin() const { return m_sessions < ThinHistorySessions; }
    quint32 sessionsWith(qint64 itemId) const;
    quint32 sessionsTogether(qint64 a, qint64 b) const;
    quint32 sessionsTonight(qint64 itemId, QDate serviceDay) const;
    int dishCount() const { return int(m_dishes.size()); }
    qint64 pairCount() const; // ordered pairs with a count, both directions
    // The bytes the index holds (its arrays and id map, as allocated), for the bench.
    qint64 memoryBytes() const;

private:
    struct Neighbour {
        quint32 slot;
        quint32 sessions;
    };
    struct Dish {
        qint64 itemId = 0;
        quint32 sessions = 0;
        quint32 tonight = 0;
        std::vector<Neighbour> with; // sorted by slot
    };

    quint32 slotOf(qint64 itemId);
    std::optional<quint32> findSlot(qint64 itemId) const;
    void countTogether(quint32 a, quint32 b);
    bool ranksBefore(quint32 a, quint32 b, quint32 scoreA, quint32 scoreB) const;

    std::vector<Dish> m_dishes;
    QHash<qint64, quint32> m_slots; // item id -> index in m_dishes
    qint64 m_sessions = 0;
    QDate m_tonight; // the service day tonight's counts are of
};

} // namespace tableside
