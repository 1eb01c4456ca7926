#include "venuethresholds.h"

using namespace Qt::StringLiterals;

namespace tableside {

VenueThresholds VenueThresholds::fromJson(const QJsonObject &json)
{
    VenueThresholds thresholds;
    auto read = [&json](QLatin1StringView key, int fallback) {
        const int value = json.value(key).toInt(0);
        return value > 0 ? value : fallback;
    };
    thresholds.ticketWarnMinutes = read("ticketWarnMinutes"_L1, thresholds.ticketWarnMinutes);
    thresholds.ticketLateMinutes = read("ticketLateMinutes"_L1, thresholds.ticketLateMinutes);
    thresholds.alertEscalateSeconds =
        read("alertEscalateSeconds"_L1, thresholds.alertEscalateSeconds);
    thresholds.stationBehindTickets =
        read("stationBehindTickets"_L1, thresholds.stationBehindTickets);
    if (thresholds.ticketLateMinutes < thresholds.ticketWarnMinutes)
        thresholds.ticketLateMinutes = thresholds.ticketWarnMinutes;
    return thresholds;
}

QJsonObject VenueThresholds::toJson() const
{
    return {{u"ticketWarnMinutes"_s, ticketWarnMinutes},
            {u"ticketLateMinutes"_s, ticketLateMinutes},
            {u"alertEscalateSeconds"_s, alertEscalateSeconds},
            {u"stationBehindTickets"_s, stationBehindTickets}};
}

QString ticketUrgency(qint64 elapsedSeconds, const VenueThresholds &thresholds)
{
    if (elapsedSeconds >= qint64(thresholds.ticketLateMinutes) * 60)
        return u"late"_s;
    if (elapsedSeconds >= qint64(thresholds.ticketWarnMinutes) * 60)
        return u"warn"_s;
    return u"ok"_s;
}

} // namespace tableside
