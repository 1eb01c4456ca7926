#include "tableview.h"

#include "hostscreen.h"

using namespace Qt::StringLiterals;

namespace tableside {

TableView::TableView(QObject *parent)
    : QObject(parent)
{}

void TableView::setHost(HostScreen *host)
{
    if (host == m_host)
        return;
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_host = host;
    if (host) {
        const auto update = [this] { refresh(); };
        FloorModel *floor = host->floor();
        m_connections = {
            connect(floor, &FloorModel::floorChanged, this, update),
            connect(floor, &QAbstractItemModel::dataChanged, this, update),
            connect(floor, &QAbstractItemModel::modelReset, this, update),
            connect(host, &HostScreen::languageChanged, this, update),
        };
    }
    emit hostChanged();
    refresh();
}

void TableView::setNumber(int number)
{
    if (number == m_number)
        return;
    m_number = number;
    emit numberChanged();
    refresh();
}

void TableView::refresh()
{
    const QVariantMap info = m_host ? m_host->floor()->tableInfo(m_number) : QVariantMap();
    const QVariantMap bill = m_host ? m_host->bill(m_number) : QVariantMap();
    QList<QVariantMap> ordered;
    for (const QVariant &line : bill[u"lines"_s].toList())
        ordered.append(line.toMap());
    QList<QVariantMap> ready;
    for (const QVariant &value : info[u"readyLines"_s].toList()) {
        const QVariantMap line = value.toMap();
        ready.append({{u"lineId"_s, line[u"lineId"_s]},
                      {u"quantity"_s, line[u"quantity"_s]},
                      {u"name"_s, line[u"name"_s]}});
    }
    m_ordered.setRows(ordered);
    m_readyLines.setRows(ready);
    m_seated = info[u"sessionId"_s].toLongLong() != 0;
    m_called = !info[u"callKind"_s].toString().isEmpty() || info[u"billRequested"_s].toBool();
    m_seats = info[u"seats"_s].toInt();
    m_partySize = info[u"partySize"_s].toInt();
    m_total = bill[u"total"_s].toString();
    m_preparing = bill[u"preparing"_s].toInt();
    m_ready = bill[u"ready"_s].toInt();
    emit changed();
}

} // namespace tableside
