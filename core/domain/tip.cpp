#include "tip.h"

#include "apportion.h"

namespace tableside {

QList<int> Tip::presetBasisPoints()
{
    return {0, 500, 1000, 1500};
}

Result<Money> Tip::amount(const SplitPart &part, const TipChoice &choice)
{
    const QString currency = part.total.currency();
    switch (choice.kind) {
    case TipChoice::Kind::None:
        return Money(0, currency);
    case TipChoice::Kind::Percent:
        if (choice.basisPoints < 0) {
            return makeError(QStringLiteral("tip_negative"), tr("A tip cannot be below zero."));
        }
        if (choice.basisPoints > MaxBasisPoints) {
            return makeError(QStringLiteral("tip_too_large"),
                             tr("A tip can be at most 100 percent; ask a waiter to add more."));
        }
        return Money(
            Apportion::scaledRounded(part.preTaxSubtotal.minorUnits(), choice.basisPoints, 10000),
            currency);
    case TipChoice::Kind::Amount:
        break;
    }

    if (choice.amount.currency() != currency) {
        return makeError(QStringLiteral("currency_mismatch"),
                         tr("Enter the tip in %1.").arg(currency));
    }
    if (choice.amount.minorUnits() < 0)
        return makeError(QStringLiteral("tip_negative"), tr("A tip cannot be below zero."));
    if (choice.amount.minorUnits() > part.total.minorUnits()) {
        return makeError(QStringLiteral("tip_too_large"),
                         tr("A tip can be at most what you pay for the meal; ask a waiter to "
                            "add more."));
    }
    return choice.amount;
}

Result<Money> Tip::amountDue(const SplitPart &part, const TipChoice &choice)
{
    const Result<Money> tip = amount(part, choice);
    if (!tip)
        return tip.error();
    return part.total + tip.value();
}

} // namespace tableside
