#include "servicecallsmodel.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

QString stateCode(int state)
{
    static const QStringList codes{u"sending"_s, u"waiting"_s, u"acknowledged"_s, u"failed"_s};
    return codes.value(state);
}

} // namespace

ServiceCallsModel::ServiceCallsModel(const Clock &clock, QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(clock)
{}

const QStringList &ServiceCallsModel::waiterKinds()
{
    static const QStringList kinds{u"help"_s, u"water"_s, u"cutlery"_s, u"other"_s};
    return kinds;
}

bool ServiceCallsModel::isKind(const QString &kind)
{
    return kind == u"bill"_s || waiterKinds().contains(kind);
}

void ServiceCallsModel::setEscalateAfterSeconds(int seconds)
{
    if (seconds <= 0 || seconds == m_escalateAfter)
        return;
    m_escalateAfter = seconds;
    tick();
}

void ServiceCallsModel::sending(const QString &tag, const QString &kind)
{
    beginInsertRows({}, 0, 0);
    m_rows.prepend(Row{tag, 0, kind, State::Sending, m_clock.now()});
    endInsertRows();
    emit changed();
}

void ServiceCallsModel::confirmed(const QString &tag, qint64 requestId)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].tag != tag)
            continue;
        // The event may have come first and added the call already.
        for (qsizetype other = 0; other < m_rows.size(); ++other) {
            if (other != row && m_rows[other].requestId == requestId) {
                beginRemoveRows({}, int(row), int(row));
                m_rows.removeAt(row);
                endRemoveRows();
                emit changed();
                return;
            }
        }
        m_rows[row].requestId = requestId;
        if (m_rows[row].state == State::Sending)
            m_rows[row].state = State::Waiting;
        update(row);
        return;
    }
}

void ServiceCallsModel::failed(const QString &tag)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].tag == tag && m_rows[row].state == State::Sending) {
            m_rows[row].state = State::Failed;
            update(row);
        }
    }
}

void ServiceCallsModel::requested(qint64 requestId, const QString &kind, const QDateTime &at)
{
    const QDateTime since = at.isValid() ? at : m_clock.now();
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].requestId != requestId)
            continue;
        // The reply came first; the event dates the call by the hub's clock.
        if (at.isValid() && m_rows[row].since != at) {
            m_rows[row].since = at;
            update(row);
        }
        return;
    }
    // Our own call whose reply is still on its way: the reply will match it by tag.
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].state == State::Sending && m_rows[row].kind == kind &&
            m_rows[row].requestId == 0) {
            m_rows[row].requestId = requestId;
            m_rows[row].state = State::Waiting;
            m_rows[row].since = since;
            update(row);
            return;
        }
    }
    beginInsertRows({}, 0, 0);
    m_rows.prepend(Row{{}, requestId, kind, State::Waiting, since});
    endInsertRows();
    emit changed();
}

void ServiceCallsModel::acknowledged(qint64 requestId)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].requestId == requestId) {
            m_rows[row].state = State::Acknowledged;
            update(row);
        }
    }
}

bool ServiceCallsModel::isOpen(const QString &kind) const
{
    const QString state = stateOf(kind);
    return state == u"sending"_s || state == u"waiting"_s;
}

QStringList ServiceCallsModel::openKinds() const
{
    QStringList kinds;
    for (const Row &row : m_rows)
        if (!kinds.contains(row.kind) && isOpen(row.kind))
            kinds.append(row.kind);
    return kinds;
}

QString ServiceCallsModel::stateOf(const QString &kind) const
{
    for (const Row &row : m_rows)
        if (row.kind == kind)
            return stateCode(int(row.state));
    return {};
}

void ServiceCallsModel::tick()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                         {StillWaitingRole, MinutesWaitingRole});
    emit changed();
}

void ServiceCallsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit changed();
}

int ServiceCallsModel::waitingCount() const
{
    int count = 0;
    for (const Row &row : m_rows)
        count += row.state == State::Waiting || row.state == State::Sending ? 1 : 0;
    return count;
}

qint64 ServiceCallsModel::secondsWaiting(const Row &row) const
{
    if (row.state != State::Waiting && row.state != State::Sending)
        return 0;
    return row.since.secsTo(m_clock.now());
}

int ServiceCallsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ServiceCallsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return row.kind;
    case StateRole:
        return stateCode(int(row.state));
    case StillWaitingRole:
        return secondsWaiting(row) >= m_escalateAfter;
    case MinutesWaitingRole:
        return int(secondsWaiting(row) / 60);
    case RequestIdRole:
        return row.requestId;
    default:
        return {};
    }
}

QHash<int, QByteArray> ServiceCallsModel::roleNames() const
{
    return {{KindRole, "kind"},
            {StateRole, "state"},
            {StillWaitingRole, "stillWaiting"},
            {MinutesWaitingRole, "minutesWaiting"},
            {RequestIdRole, "requestId"}};
}

void ServiceCallsModel::update(qsizetype row)
{
    emit dataChanged(index(int(row)), index(int(row)));
    emit changed();
}

} // namespace tableside
