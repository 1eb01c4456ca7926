// What the table recommends: beside the open dish, and beside the order before it is placed.
// Asked of the hub (recommend.get) when the open dish, the order's dishes or the diner's filters
// change; an answer older than the newest question is dropped, a failed one shows nothing
// (recommendations are never in the way). What the diner saw is counted once (recommend.shown):
// the dish's for each dish opened, the order's once per party.
#include "tablescreen.h"

using namespace Qt::StringLiterals;

namespace tableside {

void TableScreen::followRecommendations()
{
    connect(&m_draft, &DishDraft::changed, this, [this] {
        const qint64 open = m_draft.isOpen() ? m_draft.line().itemId : 0;
        if (open == m_dishPairingsOf)
            return;
        m_dishPairingsOf = open;
        m_dishPairings.forgetShown();
        askDishPairings();
    });
    connect(&m_cart, &CartModel::changed, this, [this] {
        QList<qint64> dishes;
        for (const CartLine &line : m_cart.lines())
            if (!dishes.contains(line.itemId))
                dishes.append(line.itemId);
        if (dishes == m_orderPairingsOf)
            return;
        m_orderPairingsOf = dishes;
        askOrderPairings();
    });
    connect(&m_dishes, &MenuFilterModel::filtersChanged, this, [this] {
        askDishPairings();
        askOrderPairings();
    });
    connect(this, &TableScreen::pageChanged, this, [this] {
        if (m_page == u"menu"_s)
            reportShown(m_orderPairings);
    });
}

void TableScreen::askDishPairings()
{
    m_dishPairingsAsked.clear();
    m_dishPairings.clear();
    if (m_dishPairingsOf == 0)
        return;
    m_dishPairingsAsked = m_client.request(
        u"recommend.get"_s,
        m_dishPairings.request({m_dishPairingsOf}, m_dishes.excludedAllergens(),
                               m_dishes.requiredDietary(), m_orderPairingsOf.size()));
}

void TableScreen::askOrderPairings()
{
    m_orderPairingsAsked.clear();
    if (m_orderPairingsOf.isEmpty()) {
        m_orderPairings.clear();
        return;
    }
    // The rows shown stay until the answer replaces them (the panel does not flicker), but for a
    // dish that went into the order.
    m_orderPairings.drop(m_orderPairingsOf);
    m_dishPairings.drop(m_orderPairingsOf);
    m_orderPairingsAsked = m_client.request(
        u"recommend.get"_s, m_orderPairings.request(m_orderPairingsOf, m_dishes.excludedAllergens(),
                                                    m_dishes.requiredDietary()));
}

bool TableScreen::onRecommendReply(const QString &id, bool ok, const QJsonObject &result)
{
    const bool forDish = !id.isEmpty() && id == m_dishPairingsAsked;
    if (!forDish && (id.isEmpty() || id != m_orderPairingsAsked))
        return false;
    RecommendationsModel &pairings = forDish ? m_dishPairings : m_orderPairings;
    (forDish ? m_dishPairingsAsked : m_orderPairingsAsked).clear();
    if (!ok) {
        pairings.clear();
        return true;
    }
    pairings.setAnswer(result, m_orderPairingsOf);
    // The dish's are on screen while it is open; the order's beside the menu.
    if (forDish || m_page == u"menu"_s)
        reportShown(pairings);
    return true;
}

void TableScreen::reportShown(RecommendationsModel &pairings)
{
    const QJsonArray shown = pairings.takeUnreported();
    if (!shown.isEmpty())
        m_client.request(u"recommend.shown"_s, {{u"shown"_s, shown}});
}

bool TableScreen::addRecommended(qint64 itemId, const QString &reason)
{
    const MenuItem *item = m_index.item(itemId);
    if (!item || !item->available || !item->servedNow)
        return false;
    if (requiresChoice(*item))
        return m_draft.open(itemId, m_items.photoUrl(item->photo), reason);
    m_cart.add(CartLine{.itemId = itemId, .recommended = reason});
    return true;
}

} // namespace tableside
