#include "billoperations.h"

#include "bill.h"
#include "devicerepository.h"
#include "hubargs.h"
#include "hubpermissions.h"
#include "sessionoperations.h"

#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace tableside {

using namespace hubargs;

namespace {

QString optionNames(const OrderLineRecord &line)
{
    QStringList names;
    for (const OrderOptionRecord &option : line.options)
        names.append(option.name);
    return names.join(u", "_s);
}

} // namespace

BillOperations::BillOperations(HubTransactions &work, SessionOperations &sessions)
    : m_work(work)
    , m_sessions(sessions)
    , m_orders(work.database(), work.clock(), &work.catalog())
{}

Result<HubOutcome> BillOperations::get(const Device &caller, const QJsonObject &args)
{
    const auto table = HubPermissions::actingTable(caller.role, caller.tableNumber,
                                                   optionalNumber(args, "table"_L1));
    if (!table)
        return table.error();
    auto venue = m_work.catalog().venue();
    if (!venue)
        return venue.error();
    QString language = text(args, "language"_L1);
    if (!venue->languages.contains(language))
        language = venue->defaultLanguage;
    const auto session = m_sessions.openAt(*table);
    if (!session)
        return session.error();
    const auto orders = m_orders.sessionOrders(session->id, language);
    if (!orders)
        return orders.error();

    QList<BillLine> lines;
    QHash<qint64, int> orderNumbers; // by line
    for (const OrderRecord &order : orders.value()) {
        for (const OrderLineRecord &line : order.lines) {
            const bool cancelled =
                line.status == OrderStatus::Cancelled || order.status == OrderStatus::Cancelled;
            lines.append({line.id, line.name, optionNames(line), line.seat, line.quantity,
                          line.total, cancelled});
            orderNumbers.insert(line.id, order.number);
        }
    }
    // The venue's settings hold no service charge: a bill from the hub has none.
    const BillRules rules{venue->taxRateBasisPoints, venue->pricesIncludeTax, 0};
    const Result<Bill> bill = Bill::make(lines, rules, venue->currency);
    if (!bill)
        return bill.error();

    QJsonArray items;
    for (const BillLine &line : bill->lines()) {
        items.append(QJsonObject{{u"lineId"_s, line.lineId},
                                 {u"orderNumber"_s, orderNumbers.value(line.lineId)},
                                 {u"name"_s, line.name},
                                 {u"options"_s, line.options},
                                 {u"seat"_s, line.seat},
                                 {u"quantity"_s, line.quantity},
                                 {u"total"_s, line.total.minorUnits()}});
    }
    HubOutcome outcome;
    outcome.result = {{u"table"_s, *table},
                      {u"sessionId"_s, session->id},
                      {u"language"_s, language},
                      {u"currency"_s, bill->currency()},
                      {u"taxRateBasisPoints"_s, rules.taxRateBasisPoints},
                      {u"pricesIncludeTax"_s, rules.pricesIncludeTax},
                      {u"serviceChargeBasisPoints"_s, rules.serviceChargeBasisPoints},
                      {u"lines"_s, items},
                      {u"subtotal"_s, bill->subtotal().minorUnits()},
                      {u"tax"_s, bill->tax().minorUnits()},
                      {u"preTaxSubtotal"_s, bill->preTaxSubtotal().minorUnits()},
                      {u"serviceCharge"_s, bill->serviceCharge().minorUnits()},
                      {u"total"_s, bill->total().minorUnits()}};
    return outcome;
}

} // namespace tableside
