#include "alertsmodel.h"

#include "guesttext.h"

#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace tableside {

AlertsModel::AlertsModel(const FloorModel &floor, QObject *parent)
    : QAbstractListModel(parent)
    , m_floor(floor)
{
    connect(&floor, &FloorModel::floorChanged, this, &AlertsModel::refresh);
    connect(&floor, &QAbstractItemModel::modelReset, this, &AlertsModel::refresh);
    refresh();
}

void AlertsModel::setInbox(const ChatInbox *inbox)
{
    m_inbox = inbox;
    connect(inbox, &ChatInbox::changed, this, &AlertsModel::refresh);
    refresh();
}

void AlertsModel::refresh()
{
    const QDateTime now = m_floor.clock().now();
    const qint64 escalateAfter = m_floor.thresholds().alertEscalateSeconds;
    QList<Alert> alerts;
    for (const FloorRequest &request : m_floor.state().requests())
        alerts.append({u"request-%1"_s.arg(request.id),
                       request.kind,
                       request.table,
                       request.id,
                       0,
                       0,
                       {},
                       request.since,
                       false,
                       {},
                       0});
    for (const FloorOrder &order : m_floor.state().orders()) {
        Alert ready{u"ready-%1"_s.arg(order.id),
                    u"ready"_s,
                    order.table,
                    0,
                    order.id,
                    order.number,
                    {},
                    {},
                    false,
                    {},
                    0};
        for (const FloorLine &line : order.lines) {
            if (line.status != OrderStatus::Ready)
                continue;
            ready.lines.append(QVariantMap{
                {u"lineId"_s, line.id}, {u"name"_s, line.name}, {u"quantity"_s, line.quantity}});
            if (!ready.since.isValid() || line.readySince < ready.since)
                ready.since = line.readySince;
        }
        if (!ready.lines.isEmpty())
            alerts.append(ready);
    }
    if (m_inbox) {
        for (const ChatInbox::Unread &unread : m_inbox->unread()) {
            alerts.append({u"chat-%1"_s.arg(unread.table),
                           u"chat"_s,
                           unread.table,
                           0,
                           0,
                           0,
                           {},
                           unread.since,
                           false,
                           unread.lastBody,
                           unread.count});
        }
    }
    for (Alert &alert : alerts)
        alert.escalated = alert.since.isValid() && alert.since.secsTo(now) >= escalateAfter;
    std::ranges::stable_sort(alerts, [](const Alert &a, const Alert &b) {
        if (a.escalated != b.escalated)
            return a.escalated;
        return a.escalated ? a.since < b.since : a.since > b.since;
    });

    QSet<QString> escalatedNow;
    for (const Alert &alert : std::as_const(alerts)) {
        if (!alert.escalated)
            continue;
        escalatedNow.insert(alert.key);
        if (!m_escalatedKeys.contains(alert.key))
            emit escalated(alert.key, alert.table);
    }
    m_escalatedKeys = escalatedNow;

    const bool sameRows = alerts.size() == m_alerts.size() &&
                          std::ranges::equal(alerts, m_alerts, {}, &Alert::key, &Alert::key);
    if (sameRows) {
        m_alerts = std::move(alerts);
        if (!m_alerts.isEmpty())
            emit dataChanged(index(0), index(int(m_alerts.size() - 1)));
        return;
    }
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
    emit countChanged();
}

int AlertsModel::escalatedCount() const
{
    return int(std::ranges::count_if(m_alerts, &Alert::escalated));
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Alert &alert = m_alerts.at(index.row());
    switch (role) {
    case KeyRole:
        return alert.key;
    case KindRole:
        return alert.kind;
    case TableRole:
        return alert.table;
    case RequestIdRole:
        return alert.requestId;
    case OrderIdRole:
        return alert.orderId;
    case NumberRole:
        return alert.number;
    case LinesRole:
        return alert.lines;
    case AgeRole:
        return alert.since.isValid()
                   ? std::max<qint64>(0, alert.since.secsTo(m_floor.clock().now()))
                   : 0;
    case EscalatedRole:
        return alert.escalated;
    case MessageRole:
        return displayedGuestText(alert.message);
    case CountRole:
        return alert.count;
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertsModel::roleNames() const
{
    return {{KeyRole, "key"},
            {KindRole, "kind"},
            {TableRole, "table"},
            {RequestIdRole, "requestId"},
            {OrderIdRole, "orderId"},
            {NumberRole, "number"},
            {LinesRole, "lines"},
            {AgeRole, "age"},
            {EscalatedRole, "escalated"},
            {MessageRole, "message"},
            {CountRole, "unread"}};
}

} // namespace tableside
