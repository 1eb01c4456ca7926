#pragma once
// A diner's tip on their part of the bill: a preset percentage, a custom amount, or none. A
// percentage is of the part's subtotal before tax: nobody is asked to tip on the tax.

#include "billsplit.h"

namespace tableside {

struct TipChoice {
    enum class Kind { None, Percent, Amount };

    Kind kind = Kind::None;
    int basisPoints = 0; // Percent: 1000 is 10 %
    Money amount;        // Amount: in minor units, in the bill's currency

    static TipChoice none() { return {}; }
    static TipChoice percent(int basisPoints) { return {Kind::Percent, basisPoints, {}}; }
    static TipChoice custom(Money amount) { return {Kind::Amount, 0, std::move(amount)}; }
};

class Tip {
    Q_DECLARE_TR_FUNCTIONS(Tip)

public:
    // The percentages the table offers, in the order shown: 0, 5, 10 and 15 %.
    static QList<int> presetBasisPoints();
    // A percentage above 100 %, or a custom tip above what the part pays, is refused: far more
    // likely a slip of the finger (5000 for 50.00) than generosity. A waiter can take more.
    static constexpr int MaxBasisPoints = 10000;

    // The tip, a percentage rounded half away from zero like every amount of the bill
    // (Apportion::scaledRounded). Refusals: "tip_negative", "tip_too_large", "currency_mismatch".
    static Result<Money> amount(const SplitPart &part, const TipChoice &choice);
    // What the part pays: its total plus its tip.
    static Result<Money> amountDue(const SplitPart &part, const TipChoice &choice);
};

} // namespace tableside
