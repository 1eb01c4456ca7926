#pragma once
// The owner's "Guest voice": what guests said, as the hub reads it (guest.voice.get). Each dish's
// average, count and weeks, the net promoter score and its weeks, the comments filtered by dish,
// rating and days a page at a time, the contact e-mails (each erased on the owner's word) and how
// long comments are kept (set with the owner's PIN). A new rating reads it again, live; service
// is the venue's as a whole, so nothing here names a waiter.

#include "maprowsmodel.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace tableside {

class VenueClient;

class GuestVoiceView : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the owner's screen")
    // How many weeks back the scores go: one of spans.
    Q_PROPERTY(int weeks READ weeks NOTIFY changed)
    Q_PROPERTY(QList<int> spans READ spans CONSTANT)
    // Best rated first: {key, itemId, name, averageText, countText, average, spark, selected};
    // spark: the weeks' averages as points in a 1x1 box, oldest on the left, 5 stars at the top.
    Q_PROPERTY(tableside::MapRowsModel *dishes READ dishes CONSTANT)
    // The chosen dish (also the comments' dish filter; "" for every dish and the visits).
    Q_PROPERTY(QString dish READ dish NOTIFY changed)
    Q_PROPERTY(QString dishName READ dishName NOTIFY changed)
    // The charts' points, {x: the week's Monday as a date, y: the score}, oldest first.
    Q_PROPERTY(QVariantList dishWeeks READ dishWeeks NOTIFY changed)
    Q_PROPERTY(QVariantList npsWeeks READ npsWeeks NOTIFY changed)
    // The span's first Monday and this week's, the charts' ends.
    Q_PROPERTY(QDateTime firstWeek READ firstWeek NOTIFY changed)
    Q_PROPERTY(QDateTime lastWeek READ lastWeek NOTIFY changed)
    Q_PROPERTY(QString npsText READ npsText NOTIFY changed)
    Q_PROPERTY(bool hasNps READ hasNps NOTIFY changed)
    // "18 visit cards: food 4.5, service 4.2, ambience 4.0" and the promoters' split.
    Q_PROPERTY(QString visitsText READ visitsText NOTIFY changed)
    Q_PROPERTY(QString npsSplitText READ npsSplitText NOTIFY changed)
    // Newest first: {aboutText, ratingText, rating, text (display-safe), whenText, tableText}
    Q_PROPERTY(tableside::MapRowsModel *comments READ comments CONSTANT)
    Q_PROPERTY(int rating READ rating NOTIFY changed) // the comments' rating filter, 0: any
    Q_PROPERTY(QString fromText READ fromText NOTIFY changed)
    Q_PROPERTY(QString toText READ toText NOTIFY changed)
    // "Comments 1 to 50 of 120", or that none match.
    Q_PROPERTY(QString pageText READ pageText NOTIFY changed)
    Q_PROPERTY(bool hasOlder READ hasOlder NOTIFY changed)
    Q_PROPERTY(bool hasNewer READ hasNewer NOTIFY changed)
    // {sessionId, email, whenText, confirming}
    Q_PROPERTY(tableside::MapRowsModel *contacts READ contacts CONSTANT)
    Q_PROPERTY(int retentionDays READ retentionDays NOTIFY changed)
    Q_PROPERTY(QString retentionText READ retentionText NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    // A refusal or a bad day typed, in words; "" when none.
    Q_PROPERTY(QString error READ error NOTIFY changed)

public:
    static constexpr const char *Context = "tableside::GuestVoiceView";
    static constexpr int PageSize = 50;
    using Say = std::function<QString(const char *source, int n)>;
    using DishName = std::function<QString(const QString &key)>;
    using Pin = std::function<QString()>;

    GuestVoiceView(VenueClient &client, Say say, DishName dishName, Pin pin,
                   QObject *parent = nullptr);

    // Read while the owner is signed in; forgotten when they lock the screen.
    void setActive(bool active);
    void setLocale(const QLocale &locale);
    // Names and sentences again, in the screen's language.
    void retranslate();

    int weeks() const { return m_weeks; }
    QList<int> spans() const { return {4, 12, 26, 52}; }
    MapRowsModel *dishes() { return &m_dishes; }
    QString dish() const { return m_dish; }
    QString dishName() const;
    QVariantList dishWeeks() const;
    QVariantList npsWeeks() const;
    QDateTime firstWeek() const;
    QDateTime lastWeek() const;
    QString npsText() const;
    bool hasNps() const;
    QString visitsText() const;
    QString npsSplitText() const;
    MapRowsModel *comments() { return &m_comments; }
    int rating() const { return m_rating; }
    QString fromText() const { return m_fromText; }
    QString toText() const { return m_toText; }
    QString pageText() const;
    bool hasOlder() const { return m_offset + PageSize < m_commentCount; }
    bool hasNewer() const { return m_offset > 0; }
    MapRowsModel *contacts() { return &m_contacts; }
    int retentionDays() const { return m_retentionDays; }
    QString retentionText() const;
    bool loaded() const { return m_loaded; }
    bool busy() const { return !m_pending.isEmpty(); }
    QString error() const { return m_error; }

    // The menu editor's mark beside a dish: "4.3 ★ · 12 ratings", or "" when nobody rated it.
    QString markOf(const QString &key) const;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void setWeeks(int weeks);
    // A dish's row chosen: its chart, and its comments alone; the same again, or "", all of them.
    Q_INVOKABLE void chooseDish(const QString &key);
    Q_INVOKABLE void setRating(int stars);
    // Days typed as 2026-11-23, either empty for no limit; a mistyped day is told, not sent.
    Q_INVOKABLE void setDays(const QString &from, const QString &to);
    Q_INVOKABLE void olderComments();
    Q_INVOKABLE void newerComments();
    // A contact's Delete asks first; its confirmation erases the e-mail on the hub.
    Q_INVOKABLE void askForget(qint64 sessionId);
    Q_INVOKABLE void cancelForget();
    Q_INVOKABLE void confirmForget();
    Q_INVOKABLE void setRetention(int days);

signals:
    void changed();
    // A new answer: the menu editor's marks follow.
    void dishesChanged();

private:
    void send(const QString &op, const QJsonObject &args);
    void onReplied(const QString &id, bool ok, const QJsonObject &result, const QString &code,
                   const QString &message);
    void read(const QJsonObject &result);
    void refreshRows();
    qint64 itemIdOf(const QString &key) const;
    QString when(const QString &at) const;
    QString say(const char *source, int n = -1) const { return m_say(source, n); }

    VenueClient &m_client;
    Say m_say;
    DishName m_dishName;
    Pin m_pin;
    QLocale m_locale;
    bool m_active = false;
    bool m_loaded = false;
    int m_weeks = 12;
    QString m_dish;
    int m_rating = 0;
    QString m_fromText, m_toText;
    QDate m_from, m_to;
    int m_offset = 0;
    int m_commentCount = 0;
    QJsonObject m_result; // the last answer, read again when the language changes
    QJsonObject m_visits;
    int m_retentionDays = 0;
    qint64 m_forgetting = 0;
    QString m_error;
    QHash<QString, QString> m_pending; // request id -> op
    QString m_latestRead;              // only the newest read is shown
    MapRowsModel m_dishes{
        {"key", "itemId", "name", "averageText", "countText", "average", "spark", "selected"},
        "key"};
    MapRowsModel m_comments{{"aboutText", "ratingText", "rating", "text", "whenText", "tableText"},
                            {}};
    MapRowsModel m_contacts{{"sessionId", "email", "whenText", "confirming"}, "sessionId"};
};

} // namespace tableside
