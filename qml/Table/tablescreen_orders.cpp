// The table's order: composing a line, placing the order through the outbox, following it by
// the hub's events, and calling staff.
#include "tablescreen.h"

#include "outbox.h"
#include "wireformat.h"

using namespace Qt::StringLiterals;

namespace tableside {

bool TableScreen::openDish(qint64 itemId)
{
    const MenuItem *item = m_index.item(itemId);
    if (!item)
        return false;
    return m_draft.open(itemId, m_items.photoUrl(item->photo));
}

bool TableScreen::addDraftToCart()
{
    if (!m_draft.isOpen() || !m_draft.canAdd())
        return false;
    m_cart.add(m_draft.line());
    m_draft.close();
    return true;
}

bool TableScreen::placeOrder()
{
    if (!m_cart.canPlace())
        return false;
    if (!m_outbox) {
        setError(tr("This screen cannot send orders: it has no outbox."));
        return false;
    }
    const QList<CartLine> lines = m_cart.lines();
    QList<qint64> totals;
    for (const CartLine &line : lines)
        totals.append(m_cart.lineTotalMinor(line));
    // The table device's own table is used; the outbox makes the idempotency key.
    auto key = m_outbox->enqueue(u"order.place"_s, {{u"lines"_s, m_cart.toJson()}});
    if (!key) {
        setError(orderRefused(key.error().message));
        return false;
    }
    m_sentCarts.insert(*key, lines);
    m_orders.addSending(*key, lines, totals);
    m_cart.clear();
    setPage(u"status"_s);
    emit orderPlaced(*key);
    return true;
}

bool TableScreen::callStaff(const QString &kind)
{
    if (!ServiceCallsModel::isKind(kind) || m_calls.isOpen(kind))
        return false;
    const QString id = m_client.request(u"service.call"_s, {{u"kind"_s, kind}});
    m_callRequests.insert(id, kind);
    m_calls.sending(id, kind);
    // Asking for the bill offers the visit's card, once: the party may close it unanswered.
    if (kind == u"bill"_s && !m_visitCard.sent())
        setVisitCardOpen(true);
    return true;
}

void TableScreen::onOutboxSent(const QString &key, const QString &op, const QJsonObject &result)
{
    if (op == u"chat.send"_s) {
        m_chat.confirmed(key, result[u"messageId"].toInteger());
        return;
    }
    if (op == u"feedback.give"_s) {
        m_ratingsSent.remove(key);
        return;
    }
    if (op != u"order.place"_s)
        return;
    m_sentCarts.remove(key);
    m_orders.addOrder(orderFromJson(result[u"order"].toObject()), key);
}

void TableScreen::onOutboxRejected(const QString &key, const QString &op, const QString &,
                                   const QString &errorMessage)
{
    if (op == u"chat.send"_s) {
        // Nothing is lost: the refused text goes back into the field for the diner to fix.
        const auto refused = std::ranges::find(m_chat.entries(), key, &ChatEntry::key);
        if (refused != m_chat.entries().end() && m_chatDraft.trimmed().isEmpty())
            setChatDraft(refused->body);
        m_chat.dropSending(key);
        setError(messageRefused(errorMessage));
        return;
    }
    if (onFeedbackRejected(key, op, errorMessage) || op != u"order.place"_s)
        return;
    m_orders.dropSending(key);
    // Nothing is lost: the refused lines go back into the cart for the diner to fix.
    m_cart.setLines(m_sentCarts.take(key) + m_cart.lines());
    setError(orderRefused(errorMessage));
    setPage(u"menu"_s);
}

void TableScreen::onEvent(qint64, const QString &type, const QJsonObject &data, const QDateTime &at)
{
    if (type == u"menu.availability"_s || type == u"menu.stock"_s) {
        setAvailable(data[u"itemId"].toInteger(), data[u"available"].toBool());
    } else if (type == u"menu.published"_s) {
        // A new version: every language is read again; the cart keeps its lines and marks
        // those the new menu changed.
        m_menus.clear();
        requestMenus();
    } else if (type == u"venue.timeZone"_s) {
        m_serving.setTimeZone(data[u"timeZone"].toString());
    } else if (type == u"station.load"_s) {
        setStationBehind(data[u"station"].toString(), data[u"behind"].toBool());
    } else if (type == u"order.placed"_s) {
        m_orders.addOrder(orderFromJson(data[u"order"].toObject()));
    } else if (type == u"order.line.status"_s) {
        if (auto status = orderStatusFromCode(data[u"status"].toString()))
            m_orders.setLineStatus(data[u"lineId"].toInteger(), *status, at);
    } else if (type == u"order.cancelled"_s) {
        m_orders.cancelOrder(data[u"orderId"].toInteger());
    } else if (type == u"service.requested"_s) {
        m_calls.requested(data[u"requestId"].toInteger(), data[u"kind"].toString(), at);
    } else if (type == u"service.acknowledged"_s) {
        m_calls.acknowledged(data[u"requestId"].toInteger());
    } else if (type == u"chat.message"_s) {
        onChatEvent(data, at);
    } else if (type == u"session.closed"_s) {
        resetParty();
    }
}

} // namespace tableside
