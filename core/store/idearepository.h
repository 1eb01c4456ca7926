#pragma once
// Diners' ideas for the venue, their votes (one per idea per table session, the proposer's
// included), the owner's statuses and public answers, and merged duplicates: a merge moves the
// merged ideas' voters onto the idea kept, each table session counted once.

#include "clock.h"
#include "ideastatus.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace tableside {

struct Idea {
    qint64 id = 0;
    QString body;
    QString status; // IdeaStatus's code
    QString answer; // the owner's public answer; "" for none
    int votes = 0;
    QDateTime createdAt;
    QDateTime changedAt;     // its status or answer last changed
    qint64 mergedInto = 0;   // the idea kept, for a merged one
    bool voted = false;      // by the table session the board was read for
    QList<qint64> mergedIds; // the ideas merged into this one
    double similarity = 0.0; // to the draft it was found for (similar())
};

class IdeaRepository {
public:
    static constexpr int MaxSimilar = 5;

    IdeaRepository(QSqlDatabase db, const Clock &clock);

    // IdeaRules::checkBody ("bad_request"); "unknown_session". The proposer's session votes.
    Result<Idea> submit(qint64 sessionId, const QString &body);
    // A vote for a merged idea goes to the idea kept. "unknown_idea", "already_voted".
    Result<Idea> vote(qint64 ideaId, qint64 sessionId);
    // Every idea not merged, most votes first, then newest; `voted` for this session (0: none).
    Result<QList<Idea>> board(qint64 sessionId = 0) const;
    // The ideas not merged most like the draft (IdeaSimilarity::Threshold and up), most alike
    // first, at most MaxSimilar; `voted` for this session.
    Result<QList<Idea>> similar(const QString &draft, qint64 sessionId = 0) const;
    // IdeaRules::checkMove: "unknown_idea", "no_change", "already_merged", "illegal_transition".
    Result<Idea> setStatus(qint64 ideaId, IdeaStatus status);
    // IdeaRules::checkAnswer; "" takes the answer back. "unknown_idea", "already_merged".
    Result<Idea> answer(qint64 ideaId, const QString &answer);
    // `merged` into `keptId`: "unknown_idea", "already_merged" (either side), "bad_request" (no
    // idea to merge, or the kept one among them). Ideas merged into a merged one follow it.
    Result<Idea> merge(qint64 keptId, const QList<qint64> &merged);
    Result<Idea> byId(qint64 ideaId, qint64 sessionId = 0) const;

private:
    Result<QList<Idea>> read(const QString &where, const QVariantList &bindings,
                             qint64 sessionId) const;
    Result<void> addMergedIds(QList<Idea> &ideas) const;

    QSqlDatabase m_db;
    const Clock &m_clock;
};

} // namespace tableside
