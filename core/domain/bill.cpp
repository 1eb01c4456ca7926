#include "bill.h"

#include "apportion.h"
#include "inputlimits.h"

#include <QSet>

namespace tableside {

namespace {

constexpr qint64 BasisPointsPerWhole = 10000;

Result<void> checkRules(const BillRules &rules)
{
    if (rules.taxRateBasisPoints < 0 ||
        rules.taxRateBasisPoints > BillRules::MaxTaxRateBasisPoints) {
        return makeError(QStringLiteral("tax_rate_invalid"),
                         Bill::tr("The venue's tax rate must be from 0 to 100 percent; ask the "
                                  "owner to correct it in the settings."));
    }
    if (rules.serviceChargeBasisPoints < 0 ||
        rules.serviceChargeBasisPoints > BillRules::MaxServiceChargeBasisPoints) {
        return makeError(QStringLiteral("service_charge_invalid"),
                         Bill::tr("The venue's service charge must be from 0 to 25 percent; ask "
                                  "the owner to correct it in the settings."));
    }
    return {};
}

Error lineInvalid(const BillLine &line)
{
    return makeError(
        QStringLiteral("line_invalid"),
        Bill::tr("%1 cannot be put on the bill as it was ordered; ask a waiter.").arg(line.name));
}

} // namespace

Result<Bill> Bill::make(const QList<BillLine> &lines, const BillRules &rules,
                        const QString &currency)
{
    if (const Result<void> checked = checkRules(rules); !checked)
        return checked.error();
    if (!Money::isCurrencyCode(currency)) {
        return makeError(QStringLiteral("currency_invalid"),
                         tr("The venue's currency is not set; ask the owner to set it."));
    }

    Bill bill;
    bill.m_rules = rules;
    bill.m_currency = currency;
    QSet<qint64> ids;
    for (const BillLine &line : lines) {
        if (line.cancelled)
            continue;
        if (line.total.currency() != currency) {
            return makeError(QStringLiteral("currency_mismatch"),
                             tr("%1 is priced in %2, not in the venue's %3; ask a waiter.")
                                 .arg(line.name, line.total.currency(), currency));
        }
        if (line.total.minorUnits() < 0 || line.quantity < 1 || line.seat < 0 ||
            line.seat > InputLimits::MaxSeat)
            return lineInvalid(line);
        if (ids.contains(line.lineId)) {
            return makeError(QStringLiteral("duplicate_line"),
                             tr("%1 appears twice on the bill; ask a waiter.").arg(line.name));
        }
        ids.insert(line.lineId);
        // Checked line by line, so the sum never overflows on the way.
        if (line.total.minorUnits() > MaxSubtotalMinorUnits - bill.m_subtotal) {
            return makeError(QStringLiteral("bill_too_large"),
                             tr("This bill is too large to be paid at the table; ask a waiter."));
        }
        bill.m_subtotal += line.total.minorUnits();
        bill.m_lines.append(line);
    }

    const qint64 rate = rules.taxRateBasisPoints;
    bill.m_tax = rules.pricesIncludeTax
                     ? Apportion::scaledRounded(bill.m_subtotal, rate, BasisPointsPerWhole + rate)
                     : Apportion::scaledRounded(bill.m_subtotal, rate, BasisPointsPerWhole);
    bill.m_serviceCharge =
        Apportion::scaledRounded(bill.preTaxSubtotal(bill.m_subtotal, bill.m_tax),
                                 rules.serviceChargeBasisPoints, BasisPointsPerWhole);
    return bill;
}

qint64 Bill::preTaxSubtotal(qint64 subtotal, qint64 tax) const
{
    return m_rules.pricesIncludeTax ? subtotal - tax : subtotal;
}

qint64 Bill::total(qint64 subtotal, qint64 tax, qint64 serviceCharge) const
{
    return subtotal + serviceCharge + (m_rules.pricesIncludeTax ? 0 : tax);
}

} // namespace tableside
