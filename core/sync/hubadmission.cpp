#include "hubadmission.h"

#include "clocktimer.h"
#include "pairingoperations.h"
#include "protocolmessage.h"

#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace tableside {

HubAdmission::HubAdmission(PairingOperations &pairing, const Clock &clock)
    : m_pairing(pairing)
    , m_clock(clock)
    , m_pairingAttempts(std::make_unique<RateLimiter>(HubLimits::PairingAttemptsPerSecond,
                                                      HubLimits::PairingAttemptBurst))
{}

HubAdmission::~HubAdmission() = default;

Result<HubAdmission::Admitted> HubAdmission::admit(const ProtocolMessage &hello,
                                                   const AroundPairing &around)
{
    if (hello.protocol != ProtocolMessage::Version)
        return makeError(u"protocol_mismatch"_s,
                         tr("This device speaks protocol %1 and the hub speaks %2; update it.")
                             .arg(hello.protocol)
                             .arg(ProtocolMessage::Version));
    if (!hello.token.isEmpty()) {
        auto known = m_pairing.deviceForToken(hello.token);
        if (!known)
            return known.error();
        return Admitted{*known, {}};
    }
    if (around.before)
        around.before();
    if (!m_pairingAttempts->tryAcquire())
        return makeError(u"rate_limited"_s,
                         tr("Too many pairing attempts; wait a minute and try again."));
    auto paired = m_pairing.pair(hello.pairingCode, hello.deviceName);
    if (!paired)
        return paired.error();
    if (around.after)
        around.after();
    return Admitted{paired->first, paired->second};
}

RateLimiter HubAdmission::requestBudget() const
{
    return RateLimiter(HubLimits::RequestsPerSecond, HubLimits::RequestBurst, m_rateClock);
}

void HubAdmission::setRateClock(RateLimiter::MonotonicClock clock)
{
    m_rateClock = std::move(clock);
    m_pairingAttempts = std::make_unique<RateLimiter>(HubLimits::PairingAttemptsPerSecond,
                                                      HubLimits::PairingAttemptBurst, m_rateClock);
}

void HubAdmission::watchHello(QWebSocket *socket, std::function<void(int)> expired) const
{
    // The socket is the timer's context: a socket gone first takes its deadline with it.
    ClockTimer::singleShot(m_clock, HubLimits::HelloTimeoutMs, socket,
                           [expired = std::move(expired)] { expired(HubLimits::HelloTimeoutMs); });
}

QJsonObject HubAdmission::deviceJson(const Device &device)
{
    return {{u"id"_s, device.id},
            {u"name"_s, device.name},
            {u"role"_s, device.role},
            {u"table"_s, device.tableNumber > 0 ? QJsonValue(device.tableNumber) : QJsonValue()},
            {u"station"_s, device.station.isEmpty() ? QJsonValue() : QJsonValue(device.station)}};
}

} // namespace tableside
