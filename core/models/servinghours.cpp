#include "servinghours.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace tableside {

QString ServingHours::say(Source text) const
{
    return m_translate ? m_translate(text.source, text.comment) : QString::fromUtf8(text.source);
}

QString ServingHours::time(QTime time) const
{
    return m_locale.toString(time, QLocale::ShortFormat);
}

QList<int> ServingHours::weekOrder() const
{
    QList<int> days;
    const int first = int(m_locale.firstDayOfWeek());
    for (int i = 0; i < 7; ++i)
        days.append((first - 1 + i) % 7 + 1);
    return days;
}

QString ServingHours::dayName(int day, QLocale::FormatType format) const
{
    return m_locale.standaloneDayName(day, format);
}

QString ServingHours::daysText(int days) const
{
    QStringList names;
    for (int day : weekOrder())
        if (days & (1 << (day - 1)))
            names.append(m_locale.dayName(day, QLocale::LongFormat));
    return m_locale.createSeparatedList(names);
}

QString ServingHours::describe(const QList<AvailabilityWindow> &windows) const
{
    // The windows of one set of days together, in the order their days first come.
    QList<int> dayGroups;
    for (const AvailabilityWindow &window : windows)
        if (!dayGroups.contains(window.days))
            dayGroups.append(window.days);
    QStringList sentences;
    for (int days : dayGroups) {
        QList<AvailabilityWindow> same;
        for (const AvailabilityWindow &window : windows)
            if (window.days == days)
                same.append(window);
        const bool fromOnly = same.size() == 1 && same.first().endsAtMidnight();
        QString hours;
        if (fromOnly) {
            hours = time(same.first().from);
        } else {
            QStringList ranges;
            for (const AvailabilityWindow &window : same)
                ranges.append(say(QT_TRANSLATE_NOOP3("tableside::ServingHours", "%1–%2",
                                                     "a time range: from, until"))
                                  .arg(time(window.from), time(window.until)));
            hours = m_locale.createSeparatedList(ranges);
        }
        QString sentence;
        if (days == AvailabilityWindow::EveryDay)
            sentence = fromOnly
                           ? say(QT_TRANSLATE_NOOP3("tableside::ServingHours", "Served from %1.",
                                                    "every day; %1: a time"))
                           : say(QT_TRANSLATE_NOOP3("tableside::ServingHours", "Served %1.",
                                                    "every day; %1: times"));
        else if (days == AvailabilityWindow::Weekdays)
            sentence = fromOnly
                           ? say(QT_TRANSLATE_NOOP3("tableside::ServingHours",
                                                    "Served from %1 on weekdays.", "%1: a time"))
                           : say(QT_TRANSLATE_NOOP3("tableside::ServingHours",
                                                    "Served %1 on weekdays.", "%1: times"));
        else if (days == AvailabilityWindow::Weekend)
            sentence = fromOnly
                           ? say(QT_TRANSLATE_NOOP3("tableside::ServingHours",
                                                    "Served from %1 at weekends.", "%1: a time"))
                           : say(QT_TRANSLATE_NOOP3("tableside::ServingHours",
                                                    "Served %1 at weekends.", "%1: times"));
        else
            sentence =
                fromOnly
                    ? say(QT_TRANSLATE_NOOP3("tableside::ServingHours", "Served from %1 on %2.",
                                             "%1: a time; %2: days of the week"))
                    : say(QT_TRANSLATE_NOOP3("tableside::ServingHours", "Served %1 on %2.",
                                             "%1: times; %2: days of the week"));
        sentences.append(sentence.contains(u"%2"_s) ? sentence.arg(hours, daysText(days))
                                                    : sentence.arg(hours));
    }
    return sentences.join(u' ');
}

QString ServingHours::describe(const ServingTimes &times) const
{
    return describe(times.own.isEmpty() ? times.category : times.own);
}

} // namespace tableside
