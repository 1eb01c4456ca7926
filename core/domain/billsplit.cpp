#include "billsplit.h"

#include "apportion.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace tableside {

namespace {

Result<void> checkParts(int parts, int payer)
{
    if (parts < 1 || parts > BillSplit::MaxParts) {
        return makeError(QStringLiteral("parts_invalid"),
                         BillSplit::tr("A bill can be split between 1 and %n people.", nullptr,
                                       BillSplit::MaxParts));
    }
    if (payer < 0 || payer >= parts) {
        return makeError(QStringLiteral("payer_invalid"),
                         BillSplit::tr("Choose who pays the odd cents among those paying."));
    }
    return {};
}

SplitPart makePart(const Bill &bill, qint64 subtotal, qint64 tax, qint64 serviceCharge)
{
    const QString currency = bill.currency();
    SplitPart part;
    part.subtotal = Money(subtotal, currency);
    part.tax = Money(tax, currency);
    part.preTaxSubtotal = Money(bill.preTaxSubtotal(subtotal, tax), currency);
    part.serviceCharge = Money(serviceCharge, currency);
    part.total = Money(bill.total(subtotal, tax, serviceCharge), currency);
    return part;
}

} // namespace

QList<SplitPart> BillSplit::fromTotals(const Bill &bill, const QList<qint64> &totals, int payer)
{
    const qint64 tax = bill.tax().minorUnits();
    const qint64 service = bill.serviceCharge().minorUnits();
    QList<qint64> subtotals(totals.size());
    QList<qint64> taxes;
    QList<qint64> services;
    // What is added on top of the subtotal is shared first, in proportion to what each part
    // pays, so that it always fits within that; then the tax within the subtotal or the addition.
    if (bill.rules().pricesIncludeTax) {
        services = Apportion::proportionally(service, totals, payer);
        for (qsizetype i = 0; i < totals.size(); ++i)
            subtotals[i] = totals.at(i) - services.at(i);
        taxes = Apportion::proportionally(tax, subtotals, payer);
    } else {
        const QList<qint64> added = Apportion::proportionally(tax + service, totals, payer);
        for (qsizetype i = 0; i < totals.size(); ++i)
            subtotals[i] = totals.at(i) - added.at(i);
        taxes = Apportion::proportionally(tax, added, payer);
        services = added;
        for (qsizetype i = 0; i < totals.size(); ++i)
            services[i] -= taxes.at(i);
    }

    QList<SplitPart> parts;
    for (qsizetype i = 0; i < totals.size(); ++i) {
        parts.append(makePart(bill, subtotals.at(i), taxes.at(i), services.at(i)));
        Q_ASSERT(parts.last().total.minorUnits() == totals.at(i));
    }
    return parts;
}

QList<SplitPart> BillSplit::fromSubtotals(const Bill &bill, const QList<qint64> &subtotals,
                                          int payer)
{
    const QList<qint64> taxes =
        Apportion::proportionally(bill.tax().minorUnits(), subtotals, payer);
    const QList<qint64> services =
        Apportion::proportionally(bill.serviceCharge().minorUnits(), subtotals, payer);
    QList<SplitPart> parts;
    for (qsizetype i = 0; i < subtotals.size(); ++i)
        parts.append(makePart(bill, subtotals.at(i), taxes.at(i), services.at(i)));
    return parts;
}

BillSplit BillSplit::whole(const Bill &bill)
{
    BillSplit split;
    split.m_parts = fromTotals(bill, {bill.total().minorUnits()}, 0);
    for (const BillLine &line : bill.lines())
        split.m_parts.first().lines.append({line.lineId, 1, line.total});
    return split;
}

Result<BillSplit> BillSplit::evenly(const Bill &bill, int parts, int payer)
{
    if (const Result<void> checked = checkParts(parts, payer); !checked)
        return checked.error();
    BillSplit split;
    split.m_payer = payer;
    split.m_parts =
        fromTotals(bill, Apportion::evenly(bill.total().minorUnits(), parts, payer), payer);
    return split;
}

BillSplit BillSplit::bySeat(const Bill &bill)
{
    QList<int> seats;
    for (const BillLine &line : bill.lines()) {
        if (line.seat != 0 && !seats.contains(line.seat))
            seats.append(line.seat);
    }
    std::sort(seats.begin(), seats.end());
    if (seats.isEmpty())
        return whole(bill);

    QList<int> everyone(seats.size());
    for (qsizetype i = 0; i < seats.size(); ++i)
        everyone[i] = int(i);
    QList<LineTake> takes;
    for (const BillLine &line : bill.lines()) {
        const QList<int> diners =
            line.seat == 0 ? everyone : QList<int>{int(seats.indexOf(line.seat))};
        takes.append({line.lineId, diners});
    }
    BillSplit split = assign(bill, int(seats.size()), takes, 0);
    for (qsizetype i = 0; i < seats.size(); ++i)
        split.m_parts[i].seat = seats.at(i);
    return split;
}

