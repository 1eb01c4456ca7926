#include "bumpqueue.h"

#include "clocktimer.h"

namespace tableside {

BumpQueue::BumpQueue(const Clock &clock, int delayMs, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_delayMs(delayMs)
    , m_dueTimer(clock.createTimer(this))
{
    m_dueTimer->setSingleShot(true);
    connect(m_dueTimer, &ClockTimer::timeout, this, &BumpQueue::commitDue);
}

void BumpQueue::armForNext()
{
    if (m_waiting.isEmpty()) {
        m_dueTimer->stop();
        return;
    }
    const QDateTime next = std::ranges::min(m_waiting, {}, &Waiting::due).due;
    m_dueTimer->start(int(std::max<qint64>(0, m_clock.now().msecsTo(next))));
}

void BumpQueue::bump(qint64 orderId, const QList<qint64> &lineIds)
{
    if (lineIds.isEmpty())
        return;
    const QDateTime due = m_clock.now().addMSecs(m_delayMs);
    auto found = std::ranges::find(m_waiting, orderId, &Waiting::orderId);
    if (found != m_waiting.end()) {
        for (qint64 lineId : lineIds)
            if (!found->lineIds.contains(lineId))
                found->lineIds.append(lineId);
        found->due = due;
    } else {
        m_waiting.append({orderId, lineIds, due});
    }
    armForNext();
    emit changed();
}

QList<qint64> BumpQueue::undo(qint64 orderId)
{
    auto found = std::ranges::find(m_waiting, orderId, &Waiting::orderId);
    if (found == m_waiting.end())
        return {};
    const QList<qint64> released = found->lineIds;
    m_waiting.erase(found);
    armForNext();
    emit changed();
    return released;
}

qint64 BumpQueue::lastOrderId() const
{
    return m_waiting.isEmpty() ? 0 : m_waiting.constLast().orderId;
}

int BumpQueue::secondsLeft(qint64 orderId) const
{
    auto found = std::ranges::find(m_waiting, orderId, &Waiting::orderId);
    if (found == m_waiting.end())
        return 0;
    const qint64 ms = m_clock.now().msecsTo(found->due);
    return ms <= 0 ? 0 : int((ms + 999) / 1000);
}

void BumpQueue::commitDue()
{
    const QDateTime now = m_clock.now();
    QList<Waiting> due;
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it->due <= now) {
            due.append(*it);
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    armForNext();
    if (due.isEmpty())
        return;
    emit changed();
    for (const Waiting &waiting : std::as_const(due))
        emit committed(waiting.orderId, waiting.lineIds);
}

void BumpQueue::commitAll()
{
    const QList<Waiting> all = std::exchange(m_waiting, {});
    m_dueTimer->stop();
    if (all.isEmpty())
        return;
    emit changed();
    for (const Waiting &waiting : all)
        emit committed(waiting.orderId, waiting.lineIds);
}

} // namespace tableside
