#include "guestvoiceview.h"

#include "guestfeedback.h"
#include "guesttext.h"
#include "venueclient.h"

#include <QJsonArray>
#include <QPointF>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

QDate mondayOf(const QDate &day)
{
    return day.addDays(1 - day.dayOfWeek());
}

// A week's points for a chart: x the Monday in milliseconds (UTC), y the score.
QVariantList pointsOf(const QJsonArray &weeks)
{
    QVariantList points;
    for (const QJsonValue &week : weeks) {
        const QDate monday = QDate::fromString(week[u"week"_s].toString(), Qt::ISODate);
        points.append(QVariantMap{{u"x"_s, double(monday.startOfDay(Qt::UTC).toMSecsSinceEpoch())},
                                  {u"y"_s, week[u"score"_s].toDouble()}});
    }
    return points;
}

// Filled and empty stars, as many as given of five.
QString stars(int given)
{
    return QString(given, QChar(0x2605)) + QString(GuestFeedback::MaxStars - given, QChar(0x2606));
}

} // namespace

GuestVoiceView::GuestVoiceView(VenueClient &client, Say say, DishName dishName, Pin pin,
                               QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_say(std::move(say))
    , m_dishName(std::move(dishName))
    , m_pin(std::move(pin))
{
    connect(&m_client, &VenueClient::replied, this, &GuestVoiceView::onReplied);
    connect(&m_client, &VenueClient::stateChanged, this, [this] {
        if (m_client.state() == VenueClient::State::Online)
            refresh();
    });
    connect(&m_client, &VenueClient::event, this,
            [this](qint64, const QString &type, const QJsonObject &, const QDateTime &) {
                // A guest's rating or card, another owner's change: read the page again.
                if (type == u"feedback.given"_s || type == u"visit.rated"_s ||
                    type == u"owner.contactForgotten"_s || type == u"owner.retentionSet"_s)
                    refresh();
            });
}

void GuestVoiceView::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (active) {
        refresh();
        return;
    }
    // Locked: nothing guests said stays on the screen.
    m_loaded = false;
    m_result = {};
    m_visits = {};
    m_dish.clear();
    m_forgetting = 0;
    m_error.clear();
    refreshRows();
    emit changed();
    emit dishesChanged();
}

void GuestVoiceView::setLocale(const QLocale &locale)
{
    m_locale = locale;
    retranslate();
}

void GuestVoiceView::retranslate()
{
    refreshRows();
    emit changed();
    emit dishesChanged();
}

void GuestVoiceView::refresh()
{
    if (!m_active || m_client.state() != VenueClient::State::Online)
        return;
    QJsonObject args{{u"weeks"_s, m_weeks}, {u"offset"_s, m_offset}, {u"limit"_s, PageSize}};
    if (const qint64 itemId = itemIdOf(m_dish))
        args.insert(u"itemId"_s, itemId);
    if (m_rating)
        args.insert(u"rating"_s, m_rating);
    if (m_from.isValid())
        args.insert(u"from"_s, m_from.toString(Qt::ISODate));
    if (m_to.isValid())
        args.insert(u"to"_s, m_to.toString(Qt::ISODate));
    send(u"guest.voice.get"_s, args);
}

void GuestVoiceView::setWeeks(int weeks)
{
    if (!spans().contains(weeks) || weeks == m_weeks)
        return;
    m_weeks = weeks;
    m_offset = 0;
    emit changed();
    refresh();
}

void GuestVoiceView::chooseDish(const QString &key)
{
    m_dish = key == m_dish ? QString() : key;
    m_offset = 0;
    refreshRows();
    emit changed();
    refresh();
}

void GuestVoiceView::setRating(int stars)
{
    if (stars < 0 || stars > GuestFeedback::MaxStars || stars == m_rating)
        return;
    m_rating = stars;
    m_offset = 0;
    emit changed();
    refresh();
}

void GuestVoiceView::setDays(const QString &from, const QString &to)
{
    m_fromText = from.trimmed();
    m_toText = to.trimmed();
    const auto dayOf = [](const QString &text) {
        return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
    };
    const QDate first = dayOf(m_fromText), last = dayOf(m_toText);
    if ((!m_fromText.isEmpty() && !first.isValid()) || (!m_toText.isEmpty() && !last.isValid())) {
        m_error = say(QT_TRANSLATE_NOOP("tableside::GuestVoiceView",
                                        "Write a day as year-month-day, for example 2026-11-23."));
        emit changed();
        return;
    }
    if (first.isValid() && last.isValid() && first > last) {
        m_error = say(QT_TRANSLATE_NOOP("tableside::GuestVoiceView",
                                        "The first day comes after the last one."));
        emit changed();
        return;
    }
    m_error.clear();
    m_from = first;
    m_to = last;
    m_offset = 0;
    emit changed();
    refresh();
}

void GuestVoiceView::olderComments()
{
    if (!hasOlder())
        return;
    m_offset += PageSize;
    refresh();
}

void GuestVoiceView::newerComments()
{
    if (!hasNewer())
        return;
    m_offset = std::max(0, m_offset - PageSize);
    refresh();
}

