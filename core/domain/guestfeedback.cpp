#include "guestfeedback.h"

#include "inputlimits.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(GuestFeedback)
};

Error badRequest(const QString &message)
{
    return makeError(u"bad_request"_s, message);
}

bool isScore(const std::optional<int> &score, int lowest, int highest)
{
    return !score || (*score >= lowest && *score <= highest);
}

} // namespace

bool GuestFeedback::isPlausibleEmail(const QString &address)
{
    if (address.isEmpty() || address.size() > MaxEmailLength)
        return false;
    for (QChar c : address)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    const qsizetype at = address.indexOf(u'@');
    if (at <= 0 || at != address.lastIndexOf(u'@'))
        return false;
    const QString domain = address.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(u'.');
    return dot > 0 && dot < domain.size() - 1;
}

void RecommendTally::add(int answer)
{
    if (answer < 0 || answer > GuestFeedback::MaxRecommend)
        return;
    if (answer >= GuestFeedback::LowestPromoter)
        ++promoters;
    else if (answer <= GuestFeedback::HighestDetractor)
        ++detractors;
    else
        ++passives;
}

int RecommendTally::netPromoterScore() const
{
    const int all = answers();
    if (all == 0)
        return 0;
    return int(std::lround(100.0 * (promoters - detractors) / all));
}

Result<void> checkDishRating(int stars, const QString &comment)
{
    if (!GuestFeedback::isStars(stars))
        return badRequest(Tr::tr("A dish is rated 1 to 5 stars."));
    if (comment.trimmed().size() > InputLimits::MaxMessageLength)
        return badRequest(
            Tr::tr("A comment is at most %n characters.", nullptr, InputLimits::MaxMessageLength));
    return {};
}

Result<void> checkVisitScores(const VisitScores &scores)
{
    using namespace GuestFeedback;
    if (!isScore(scores.food, MinStars, MaxStars))
        return badRequest(Tr::tr("The food is rated 1 to 5 stars."));
    if (!isScore(scores.service, MinStars, MaxStars))
        return badRequest(Tr::tr("The service is rated 1 to 5 stars."));
    if (!isScore(scores.ambience, MinStars, MaxStars))
        return badRequest(Tr::tr("The ambience is rated 1 to 5 stars."));
    if (!isScore(scores.recommend, 0, MaxRecommend))
        return badRequest(Tr::tr("Whether you would recommend us is 0 to 10."));
    if (!scores.hasAnyScore())
        return badRequest(Tr::tr("Rate at least one of the food, the service, the ambience or "
                                 "whether you would recommend us."));
    if (scores.comment.trimmed().size() > InputLimits::MaxMessageLength)
        return badRequest(
            Tr::tr("A comment is at most %n characters.", nullptr, InputLimits::MaxMessageLength));
    if (!scores.contactEmail.isEmpty()) {
        if (!scores.consent)
            return makeError(u"consent_required"_s,
                             Tr::tr("An e-mail address is kept only when you tick that we may "
                                    "contact you."));
        if (!isPlausibleEmail(scores.contactEmail.trimmed()))
            return badRequest(Tr::tr("That e-mail address looks mistyped."));
    }
    return {};
}

} // namespace tableside
