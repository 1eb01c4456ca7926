#pragma once
// Recommendations (PROTOCOL.md "recommend.*"): "often ordered with this" for a dish or a cart,
// "popular tonight" and the owner's picks, from the venue's own orders (CoOrderIndex, read from
// the store once at the hub's start, then told of each order once it is stored), less what the
// diner cannot have; and how often each is shown and then ordered, counted in the store.

#include "coorderindex.h"
#include "hubtransactions.h"
#include "menurepository.h"
#include "recommendationrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QTimeZone>

namespace tableside {

class StationOperations;
struct Device;

class RecommendOperations {
    Q_DECLARE_TR_FUNCTIONS(RecommendOperations)

public:
    static constexpr int MaxBasket = 100; // dishes asked about: an order's lines at most
    static constexpr int MaxLimit = 10;
    static constexpr int DefaultLimit = 4;

    RecommendOperations(HubTransactions &work, const StationOperations &stations);

    Result<HubOutcome> get(const Device &caller, const QJsonObject &args);   // recommend.get
    Result<HubOutcome> shown(const Device &caller, const QJsonObject &args); // recommend.shown
    Result<HubOutcome> stats(const Device &caller, const QJsonObject &args); // recommend.stats

    // Builds the index from every order stored (at the hub's start).
    Result<void> loadHistory();
    // Inside order.place's unit, once its lines are written: counts the lines that came from a
    // recommendation, and gives what tells the index of the order once it is stored.
    Result<std::function<void()>> orderPlaced(qint64 sessionId, qint64 orderId,
                                              const QList<qint64> &itemIds,
                                              const QStringList &recommended);

    const CoOrderIndex &index() const { return m_index; }

private:
    // One dish as a recommendation shows it, in one language.
    struct Offer {
        MenuItem item;
        QJsonObject json; // as menu.get gives it
    };
    struct Offers {
        quint64 generation = 0;
        QHash<qint64, Offer> byId;
        QList<qint64> picks; // the owner's, in menu order
    };
    Result<const Offers *> offers(const QString &language);
    QDate tonight();

    HubTransactions &m_work;
    const StationOperations &m_stations;
    MenuRepository m_menu;
    RecommendationRepository m_counts;
    CoOrderIndex m_index;
    QHash<QString, Offers> m_offers; // by language
};

} // namespace tableside
