#include "ticketview.h"

#include "kitchenscreen.h"
#include "recallmodel.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

bool isUnstarted(const QString &status)
{
    return status == u"placed"_s || status == u"accepted"_s;
}

} // namespace

TicketView::Actions TicketView::actionsFor(const QList<QVariantMap> &lines, bool selected)
{
    Actions actions;
    bool anyOpen = false; // open and not bumped: what a bump would move
    for (const QVariantMap &line : lines) {
        const bool open = line[u"open"_s].toBool();
        const bool pending = line[u"pending"_s].toBool();
        if (pending)
            actions.undo = true;
        if (open && !pending) {
            anyOpen = true;
            if (isUnstarted(line[u"status"_s].toString()))
                ++actions.unstarted;
        }
    }
    actions.bump = selected && anyOpen;
    actions.start = actions.bump && actions.unstarted > 0;
    return actions;
}

QVariantMap TicketView::lineRow(const QVariantMap &line, const QString &allergensText)
{
    const QString status = line[u"status"_s].toString();
    const bool pending = line[u"pending"_s].toBool();
    const bool cooking = status == u"cooking"_s;
    QVariantMap row{{u"lineId"_s, line[u"lineId"_s]},
                    {u"name"_s, line[u"name"_s]},
                    {u"quantity"_s, line[u"quantity"_s]},
                    {u"optionsText"_s, line[u"options"_s].toStringList().join(u" · "_s)},
                    {u"note"_s, line[u"note"_s]},
                    {u"seat"_s, line[u"seat"_s]},
                    {u"station"_s, line[u"station"_s]},
                    {u"status"_s, status},
                    {u"allergensText"_s, allergensText},
                    {u"open"_s, line[u"open"_s]},
                    {u"pending"_s, pending},
                    {u"cooking"_s, cooking},
                    {u"done"_s, !line[u"open"_s].toBool() || pending},
                    {u"unstarted"_s, isUnstarted(status)}};
    // What the line's corner says: a bump waiting out its undo first, then ready, then cooking.
    row[u"stage"_s] = pending                ? u"bumped"_s
                      : status == u"ready"_s ? u"ready"_s
                      : cooking              ? u"cooking"_s
                                             : QString();
    return row;
}

TicketView::TicketView(QObject *parent)
    : QObject(parent)
{}

void TicketView::setKitchen(KitchenScreen *kitchen)
{
    if (kitchen == m_kitchen)
        return;
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_kitchen = kitchen;
    if (kitchen) {
        TicketsModel *tickets = kitchen->tickets();
        const auto update = [this] { refresh(); };
        m_connections = {
            connect(tickets, &QAbstractItemModel::dataChanged, this, update),
            connect(tickets, &QAbstractItemModel::modelReset, this, update),
            connect(tickets, &QAbstractItemModel::rowsInserted, this, update),
            connect(tickets, &QAbstractItemModel::rowsRemoved, this, update),
            connect(tickets, &TicketsModel::ordersChanged, this, update),
            connect(kitchen, &KitchenScreen::selectedChanged, this, update),
            connect(kitchen, &KitchenScreen::languageChanged, this, update),
            connect(kitchen, &KitchenScreen::stationChanged, this, update),
        };
    }
    emit kitchenChanged();
    refresh();
}

void TicketView::setOrderId(qint64 orderId)
{
    if (orderId == m_orderId)
        return;
    m_orderId = orderId;
    emit orderIdChanged();
    refresh();
}

void TicketView::refresh()
{
    QList<QVariantMap> lines;
    QList<QVariantMap> stations;
    bool selected = false;
    if (m_kitchen && m_orderId) {
        TicketsModel *tickets = m_kitchen->tickets();
        for (int row = 0; row < tickets->rowCount(); ++row) {
            if (tickets->orderIdAt(row) != m_orderId)
                continue;
            const QModelIndex at = tickets->index(row);
            for (const QVariant &line : at.data(TicketsModel::LinesRole).toList())
                lines.append(line.toMap());
            for (const QVariant &value : at.data(TicketsModel::StationsRole).toList()) {
                QVariantMap station = value.toMap();
                station[u"openText"_s] = m_kitchen->number(station[u"open"_s].toInt());
                stations.append(station);
            }
            break;
        }
        selected = m_kitchen->selectedOrderId() == m_orderId;
    }
    const Actions actions = actionsFor(lines, selected);
    QList<QVariantMap> rows;
    for (const QVariantMap &line : std::as_const(lines))
        rows.append(
            lineRow(line, m_kitchen ? m_kitchen->allergensText(line[u"allergens"_s].toStringList())
                                    : QString()));
    m_lines.setRows(rows);
    m_stations.setRows(stations);
    if (actions != m_actions || selected != m_selected) {
        m_actions = actions;
        m_selected = selected;
        emit changed();
    }
}

RecallLines::RecallLines(QObject *parent)
    : MapRowsModel({"quantityText", "name", "seatText", "optionsText", "note"}, {}, parent)
{}

void RecallLines::setKitchen(KitchenScreen *kitchen)
{
    if (kitchen == m_kitchen)
        return;
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_kitchen = kitchen;
    if (kitchen) {
        const auto update = [this] { refresh(); };
        RecallModel *recall = kitchen->recall();
        m_connections = {
            connect(kitchen, &KitchenScreen::languageChanged, this, update),
            connect(recall, &QAbstractItemModel::dataChanged, this, update),
            connect(recall, &QAbstractItemModel::modelReset, this, update),
            connect(recall, &QAbstractItemModel::rowsInserted, this, update),
            connect(recall, &QAbstractItemModel::rowsRemoved, this, update),
            connect(recall, &QAbstractItemModel::rowsMoved, this, update),
        };
    }
    emit kitchenChanged();
    refresh();
}

void RecallLines::setRow(int row)
{
    if (row == m_row)
        return;
    m_row = row;
    emit rowChanged();
    refresh();
}

void RecallLines::refresh()
{
    QList<QVariantMap> rows;
    RecallModel *recall = m_kitchen ? m_kitchen->recall() : nullptr;
    if (recall && m_row >= 0 && m_row < recall->rowCount()) {
        const QVariantList lines = recall->index(m_row, 0).data(RecallModel::LinesRole).toList();
        for (const QVariant &value : lines) {
            const QVariantMap line = value.toMap();
            const int seat = line[u"seat"_s].toInt();
            rows.append({{u"quantityText"_s, m_kitchen->quantityText(line[u"quantity"_s].toInt())},
                         {u"name"_s, line[u"name"_s]},
                         {u"seatText"_s, seat > 0 ? m_kitchen->seatText(seat) : QString()},
                         {u"optionsText"_s, line[u"options"_s].toStringList().join(u" · "_s)},
                         {u"note"_s, line[u"note"_s]}});
        }
    }
    setRows(rows);
}

} // namespace tableside
