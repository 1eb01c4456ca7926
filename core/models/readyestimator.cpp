#include "readyestimator.h"

using namespace Qt::StringLiterals;

namespace tableside {

qint64 ReadyEstimator::defaultCookSeconds(const QString &course)
{
    if (course == u"drink"_s)
        return 4 * 60;
    if (course == u"dessert"_s)
        return 8 * 60;
    if (course == u"starter"_s || course == u"side"_s)
        return 10 * 60;
    return 18 * 60; // mains, and anything the menu did not say
}

void ReadyEstimator::noteStatus(qint64 lineId, qint64 itemId, OrderStatus status,
                                const QDateTime &at)
{
    if (status == OrderStatus::Cooking) {
        m_cookingSince.insert(lineId, at);
        return;
    }
    if (status == OrderStatus::Ready) {
        const QDateTime started = m_cookingSince.take(lineId);
        if (!started.isValid() || started > at)
            return;
        QList<qint64> &times = m_cookTimes[itemId];
        times.append(started.secsTo(at));
        if (times.size() > RecentSamples)
            times.removeFirst();
        return;
    }
    if (OrderStateMachine::isFinal(status))
        m_cookingSince.remove(lineId);
}

qint64 ReadyEstimator::cookSeconds(qint64 itemId, const QString &course) const
{
    const QList<qint64> times = m_cookTimes.value(itemId);
    if (times.isEmpty())
        return defaultCookSeconds(course);
    qint64 sum = 0;
    for (qint64 seconds : times)
        sum += seconds;
    return sum / times.size();
}

QDateTime ReadyEstimator::readyAt(qint64 lineId, qint64 itemId, const QString &course,
                                  OrderStatus status, const QDateTime &placedAt) const
{
    const qint64 cook = cookSeconds(itemId, course);
    switch (status) {
    case OrderStatus::Placed:
    case OrderStatus::Accepted:
        return placedAt.isValid() ? placedAt.addSecs(QueueSeconds + cook) : QDateTime();
    case OrderStatus::Cooking: {
        const QDateTime started = m_cookingSince.value(lineId, placedAt);
        return started.isValid() ? started.addSecs(cook) : QDateTime();
    }
    default:
        return {};
    }
}

int ReadyEstimator::minutesLeft(qint64 lineId, qint64 itemId, const QString &course,
                                OrderStatus status, const QDateTime &placedAt,
                                const QDateTime &now) const
{
    const QDateTime ready = readyAt(lineId, itemId, course, status, placedAt);
    if (!ready.isValid())
        return -1;
    const qint64 seconds = now.secsTo(ready);
    return seconds <= 60 ? 1 : int((seconds + 59) / 60);
}

void ReadyEstimator::clear()
{
    m_cookingSince.clear();
    m_cookTimes.clear();
}

} // namespace tableside
