#pragma once
// The life of an order line, placed -> accepted -> cooking -> ready -> served (or cancelled), and
// the one place that decides which moves are allowed. The hub checks every move here.

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace tableside {

// Declared in the order a line moves forward; Cancelled is a side exit, not a step.
enum class OrderStatus {
    Placed,
    Accepted,
    Cooking,
    Ready,
    Served,
    Cancelled,
};

QString orderStatusCode(OrderStatus status);
// Exact, case-sensitive match of a code from orderStatusCode(); anything else is std::nullopt.
std::optional<OrderStatus> orderStatusFromCode(QStringView code);

class OrderStateMachine {
    Q_DECLARE_TR_FUNCTIONS(OrderStateMachine)

public:
    // Ok for one step forward, or for a cancel with a reason before the line is served. Refusals:
    // "no_change", "already_final", "reason_required", "illegal_transition".
    static Result<void> checkMove(OrderStatus from, OrderStatus to, const QString &reason = {});

    // Served and Cancelled lines never move again.
    static bool isFinal(OrderStatus status);
    // The one forward step from `status` (what a kitchen "bump" does); none from a final state.
    static std::optional<OrderStatus> nextStatus(OrderStatus status);
    // The moves a request to put a line at `to` makes, each then checked by checkMove: `to`
    // alone, except that cooking a placed line accepts it first (a cook's "start" on a ticket
    // nobody accepted yet), so each step is still recorded.
    static QList<OrderStatus> movesTowards(OrderStatus from, OrderStatus to);

    // An order is as far along as its least advanced live line: cancelled lines do not hold it
    // back; all lines cancelled -> Cancelled; no lines -> Placed.
    static OrderStatus orderStatusFromLines(const QList<OrderStatus> &lineStatuses);
};

} // namespace tableside
