#include "wireformat.h"

#include "jsontext.h"
#include "storedtime.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

QJsonArray stringArray(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &v : value.toArray())
        strings.append(v.toString());
    return strings;
}

// As the menu document writes them: {"days": [1, 2, 3, 4, 5], "from": "12:00", "until": "15:00"}.
QJsonArray windowsToJson(const QList<AvailabilityWindow> &windows)
{
    QJsonArray json;
    for (const AvailabilityWindow &window : windows) {
        QJsonArray days;
        for (int day = 1; day <= 7; ++day)
            if (window.onDay(day))
                days.append(day);
        json.append(QJsonObject{{u"days"_s, days},
                                {u"from"_s, window.from.toString(u"HH:mm"_s)},
                                {u"until"_s, window.until.toString(u"HH:mm"_s)}});
    }
    return json;
}

QList<AvailabilityWindow> windowsFromJson(const QJsonValue &json)
{
    QList<AvailabilityWindow> windows;
    for (const QJsonValue &w : json.toArray()) {
        AvailabilityWindow window{0, QTime::fromString(w[u"from"].toString(), u"HH:mm"_s),
                                  QTime::fromString(w[u"until"].toString(), u"HH:mm"_s)};
        for (const QJsonValue &day : w[u"days"].toArray())
            if (const int number = day.toInt(); number >= 1 && number <= 7)
                window.days |= 1 << (number - 1);
        if (window.days != 0 && window.from.isValid() && window.until.isValid())
            windows.append(window);
    }
    return windows;
}

QJsonObject groupToJson(const MenuModifierGroup &group)
{
    QJsonArray options;
    for (const MenuOption &o : group.options)
        options.append(QJsonObject{{u"id"_s, o.id},
                                   {u"key"_s, o.key},
                                   {u"name"_s, o.name},
                                   {u"priceDelta"_s, o.priceDeltaMinor}});
    return QJsonObject{{u"id"_s, group.id},          {u"key"_s, group.key},
                       {u"name"_s, group.name},      {u"min"_s, group.minChoices},
                       {u"max"_s, group.maxChoices}, {u"options"_s, options}};
}

MenuModifierGroup groupFromJson(const QJsonObject &g)
{
    MenuModifierGroup group{g[u"id"].toInteger(), g[u"key"].toString(), g[u"name"].toString(),
                            g[u"min"].toInt(0),   g[u"max"].toInt(1),   {}};
    for (const QJsonValue &o : g[u"options"].toArray())
        group.options.append(MenuOption{o[u"id"].toInteger(), o[u"key"].toString(),
                                        o[u"name"].toString(), o[u"priceDelta"].toInteger()});
    return group;
}

QJsonObject itemToJson(const MenuItem &item)
{
    QJsonArray groups;
    for (const MenuModifierGroup &g : item.groups)
        groups.append(groupToJson(g));
    QJsonObject json{{u"id"_s, item.id},
                     {u"key"_s, item.key},
                     {u"name"_s, item.name},
                     {u"description"_s, item.description},
                     {u"price"_s, item.price.minorUnits()},
                     {u"photo"_s, item.photo},
                     {u"available"_s, item.available},
                     {u"course"_s, item.course},
                     {u"station"_s, item.station},
                     {u"longerWait"_s, item.longerWait},
                     {u"spice"_s, item.spiceLevel},
                     {u"allergens"_s, stringArray(item.allergens)},
                     {u"dietary"_s, stringArray(item.dietary)},
                     {u"groups"_s, groups}};
    if (item.stockLeft >= 0) // only a dish counted down says how many are left
        json.insert(u"stockLeft"_s, item.stockLeft);
    if (item.pick) // only the owner's picks say so
        json.insert(u"pick"_s, true);
    if (!item.servingTimes.own.isEmpty()) // its category's are the category's
        json.insert(u"windows"_s, windowsToJson(item.servingTimes.own));
    return json;
}

MenuItem itemFromJson(const QJsonObject &i, const MenuCategory &category, const QString &currency)
{
    MenuItem item;
    item.id = i[u"id"].toInteger();
    item.categoryId = category.id;
    item.servingTimes = {windowsFromJson(i[u"windows"]), category.windows};
    item.key = i[u"key"].toString();
    item.name = i[u"name"].toString();
    item.description = i[u"description"].toString();
    item.price = Money(i[u"price"].toInteger(), currency);
    item.photo = i[u"photo"].toString();
    item.available = i[u"available"].toBool(true);
    item.stockLeft = i[u"stockLeft"].toInt(-1);
    item.pick = i[u"pick"].toBool(false);
    item.course = i[u"course"].toString();
    item.station = i[u"station"].toString();
    item.longerWait = i[u"longerWait"].toBool(false);
    item.spiceLevel = i[u"spice"].toInt(0);
    item.allergens = stringsOf(i[u"allergens"]);
    item.dietary = stringsOf(i[u"dietary"]);
    for (const QJsonValue &g : i[u"groups"].toArray())
        item.groups.append(groupFromJson(g.toObject()));
    return item;
}

