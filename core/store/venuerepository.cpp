#include "venuerepository.h"

#include "availabilitywindow.h"
#include "sqlstatement.h"

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

Error unknownZone(const QString &name)
{
    return makeError(u"bad_time_zone"_s,
                     u"\"%1\" is not a time zone this hub knows; name one as \"Europe/Athens\" "
                     u"is named."_s.arg(name));
}

} // namespace

Result<VenueSettings> VenueRepository::load() const
{
    auto query =
        runSql(m_db, u"SELECT name, currency, default_language, enabled_languages, "
                     u"tax_rate_bp, prices_include_tax, ticket_warn_minutes, "
                     u"ticket_late_minutes, alert_escalate_seconds, station_behind_tickets, "
                     u"time_zone FROM venue"_s);
    if (!query)
        return query.error();
    SqlStatement &q = query.value();
    if (!q.next())
        return makeError(u"not_found"_s, u"This store has no venue yet; run tableside seed."_s);
    VenueSettings s;
    s.name = q.value(0).toString();
    s.currency = q.value(1).toString();
    s.defaultLanguage = q.value(2).toString();
    s.languages = q.value(3).toString().split(u',', Qt::SkipEmptyParts);
    s.taxRateBasisPoints = q.value(4).toInt();
    s.pricesIncludeTax = q.value(5).toBool();
    s.thresholds.ticketWarnMinutes = q.value(6).toInt();
    s.thresholds.ticketLateMinutes = q.value(7).toInt();
    s.thresholds.alertEscalateSeconds = q.value(8).toInt();
    s.thresholds.stationBehindTickets = q.value(9).toInt();
    s.timeZone = q.value(10).toString();
    return s;
}

Result<void> VenueRepository::save(const VenueSettings &s)
{
    if (s.name.trimmed().isEmpty())
        return makeError(u"invalid_venue"_s, u"The venue needs a name."_s);
    if (s.thresholds.stationBehindTickets < 1)
        return makeError(u"invalid_venue"_s,
                         u"A station needs room for at least one open ticket."_s);
    if (!s.timeZone.isEmpty() && !isKnownTimeZone(s.timeZone))
        return unknownZone(s.timeZone);
    if (!s.languages.contains(s.defaultLanguage))
        return makeError(u"invalid_venue"_s,
                         u"The default language must be one of the enabled languages."_s);
    auto done = runSql(
        m_db,
        u"INSERT INTO venue (id, name, currency, default_language, enabled_languages, "
        u"tax_rate_bp, prices_include_tax, ticket_warn_minutes, ticket_late_minutes, "
        u"alert_escalate_seconds, station_behind_tickets, time_zone) "
        u"VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, '')) "
        u"ON CONFLICT (id) DO UPDATE SET name = excluded.name, currency = excluded.currency, "
        u"default_language = excluded.default_language, "
        u"enabled_languages = excluded.enabled_languages, tax_rate_bp = excluded.tax_rate_bp, "
        u"prices_include_tax = excluded.prices_include_tax, "
        u"ticket_warn_minutes = excluded.ticket_warn_minutes, "
        u"ticket_late_minutes = excluded.ticket_late_minutes, "
        u"alert_escalate_seconds = excluded.alert_escalate_seconds, "
        u"station_behind_tickets = excluded.station_behind_tickets, "
        u"time_zone = excluded.time_zone"_s,
        {s.name, s.currency, s.defaultLanguage, s.languages.join(u','), s.taxRateBasisPoints,
         s.pricesIncludeTax, s.thresholds.ticketWarnMinutes, s.thresholds.ticketLateMinutes,
         s.thresholds.alertEscalateSeconds, s.thresholds.stationBehindTickets, s.timeZone});
    if (!done)
        return done.error();
    return {};
}

Result<void> VenueRepository::setTimeZone(const QString &ianaName)
{
    if (!ianaName.isEmpty() && !isKnownTimeZone(ianaName))
        return unknownZone(ianaName);
    auto done = runSql(m_db, u"UPDATE venue SET time_zone = COALESCE(?, '')"_s, {ianaName});
    if (!done)
        return done.error();
    return {};
}

} // namespace tableside
