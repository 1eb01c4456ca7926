#pragma once
// The bill at the table: every line not cancelled, its subtotal, tax, service charge and total in
// minor units. The hub computes it from the lines it priced; the table shows it and splits it
// (billsplit.h).

#include "money.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>

namespace tableside {

struct BillLine {
    qint64 lineId = 0; // unique on the bill: splits by items name lines by it
    QString name{};    // the dish
    QString options{}; // the chosen options as the table shows them ("Medium, chips")
    int seat = 0;      // 1..InputLimits::MaxSeat; 0: the whole table
    int quantity = 1;
    Money total{};          // quantity x unit price, as the hub priced the line
    bool cancelled = false; // a cancelled line is left off the bill
    bool operator==(const BillLine &) const = default;
};

// The venue's rules for a bill (VenueSettings plus a service charge).
struct BillRules {
    static constexpr int MaxTaxRateBasisPoints = 10000;      // 100 %
    static constexpr int MaxServiceChargeBasisPoints = 2500; // 25 %: above any venue's practice

    int taxRateBasisPoints = 0; // 2400: 24 %
    bool pricesIncludeTax = true;
    int serviceChargeBasisPoints = 0; // 0: no service charge
};

class Bill {
    Q_DECLARE_TR_FUNCTIONS(Bill)

public:
    // Far beyond any table, and low enough that tax, service and tips stay within 64 bits.
    static constexpr qint64 MaxSubtotalMinorUnits = 1'000'000'000'000'000;

    // Refusals: "tax_rate_invalid", "service_charge_invalid", "currency_invalid",
    // "currency_mismatch" (a line in another currency), "line_invalid" (a negative total, a
    // quantity below 1, a seat out of range), "duplicate_line", "bill_too_large".
    static Result<Bill> make(const QList<BillLine> &lines, const BillRules &rules,
                             const QString &currency);

    const QList<BillLine> &lines() const { return m_lines; } // not cancelled, in the given order
    const BillRules &rules() const { return m_rules; }
    QString currency() const { return m_currency; }

    // The lines as the menu priced them: with their tax if prices include tax, without if not.
    Money subtotal() const { return money(m_subtotal); }
    // Prices include tax: the part of the subtotal that is tax, subtotal x rate / (1 + rate).
    // Otherwise the tax added to the subtotal, subtotal x rate. One rounding for the whole bill.
    Money tax() const { return money(m_tax); }
    // The subtotal without its tax: what the service charge and tips are a percentage of, so that
    // nobody is charged service or asked a tip on the tax.
    Money preTaxSubtotal() const { return money(preTaxSubtotal(m_subtotal, m_tax)); }
    Money serviceCharge() const { return money(m_serviceCharge); }
    // subtotal + service charge, + tax when prices do not include it.
    Money total() const { return money(total(m_subtotal, m_tax, m_serviceCharge)); }

    // The same relations for any share of a bill (a part of a split): one place for each.
    qint64 preTaxSubtotal(qint64 subtotal, qint64 tax) const;
    qint64 total(qint64 subtotal, qint64 tax, qint64 serviceCharge) const;

private:
    Money money(qint64 minorUnits) const { return Money(minorUnits, m_currency); }

    QList<BillLine> m_lines;
    BillRules m_rules;
    QString m_currency;
    qint64 m_subtotal = 0;
    qint64 m_tax = 0;
    qint64 m_serviceCharge = 0;
};

} // namespace tableside
