#pragma once
// What guests told the venue, read for the owner's "Guest voice": each dish's average and its
// weeks, the visit cards' averages and net promoter score with their weeks, the comments, and
// the visits that left a contact e-mail. Weeks start on Monday (UTC).

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
    int promoters = 0, passives = 0, detractors = 0;
    QList<WeekScore> weeks; // each week's net promoter score, oldest first

    // -100 to 100: the share of 9s and 10s less the share of 0s to 6s; 0 with no answers.
    int netPromoterScore() const;
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

struct GuestVoice {
    QList<DishVoice> dishes; // best rated first
    VisitVoice visits;
    QList<GuestComment> comments; // newest first, at most MaxComments
    QList<GuestContact> contacts; // newest first
    int retentionDays = 0;
};

class GuestVoiceRepository {
public:
    static constexpr int MaxComments = 500;

    explicit GuestVoiceRepository(QSqlDatabase db)
        : m_db(std::move(db))
    {}

    // Everything given since `since` (the weeks asked for).
    Result<GuestVoice> read(const QDateTime &since) const;

private:
    Result<void> readDishes(const QString &since, GuestVoice &voice) const;
    Result<void> readVisits(const QString &since, GuestVoice &voice) const;
    Result<void> readComments(const QString &since, GuestVoice &voice) const;

    QSqlDatabase m_db;
};

} // namespace tableside