void GuestVoiceView::askForget(qint64 sessionId)
{
    m_forgetting = sessionId;
    refreshRows();
}

void GuestVoiceView::cancelForget()
{
    m_forgetting = 0;
    refreshRows();
}

void GuestVoiceView::confirmForget()
{
    if (!m_forgetting)
        return;
    send(u"visit.forgetContact"_s, {{u"sessionId"_s, m_forgetting}});
    m_forgetting = 0;
    refreshRows();
}

void GuestVoiceView::setRetention(int days)
{
    if (days < 1 || days > GuestFeedback::MaxRetentionDays || days == m_retentionDays)
        return;
    send(u"feedback.retention.set"_s, {{u"days"_s, days}, {u"pin"_s, m_pin()}});
}

void GuestVoiceView::send(const QString &op, const QJsonObject &args)
{
    const QString id = m_client.request(op, args);
    m_pending.insert(id, op);
    if (op == u"guest.voice.get"_s)
        m_latestRead = id;
    emit changed();
}

void GuestVoiceView::onReplied(const QString &id, bool ok, const QJsonObject &result,
                               const QString &, const QString &message)
{
    const QString op = m_pending.take(id);
    if (op.isEmpty())
        return;
    if (!ok) {
        m_error = message.isEmpty() ? say(QT_TRANSLATE_NOOP("tableside::GuestVoiceView",
                                                            "The hub did not answer. Check the "
                                                            "connection and try again."))
                                    : message;
    } else if (op == u"guest.voice.get"_s) {
        if (id == m_latestRead && m_active)
            read(result);
    } else {
        m_error.clear();
        refresh(); // the e-mail gone, the period set: as the hub has it now
    }
    emit changed();
}

void GuestVoiceView::read(const QJsonObject &result)
{
    m_result = result;
    m_visits = result[u"visits"_s].toObject();
    m_commentCount = result[u"commentCount"_s].toInt();
    m_retentionDays = result[u"retentionDays"_s].toInt();
    m_loaded = true;
    refreshRows();
    emit dishesChanged();
}

qint64 GuestVoiceView::itemIdOf(const QString &key) const
{
    for (const QJsonValue &dish : m_result[u"dishes"_s].toArray())
        if (dish[u"key"_s].toString() == key)
            return dish[u"itemId"_s].toInteger();
    return 0;
}

bool GuestVoiceView::hasNps() const
{
    return m_visits[u"promoters"_s].toInt() + m_visits[u"passives"_s].toInt() +
               m_visits[u"detractors"_s].toInt() >
           0;
}

QString GuestVoiceView::dishName() const
{
    return m_dish.isEmpty() ? QString() : m_dishName(m_dish);
}

QVariantList GuestVoiceView::dishWeeks() const
{
    for (const QJsonValue &dish : m_result[u"dishes"_s].toArray())
        if (dish[u"key"_s].toString() == m_dish)
            return pointsOf(dish[u"weeks"_s].toArray());
    return {};
}

QVariantList GuestVoiceView::npsWeeks() const
{
    return pointsOf(m_visits[u"weeks"_s].toArray());
}

QDateTime GuestVoiceView::firstWeek() const
{
    // The hub's clock says which week is this one; before its answer, the screen's.
    const QDate first = QDate::fromString(m_result[u"firstWeek"_s].toString(), Qt::ISODate);
    if (first.isValid())
        return first.startOfDay(Qt::UTC);
    return mondayOf(QDateTime::currentDateTimeUtc().date())
        .addDays(-7 * (m_weeks - 1))
        .startOfDay(Qt::UTC);
}

QDateTime GuestVoiceView::lastWeek() const
{
    return firstWeek().addDays(7 * (std::max(1, m_result[u"weeks"_s].toInt(m_weeks)) - 1));
}

QString GuestVoiceView::npsText() const
{
    if (!hasNps())
        return say(QT_TRANSLATE_NOOP("tableside::GuestVoiceView", "No answers yet"));
    const int nps = m_visits[u"nps"_s].toInt();
    // A positive score carries its sign: +45 reads as a score, 45 as a count.
    return nps > 0 ? m_locale.positiveSign() + m_locale.toString(nps) : m_locale.toString(nps);
}

QString GuestVoiceView::visitsText() const
{
    const int count = m_visits[u"count"_s].toInt();
    if (count == 0)
        return say(
            QT_TRANSLATE_NOOP("tableside::GuestVoiceView", "No visit cards in these weeks yet."));
    const auto average = [this](const char *field) {
        const double value = m_visits[QLatin1StringView(field)].toDouble();
        return value > 0 ? m_locale.toString(value, 'f', 1) : u"–"_s;
    };
    return say(QT_TRANSLATE_N_NOOP("tableside::GuestVoiceView",
                                   "%n visit cards: food %1, service %2, ambience %3 of 5."),
               count)
        .arg(average("food"), average("service"), average("ambience"));
}

