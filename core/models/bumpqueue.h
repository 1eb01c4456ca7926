#pragma once
// Bumps wait a few seconds before they reach the hub, so a mistaken bump can be undone without
// a ready -> cooking move (which the order state machine forbids). A timer on the clock sends
// each when its delay has passed; a test moves a ManualClock instead of sleeping.

#include "clock.h"

#include <QList>
#include <QObject>

namespace tableside {

class ClockTimer;

class BumpQueue : public QObject {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    explicit BumpQueue(const Clock &clock, int delayMs = 5000, QObject *parent = nullptr);

    // Holds the lines of one ticket; a second bump of the same ticket adds to its entry.
    void bump(qint64 orderId, const QList<qint64> &lineIds);
    // Takes the ticket's bump back; returns the lines released (empty if none was waiting).
    QList<qint64> undo(qint64 orderId);
    // The most recent bump still waiting (0 when none): what "undo" without a ticket means.
    qint64 lastOrderId() const;
    // Whole seconds left before the ticket's bump is sent (0 when none waits).
    int secondsLeft(qint64 orderId) const;
    // Sends every bump whose delay has passed, oldest first, through committed(). The queue's
    // timer calls it when the next bump is due.
    void commitDue();
    // Sends everything now (the screen is closing).
    void commitAll();

    int count() const { return int(m_waiting.size()); }

signals:
    void changed();
    void committed(qint64 orderId, const QList<qint64> &lineIds);

private:
    struct Waiting {
        qint64 orderId = 0;
        QList<qint64> lineIds;
        QDateTime due;
    };

    void armForNext();

    const Clock &m_clock;
    int m_delayMs;
    QList<Waiting> m_waiting;
    ClockTimer *m_dueTimer;
};

} // namespace tableside
