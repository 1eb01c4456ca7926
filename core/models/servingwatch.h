#pragma once
// Which dishes and categories a table can take now, judged on the venue's wall clock (its time
// zone, as menu.get names it) when the menu arrives and again at each window's edge by a timer
// on the screen's clock, never by polling. A dish outside its windows or its category's stays on
// the menu, greyed with its hours, and cannot be added; a cart line holding one is marked.

#include "availabilitywindow.h"
#include "servinghours.h"

#include <QObject>
#include <QTimeZone>

#include <functional>

namespace tableside {

class CartModel;
class CategoriesModel;
class Clock;
class ClockTimer;
class DishDraft;
class MenuIndex;
class MenuItemsModel;

class ServingWatch : public QObject {
    Q_OBJECT

public:
    struct Models {
        MenuIndex &index;
        MenuItemsModel &items;
        CategoriesModel &categories;
        CartModel &cart;
        DishDraft &draft;
    };
    // The words in the screen's language and locale, asked at each judgement.
    using Words = std::function<ServingHours()>;

    ServingWatch(const Clock &clock, Models models, Words words, QObject *parent = nullptr);

    // The venue's zone as an IANA name; empty or unknown reads as this machine's.
    void setTimeZone(const QString &ianaName);
    QTimeZone timeZone() const { return m_zone; }
    // Judges every dish and category now and waits for the next edge.
    void judge();
    // When the next judgement is due; invalid when no window is left to cross.
    QDateTime nextJudgement() const { return m_next; }

private:
    const Clock &m_clock;
    Models m_models;
    Words m_words;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    ClockTimer *m_timer;
    QDateTime m_next;
};

} // namespace tableside