Result<BillSplit> BillSplit::byItems(const Bill &bill, int diners, const QList<LineTake> &takes,
                                     int payer)
{
    if (const Result<void> checked = checkParts(diners, payer); !checked)
        return checked.error();
    QSet<qint64> onBill;
    for (const BillLine &line : bill.lines())
        onBill.insert(line.lineId);
    QSet<qint64> taken;
    for (const LineTake &take : takes) {
        if (!onBill.contains(take.lineId)) {
            return makeError(QStringLiteral("unknown_line"),
                             tr("A dish chosen is not on this bill; look at the bill again."));
        }
        if (taken.contains(take.lineId)) {
            return makeError(QStringLiteral("line_taken_twice"),
                             tr("A dish was chosen twice; name everyone sharing it at once."));
        }
        taken.insert(take.lineId);
        QSet<int> named;
        for (int diner : take.diners) {
            if (diner < 0 || diner >= diners) {
                return makeError(QStringLiteral("diner_invalid"),
                                 tr("A dish was given to someone who is not paying."));
            }
            if (named.contains(diner)) {
                return makeError(QStringLiteral("diner_named_twice"),
                                 tr("Someone was named twice to share one dish."));
            }
            named.insert(diner);
        }
    }
    return assign(bill, diners, takes, payer);
}

BillSplit BillSplit::assign(const Bill &bill, int diners, const QList<LineTake> &takes, int payer)
{
    QHash<qint64, QList<int>> takers;
    for (const LineTake &take : takes)
        takers.insert(take.lineId, take.diners);

    // Each part's lines, and one more for the lines nobody took (the last).
    QList<QList<LineShare>> lines(diners + 1);
    QList<qint64> subtotals(diners + 1, 0);
    for (const BillLine &line : bill.lines()) {
        const QList<int> sharing = takers.value(line.lineId);
        if (sharing.isEmpty()) {
            lines[diners].append({line.lineId, 1, line.total});
            subtotals[diners] += line.total.minorUnits();
            continue;
        }
        const int k = int(sharing.size());
        const QList<qint64> shares = Apportion::evenly(line.total.minorUnits(), k, 0);
        for (int j = 0; j < k; ++j) {
            lines[sharing.at(j)].append({line.lineId, k, Money(shares.at(j), bill.currency())});
            subtotals[sharing.at(j)] += shares.at(j);
        }
    }

    BillSplit split;
    split.m_payer = payer;
    split.m_parts = fromSubtotals(bill, subtotals, payer);
    for (int i = 0; i <= diners; ++i)
        split.m_parts[i].lines = lines.at(i);
    split.m_untaken = split.m_parts.takeLast();
    return split;
}

Result<BillSplit> BillSplit::customAmounts(const Bill &bill, const QList<Money> &amounts, int payer)
{
    if (const Result<void> checked = checkParts(int(amounts.size()), payer); !checked)
        return checked.error();
    QList<qint64> totals;
    qint64 sum = 0;
    for (const Money &amount : amounts) {
        if (amount.currency() != bill.currency()) {
            return makeError(QStringLiteral("currency_mismatch"),
                             tr("Enter every amount in %1.").arg(bill.currency()));
        }
        if (amount.minorUnits() < 0) {
            return makeError(QStringLiteral("amount_negative"),
                             tr("An amount to pay cannot be below zero."));
        }
        // Each at most the bill, so that the sum of at most MaxParts of them stays in range.
        if (amount.minorUnits() > bill.total().minorUnits()) {
            return makeError(QStringLiteral("amount_too_large"),
                             tr("One amount is more than the whole bill."));
        }
        sum += amount.minorUnits();
        totals.append(amount.minorUnits());
    }
    if (sum != bill.total().minorUnits()) {
        return makeError(QStringLiteral("amounts_do_not_add_up"),
                         tr("The amounts do not add up to the bill's total; change them until "
                            "nothing is left over or missing."));
    }
    BillSplit split;
    split.m_payer = payer;
    split.m_parts = fromTotals(bill, totals, payer);
    return split;
}

} // namespace tableside
