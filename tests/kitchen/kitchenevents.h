#pragma once
// Hub events as the kitchen and floor models receive them, built from the real wire format.

#include "wireformat.h"

#include <QJsonObject>
#include <QTimeZone>

namespace tableside::testing {

using namespace Qt::StringLiterals;

inline const QDateTime Seven = QDateTime(QDate(2026, 11, 23), QTime(19, 0), QTimeZone::utc());

struct TestLine {
    qint64 id;
    QString name;
    QString station;
    int quantity = 1;
    qint64 itemId = 0;
    int seat = 0; // 0: no seat
};

inline QJsonObject placed(qint64 orderId, int number, int table, const QList<TestLine> &lines,
                          QDateTime at = Seven)
{
    OrderRecord order;
    order.id = orderId;
    order.number = number;
    order.tableNumber = table;
    order.sessionId = table * 100;
    order.placedAt = at;
    order.total = Money(0, u"EUR"_s);
    for (const TestLine &input : lines) {
        OrderLineRecord line;
        line.id = input.id;
        line.itemId = input.itemId ? input.itemId : input.id % 100;
        line.name = input.name;
        line.station = input.station;
        line.quantity = input.quantity;
        line.seat = input.seat;
        line.unitPrice = line.total = Money(0, u"EUR"_s);
        order.lines.append(line);
    }
    return QJsonObject{{u"order"_s, orderToJson(order)}};
}

inline QJsonObject lineMoved(qint64 orderId, qint64 lineId, const QString &status, int table = 4)
{
    return {{u"orderId"_s, orderId},
            {u"lineId"_s, lineId},
            {u"table"_s, table},
            {u"status"_s, status},
            {u"orderStatus"_s, status}};
}

} // namespace tableside::testing
