#include "serviceday.h"

namespace tableside {

QDate ServiceDay::of(const QDateTime &at, const QTimeZone &zone)
{
    return at.toTimeZone(zone).addSecs(-StartsAtHour * 3600).date();
}

QDateTime ServiceDay::start(QDate day, const QTimeZone &zone)
{
    return QDateTime(day, QTime(StartsAtHour, 0), zone).toUTC();
}

} // namespace tableside
