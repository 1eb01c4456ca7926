#pragma once
// One device's live connection to the hub (PROTOCOL.md): hello/welcome, a resubscribe from the
// last seen seq on every (re)connect (or from a snapshot's latestSeq, see setCatchUpSnapshot),
// requests with timeouts, a heartbeat that notices a silent hub, and reconnects with jittered
// backoff. An attached Outbox is sent whenever it is online.

#include "backoff.h"
#include "clock.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace tableside {

class ClockTimer;
class Outbox;
class OutboxSender;

class VenueClient : public QObject {
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool sending READ sending NOTIFY sendingChanged)
    Q_PROPERTY(qint64 lastSeq READ lastSeq WRITE setLastSeq NOTIFY lastSeqChanged)
    Q_PROPERTY(int outboxPending READ outboxPending NOTIFY outboxPendingChanged)
    Q_PROPERTY(QJsonObject device READ device NOTIFY deviceChanged)
    Q_PROPERTY(QDateTime lastContact READ lastContact NOTIFY lastContactChanged)

public:
    enum class State { Offline, Connecting, Online };
    Q_ENUM(State)

    // Defaults: ping every 3 s, a hub silent for 7 s is gone (noticed within 10 s), a request
    // waits 10 s, reconnects back off 250 ms doubling to 10 s, ±25 %.
    struct Timing {
        int pingIntervalMs = 3000;
        int pongTimeoutMs = 7000;
        int requestTimeoutMs = 10000;
        Backoff::Policy reconnect;
    };

    explicit VenueClient(const Clock &clock, QObject *parent = nullptr);
    ~VenueClient() override;

    // Set before connecting: timers already running keep their old interval. Every timer runs
    // on the clock (a test moves a ManualClock), but for opening the socket from the event loop.
    void setTiming(const Timing &timing, Backoff::RandomSource random = {});
    Timing timing() const { return m_timing; }
    // The clock of its timers and stamps; what sends through it times its retries on it too.
    const Clock &clock() const { return m_clock; }

    // Connecting at once; the socket itself is opened from the event loop.
    Q_INVOKABLE void connectTo(const QUrl &hub, const QString &deviceToken);
    // Presents a one-time code; emits paired(token) on the welcome, then reconnects by token.
    Q_INVOKABLE void pairWith(const QUrl &hub, const QString &pairingCode,
                              const QString &deviceName);
    // Stays offline until connectTo/pairWith is called again.
    Q_INVOKABLE void disconnectFromHub();

    // Returns the request id; replied() follows exactly once for it, also when the request is
    // refused at once ("offline", emitted from the event loop so the caller has the id first),
    // unanswered ("timeout") or cut off by a drop ("connection_lost").
    Q_INVOKABLE QString request(const QString &op, const QJsonObject &args);

    // On every (re)connect, ask `op` first (e.g. "orders.open": the state plus the latestSeq it
    // includes), emit snapshotReceived(result) and subscribe from that latestSeq instead of
    // replaying the log. A hub that refuses the op is subscribed to from the last seq seen.
    void setCatchUpSnapshot(const QString &op) { m_snapshotOp = op; }

    // Sends the outbox's entries whenever online; an outbox destroyed first is let go.
    void setOutbox(Outbox *outbox);

    State state() const { return m_state; }
    bool sending() const { return m_sending; }
    qint64 lastSeq() const { return m_lastSeq; }
    void setLastSeq(qint64 seq);
    int outboxPending() const;
    QJsonObject device() const { return m_device; }
    QDateTime lastContact() const { return m_lastContact; }
    // The hub's address and this device's token (empty while it pairs): what the hub's HTTP
    // routes on the same port are asked with (photos, the menu's spreadsheet).
    QUrl hub() const { return m_hub; }
    QString deviceToken() const { return m_hello.value(QStringLiteral("token")).toString(); }

signals:
    void stateChanged(tableside::VenueClient::State state);
    void sendingChanged(bool sending);
    void lastSeqChanged(qint64 seq);
    void outboxPendingChanged();
    void deviceChanged();
    void lastContactChanged();

    void paired(const QString &token);
    // The hub turned this device away (unknown_device, pairing_code_invalid, protocol_mismatch);
    // no retry follows, as the same hello would be refused again.
    void refused(const QString &errorCode, const QString &errorMessage);
    // at: when the hub stored the event (UTC), so ages survive a replay.
    void event(qint64 seq, const QString &type, const QJsonObject &data, const QDateTime &at);
    // The answer to the catch-up snapshot's op; the events after it follow.
    void snapshotReceived(const QJsonObject &result);
    void replied(const QString &id, bool ok, const QJsonObject &result, const QString &errorCode,
                 const QString &errorMessage);
    void outboxSent(const QString &key, const QString &op, const QJsonObject &result);
    void outboxRejected(const QString &key, const QString &op, const QString &errorCode,
                        const QString &errorMessage);

private:
    struct PendingRequest {
        QString op;
        qint64 dueMs = 0;  // on the clock's elapsedMs()
        quint64 order = 0; // when several time out at once, they are answered as they were sent
    };

    void start(const QUrl &hub, const QJsonObject &hello);
    void openSocket();
    void onConnected();
    void onTextMessage(const QString &text);
    void onWelcome(const QJsonObject &message);
    void onReply(const QJsonObject &message);
    void onEvent(const QJsonObject &message);
    void onSnapshot(bool ok, const QJsonObject &result, const QString &code);
    void sendCatchUpRequest(const QString &op, const QJsonObject &args);
    void noteContact();
    void onLivenessCheck();
    void timeOutOverdueRequests();
    void drop(const QString &why);
    void closeSocket(bool graceful = false);
    void refuse(const QString &code, const QString &message);
    void scheduleReconnect();
    void failAll(const QString &code, const QString &message);
    void sendJson(const QJsonObject &message);
    QString nextId();
    void setState(State state);
    void updateSending();

    const Clock &m_clock;
    Timing m_timing;
    Backoff m_backoff;
    QWebSocket *m_socket = nullptr;
    QUrl m_hub;
    QJsonObject m_hello;
    bool m_wanted = false; // the caller wants a connection: reconnect after drops
    State m_state = State::Offline;
    bool m_sending = false;
    qint64 m_lastSeq = 0;
    QJsonObject m_device;
    QDateTime m_lastContact;
    // Each frame notes the time, it restarts no timer: the timer only looks at it when due.
    qint64 m_contactMs = 0; // the clock's elapsedMs() at the last frame
    QTimer m_openSoon;      // opens the socket from the event loop; not a wait on the clock
    ClockTimer *m_pingTimer;
    ClockTimer *m_livenessTimer;
    ClockTimer *m_reconnectTimer;
    ClockTimer *m_requestTimer; // due when the oldest request is; nothing is rearmed per request
    ClockTimer *m_catchUpTimer; // bounds the whole catch-up (snapshot, then subscribe)
    QHash<QString, PendingRequest> m_requests;
    QString m_snapshotOp;
    QString m_snapshotId;  // the catch-up snapshot's request, until answered
    QString m_subscribeId; // the subscribe request, until answered
    quint64 m_nextId = 1;
    OutboxSender *m_outboxSender = nullptr;
    QPointer<Outbox> m_outbox;
};

} // namespace tableside
