#pragma once
// The menu as the table's models look things up in it: dishes and options by id, in the diner's
// language, and the locale that formats their prices. Shared by the draft, cart and status models.

#include "menu.h"
#include "menuitemspec.h"
#include "servinghours.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>
#include <QStringList>

namespace tableside {

// One line as the diner composed it; the hub prices it again when it arrives.
struct CartLine {
    qint64 itemId = 0;
    QList<qint64> optionIds{};
    int quantity = 1;
    QString note{};
    int seat = 0; // 0: for the table
    // What one of them cost when the diner chose it (-1: not priced yet); a published menu that
    // changes it leaves the line for the diner to confirm.
    qint64 agreedUnitMinor = -1;
    // Why the diner was offered the dish, when the line came from a recommendation
    // ("often_with", "popular_tonight", "owner_pick"): the hub counts it as ordered.
    QString recommended{};
    bool operator==(const CartLine &) const = default;
};

class MenuIndex {
public:
    void setMenu(const Menu &menu, const QLocale &locale);

    const MenuItem *item(qint64 itemId) const;
    void setAvailable(qint64 itemId, bool available);
    void setStationBehind(const QString &station, bool behind);
    // Which dishes are served at `now` on the venue's clock, and their hours in `words`.
    void judgeServing(const QDateTime &now, const QTimeZone &zone, const ServingHours &words);
    // A dish's hours as one or more sentences ("Served from 17:00."); "" for one always served.
    QString servingHours(qint64 itemId) const { return m_hours.value(itemId); }
    // The first moment after `now` at which any dish may start or stop being served.
    QDateTime nextServingEdge(const QDateTime &now, const QTimeZone &zone) const;
    // The dish with this stable key ("ribeye-steak"), or 0.
    qint64 itemIdByKey(const QString &key) const;
    QString currency() const { return m_currency; }
    QLocale locale() const { return m_locale; }

    // Option names in menu order, joined the way the locale lists things ("a, b and c").
    QString optionsText(const QList<qint64> &optionIds) const;
    QString format(qint64 minorUnits) const;
    // A price difference with its sign: "+€1.50", "−€0.50"; empty for zero.
    QString formatDelta(qint64 minorUnits) const;

    static MenuItemSpec toSpec(const MenuItem &item);

private:
    QHash<qint64, MenuItem> m_items;
    QHash<qint64, QString> m_optionNames;
    QHash<qint64, QString> m_hours; // by dish, for those with windows
    QString m_currency;
    QLocale m_locale;
};

} // namespace tableside
