#pragma once
// What guests told the venue, read for the owner's "Guest voice": each dish's average and its
// weeks, the visit cards' averages and net promoter score with their weeks, the comments, and
// the visits that left a contact e-mail. Weeks start on Monday (UTC).

#include "guestfeedback.h"
#include "result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

namespace tableside {

struct WeekScore {
    QDate weekStart;
    int count = 0;
    double average = 0; // stars; for the visits' weeks, the net promoter score
};

struct DishVoice {
    qint64 itemId = 0;
    QString key;
    int count = 0;
    double average = 0;
    QList<WeekScore> weeks; // oldest first
};

struct VisitVoice {
    int count = 0;
    double food = 0, service = 0, ambience = 0; // averages of those given; 0: none given
    RecommendTally recommend;
    QList<WeekScore> weeks; // each week's net promoter score, oldest first
};

struct GuestComment {
    QString about; // "dish" or "visit"
    qint64 itemId = 0;
    QString key;
    int rating = 0; // a dish's stars; a visit's food stars, else 0
    QString comment;
    QDateTime at;
    int table = 0;
};

struct GuestContact {
    qint64 sessionId = 0;
    QString email;
    QDateTime at;
};

// Which comments to read: a dish's alone (itemId), of one rating (a dish's stars, a visit's food
// stars), given on the days from..to (UTC, both included; null: the span's start, today), a page
// of them from `offset`.
struct CommentFilter {
    qint64 itemId = 0;
    int rating = 0; // 0: any
    QDate from = {};
    QDate to = {};
    int offset = 0;
    int limit = 50;
};

struct GuestVoice {
    QList<DishVoice> dishes; // best rated first
    VisitVoice visits;
    QList<GuestComment> comments; // newest first, one page of the filter's
    int commentCount = 0;         // all the filter's comments
    QList<GuestContact> contacts; // newest first
    int retentionDays = 0;
};

class GuestVoiceRepository {
public:
    static constexpr int MaxCommentsPage = 200;

    explicit GuestVoiceRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // The scores given since `since` (the weeks asked for), the filter's comments among them.
    Result<GuestVoice> read(const QDateTime &since, const CommentFilter &filter = {}) const;

private:
    Result<void> readDishes(const QString &since, GuestVoice &voice) const;
    Result<void> readVisits(const QString &since, GuestVoice &voice) const;
    Result<void> readComments(const QString &since, const CommentFilter &filter,
                              GuestVoice &voice) const;
    Result<void> readContacts(GuestVoice &voice) const;

    QSqlDatabase m_db;
};

} // namespace tableside
