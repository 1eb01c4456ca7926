#pragma once
// The JSON shapes of the sync protocol (core/sync/PROTOCOL.md) for the menu and for orders,
// shared by the hub and the clients so both sides read and write exactly the same fields.

#include "menu.h"
#include "orderrecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tableside {

QJsonObject menuToJson(const Menu &menu);
Menu menuFromJson(const QJsonObject &json);
// One dish as menu.get gives it (a recommendation carries it whole).
QJsonObject menuItemToJson(const MenuItem &item);

// An order's fields are written in one place, orderJsonText: compact JSON with its keys sorted,
// as QJsonDocument writes them. The hub sends that text on every order without building an
// object; orderToJson reads it back for whoever needs the object.
QByteArray orderJsonText(const OrderRecord &order);
QJsonObject orderToJson(const OrderRecord &order);
OrderRecord orderFromJson(const QJsonObject &json);

// UTC, ISO 8601 with milliseconds ("2026-11-23T19:04:05.123Z"); a null time is "".
QString isoTime(const QDateTime &utc);
// The inverse of isoTime(); anything unreadable is a null QDateTime.
QDateTime fromIsoTime(const QString &text);

} // namespace tableside
