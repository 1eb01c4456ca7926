#pragma once
// The table's calls for staff (help, water, cutlery, other, the bill): sending, waiting, or
// acknowledged. A call nobody answers is escalated on the floor view; the table keeps saying it is
// still waiting, and never drops it silently.

#include "clock.h"

#include <QAbstractListModel>
#include <QDateTime>

namespace tableside {

class ServiceCallsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY changed)
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY changed)
    // The bill request's state: "", "sending", "waiting", "acknowledged" or "failed".
    Q_PROPERTY(QString billState READ billState NOTIFY changed)
    // The bill may be asked for: no request of it is out unanswered (isOpen).
    Q_PROPERTY(bool canRequestBill READ canRequestBill NOTIFY changed)
    // The kinds with a call out that staff have not acknowledged yet: not to be called again.
    Q_PROPERTY(QStringList openKinds READ openKinds NOTIFY changed)

public:
    // After this long unanswered a call counts as "still waiting": the venue's own
    // alertEscalateSeconds, after which the floor view escalates it (the venue table's default
    // until the hub says).
    static constexpr int DefaultEscalateAfterSeconds = 120;

    enum Role {
        KindRole = Qt::UserRole + 1, // help, water, cutlery, other, bill
        StateRole,                   // sending, waiting, acknowledged, failed
        StillWaitingRole,
        MinutesWaitingRole,
        RequestIdRole,
    };
    Q_ENUM(Role)

    ServiceCallsModel(const Clock &clock, QObject *parent = nullptr);

    // What a diner calls a waiter for: help, water, cutlery, other (the bill is asked for apart).
    static const QStringList &waiterKinds();
    // One of waiterKinds, or the bill.
    static bool isKind(const QString &kind);

    // The venue's alertEscalateSeconds; non-positive keeps the current value.
    void setEscalateAfterSeconds(int seconds);
    int escalateAfterSeconds() const { return m_escalateAfter; }

    // A call just sent as request `tag`.
    void sending(const QString &tag, const QString &kind);
    void confirmed(const QString &tag, qint64 requestId);
    void failed(const QString &tag);
    // From the hub's events: a call made here or on another device, and its acknowledgement.
    // `at` is the hub's time of the call: the wait counts from then, also after a replay.
    void requested(qint64 requestId, const QString &kind, const QDateTime &at = {});
    void acknowledged(qint64 requestId);
    // True when this kind has a call out that staff have not acknowledged yet.
    bool isOpen(const QString &kind) const;
    Q_INVOKABLE QString stateOf(const QString &kind) const;
    void tick();
    void clear();

    int waitingCount() const;
    QString billState() const { return stateOf(QStringLiteral("bill")); }
    bool canRequestBill() const { return !isOpen(QStringLiteral("bill")); }
    QStringList openKinds() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void changed();

private:
    enum class State { Sending, Waiting, Acknowledged, Failed };
    struct Row {
        QString tag;
        qint64 requestId = 0;
        QString kind;
        State state = State::Sending;
        QDateTime since;
    };
    void update(qsizetype row);
    qint64 secondsWaiting(const Row &row) const;

    const Clock &m_clock;
    int m_escalateAfter = DefaultEscalateAfterSeconds;
    QList<Row> m_rows; // newest first
};

} // namespace tableside
