#pragma once
// Calls from a table for a waiter: help, water, cutlery, other, or the bill.

#include "clock.h"
#include "inputlimits.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace tableside {

struct ServiceRequest {
    qint64 id = 0;
    qint64 sessionId = 0;
    int tableNumber = 0;
    QString kind;
    QString note;
    QDateTime requestedAt;
    QDateTime acknowledgedAt; // null until a waiter acknowledges
};

// kinds: help, water, cutlery, other, bill ("bad_request" otherwise)
class ServiceRequestRepository {
public:
    static constexpr int MaxNoteLength = InputLimits::MaxNoteLength;

    ServiceRequestRepository(QSqlDatabase db, const Clock &clock);

    // Also "unknown_session", "session_closed".
    Result<ServiceRequest> request(qint64 sessionId, const QString &kind, const QString &note);
    // "unknown_request", "already_acknowledged"
    Result<ServiceRequest> acknowledge(qint64 requestId, qint64 deviceId);
    Result<QList<ServiceRequest>> open() const; // oldest first

private:
    Result<ServiceRequest> byId(qint64 requestId) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace tableside
