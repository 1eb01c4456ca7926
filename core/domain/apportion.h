#pragma once
// How amounts of minor units are rounded and shared out. Every rounding of a bill, its split and
// its tips goes through here, so they all round the same way and the parts always add up.

#include <QList>
#include <QtGlobal>

namespace tableside {

class Apportion {
public:
    // amount x numerator / denominator, rounded half away from zero (0.5 cent -> 1, -0.5 -> -1).
    // Commercial rounding: what VAT rules prescribe (EU member states, HMRC) and what a diner
    // checking with a calculator expects; banker's rounding only pays off over many roundings of
    // one sum, and a bill rounds each of its amounts once. Exact in 128 bits; denominator > 0.
    static qint64 scaledRounded(qint64 amount, qint64 numerator, qint64 denominator);

    // `amount` (>= 0) in `parts` (>= 1) equal shares rounded down; the remainder, fewer units
    // than parts, goes whole to part `remainderTo`, so every other part pays the same.
    static QList<qint64> evenly(qint64 amount, int parts, int remainderTo);

    // `amount` (>= 0) shared in proportion to `weights` (>= 0) by largest remainder: each share is
    // its exact share rounded down or up, never further, so no share exceeds its weight when the
    // amount does not exceed the weights' sum. The units left after rounding down go to the
    // largest fractions; a tie goes to `firstInLine` first, then in part order. Weights that are
    // all zero share the amount evenly().
    static QList<qint64> proportionally(qint64 amount, const QList<qint64> &weights,
                                        int firstInLine);
};

} // namespace tableside
