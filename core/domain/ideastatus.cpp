#include "ideastatus.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

constexpr std::array<std::pair<IdeaStatus, const char16_t *>, 6> Codes{{
    {IdeaStatus::New, u"new"},
    {IdeaStatus::UnderReview, u"under_review"},
    {IdeaStatus::Planned, u"planned"},
    {IdeaStatus::Done, u"done"},
    {IdeaStatus::Declined, u"declined"},
    {IdeaStatus::Merged, u"merged"},
}};

} // namespace

QString ideaStatusCode(IdeaStatus status)
{
    for (const auto &[value, code] : Codes)
        if (value == status)
            return QString::fromUtf16(code);
    return {};
}

std::optional<IdeaStatus> ideaStatusFromCode(QStringView code)
{
    for (const auto &[value, text] : Codes)
        if (code == QStringView(text))
            return value;
    return std::nullopt;
}

QStringList IdeaRules::settableCodes()
{
    return {u"under_review"_s, u"planned"_s, u"done"_s, u"declined"_s};
}

Result<void> IdeaRules::checkMove(IdeaStatus from, IdeaStatus to)
{
    if (from == IdeaStatus::Merged)
        return makeError(u"already_merged"_s,
                         tr("That idea was merged into another; change the one it was merged "
                            "into."));
    if (from == to)
        return makeError(u"no_change"_s, tr("The idea already has that status."));
    if (to == IdeaStatus::New)
        return makeError(u"illegal_transition"_s,
                         tr("An idea that was looked at is not new again; mark it under review."));
    if (to == IdeaStatus::Merged)
        return makeError(u"illegal_transition"_s,
                         tr("Merge the idea into another instead of marking it merged."));
    return {};
}

Result<QString> IdeaRules::checkBody(const QString &body)
{
    const QString text = body.trimmed();
    if (text.isEmpty())
        return makeError(u"bad_request"_s, tr("Write the idea first."));
    if (text.size() > MaxBodyLength)
        return makeError(u"bad_request"_s,
                         tr("An idea is at most %1 characters.").arg(MaxBodyLength));
    return text;
}

Result<QString> IdeaRules::checkAnswer(const QString &answer)
{
    const QString text = answer.trimmed();
    if (text.size() > MaxAnswerLength)
        return makeError(u"bad_request"_s,
                         tr("An answer is at most %1 characters.").arg(MaxAnswerLength));
    return text;
}

} // namespace tableside
