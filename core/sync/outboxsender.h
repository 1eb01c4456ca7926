#pragma once
// Sends an Outbox through a VenueClient, oldest entry first and one at a time (so orders reach
// the kitchen in the order they were made). An entry leaves the outbox only on the hub's verdict:
// accepted, or refused for good (item_unavailable, …); after a drop, a timeout or a transient
// hub error it stays and is resent with the same key, which the hub answers with its first result.

#include "backoff.h"
#include "outbox.h"

#include <QJsonObject>
#include <QObject>

namespace tableside {

class ClockTimer;
class VenueClient;

class OutboxSender : public QObject {
    Q_OBJECT

public:
    // Its retry pauses run on the client's clock.
    OutboxSender(VenueClient &client, Outbox &outbox, QObject *parent = nullptr);

    void setRetryPolicy(const Backoff::Policy &policy, Backoff::RandomSource random = {});

    // Sends the oldest entry if online and nothing is in flight.
    void sendNext();

    // Codes after which the same command may still succeed later.
    static bool isTransient(const QString &errorCode);

signals:
    void sent(const QString &key, const QString &op, const QJsonObject &result);
    void rejected(const QString &key, const QString &op, const QString &errorCode,
                  const QString &errorMessage);

private:
    void onReplied(const QString &id, bool ok, const QJsonObject &result, const QString &code,
                   const QString &message);
    void retryLater();

    VenueClient &m_client;
    Outbox &m_outbox;
    Backoff m_retry;
    ClockTimer *m_retryTimer;
    QString m_requestId; // the request carrying m_inFlight, empty when idle
    OutboxEntry m_inFlight;
};

} // namespace tableside
