#include "servingwatch.h"

#include "cartmodel.h"
#include "categoriesmodel.h"
#include "clocktimer.h"
#include "dishdraft.h"
#include "menuindex.h"
#include "menuitemsmodel.h"

#include <limits>

namespace tableside {

ServingWatch::ServingWatch(const Clock &clock, Models models, Words words, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_models(models)
    , m_words(std::move(words))
    , m_timer(clock.createTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &ClockTimer::timeout, this, &ServingWatch::judge);
}

void ServingWatch::setTimeZone(const QString &ianaName)
{
    const QTimeZone zone =
        isKnownTimeZone(ianaName) ? QTimeZone(ianaName.toUtf8()) : QTimeZone::systemTimeZone();
    if (zone == m_zone)
        return;
    m_zone = zone;
    judge();
}

void ServingWatch::judge()
{
    const QDateTime now = m_clock.now();
    const ServingHours words = m_words ? m_words() : ServingHours();
    m_models.index.judgeServing(now, m_zone, words);
    m_models.items.judgeServing(now, m_zone, words);
    m_models.categories.judgeServing(now, m_zone, words);
    m_models.cart.refresh();
    m_models.draft.refresh();
    m_next = m_models.index.nextServingEdge(now, m_zone);
    if (!m_next.isValid()) {
        m_timer->stop();
        return;
    }
    const qint64 wait = now.msecsTo(m_next);
    m_timer->start(int(std::clamp<qint64>(wait, 0, std::numeric_limits<int>::max())));
}

} // namespace tableside
