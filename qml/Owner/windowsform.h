#pragma once
// When a dish or a category is served, as the owner edits it: its availability windows, each on
// some weekdays (in the screen's week order and names) from one time until another or until
// midnight, with the sentence the tables will show and the problem the hub would name
// (menuProblems), so no rule of what is valid lives in QML. A dish's or a category's form holds
// one and takes its windows when it changes.

#include "availabilitywindow.h"
#include "maprowsmodel.h"
#include "servinghours.h"

#include <QLocale>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace tableside {

class WindowsForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by a dish's or a category's form")
    // One row per window: {fromHour, fromMinute, untilHour, untilMinute, untilMidnight, days:
    // [{day, name, chosen}, …] in the week's order, hours: the sentence the tables show, problem:
    // what stops it from being published, "" when nothing}.
    Q_PROPERTY(tableside::MapRowsModel *windows READ windows CONSTANT)
    // The picker's hours ("00" … "23") and minutes ("00", "05" … "55") in the screen's digits.
    Q_PROPERTY(QStringList hourLabels READ hourLabels NOTIFY changed)
    Q_PROPERTY(QStringList minuteLabels READ minuteLabels NOTIFY changed)
    Q_PROPERTY(int minuteStep READ minuteStep CONSTANT)
    // The sentence for no windows at all.
    Q_PROPERTY(QString alwaysText READ alwaysText NOTIFY changed)

public:
    static constexpr int MinuteStep = 5;
    // Translates a source text of `context` in the screen's language.
    using Translate =
        std::function<QString(const char *context, const char *source, const char *comment)>;

    explicit WindowsForm(QObject *parent = nullptr);
    void setTranslate(Translate translate);
    void setLocale(const QLocale &locale);
    // Whose windows these are: "dish" or "category", and its key (for the hub's problems).
    void open(const QString &kind, const QString &key, const QList<AvailabilityWindow> &windows);
    QList<AvailabilityWindow> windowList() const { return m_windows; }

    MapRowsModel *windows() { return &m_rows; }
    QStringList hourLabels() const;
    QStringList minuteLabels() const;
    static int minuteStep() { return MinuteStep; }
    QString alwaysText() const;

    // A new window: every day, 12:00 until 15:00.
    Q_INVOKABLE void addWindow();
    Q_INVOKABLE void removeWindow(int row);
    Q_INVOKABLE void toggleDay(int row, int day); // day: 1 Monday .. 7 Sunday
    Q_INVOKABLE void setFromHour(int row, int hour);
    Q_INVOKABLE void setFromMinute(int row, int minute);
    Q_INVOKABLE void setUntilHour(int row, int hour);
    Q_INVOKABLE void setUntilMinute(int row, int minute);
    Q_INVOKABLE void setUntilMidnight(int row, bool untilMidnight);

    // The problems menuProblems finds in these windows, each for its window (index) or -1.
    QList<std::pair<int, QString>> problems() const;

signals:
    // The windows changed (not only their words): the form takes windowList().
    void edited();
    void changed();

private:
    void change(int row, const std::function<void(AvailabilityWindow &)> &edit);
    void refreshRows();
    ServingHours words() const;
    QString say(const char *source, const char *comment) const;

    Translate m_translate;
    QLocale m_locale = QLocale::c();
    QString m_kind = QStringLiteral("dish");
    QString m_key;
    QList<AvailabilityWindow> m_windows;
    MapRowsModel m_rows{{"fromHour", "fromMinute", "untilHour", "untilMinute", "untilMidnight",
                         "days", "hours", "problem"},
                        {}};
};

} // namespace tableside
