#pragma once
// Recommendations in the store: the venue's order history read once into a CoOrderIndex, the
// dishes a session had ordered before an order, and each dish's recommendations counted, shown
// and then ordered, per reason. Callers hold the transaction (see core/store/README.md).

#include "coorderindex.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace tableside {

struct RecommendationCount {
    qint64 itemId = 0;
    RecommendationReason reason = RecommendationReason::OftenWith;
    qint64 shown = 0;
    qint64 ordered = 0;
    bool operator==(const RecommendationCount &) const = default;
};

struct RecommendationShown {
    qint64 itemId = 0;
    RecommendationReason reason = RecommendationReason::OftenWith;
};

class RecommendationRepository {
public:
    explicit RecommendationRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Every order line stored, session by session and order by order, into `index`; the orders
    // placed from `tonightFrom` on count as `tonight`'s.
    Result<void> loadHistory(CoOrderIndex &index, const QDateTime &tonightFrom, QDate tonight);
    // The dishes the session ordered before order `orderId`, each once.
    Result<QList<qint64>> dishesBefore(qint64 sessionId, qint64 orderId);
    // Counts each as shown once more ("unknown_item" for a dish never on the menu).
    Result<void> countShown(const QList<RecommendationShown> &shown);
    // Counts an order line that came from a recommendation.
    Result<void> countOrdered(qint64 itemId, RecommendationReason reason);
    // Every count, by dish and reason.
    Result<QList<RecommendationCount>> counts();

private:
    QSqlDatabase m_db;
};

} // namespace tableside