QString GuestVoiceView::npsSplitText() const
{
    if (!hasNps())
        return say(QT_TRANSLATE_NOOP("tableside::GuestVoiceView",
                                     "The score is the percentage who answer 9 or 10 to "
                                     "\"Would you recommend us?\" less those who answer 0 to 6."));
    return say(QT_TRANSLATE_NOOP("tableside::GuestVoiceView",
                                 "%1 would recommend us (9 or 10), %2 are passive (7 or 8), %3 "
                                 "would not (0 to 6)."))
        .arg(m_locale.toString(m_visits[u"promoters"_s].toInt()),
             m_locale.toString(m_visits[u"passives"_s].toInt()),
             m_locale.toString(m_visits[u"detractors"_s].toInt()));
}

QString GuestVoiceView::pageText() const
{
    if (m_commentCount == 0)
        return say(QT_TRANSLATE_NOOP("tableside::GuestVoiceView", "No comments match."));
    const int shown = int(m_comments.rowCount());
    return say(QT_TRANSLATE_NOOP("tableside::GuestVoiceView", "Comments %1 to %2 of %3"))
        .arg(m_locale.toString(m_offset + 1), m_locale.toString(m_offset + shown),
             m_locale.toString(m_commentCount));
}

QString GuestVoiceView::retentionText() const
{
    return say(QT_TRANSLATE_N_NOOP("tableside::GuestVoiceView",
                                   "Comments and e-mails are erased after %n days; the stars "
                                   "stay."),
               m_retentionDays);
}

QString GuestVoiceView::markOf(const QString &key) const
{
    for (const QJsonValue &dish : m_result[u"dishes"_s].toArray()) {
        if (dish[u"key"_s].toString() != key)
            continue;
        return say(QT_TRANSLATE_N_NOOP("tableside::GuestVoiceView", "%1 ★ from %n ratings"),
                   dish[u"count"_s].toInt())
            .arg(m_locale.toString(dish[u"average"_s].toDouble(), 'f', 1));
    }
    return {};
}

QString GuestVoiceView::when(const QString &at) const
{
    const QDateTime time = QDateTime::fromString(at, Qt::ISODateWithMs);
    return time.isValid() ? m_locale.toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

void GuestVoiceView::refreshRows()
{
    QList<QVariantMap> dishes;
    for (const QJsonValue &dish : m_result[u"dishes"_s].toArray()) {
        const QString key = dish[u"key"_s].toString();
        // Each week at its place in the span, so a gap shows as one.
        QVariantList spark;
        const QDate first = firstWeek().date();
        for (const QJsonValue &week : dish[u"weeks"_s].toArray()) {
            const QDate monday = QDate::fromString(week[u"week"_s].toString(), Qt::ISODate);
            const int span = m_result[u"weeks"_s].toInt(m_weeks);
            const double x = span > 1 ? double(first.daysTo(monday) / 7) / (span - 1) : 1.0;
            const double y = (GuestFeedback::MaxStars - week[u"score"_s].toDouble()) /
                             (GuestFeedback::MaxStars - GuestFeedback::MinStars);
            spark.append(QPointF(std::clamp(x, 0.0, 1.0), std::clamp(y, 0.0, 1.0)));
        }
        dishes.append(
            {{u"key"_s, key},
             {u"itemId"_s, dish[u"itemId"_s].toInteger()},
             {u"name"_s, m_dishName(key)},
             {u"averageText"_s, m_locale.toString(dish[u"average"_s].toDouble(), 'f', 1)},
             {u"countText"_s, say(QT_TRANSLATE_N_NOOP("tableside::GuestVoiceView", "%n ratings"),
                                  dish[u"count"_s].toInt())},
             {u"average"_s, dish[u"average"_s].toDouble()},
             {u"spark"_s, spark},
             {u"selected"_s, key == m_dish}});
    }
    m_dishes.setRows(dishes);

    QList<QVariantMap> comments;
    for (const QJsonValue &comment : m_result[u"comments"_s].toArray()) {
        const bool visit = comment[u"about"_s].toString() == u"visit"_s;
        const int rating = comment[u"rating"_s].toInt();
        comments.append(
            {{u"aboutText"_s, visit
                                  ? say(QT_TRANSLATE_NOOP("tableside::GuestVoiceView", "The visit"))
                                  : m_dishName(comment[u"key"_s].toString())},
             {u"ratingText"_s, rating > 0 ? stars(rating) : QString()},
             {u"rating"_s, rating},
             {u"text"_s, displayedGuestText(comment[u"comment"_s].toString())},
             {u"whenText"_s, when(comment[u"at"_s].toString())},
             {u"tableText"_s, say(QT_TRANSLATE_NOOP("tableside::GuestVoiceView", "Table %1"))
                                  .arg(m_locale.toString(comment[u"table"_s].toInt()))}});
    }
    m_comments.setRows(comments);

    QList<QVariantMap> contacts;
    for (const QJsonValue &contact : m_result[u"contacts"_s].toArray()) {
        const qint64 session = contact[u"sessionId"_s].toInteger();
        contacts.append({{u"sessionId"_s, session},
                         {u"email"_s, displayedGuestText(contact[u"email"_s].toString())},
                         {u"whenText"_s, when(contact[u"at"_s].toString())},
                         {u"confirming"_s, session == m_forgetting}});
    }
    m_contacts.setRows(contacts);
    emit changed();
}

} // namespace tableside
