#pragma once
// Who the hub lets speak (PROTOCOL.md "hello / welcome", "Limits"): a hello's protocol, token
// or one-time pairing code; the hub-wide budget of pairing attempts (codes are six digits);
// each socket's request budget; and the time a socket has to say hello.

#include "clock.h"
#include "devicerepository.h"
#include "hublimits.h"
#include "ratelimiter.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>

class QWebSocket;

namespace tableside {

class PairingOperations;
struct ProtocolMessage;

class HubAdmission {
    Q_DECLARE_TR_FUNCTIONS(HubAdmission)

public:
    struct Admitted {
        Device device;
        QString newToken; // set when a pairing code made the device
    };
    // Pairing writes on its own: `before` runs first (the open batch commits), `after` once the
    // device is stored (it must be on disk before its token goes out).
    struct AroundPairing {
        std::function<void()> before;
        std::function<void()> after;
    };

    // The hello timeout runs on clock, which must outlive this.
    HubAdmission(PairingOperations &pairing, const Clock &clock);
    ~HubAdmission();

    // The device a hello speaks for, or the refusal to send before closing the socket:
    // protocol_mismatch, unknown_device, rate_limited, pairing_code_invalid.
    Result<Admitted> admit(const ProtocolMessage &hello, const AroundPairing &around = {});

    // One socket's request budget (HubLimits::RequestsPerSecond, bursts of RequestBurst).
    RateLimiter requestBudget() const;
    // The clock of every budget (a steady clock unless a test sets its own); the request budget
    // of sockets accepted after the call and the pairing budget from now.
    void setRateClock(RateLimiter::MonotonicClock clock);

    // Calls expired(timeoutMs) once HubLimits::HelloTimeoutMs have passed on the clock, unless
    // the socket is gone first; whoever calls checks whether it said hello meanwhile.
    void watchHello(QWebSocket *socket, std::function<void(int timeoutMs)> expired) const;

    // The device as the welcome names it.
    static QJsonObject deviceJson(const Device &device);

private:
    PairingOperations &m_pairing;
    const Clock &m_clock;
    RateLimiter::MonotonicClock m_rateClock = &RateLimiter::steadyMilliseconds;
    std::unique_ptr<RateLimiter> m_pairingAttempts; // hub-wide
};

} // namespace tableside
