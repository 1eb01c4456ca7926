#pragma once
// What a guest may tell the venue about a visit, and the rules every surface shares: a dish is
// rated 1 to 5 stars; the visit card rates food, service and ambience 1 to 5 each and asks
// "would you recommend us" on 0 to 10, any of them left out as the guest likes, but not all; a
// comment is optional; a contact e-mail is kept only with the guest's explicit consent. Service
// is the venue's as a whole: nothing here names a waiter.

#include "result.h"

#include <QString>

#include <optional>

namespace tableside {

namespace GuestFeedback {

inline constexpr int MinStars = 1;
inline constexpr int MaxStars = 5;
inline constexpr int MaxRecommend = 10; // "would you recommend us", 0 to 10
// The net promoter score's classes of "would you recommend us": 9 and 10 promote, 7 and 8 are
// passive, 0 to 6 detract.
inline constexpr int LowestPromoter = 9;
inline constexpr int HighestDetractor = 6;
inline constexpr int MaxEmailLength = 254;
inline constexpr int DefaultRetentionDays = 365; // comments and e-mails, then erased
inline constexpr int MaxRetentionDays = 3650;

inline bool isStars(int value)
{
    return value >= MinStars && value <= MaxStars;
}

// An address with one @, something on both sides, a dot in the domain and no spaces: what a
// person can mistype, not what a mail server accepts.
bool isPlausibleEmail(const QString &address);

} // namespace GuestFeedback

// The answers to "would you recommend us" counted by class, and their net promoter score.
struct RecommendTally {
    int promoters = 0, passives = 0, detractors = 0;

    // One answer, 0 to 10; anything else is not counted.
    void add(int answer);
    int answers() const { return promoters + passives + detractors; }
    // -100 to 100: the percentage of promoters less the percentage of detractors, rounded half
    // away from zero; 0 with no answers.
    int netPromoterScore() const;
};

struct VisitScores {
    std::optional<int> food, service, ambience; // 1 to 5 stars
    std::optional<int> recommend;               // 0 to 10
    QString comment;
    QString contactEmail; // empty: anonymous
    bool consent = false; // the guest ticked "you may contact me"

    bool hasAnyScore() const { return food || service || ambience || recommend; }
};

// "bad_request" naming what is wrong, or nothing: stars out of range, nothing rated, a comment
// over InputLimits::MaxMessageLength, an e-mail without consent or not plausible.
Result<void> checkVisitScores(const VisitScores &scores);
Result<void> checkDishRating(int stars, const QString &comment);

} // namespace tableside
