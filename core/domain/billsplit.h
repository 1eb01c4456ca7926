#pragma once
// Paying a bill in parts: whole, evenly between N, by seat, by items (a line taken by one diner or
// shared between several) or in custom amounts. The parts' totals always add up to the bill's
// total, and their subtotals, taxes and service charges to the bill's, to the minor unit.

#include "bill.h"
#include "inputlimits.h"

namespace tableside {

struct LineShare {
    qint64 lineId = 0;
    int sharedBy = 1; // how many diners share the line
    Money amount;     // this part's share of the line's total
    bool operator==(const LineShare &) const = default;
};

struct SplitPart {
    int seat = 0;           // by seat: the seat; 0 otherwise
    QList<LineShare> lines; // whole, by seat, by items: what the part pays for; otherwise empty
    Money subtotal;
    Money tax;            // included in the subtotal or added, as on the bill
    Money preTaxSubtotal; // the subtotal without its tax: what a tip is a percentage of (tip.h)
    Money serviceCharge;
    Money total;
};

// A line taken by one diner, or shared evenly by several: diners are parts' indices. The first
// diner named (who took the line; the others joined) pays the line's odd cents.
struct LineTake {
    qint64 lineId = 0;
    QList<int> diners;
};

class BillSplit {
    Q_DECLARE_TR_FUNCTIONS(BillSplit)

public:
    static constexpr int MaxParts = InputLimits::MaxPartySize;

    // Where the odd cents go. An even split rounds every part's total down and part `payer`
    // (the first unless said otherwise) pays the remainder, so all the others pay the same.
    // Within the parts, the bill's tax and service charge are shared out by largest remainder
    // (Apportion::proportionally), ties to `payer`: a part is never given more tax than it pays.

    static BillSplit whole(const Bill &bill);
    // Refusals: "parts_invalid" (outside 1..MaxParts), "payer_invalid".
    static Result<BillSplit> evenly(const Bill &bill, int parts, int payer = 0);
    // A part per seat that has lines, by seat number; the whole table's lines (seat 0) are shared
    // evenly by those seats, the lowest seat paying the odd cents. No seat at all: one part.
    static BillSplit bySeat(const Bill &bill);
    // Lines nobody took are left in untaken(), never dropped. Refusals: "parts_invalid",
    // "payer_invalid", "unknown_line", "line_taken_twice", "diner_invalid", "diner_named_twice".
    static Result<BillSplit> byItems(const Bill &bill, int diners, const QList<LineTake> &takes,
                                     int payer = 0);
    // Each part's total as the diners chose it. Refusals: "parts_invalid", "payer_invalid",
    // "currency_mismatch", "amount_negative", "amount_too_large", "amounts_do_not_add_up".
    static Result<BillSplit> customAmounts(const Bill &bill, const QList<Money> &amounts,
                                           int payer = 0);

    const QList<SplitPart> &parts() const { return m_parts; }
    int payer() const { return m_payer; }
    // By items: the lines nobody has taken yet, as one more share of the bill, so the parts and
    // it still add up to the bill. A split is complete, and can be paid, when it has no lines.
    const SplitPart &untaken() const { return m_untaken; }
    bool isComplete() const { return m_untaken.lines.isEmpty(); }

private:
    // The parts' shares of the bill's tax and service charge, given what each part pays in all
    // (fromTotals) or what its lines come to (fromSubtotals).
    static QList<SplitPart> fromTotals(const Bill &bill, const QList<qint64> &totals, int payer);
    static QList<SplitPart> fromSubtotals(const Bill &bill, const QList<qint64> &subtotals,
                                          int payer);
    // By items once every take is known to be valid.
    static BillSplit assign(const Bill &bill, int diners, const QList<LineTake> &takes, int payer);

    QList<SplitPart> m_parts;
    SplitPart m_untaken;
    int m_payer = 0;
};

} // namespace tableside
