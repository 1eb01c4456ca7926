#pragma once
// Prices one order line from the menu. The hub prices every line itself and never trusts a
// client's figures; the table uses the same rules to show the price before sending.

#include "inputlimits.h"
#include "menuitemspec.h"
#include "money.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace tableside {

struct LineRequest {
    qint64 itemId = 0;
    QList<qint64> optionIds{};
    int quantity = 1;
};

struct PricedLine {
    qint64 itemId = 0;
    int quantity = 0;
    Money unitPrice{}; // base + chosen option deltas
    Money total{};     // unitPrice x quantity
    // Chosen options in menu order (group, then option), whatever order they were requested in.
    QList<qint64> optionIds{};
    QList<qint64> optionPriceDeltas{}; // parallel to optionIds
};

class LinePricer {
    Q_DECLARE_TR_FUNCTIONS(LinePricer)

public:
    static constexpr int MaxQuantity = InputLimits::MaxQuantity;

    // Refusals: "unknown_item", "item_unavailable", "quantity_too_small", "quantity_too_large",
    // "option_not_on_item", "duplicate_option", "choice_required", "too_many_choices",
    // "price_invalid" (menu data that prices below zero or out of range).
    static Result<PricedLine> price(const MenuItemSpec &item, const LineRequest &request);
};

} // namespace tableside
