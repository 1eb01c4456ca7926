#include "dishstock.h"

#include "venueclient.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tableside {

DishStock::DishStock(VenueClient &client, Say say, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_say(std::move(say))
{
    connect(&m_client, &VenueClient::stateChanged, this, [this] {
        if (m_client.state() == VenueClient::State::Online)
            readMenu();
    });
    connect(&m_client, &VenueClient::replied, this, &DishStock::onReplied);
    connect(&m_client, &VenueClient::event, this,
            [this](qint64, const QString &type, const QJsonObject &data, const QDateTime &) {
                onEvent(type, data);
            });
    if (m_client.state() == VenueClient::State::Online)
        readMenu();
}

void DishStock::setDish(const QString &key)
{
    if (m_dish == key && m_error.isEmpty())
        return;
    m_dish = key;
    m_error.clear();
    emit changed();
}

bool DishStock::soldOut() const
{
    const auto found = m_live.constFind(m_dish);
    return found != m_live.cend() && (!found->available || found->left == 0);
}

int DishStock::left() const
{
    return m_live.value(m_dish).left;
}

QString DishStock::stateText() const
{
    if (m_dish.isEmpty() || !live())
        return m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure",
                                       "This dish is not on the tables yet: publish it first, "
                                       "then it can be sold out or counted."),
                     -1);
    if (const QString mark = markOf(m_dish); !mark.isEmpty())
        return mark;
    return m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure", "On sale, not counted."), -1);
}

QString DishStock::markOf(const QString &key) const
{
    const auto found = m_live.constFind(key);
    if (found == m_live.cend())
        return {};
    if (!found->available || found->left == 0)
        return m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure", "Sold out"), -1);
    if (found->left > 0)
        return m_say(QT_TRANSLATE_N_NOOP("tableside::MenuStructure", "Only %Ln left"), found->left);
    return {};
}

void DishStock::sellOut()
{
    setLeft(0);
}

void DishStock::setLeft(int count)
{
    if (!live() || count < 0 || count > MaxCount)
        return;
    send(u"menu.stock.set"_s, {{u"itemId"_s, m_live.value(m_dish).id}, {u"count"_s, count}});
}

void DishStock::putBack()
{
    if (!live())
        return;
    // Uncounted first, then on sale: an uncounted dish keeps its sold-out state until told.
    const qint64 id = m_live.value(m_dish).id;
    send(u"menu.stock.set"_s, {{u"itemId"_s, id}, {u"count"_s, QJsonValue()}});
    send(u"menu.setAvailable"_s, {{u"itemId"_s, id}, {u"available"_s, true}});
}

void DishStock::readMenu()
{
    send(u"menu.get"_s, {});
}

void DishStock::send(const QString &op, const QJsonObject &args)
{
    m_pending.insert(m_client.request(op, args), op);
    if (op != u"menu.get"_s)
        m_error.clear();
    emit changed();
}

DishStock::Live *DishStock::byId(qint64 id)
{
    for (Live &each : m_live)
        if (each.id == id)
            return &each;
    return nullptr;
}

void DishStock::onReplied(const QString &id, bool ok, const QJsonObject &result, const QString &,
                          const QString &message)
{
    const QString op = m_pending.take(id);
    if (op.isEmpty())
        return;
    if (!ok) {
        m_error = message.isEmpty()
                      ? m_say(QT_TRANSLATE_NOOP("tableside::MenuStructure",
                                                "The hub did not answer. Check the connection "
                                                "and try again."),
                              -1)
                      : message;
    } else if (op == u"menu.get"_s) {
        m_live.clear();
        const QJsonObject menu = result[u"menu"_s].toObject();
        for (const QJsonValue &category : menu[u"categories"_s].toArray())
            for (const QJsonValue &item : category[u"items"_s].toArray())
                m_live.insert(item[u"key"_s].toString(),
                              {item[u"id"_s].toInteger(), item[u"stockLeft"_s].toInt(-1),
                               item[u"available"_s].toBool(true)});
    } else {
        onEvent(op == u"menu.stock.set"_s ? u"menu.stock"_s : u"menu.availability"_s, result);
        return;
    }
    emit changed();
}

void DishStock::onEvent(const QString &type, const QJsonObject &data)
{
    if (type == u"menu.published"_s) {
        readMenu(); // new dishes, new ids
        return;
    }
    if (type != u"menu.stock"_s && type != u"menu.availability"_s)
        return;
    Live *dish = byId(data[u"itemId"_s].toInteger());
    if (!dish)
        return;
    if (type == u"menu.stock"_s)
        dish->left = data[u"stockLeft"_s].toInt(-1);
    dish->available = data[u"available"_s].toBool(true);
    emit changed();
}

} // namespace tableside
