#pragma once
// An order as the hub stores it and every device sees it: its lines, their options and statuses,
// and the change one line's move makes. Plain values; the store reads and writes them, the wire
// carries them, the screens' models show them.

#include "money.h"
#include "orderstatus.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tableside {

struct OrderOptionRecord {
    qint64 id = 0;
    QString name;
    qint64 priceDeltaMinor = 0;
    bool operator==(const OrderOptionRecord &) const = default;
};

struct OrderLineRecord {
    qint64 id = 0;
    qint64 itemId = 0;
    QString name;
    int quantity = 0;
    Money unitPrice;
    Money total;
    QString note;
    int seat = 0;
    QString station;
    OrderStatus status = OrderStatus::Placed;
    QString cancelReason;
    QList<OrderOptionRecord> options;
    QStringList allergens;
    QDateTime readyAt; // when a ready line became ready (hub time); null for any other status
    bool operator==(const OrderLineRecord &) const = default;
};

struct OrderRecord {
    qint64 id = 0;
    int number = 0;
    int tableNumber = 0;
    qint64 sessionId = 0;
    OrderStatus status = OrderStatus::Placed;
    QString cancelReason;
    QDateTime placedAt;
    Money total;
    QList<OrderLineRecord> lines;
    bool operator==(const OrderRecord &) const = default;
};

struct LineChange {
    qint64 orderId = 0;
    qint64 lineId = 0;
    int tableNumber = 0;
    OrderStatus lineStatus = OrderStatus::Placed;
    OrderStatus orderStatus = OrderStatus::Placed;
};

} // namespace tableside
