#pragma once
// The visit's card a party fills in once it has asked for the bill: food, service and ambience
// in stars, "would you recommend us" 0 to 10, a comment, and an e-mail kept only with the tick
// that allows it. What may be sent is the hub's own rule (checkVisitScores); the card says what
// stops it in one sentence.

#include "guestfeedback.h"

#include <QObject>
#include <QtQml/qqml.h>

namespace tableside {

class VisitCard : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Made by the table screen")
    // 0: not rated (the stars); -1: not answered (recommend).
    Q_PROPERTY(int food READ food WRITE setFood NOTIFY changed)
    Q_PROPERTY(int service READ service WRITE setService NOTIFY changed)
    Q_PROPERTY(int ambience READ ambience WRITE setAmbience NOTIFY changed)
    Q_PROPERTY(int recommend READ recommend WRITE setRecommend NOTIFY changed)
    Q_PROPERTY(QString comment READ comment WRITE setComment NOTIFY changed)
    Q_PROPERTY(QString email READ email WRITE setEmail NOTIFY changed)
    Q_PROPERTY(bool consent READ consent WRITE setConsent NOTIFY changed)
    Q_PROPERTY(bool canSend READ canSend NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(bool sent READ sent NOTIFY changed)
    Q_PROPERTY(int maxRecommend READ maxRecommend CONSTANT)

public:
    explicit VisitCard(QObject *parent = nullptr);

    int food() const { return m_scores.food.value_or(0); }
    void setFood(int stars) { setStars(m_scores.food, stars); }
    int service() const { return m_scores.service.value_or(0); }
    void setService(int stars) { setStars(m_scores.service, stars); }
    int ambience() const { return m_scores.ambience.value_or(0); }
    void setAmbience(int stars) { setStars(m_scores.ambience, stars); }
    int recommend() const { return m_scores.recommend.value_or(-1); }
    void setRecommend(int value);
    QString comment() const { return m_scores.comment; }
    void setComment(const QString &text);
    QString email() const { return m_scores.contactEmail; }
    void setEmail(const QString &address);
    bool consent() const { return m_scores.consent; }
    void setConsent(bool on);
    bool canSend() const;
    // Empty while nothing is chosen yet, or when it may be sent.
    QString problem() const;
    bool sent() const { return m_sent; }
    static int maxRecommend() { return GuestFeedback::MaxRecommend; }

    const VisitScores &scores() const { return m_scores; }
    void markSent();
    void markUnsent();        // the hub turned it down: it can be sent again
    Q_INVOKABLE void clear(); // a new party

signals:
    void changed();

private:
    void setStars(std::optional<int> &score, int stars);

    VisitScores m_scores;
    bool m_sent = false;
};

} // namespace tableside
