#pragma once
// A dish's or a category's availability windows as the words a person reads: "Served from
// 17:00." or "Served 12:00–15:00 on weekdays.", whole sentences in the screen's language, times
// and day names in its locale. The table shows them on a dish it cannot take now, the owner's
// editor beside each window.

#include "availabilitywindow.h"

#include <QLocale>
#include <QString>

#include <functional>

namespace tableside {

class ServingHours {
public:
    // Translates a source text of the context "tableside::ServingHours" (QT_TRANSLATE_NOOP3 marks
    // them) in the screen's language; the source text itself when none is given.
    using Translate = std::function<QString(const char *source, const char *comment)>;

    ServingHours() = default;
    ServingHours(Translate translate, QLocale locale)
        : m_translate(std::move(translate))
        , m_locale(std::move(locale))
    {}

    // One sentence per set of days, in the windows' order; "" for no windows (always served).
    QString describe(const QList<AvailabilityWindow> &windows) const;
    // A dish's own hours, else its category's.
    QString describe(const ServingTimes &times) const;
    // "Mon", "Tue"… as the locale writes them, for `day` 1 (Monday) .. 7.
    QString dayName(int day, QLocale::FormatType format) const;
    // The days of `days` (AvailabilityWindow's bits) in the locale's week order, "Monday,
    // Wednesday and Friday"; "every day", "weekdays" and "weekends" are the sentences' own.
    QString daysText(int days) const;
    // A time of day in the locale ("17:00", "5:00 PM").
    QString time(QTime time) const;
    // The weekdays in the locale's order, starting with its first day of the week.
    QList<int> weekOrder() const;

private:
    struct Source { // what QT_TRANSLATE_NOOP3 makes
        const char *source;
        const char *comment;
    };
    QString say(Source text) const;

    Translate m_translate;
    QLocale m_locale = QLocale::c();
};

} // namespace tableside
