#pragma once
// The venue's append-only event log: every change the hub makes, numbered by a monotonic seq
// that clients resume from. Appended inside the same transaction as the change it reports.

#include "clock.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tableside {

struct StoredEvent {
    qint64 seq = 0;
    QString type;
    QJsonObject data;
    QDateTime at;
    QByteArray payload; // data as stored: compact JSON, so a frame need not write it again
    // For an event appended as text: the table it concerns (0: none). Its data is then empty,
    // as nothing on the hub reads it back; a replay from the log parses it as for any event.
    std::optional<int> table = std::nullopt;
};

class EventLog {
public:
    EventLog(QSqlDatabase db, const Clock &clock);

    Result<StoredEvent> append(const QString &type, const QJsonObject &data);
    // The same for data the caller has written as one compact JSON object.
    Result<StoredEvent> appendText(const QString &type, const QByteArray &payload, int table);
    Result<QList<StoredEvent>> since(qint64 afterSeq, int limit = 500) const; // ascending seq
    // The same, ending at throughSeq: a reader that must not see events newer than it knows of.
    Result<QList<StoredEvent>> between(qint64 afterSeq, qint64 throughSeq, int limit = 500) const;
    Result<qint64> latestSeq() const; // 0 when empty

private:
    Result<StoredEvent> store(StoredEvent event); // gives it its seq

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace tableside
