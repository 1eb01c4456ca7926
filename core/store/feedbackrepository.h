#pragma once
// Diners' ratings: per dish (itemId > 0) or for the visit (itemId 0); rating 1..5.

#include "clock.h"
#include "result.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace tableside {

struct Feedback {
    qint64 id = 0;
    qint64 sessionId = 0;
    qint64 itemId = 0;
    int rating = 0;
    QString comment;
    QDateTime createdAt;
};

class FeedbackRepository {
public:
    static constexpr int MaxCommentLength = 2000;

    FeedbackRepository(QSqlDatabase db, const Clock &clock);

    // "bad_request" (rating, comment too long), "unknown_session", "unknown_item".
    Result<Feedback> give(qint64 sessionId, qint64 itemId, int rating, const QString &comment);

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace tableside
