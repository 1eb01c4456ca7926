#pragma once
// What every split of a bill must hold, whatever its mode, checked on every case of
// tst_billsplit and tst_billsplititems: the parts add up to the bill to the minor unit, none is
// negative, and each carries its fair share of the tax and service charge.

#include "billsplit.h"

#include <QHash>

namespace tableside::billtest {

// Tax at 0, 5.5, 10, 20 and 24 %, included and added, with no service charge and with 12.5 %.
inline QList<BillRules> everyRule()
{
    QList<BillRules> rules;
    for (int rate : {0, 550, 1000, 2000, 2400}) {
        for (bool included : {true, false}) {
            for (int service : {0, 1250})
                rules.append({rate, included, service});
        }
    }
    return rules;
}

// Lines numbered from 1; seats, when given, parallel to the totals.
inline Bill makeBill(const QList<qint64> &totals, const BillRules &rules,
                     const QList<int> &seats = {})
{
    QList<BillLine> lines;
    for (qsizetype i = 0; i < totals.size(); ++i) {
        lines.append({.lineId = i + 1,
                      .name = QStringLiteral("Dish %1").arg(i + 1),
                      .seat = seats.isEmpty() ? 0 : seats.at(i),
                      .total = Money(totals.at(i), QStringLiteral("EUR"))});
    }
    const Result<Bill> bill = Bill::make(lines, rules, QStringLiteral("EUR"));
    Q_ASSERT(bill.ok());
    return bill.value();
}

// share within `units` of whole x weight / weights.
inline bool fairShare(qint64 share, qint64 whole, qint64 weight, qint64 weights, int units)
{
    __extension__ using Wide = __int128;
    if (weights == 0)
        return share == 0;
    const Wide error = Wide(share) * weights - Wide(whole) * weight;
    return error < Wide(units) * weights && error > -Wide(units) * weights;
}

// Empty when the split holds; otherwise what broke, for the failure message.
inline QString brokenInvariant(const Bill &bill, const BillSplit &split)
{
    QList<SplitPart> parts = split.parts();
    parts.append(split.untaken());
    const QString currency = bill.currency();
    qint64 subtotal = 0, tax = 0, preTax = 0, service = 0, total = 0;
    QHash<qint64, qint64> lineShares;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const SplitPart &part = parts.at(i);
        const QString where = QStringLiteral("part %1: ").arg(i);
        for (const Money *amount :
             {&part.subtotal, &part.tax, &part.preTaxSubtotal, &part.serviceCharge, &part.total}) {
            if (amount->minorUnits() < 0)
                return where + QStringLiteral("negative");
            if (amount->currency() != currency && amount->minorUnits() != 0)
                return where + QStringLiteral("in another currency");
        }
        const qint64 sub = part.subtotal.minorUnits(), t = part.tax.minorUnits();
        const qint64 svc = part.serviceCharge.minorUnits();
        if (part.total.minorUnits() != bill.total(sub, t, svc))
            return where + QStringLiteral("total is not its subtotal, tax and service");
        if (part.preTaxSubtotal.minorUnits() != bill.preTaxSubtotal(sub, t))
            return where + QStringLiteral("subtotal before tax is wrong");
        if (bill.rules().pricesIncludeTax && t > sub)
            return where + QStringLiteral("more tax than it pays");
        if (!fairShare(t, bill.tax().minorUnits(), part.total.minorUnits(),
                       bill.total().minorUnits(), 3))
            return where + QStringLiteral("tax %1 is not its share").arg(t);
        if (!fairShare(svc, bill.serviceCharge().minorUnits(), part.total.minorUnits(),
                       bill.total().minorUnits(), 3))
            return where + QStringLiteral("service %1 is not its share").arg(svc);
        qint64 ofLines = 0;
        for (const LineShare &share : part.lines) {
            lineShares[share.lineId] += share.amount.minorUnits();
            ofLines += share.amount.minorUnits();
        }
        if (!part.lines.isEmpty() && ofLines != sub)
            return where + QStringLiteral("subtotal is not its lines");
        subtotal += sub;
        tax += t;
        preTax += part.preTaxSubtotal.minorUnits();
        service += svc;
        total += part.total.minorUnits();
    }
    if (total != bill.total().minorUnits())
        return QStringLiteral("totals add up to %1, not %2")
            .arg(total)
            .arg(bill.total().minorUnits());
    if (tax != bill.tax().minorUnits())
        return QStringLiteral("taxes add up to %1, not %2").arg(tax).arg(bill.tax().minorUnits());
    if (subtotal != bill.subtotal().minorUnits() || preTax != bill.preTaxSubtotal().minorUnits() ||
        service != bill.serviceCharge().minorUnits())
        return QStringLiteral("subtotals or service charges do not add up");
    if (!lineShares.isEmpty()) {
        for (const BillLine &line : bill.lines()) {
            if (lineShares.value(line.lineId) != line.total.minorUnits())
                return QStringLiteral("line %1 is not paid exactly").arg(line.lineId);
        }
    }
    return {};
}

} // namespace tableside::billtest
