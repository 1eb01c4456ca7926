#include "orderstatus.h"

namespace tableside {

namespace {

// How a waiter or cook says the state in a sentence.
QString statusWords(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Placed:
        return OrderStateMachine::tr("placed");
    case OrderStatus::Accepted:
        return OrderStateMachine::tr("accepted");
    case OrderStatus::Cooking:
        return OrderStateMachine::tr("cooking");
    case OrderStatus::Ready:
        return OrderStateMachine::tr("ready");
    case OrderStatus::Served:
        return OrderStateMachine::tr("served");
    case OrderStatus::Cancelled:
        return OrderStateMachine::tr("cancelled");
    }
    Q_UNREACHABLE();
    return {};
}

Error finalError(OrderStatus from, OrderStatus to)
{
    if (from == OrderStatus::Served && to == OrderStatus::Cancelled) {
        return makeError(
            QStringLiteral("already_final"),
            OrderStateMachine::tr("This line is already served; it can no longer be cancelled."));
    }
    if (from == OrderStatus::Served) {
        return makeError(
            QStringLiteral("already_final"),
            OrderStateMachine::tr("This line is already served; it can no longer be moved to %1.")
                .arg(statusWords(to)));
    }
    return makeError(
        QStringLiteral("already_final"),
        OrderStateMachine::tr("This line was cancelled; it can no longer be moved to %1.")
            .arg(statusWords(to)));
}

} // namespace

QString orderStatusCode(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Placed:
        return QStringLiteral("placed");
    case OrderStatus::Accepted:
        return QStringLiteral("accepted");
    case OrderStatus::Cooking:
        return QStringLiteral("cooking");
    case OrderStatus::Ready:
        return QStringLiteral("ready");
    case OrderStatus::Served:
        return QStringLiteral("served");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<OrderStatus> orderStatusFromCode(QStringView code)
{
    for (auto status : {OrderStatus::Placed, OrderStatus::Accepted, OrderStatus::Cooking,
                        OrderStatus::Ready, OrderStatus::Served, OrderStatus::Cancelled}) {
        if (code == orderStatusCode(status))
            return status;
    }
    return std::nullopt;
}

bool OrderStateMachine::isFinal(OrderStatus status)
{
    return status == OrderStatus::Served || status == OrderStatus::Cancelled;
}

std::optional<OrderStatus> OrderStateMachine::nextStatus(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Placed:
        return OrderStatus::Accepted;
    case OrderStatus::Accepted:
        return OrderStatus::Cooking;
    case OrderStatus::Cooking:
        return OrderStatus::Ready;
    case OrderStatus::Ready:
        return OrderStatus::Served;
    case OrderStatus::Served:
    case OrderStatus::Cancelled:
        return std::nullopt;
    }
    Q_UNREACHABLE();
    return std::nullopt;
}

QList<OrderStatus> OrderStateMachine::movesTowards(OrderStatus from, OrderStatus to)
{
    if (from == OrderStatus::Placed && to == OrderStatus::Cooking)
        return {OrderStatus::Accepted, OrderStatus::Cooking};
    return {to};
}

Result<void> OrderStateMachine::checkMove(OrderStatus from, OrderStatus to, const QString &reason)
{
    // Same state first: a repeated bump is harmless and callers may treat it as such.
    if (from == to) {
        return makeError(QStringLiteral("no_change"),
                         OrderStateMachine::tr("This line is already %1.").arg(statusWords(from)));
    }
    if (isFinal(from))
        return finalError(from, to);

    if (to == OrderStatus::Cancelled) {
        if (reason.trimmed().isEmpty()) {
            return makeError(QStringLiteral("reason_required"),
                             OrderStateMachine::tr("Give a reason to cancel this %1 line.")
                                 .arg(statusWords(from)));
        }
        return {};
    }

    const auto next = nextStatus(from);
    if (to == next)
        return {};
    // Forward statuses are declared in order, so comparing them compares progress.
    if (to < from) {
        return makeError(QStringLiteral("illegal_transition"),
                         OrderStateMachine::tr("This line is already %1; it cannot go back to %2.")
                             .arg(statusWords(from), statusWords(to)));
    }
    return makeError(QStringLiteral("illegal_transition"),
                     OrderStateMachine::tr("This line is still %1; mark it %2 first, then %3.")
                         .arg(statusWords(from), statusWords(*next), statusWords(to)));
}

OrderStatus OrderStateMachine::orderStatusFromLines(const QList<OrderStatus> &lineStatuses)
{
    if (lineStatuses.isEmpty())
        return OrderStatus::Placed;
    std::optional<OrderStatus> leastAdvanced;
    for (OrderStatus status : lineStatuses) {
        if (status == OrderStatus::Cancelled)
            continue;
        if (!leastAdvanced || status < *leastAdvanced)
            leastAdvanced = status;
    }
    return leastAdvanced.value_or(OrderStatus::Cancelled);
}

} // namespace tableside
