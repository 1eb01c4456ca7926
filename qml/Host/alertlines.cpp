#include "alertlines.h"

#include "hostscreen.h"

using namespace Qt::StringLiterals;

namespace tableside {

AlertLines::AlertLines(QObject *parent)
    : QObject(parent)
{}

void AlertLines::setHost(HostScreen *host)
{
    if (host == m_host)
        return;
    for (const auto &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_host = host;
    if (host) {
        const auto update = [this] { refresh(); };
        AlertsModel *alerts = host->alerts();
        m_connections = {
            connect(alerts, &QAbstractItemModel::dataChanged, this, update),
            connect(alerts, &QAbstractItemModel::modelReset, this, update),
            connect(alerts, &QAbstractItemModel::rowsInserted, this, update),
            connect(alerts, &QAbstractItemModel::rowsRemoved, this, update),
            connect(host, &HostScreen::languageChanged, this, update),
        };
    }
    emit hostChanged();
    refresh();
}

void AlertLines::setKey(const QString &key)
{
    if (key == m_key)
        return;
    m_key = key;
    emit keyChanged();
    refresh();
}

void AlertLines::refresh()
{
    QList<QVariantMap> lines;
    if (m_host) {
        for (const AlertsModel::Alert &alert : m_host->alertsModel().alerts()) {
            if (alert.key != m_key)
                continue;
            for (const QVariant &line : alert.lines)
                lines.append(line.toMap());
        }
    }
    m_lines.setRows(lines);
    const QString text = m_host && !lines.isEmpty() ? m_host->dishesText(lines) : QString();
    if (text != m_text) {
        m_text = text;
        emit textChanged();
    }
}

} // namespace tableside
