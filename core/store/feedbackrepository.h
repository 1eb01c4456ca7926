#pragma once
// Guests' ratings (the rules: guestfeedback.h). A dish is rated once per table session, once it
// has been served there; rating it again replaces the rating. The visit card is one per session.
// Comments and contact e-mails are kept for the venue's retention period, then erased; the scores
// stay, anonymous, for the owner's trends.

#include "clock.h"
#include "guestfeedback.h"
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

struct VisitFeedback {
    qint64 sessionId = 0;
    VisitScores scores;
    QDateTime givenAt;
};

class FeedbackRepository {
public:
    FeedbackRepository(QSqlDatabase db, const Clock &clock);

    // "bad_request", "unknown_item", "not_ordered" (the session never ordered the dish),
    // "not_served" (not yet at the table).
    Result<Feedback> rateDish(qint64 sessionId, qint64 itemId, int rating, const QString &comment);
    // "bad_request", "consent_required"; the e-mail is stored only with consent.
    Result<VisitFeedback> rateVisit(qint64 sessionId, const VisitScores &scores);
    // Erases the visit's contact e-mail: "unknown_visit", or false when there was none.
    Result<bool> forgetContact(qint64 sessionId);

    Result<int> retentionDays() const;
    Result<void> setRetentionDays(int days); // "bad_request" outside 1 to MaxRetentionDays
    // Erases the comments and e-mails given before the retention period: how many rows changed.
    Result<int> eraseExpired();

private:
    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace tableside
