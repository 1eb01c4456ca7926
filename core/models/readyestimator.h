#pragma once
// When will a line be ready? From the kitchen's own recent times for that dish this session
// (cooking -> ready), else a default for its course. The table shows it as "about N min".

#include "orderstatus.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace tableside {

class ReadyEstimator {
public:
    static constexpr int RecentSamples = 5;
    // A placed line waits this long, on average, before a cook starts it.
    static constexpr qint64 QueueSeconds = 3 * 60;

    // Seconds a dish of this course takes to cook when the kitchen has not cooked it yet.
    static qint64 defaultCookSeconds(const QString &course);

    // Feed every status a line reaches, with the time it reached it.
    void noteStatus(qint64 lineId, qint64 itemId, OrderStatus status, const QDateTime &at);
    // The mean of the last RecentSamples cooking -> ready times for the dish, else the default.
    qint64 cookSeconds(qint64 itemId, const QString &course) const;
    // Null once the line is ready, served or cancelled.
    QDateTime readyAt(qint64 lineId, qint64 itemId, const QString &course, OrderStatus status,
                      const QDateTime &placedAt) const;
    // Whole minutes until readyAt, rounded up, never below 1 while the line is not ready; -1 when
    // there is nothing to wait for.
    int minutesLeft(qint64 lineId, qint64 itemId, const QString &course, OrderStatus status,
                    const QDateTime &placedAt, const QDateTime &now) const;
    void clear();

private:
    QHash<qint64, QDateTime> m_cookingSince;  // lineId -> when it started cooking
    QHash<qint64, QList<qint64>> m_cookTimes; // itemId -> recent seconds, newest last
};

} // namespace tableside