// Keys in sorted order, as QJsonDocument writes them.
void writeLine(JsonText &json, const OrderLineRecord &line)
{
    json.beginObject();
    json.key("allergens"_L1).strings(line.allergens);
    json.key("id"_L1).value(line.id);
    json.key("itemId"_L1).value(line.itemId);
    json.key("name"_L1).value(line.name);
    json.key("note"_L1).value(line.note);
    json.key("options"_L1).beginArray();
    for (const OrderOptionRecord &o : line.options) {
        json.beginObject();
        json.key("id"_L1).value(o.id);
        json.key("name"_L1).value(o.name);
        json.key("priceDelta"_L1).value(o.priceDeltaMinor);
        json.endObject();
    }
    json.endArray();
    json.key("quantity"_L1).value(line.quantity);
    if (line.readyAt.isValid())
        json.key("readyAt"_L1).value(isoTime(line.readyAt));
    json.key("seat"_L1); // no seat is null, as PROTOCOL.md writes absent values
    line.seat > 0 ? json.value(line.seat) : json.null();
    json.key("station"_L1).value(line.station);
    json.key("status"_L1).value(orderStatusCode(line.status));
    json.key("total"_L1).value(line.total.minorUnits());
    json.key("unitPrice"_L1).value(line.unitPrice.minorUnits());
    json.endObject();
}

OrderStatus statusOf(const QJsonValue &value)
{
    return orderStatusFromCode(value.toString()).value_or(OrderStatus::Placed);
}

OrderLineRecord lineFromJson(const QJsonObject &l, const QString &currency)
{
    OrderLineRecord line;
    line.id = l[u"id"].toInteger();
    line.itemId = l[u"itemId"].toInteger();
    line.name = l[u"name"].toString();
    line.quantity = l[u"quantity"].toInt();
    line.unitPrice = Money(l[u"unitPrice"].toInteger(), currency);
    line.total = Money(l[u"total"].toInteger(), currency);
    line.note = l[u"note"].toString();
    line.seat = l[u"seat"].toInt(0);
    line.station = l[u"station"].toString();
    line.status = statusOf(l[u"status"]);
    for (const QJsonValue &o : l[u"options"].toArray())
        line.options.append(OrderOptionRecord{o[u"id"].toInteger(), o[u"name"].toString(),
                                              o[u"priceDelta"].toInteger()});
    line.allergens = stringsOf(l[u"allergens"]);
    line.readyAt = fromIsoTime(l[u"readyAt"].toString());
    return line;
}

} // namespace

QJsonObject menuItemToJson(const MenuItem &item)
{
    return itemToJson(item);
}

QJsonObject menuToJson(const Menu &menu)
{
    QJsonArray categories;
    for (const MenuCategory &c : menu.categories) {
        QJsonArray items;
        for (const MenuItem &item : c.items)
            items.append(itemToJson(item));
        QJsonObject category{{u"id"_s, c.id},
                             {u"key"_s, c.key},
                             {u"name"_s, c.name},
                             {u"description"_s, c.description},
                             {u"items"_s, items}};
        if (!c.windows.isEmpty())
            category.insert(u"windows"_s, windowsToJson(c.windows));
        categories.append(category);
    }
    return QJsonObject{{u"language"_s, menu.language},
                       {u"currency"_s, menu.currency},
                       {u"categories"_s, categories}};
}

Menu menuFromJson(const QJsonObject &json)
{
    Menu menu{json[u"language"].toString(), json[u"currency"].toString(), {}};
    for (const QJsonValue &c : json[u"categories"].toArray()) {
        MenuCategory category{c[u"id"].toInteger(),
                              c[u"key"].toString(),
                              c[u"name"].toString(),
                              c[u"description"].toString(),
                              {},
                              windowsFromJson(c[u"windows"])};
        for (const QJsonValue &i : c[u"items"].toArray())
            category.items.append(itemFromJson(i.toObject(), category, menu.currency));
        menu.categories.append(category);
    }
    return menu;
}

namespace {

QString currencyOf(const OrderRecord &order)
{
    QString currency = order.total.currency();
    if (currency.isEmpty() && !order.lines.isEmpty())
        currency = order.lines.constFirst().total.currency();
    return currency;
}

} // namespace

QJsonObject orderToJson(const OrderRecord &order)
{
    return QJsonDocument::fromJson(orderJsonText(order)).object();
}

QByteArray orderJsonText(const OrderRecord &order)
{
    JsonText json;
    json.beginObject();
    json.key("currency"_L1).value(currencyOf(order));
    json.key("id"_L1).value(order.id);
    json.key("lines"_L1).beginArray();
    for (const OrderLineRecord &line : order.lines)
        writeLine(json, line);
    json.endArray();
    json.key("number"_L1).value(order.number);
    json.key("placedAt"_L1).value(isoTime(order.placedAt));
    json.key("sessionId"_L1).value(order.sessionId);
    json.key("status"_L1).value(orderStatusCode(order.status));
    json.key("table"_L1).value(order.tableNumber);
    json.key("total"_L1).value(order.total.minorUnits());
    json.endObject();
    return json.take();
}

OrderRecord orderFromJson(const QJsonObject &json)
{
    const QString currency = json[u"currency"].toString();
    OrderRecord order;
    order.id = json[u"id"].toInteger();
    order.number = json[u"number"].toInt();
    order.tableNumber = json[u"table"].toInt();
    order.sessionId = json[u"sessionId"].toInteger();
    order.status = statusOf(json[u"status"]);
    order.placedAt = fromIsoTime(json[u"placedAt"].toString());
    order.total = Money(json[u"total"].toInteger(), currency);
    for (const QJsonValue &line : json[u"lines"].toArray())
        order.lines.append(lineFromJson(line.toObject(), currency));
    return order;
}

QString isoTime(const QDateTime &utc)
{
    return storedTime(utc);
}

QDateTime fromIsoTime(const QString &text)
{
    return text.isEmpty() ? QDateTime() : timeFromStore(text);
}

} // namespace tableside
