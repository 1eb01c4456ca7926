#pragma once
// Diners' ideas for the venue and their votes: one vote per idea per table session.

#include "clock.h"
#include "inputlimits.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace tableside {

struct Idea {
    qint64 id = 0;
    QString body;
    QString status; // open, planned, done, declined
    int votes = 0;
    QDateTime createdAt;
};

class IdeaRepository {
public:
    static constexpr int MaxBodyLength = InputLimits::MaxMessageLength;

    IdeaRepository(QSqlDatabase db, const Clock &clock);

    // body 1..2000 characters after trimming ("bad_request"); "unknown_session".
    Result<Idea> submit(qint64 sessionId, const QString &body);
    Result<Idea> vote(qint64 ideaId, qint64 sessionId); // "unknown_idea", "already_voted"
    Result<QList<Idea>> all() const;                    // most votes first

private:
    Result<Idea> byId(qint64 ideaId) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace tableside
