#include "windowsform.h"

#include "menudocument.h"

using namespace Qt::StringLiterals;

namespace tableside {

WindowsForm::WindowsForm(QObject *parent)
    : QObject(parent)
{}

void WindowsForm::setTranslate(Translate translate)
{
    m_translate = std::move(translate);
    refreshRows();
}

void WindowsForm::setLocale(const QLocale &locale)
{
    m_locale = locale;
    refreshRows();
}

void WindowsForm::open(const QString &kind, const QString &key,
                       const QList<AvailabilityWindow> &windows)
{
    m_kind = kind;
    m_key = key;
    m_windows = windows;
    refreshRows();
}

QString WindowsForm::say(const char *source, const char *comment) const
{
    return m_translate ? m_translate("tableside::WindowsForm", source, comment)
                       : QString::fromUtf8(source);
}

ServingHours WindowsForm::words() const
{
    return ServingHours(
        [this](const char *source, const char *comment) {
            return m_translate ? m_translate("tableside::ServingHours", source, comment)
                               : QString::fromUtf8(source);
        },
        m_locale);
}

QStringList WindowsForm::hourLabels() const
{
    QStringList labels;
    for (int hour = 0; hour < 24; ++hour)
        labels.append(m_locale.toString(hour).rightJustified(2, m_locale.zeroDigit().at(0)));
    return labels;
}

QStringList WindowsForm::minuteLabels() const
{
    QStringList labels;
    for (int minute = 0; minute < 60; minute += MinuteStep)
        labels.append(m_locale.toString(minute).rightJustified(2, m_locale.zeroDigit().at(0)));
    return labels;
}

QString WindowsForm::alwaysText() const
{
    // QT_TRANSLATE_NOOP3 is {source, comment}: lupdate reads each with its comment.
    static constexpr struct {
        const char *source;
        const char *comment;
    } ForCategory = QT_TRANSLATE_NOOP3("tableside::WindowsForm",
                                       "Its dishes can be ordered at any time.", "a category"),
      ForDish =
          QT_TRANSLATE_NOOP3("tableside::WindowsForm", "It can be ordered at any time.", "a dish");
    const auto &phrase = m_kind == u"category"_s ? ForCategory : ForDish;
    return say(phrase.source, phrase.comment);
}

void WindowsForm::change(int row, const std::function<void(AvailabilityWindow &)> &edit)
{
    if (row < 0 || row >= m_windows.size())
        return;
    AvailabilityWindow window = m_windows.at(row);
    edit(window);
    if (window == m_windows.at(row))
        return;
    m_windows[row] = window;
    refreshRows();
    emit edited();
}

void WindowsForm::addWindow()
{
    m_windows.append({AvailabilityWindow::EveryDay, QTime(12, 0), QTime(15, 0)});
    refreshRows();
    emit edited();
}

void WindowsForm::removeWindow(int row)
{
    if (row < 0 || row >= m_windows.size())
        return;
    m_windows.removeAt(row);
    refreshRows();
    emit edited();
}

void WindowsForm::toggleDay(int row, int day)
{
    if (day < 1 || day > 7)
        return;
    change(row, [day](AvailabilityWindow &window) { window.days ^= 1 << (day - 1); });
}

void WindowsForm::setFromHour(int row, int hour)
{
    if (hour < 0 || hour > 23)
        return;
    change(row, [hour](AvailabilityWindow &window) {
        window.from = QTime(hour, window.from.isValid() ? window.from.minute() : 0);
    });
}

void WindowsForm::setFromMinute(int row, int minute)
{
    if (minute < 0 || minute > 59)
        return;
    change(row, [minute](AvailabilityWindow &window) {
        window.from = QTime(window.from.isValid() ? window.from.hour() : 0, minute);
    });
}

void WindowsForm::setUntilHour(int row, int hour)
{
    if (hour < 0 || hour > 23)
        return;
    change(row, [hour](AvailabilityWindow &window) {
        if (!window.endsAtMidnight())
            window.until = QTime(hour, window.until.isValid() ? window.until.minute() : 0);
    });
}

void WindowsForm::setUntilMinute(int row, int minute)
{
    if (minute < 0 || minute > 59)
        return;
    change(row, [minute](AvailabilityWindow &window) {
        if (!window.endsAtMidnight())
            window.until = QTime(window.until.isValid() ? window.until.hour() : 0, minute);
    });
}

void WindowsForm::setUntilMidnight(int row, bool untilMidnight)
{
    change(row, [untilMidnight](AvailabilityWindow &window) {
        if (untilMidnight)
            window.until = QTime(0, 0);
        else if (window.endsAtMidnight())
            window.until = QTime(23, 0); // the last whole hour before midnight
    });
}

QList<std::pair<int, QString>> WindowsForm::problems() const
{
    // The hub's own checks over a menu holding only these windows, so the words are the hub's.
    MenuDocument document{u"en"_s, {u"en"_s}, {}, {}, {}};
    const QString key = m_key.isEmpty() ? u"new"_s : m_key;
    QString path;
    if (m_kind == u"category"_s) {
        document.categories.append({key, {{u"en"_s, key}}, {}, false, m_windows});
        path = u"categories/%1/windows/"_s.arg(key);
    } else {
        document.categories.append({u"c"_s, {{u"en"_s, u"c"_s}}, {}, false, {}});
        DocumentItem item;
        item.key = key;
        item.category = u"c"_s;
        item.name = {{u"en"_s, key}};
        item.course = courseCodes().constFirst();
        item.station = u"kitchen"_s;
        item.windows = m_windows;
        document.items.append(item);
        path = u"items/%1/windows/"_s.arg(key);
    }
    QList<std::pair<int, QString>> found;
    for (const MenuProblem &problem : menuProblems(document)) {
        if (!problem.field.startsWith(path))
            continue;
        const int window = problem.field.mid(path.size()).section(u'/', 0, 0).toInt() - 1;
        found.append({window, problem.message});
    }
    return found;
}

void WindowsForm::refreshRows()
{
    const ServingHours hours = words();
    const auto found = problems();
    QList<QVariantMap> rows;
    for (qsizetype row = 0; row < m_windows.size(); ++row) {
        const AvailabilityWindow &window = m_windows.at(row);
        QVariantList days;
        for (int day : hours.weekOrder())
            days.append(QVariantMap{{u"day"_s, day},
                                    {u"name"_s, hours.dayName(day, QLocale::ShortFormat)},
                                    {u"chosen"_s, window.onDay(day)}});
        QStringList problems;
        for (const auto &[at, message] : found)
            if (at == row)
                problems.append(message);
        const bool ok = problems.isEmpty();
        rows.append(
            {{u"fromHour"_s, window.from.hour()},
             {u"fromMinute"_s, window.from.minute()},
             {u"untilHour"_s, window.until.hour()},
             {u"untilMinute"_s, window.until.minute()},
             {u"untilMidnight"_s, window.endsAtMidnight()},
             {u"days"_s, days},
             {u"hours"_s, ok ? hours.describe(QList<AvailabilityWindow>{window}) : QString()},
             {u"problem"_s, problems.join(u' ')}});
    }
    m_rows.setRows(rows);
    emit changed();
}

} // namespace tableside
