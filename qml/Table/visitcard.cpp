#include "visitcard.h"

namespace tableside {

VisitCard::VisitCard(QObject *parent)
    : QObject(parent)
{}

void VisitCard::setStars(std::optional<int> &score, int stars)
{
    const std::optional<int> next =
        GuestFeedback::isStars(stars) ? std::optional<int>(stars) : std::nullopt;
    if (next == score)
        return;
    score = next;
    emit changed();
}

void VisitCard::setRecommend(int value)
{
    const std::optional<int> next = value >= 0 && value <= GuestFeedback::MaxRecommend
                                        ? std::optional<int>(value)
                                        : std::nullopt;
    if (next == m_scores.recommend)
        return;
    m_scores.recommend = next;
    emit changed();
}

void VisitCard::setComment(const QString &text)
{
    if (text == m_scores.comment)
        return;
    m_scores.comment = text;
    emit changed();
}

void VisitCard::setEmail(const QString &address)
{
    if (address == m_scores.contactEmail)
        return;
    m_scores.contactEmail = address;
    emit changed();
}

void VisitCard::setConsent(bool on)
{
    if (on == m_scores.consent)
        return;
    m_scores.consent = on;
    emit changed();
}

bool VisitCard::canSend() const
{
    return !m_sent && checkVisitScores(m_scores).ok();
}

QString VisitCard::problem() const
{
    if (!m_scores.hasAnyScore())
        return {};
    const auto checked = checkVisitScores(m_scores);
    return checked ? QString() : checked.error().message;
}

void VisitCard::markSent()
{
    m_sent = true;
    emit changed();
}

void VisitCard::markUnsent()
{
    m_sent = false;
    emit changed();
}

void VisitCard::clear()
{
    m_scores = {};
    m_sent = false;
    emit changed();
}

} // namespace tableside
