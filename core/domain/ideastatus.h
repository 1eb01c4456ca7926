#pragma once
// The life of a diner's idea on the owner's board: new -> under review, planned, done or declined
// (and between those as the owner decides), or merged into another idea for good. What a diner and
// an owner may write is checked here too; the hub asks here before it stores anything.

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace tableside {

enum class IdeaStatus {
    New,
    UnderReview,
    Planned,
    Done,
    Declined,
    Merged, // behind the idea it was merged into; never set by a status change
};

QString ideaStatusCode(IdeaStatus status); // "new", "under_review", "planned", "done", …
// Exact, case-sensitive match of a code from ideaStatusCode(); anything else is std::nullopt.
std::optional<IdeaStatus> ideaStatusFromCode(QStringView code);

class IdeaRules {
    Q_DECLARE_TR_FUNCTIONS(IdeaRules)

public:
    static constexpr int MaxBodyLength = 280;    // what a diner proposes
    static constexpr int MaxAnswerLength = 1000; // the owner's public answer
    static constexpr int MaxMerged = 20;         // ideas merged into one in one request

    // The codes an owner may set, in the order the board shows them.
    static QStringList settableCodes();

    // An owner's move: "no_change", "already_merged" (a merged idea stays behind the one kept),
    // "illegal_transition" (back to new, or to merged other than by merging).
    static Result<void> checkMove(IdeaStatus from, IdeaStatus to);

    // What is stored of a proposal: trimmed, 1 to MaxBodyLength characters ("bad_request").
    // Control characters and bidirectional marks are kept as sent; screens show them harmlessly.
    static Result<QString> checkBody(const QString &body);
    // The owner's answer: trimmed, 0 (no answer) to MaxAnswerLength characters.
    static Result<QString> checkAnswer(const QString &answer);
};

} // namespace tableside
