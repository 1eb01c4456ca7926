#include "outboxsender.h"

#include "clocktimer.h"
#include "venueclient.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {
Q_LOGGING_CATEGORY(lcOutboxSender, "tableside.sync")
} // namespace

OutboxSender::OutboxSender(VenueClient &client, Outbox &outbox, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_outbox(outbox)
    , m_retryTimer(client.clock().createTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &ClockTimer::timeout, this, &OutboxSender::sendNext);
    connect(&m_outbox, &Outbox::enqueued, this, &OutboxSender::sendNext);
    connect(&m_client, &VenueClient::replied, this, &OutboxSender::onReplied);
    connect(&m_client, &VenueClient::stateChanged, this, [this](VenueClient::State state) {
        if (state != VenueClient::State::Online)
            return;
        // A fresh connection: whatever failed before gets another go at once.
        m_retry.reset();
        m_retryTimer->stop();
        sendNext();
    });
}

void OutboxSender::setRetryPolicy(const Backoff::Policy &policy, Backoff::RandomSource random)
{
    m_retry = Backoff(policy, std::move(random));
}

bool OutboxSender::isTransient(const QString &errorCode)
{
    static const QStringList transient = {u"offline"_s, u"connection_lost"_s, u"timeout"_s,
                                          u"rate_limited"_s, u"store_error"_s};
    return transient.contains(errorCode);
}

void OutboxSender::sendNext()
{
    if (!m_requestId.isEmpty() || m_retryTimer->isActive() ||
        m_client.state() != VenueClient::State::Online || !m_outbox.isOpen())
        return;
    auto pending = m_outbox.pending();
    if (!pending) {
        qCWarning(lcOutboxSender) << "outbox unreadable:" << pending.error().message;
        retryLater();
        return;
    }
    if (pending->isEmpty())
        return;
    m_inFlight = pending->constFirst();
    qCDebug(lcOutboxSender) << "sending" << m_inFlight.op << m_inFlight.key;
    m_requestId = m_client.request(m_inFlight.op, m_inFlight.args);
}

void OutboxSender::onReplied(const QString &id, bool ok, const QJsonObject &result,
                             const QString &code, const QString &message)
{
    if (id.isEmpty() || id != m_requestId)
        return;
    m_requestId.clear();
    const OutboxEntry entry = std::exchange(m_inFlight, {});

    if (!ok && isTransient(code)) {
        qCInfo(lcOutboxSender) << "kept" << entry.op << entry.key << "after" << code;
        // A drop is retried by the reconnect (stateChanged); the rest after a pause.
        if (code != "offline"_L1 && code != "connection_lost"_L1)
            retryLater();
        return;
    }
    if (auto removed = m_outbox.remove(entry.key); !removed) {
        // The verdict is known but not recorded: resending gets the same verdict from the hub.
        qCWarning(lcOutboxSender) << "could not remove" << entry.key << removed.error().message;
        retryLater();
        return;
    }
    m_retry.reset();
    if (ok) {
        emit sent(entry.key, entry.op, result);
    } else {
        qCWarning(lcOutboxSender) << "the hub refused" << entry.op << entry.key << code << message;
        emit rejected(entry.key, entry.op, code, message);
    }
    sendNext();
}

void OutboxSender::retryLater()
{
    if (!m_retryTimer->isActive())
        m_retryTimer->start(m_retry.nextDelayMs());
}

} // namespace tableside
