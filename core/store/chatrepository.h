#pragma once
// Chat between a table and the staff, one thread per table session.

#include "clock.h"
#include "inputlimits.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace tableside {

struct ChatMessage {
    qint64 id = 0;
    qint64 sessionId = 0;
    int tableNumber = 0;
    QString fromRole;
    QString body;
    QDateTime sentAt;
};

// body 1..2000 characters after trimming ("bad_request")
class ChatRepository {
public:
    static constexpr int MaxBodyLength = InputLimits::MaxMessageLength;

    ChatRepository(QSqlDatabase db, const Clock &clock);

    static constexpr int MaxKeyLength = 64;

    // fromRole: table, host, kitchen, owner ("bad_request"); "unknown_session", "session_closed".
    // idempotencyKey: the sending screen's key (up to MaxKeyLength), or empty for none.
    Result<ChatMessage> send(qint64 sessionId, const QString &fromRole, qint64 deviceId,
                             const QString &body, const QString &idempotencyKey = {});
    // The message stored under a key, if any.
    Result<std::optional<ChatMessage>> byKey(const QString &idempotencyKey) const;
    Result<QList<ChatMessage>> ofSession(qint64 sessionId) const; // oldest first

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace tableside
