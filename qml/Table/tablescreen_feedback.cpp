// The party telling the venue how it was: a served dish's stars (and a comment), the visit's card
// once the bill is asked for. Both go through the outbox like orders, so nothing is lost offline;
// a refusal is said in one sentence, and a dish refused goes back to inviting its rating.
#include "tablescreen.h"

#include "outbox.h"

using namespace Qt::StringLiterals;

namespace tableside {

bool TableScreen::rateDish(qint64 itemId, int stars, const QString &comment)
{
    if (auto checked = checkDishRating(stars, comment); !checked) {
        setError(checked.error().message);
        return false;
    }
    if (!m_outbox) {
        setError(tr("This screen cannot send ratings: it has no outbox."));
        return false;
    }
    QJsonObject args{{u"itemId"_s, itemId}, {u"rating"_s, stars}};
    if (!comment.trimmed().isEmpty())
        args.insert(u"comment"_s, comment.trimmed());
    auto key = m_outbox->enqueue(u"feedback.give"_s, args);
    if (!key) {
        setError(key.error().message);
        return false;
    }
    m_ratingsSent.insert(*key, itemId);
    m_orders.setRating(itemId, stars);
    return true;
}

void TableScreen::putRatingOff(qint64 itemId)
{
    m_orders.putRatingOff(itemId);
}

void TableScreen::setVisitCardOpen(bool open)
{
    if (open == m_visitCardOpen)
        return;
    m_visitCardOpen = open;
    emit visitCardOpenChanged();
}

bool TableScreen::sendVisitCard()
{
    if (!m_visitCard.canSend())
        return false;
    if (!m_outbox) {
        setError(tr("This screen cannot send ratings: it has no outbox."));
        return false;
    }
    const VisitScores &scores = m_visitCard.scores();
    QJsonObject args;
    const auto put = [&](const QString &name, const std::optional<int> &score) {
        if (score)
            args.insert(name, *score);
    };
    put(u"food"_s, scores.food);
    put(u"service"_s, scores.service);
    put(u"ambience"_s, scores.ambience);
    put(u"recommend"_s, scores.recommend);
    if (!scores.comment.trimmed().isEmpty())
        args.insert(u"comment"_s, scores.comment.trimmed());
    if (scores.consent && !scores.contactEmail.trimmed().isEmpty()) {
        args.insert(u"email"_s, scores.contactEmail.trimmed());
        args.insert(u"consent"_s, true);
    }
    auto key = m_outbox->enqueue(u"visit.rate"_s, args);
    if (!key) {
        setError(key.error().message);
        return false;
    }
    m_visitCard.markSent();
    return true;
}

bool TableScreen::onFeedbackRejected(const QString &key, const QString &op,
                                     const QString &errorMessage)
{
    if (op == u"feedback.give"_s) {
        const qint64 itemId = m_ratingsSent.take(key);
        m_orders.forgetRating(itemId);
        setError(tr("Your rating was not taken: %1").arg(errorMessage));
        return true;
    }
    if (op == u"visit.rate"_s) {
        m_visitCard.markUnsent();
        setError(tr("Your card was not taken: %1").arg(errorMessage));
        return true;
    }
    return false;
}

} // namespace tableside
