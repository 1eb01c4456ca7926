#include "venueclient.h"

#include "wireformat.h"

#include "clocktimer.h"
#include "outbox.h"
#include "outboxsender.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

Q_LOGGING_CATEGORY(lcClient, "tableside.sync")

constexpr int ProtocolVersion = 1;
// The hub refuses frames over 64 KiB; what it sends (a whole menu) may be larger, but not 2 GiB.
constexpr quint64 MaxIncomingBytes = 16 * 1024 * 1024;

// The hub turns the hello itself away: saying it again would be refused again.
bool isRefusal(const QString &code)
{
    return code == "unknown_device"_L1 || code == "pairing_code_invalid"_L1 ||
           code == "protocol_mismatch"_L1;
}

} // namespace

VenueClient::VenueClient(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_backoff(m_timing.reconnect)
    , m_pingTimer(clock.createTimer(this))
    , m_livenessTimer(clock.createTimer(this))
    , m_reconnectTimer(clock.createTimer(this))
    , m_requestTimer(clock.createTimer(this))
    , m_catchUpTimer(clock.createTimer(this))
{
    m_openSoon.setSingleShot(true);
    m_livenessTimer->setSingleShot(true);
    m_reconnectTimer->setSingleShot(true);
    m_requestTimer->setSingleShot(true);
    m_catchUpTimer->setSingleShot(true);
    connect(m_pingTimer, &ClockTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->ping();
    });
    connect(m_livenessTimer, &ClockTimer::timeout, this, &VenueClient::onLivenessCheck);
    connect(m_requestTimer, &ClockTimer::timeout, this, &VenueClient::timeOutOverdueRequests);
    connect(m_reconnectTimer, &ClockTimer::timeout, this, &VenueClient::openSocket);
    connect(&m_openSoon, &QTimer::timeout, this, &VenueClient::openSocket);
    connect(m_catchUpTimer, &ClockTimer::timeout, this,
            [this] { drop(u"the catch-up (snapshot or subscription) was not answered"_s); });
}

VenueClient::~VenueClient()
{
    delete m_outboxSender;
    m_wanted = false;
    closeSocket();
}

void VenueClient::setTiming(const Timing &timing, Backoff::RandomSource random)
{
    m_timing = timing;
    m_backoff = Backoff(timing.reconnect, random);
    if (m_outboxSender)
        m_outboxSender->setRetryPolicy(timing.reconnect, std::move(random));
}

void VenueClient::connectTo(const QUrl &hub, const QString &deviceToken)
{
    start(hub, QJsonObject{{"type"_L1, "hello"_L1},
                           {"protocol"_L1, ProtocolVersion},
                           {"token"_L1, deviceToken}});
}

void VenueClient::pairWith(const QUrl &hub, const QString &pairingCode, const QString &deviceName)
{
    start(hub, QJsonObject{{"type"_L1, "hello"_L1},
                           {"protocol"_L1, ProtocolVersion},
                           {"pairingCode"_L1, pairingCode},
                           {"deviceName"_L1, deviceName}});
}

void VenueClient::start(const QUrl &hub, const QJsonObject &hello)
{
    m_wanted = false; // no reconnect from the connection being replaced
    if (m_socket || m_state != State::Offline)
        drop(u"a new hub address was given"_s);
    m_hub = hub;
    m_hello = hello;
    m_wanted = true;
    m_backoff.reset();
    // The socket is made from the event loop: QWebSocket sets up TLS in its constructor, even for
    // ws://, and a starting screen goes on building its window meanwhile.
    setState(State::Connecting);
    m_reconnectTimer->stop();
    m_openSoon.start(0);
}

void VenueClient::disconnectFromHub()
{
    m_wanted = false;
    m_openSoon.stop();
    m_reconnectTimer->stop();
    closeSocket(true);
    setState(State::Offline);
    failAll(u"offline"_s, tr("Not connected to the venue."));
}

QString VenueClient::request(const QString &op, const QJsonObject &args)
{
    const QString id = nextId();
    if (m_state != State::Online || !m_socket) {
        // Queued, so the caller holds the id before the answer arrives.
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                emit replied(id, false, {}, u"offline"_s, tr("Not connected to the venue."));
            },
            Qt::QueuedConnection);
        return id;
    }
    m_requests.insert(
        id, PendingRequest{op, m_clock.elapsedMs() + m_timing.requestTimeoutMs, m_nextId});
    if (!m_requestTimer->isActive())
        m_requestTimer->start(m_timing.requestTimeoutMs);
    sendJson(
        QJsonObject{{"type"_L1, "request"_L1}, {"id"_L1, id}, {"op"_L1, op}, {"args"_L1, args}});
    updateSending();
    return id;
}

void VenueClient::setOutbox(Outbox *outbox)
{
    if (m_outbox)
        disconnect(m_outbox, nullptr, this, nullptr);
    delete m_outboxSender;
    m_outboxSender = nullptr;
    m_outbox = outbox;
    if (outbox) {
        m_outboxSender = new OutboxSender(*this, *outbox, this);
        m_outboxSender->setRetryPolicy(m_timing.reconnect);
        connect(m_outboxSender, &OutboxSender::sent, this, &VenueClient::outboxSent);
        connect(m_outboxSender, &OutboxSender::rejected, this, &VenueClient::outboxRejected);
        connect(outbox, &Outbox::pendingCountChanged, this, [this] {
            emit outboxPendingChanged();
            updateSending();
        });
        // The sender holds a reference: it must not outlive the outbox.
        connect(outbox, &QObject::destroyed, this, [this] {
            delete std::exchange(m_outboxSender, nullptr);
            emit outboxPendingChanged();
            updateSending();
        });
        m_outboxSender->sendNext();
    }
    emit outboxPendingChanged();
    updateSending();
}

void VenueClient::setLastSeq(qint64 seq)
{
    if (seq == m_lastSeq)
        return;
    m_lastSeq = seq;
    emit lastSeqChanged(seq);
}

int VenueClient::outboxPending() const
{
    return m_outbox ? m_outbox->pendingCount() : 0;
}

void VenueClient::openSocket()
{
    if (m_socket || !m_wanted)
        return;
    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    socket->setMaxAllowedIncomingMessageSize(MaxIncomingBytes);
    socket->setMaxAllowedIncomingFrameSize(MaxIncomingBytes);
    connect(socket, &QWebSocket::connected, this, &VenueClient::onConnected);
    connect(socket, &QWebSocket::disconnected, this, [this] { drop(u"the hub closed"_s); });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket] { drop(socket->errorString()); });
    connect(socket, &QWebSocket::textMessageReceived, this, &VenueClient::onTextMessage);
    connect(socket, &QWebSocket::pong, this, &VenueClient::noteContact);
    setState(State::Connecting);
    // Also bounds the handshake: a hub that swallows the connection attempt is given up on.
    m_contactMs = m_clock.elapsedMs();
    m_livenessTimer->start(m_timing.pongTimeoutMs);
    qCDebug(lcClient) << "connecting to" << m_hub.toString();
    socket->open(m_hub);
}

void VenueClient::onConnected()
{
    noteContact();
    m_pingTimer->start(m_timing.pingIntervalMs);
    sendJson(m_hello);
}

void VenueClient::onTextMessage(const QString &text)
{
    noteContact();
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value("type"_L1).toString();
    if (type == "welcome"_L1 && m_state == State::Connecting)
        onWelcome(message);
    else if (type == "reply"_L1)
        onReply(message);
    else if (type == "event"_L1 && m_state == State::Online)
        onEvent(message);
    else
        qCWarning(lcClient) << "ignored an unexpected frame from the hub:" << text.left(200);
}

void VenueClient::onWelcome(const QJsonObject &message)
{
    if (message.value("protocol"_L1).toInt() != ProtocolVersion) {
        refuse(u"protocol_mismatch"_s,
               tr("The venue runs a different version of Tableside (protocol %1).")
                   .arg(message.value("protocol"_L1).toInt()));
        return;
    }
    const QString token = message.value("token"_L1).toString();
    if (!token.isEmpty() && m_hello.contains("pairingCode"_L1)) {
        // The code is spent; every later reconnect says who we are by token.
        m_hello = QJsonObject{
            {"type"_L1, "hello"_L1}, {"protocol"_L1, ProtocolVersion}, {"token"_L1, token}};
        emit paired(token);
    }
    m_device = message.value("device"_L1).toObject();
    emit deviceChanged();
    m_backoff.reset();

    // Catch up before announcing Online, so it leads whatever the outbox sends.
    if (!m_snapshotOp.isEmpty()) {
        sendCatchUpRequest(m_snapshotOp, {});
        qCInfo(lcClient) << "online at" << m_hub.toString() << "asking" << m_snapshotOp;
    } else {
        sendCatchUpRequest(u"subscribe"_s, {{"since"_L1, m_lastSeq}});
        qCInfo(lcClient) << "online at" << m_hub.toString() << "subscribing since" << m_lastSeq;
    }
    setState(State::Online);
}

void VenueClient::sendCatchUpRequest(const QString &op, const QJsonObject &args)
{
    const QString id = nextId();
    (op == "subscribe"_L1 ? m_subscribeId : m_snapshotId) = id;
    if (!m_catchUpTimer->isActive())
        m_catchUpTimer->start(m_timing.requestTimeoutMs);
    sendJson(
        QJsonObject{{"type"_L1, "request"_L1}, {"id"_L1, id}, {"op"_L1, op}, {"args"_L1, args}});
}

void VenueClient::onSnapshot(bool ok, const QJsonObject &result, const QString &code)
{
    m_snapshotId.clear();
    if (ok) {
        setLastSeq(result.value("latestSeq"_L1).toInteger(m_lastSeq));
        emit snapshotReceived(result);
    } else {
        qCWarning(lcClient) << "the hub refused" << m_snapshotOp << code
                            << "- replaying the log since" << m_lastSeq;
    }
    if (m_socket && m_state == State::Online) // a slot may have dropped the connection
        sendCatchUpRequest(u"subscribe"_s, {{"since"_L1, m_lastSeq}});
}

void VenueClient::onReply(const QJsonObject &message)
{
    const QString id = message.value("id"_L1).toString();
    const bool ok = message.value("ok"_L1).toBool();
    const QJsonObject error = message.value("error"_L1).toObject();
    const QString code = error.value("code"_L1).toString();
    const QString text = error.value("message"_L1).toString();

    if (id.isEmpty()) {
        if (m_state == State::Connecting && isRefusal(code))
            refuse(code, text);
        else if (m_state == State::Connecting)
            drop(u"the hub answered the hello with %1"_s.arg(code));
        else
            qCWarning(lcClient) << "the hub could not read a frame:" << code << text;
        return;
    }
    if (id == m_snapshotId) {
        onSnapshot(ok, message.value("result"_L1).toObject(), code);
        return;
    }
    if (id == m_subscribeId) {
        m_catchUpTimer->stop();
        m_subscribeId.clear();
        if (!ok)
            drop(u"the subscription was refused: %1 %2"_s.arg(code, text));
        return;
    }
    const auto found = m_requests.constFind(id);
    if (found == m_requests.cend()) {
        qCDebug(lcClient) << "ignored a reply to" << id << "(timed out or unknown)";
        return;
    }
    m_requests.erase(found);
    emit replied(id, ok, message.value("result"_L1).toObject(), code, text);
    updateSending();
}

void VenueClient::onEvent(const QJsonObject &message)
{
    const qint64 seq = message.value("seq"_L1).toInteger(-1);
    if (seq <= m_lastSeq) {
        qCDebug(lcClient) << "dropped event" << seq << "already seen up to" << m_lastSeq;
        return;
    }
    // Gaps are normal: a table sees only its own table's events and the menu's.
    setLastSeq(seq);
    emit event(seq, message.value("event"_L1).toString(), message.value("data"_L1).toObject(),
               fromIsoTime(message.value("at"_L1).toString()));
}

void VenueClient::timeOutOverdueRequests()
{
    QList<std::pair<quint64, QString>> overdue;
    qint64 nextDueMs = -1;
    const qint64 nowMs = m_clock.elapsedMs();
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        const qint64 left = it->dueMs - nowMs;
        if (left <= 0)
            overdue.append({it->order, it.key()});
        else if (nextDueMs < 0 || left < nextDueMs)
            nextDueMs = left;
    }
    if (nextDueMs >= 0)
        m_requestTimer->start(int(nextDueMs));
    std::sort(overdue.begin(), overdue.end());
    for (const auto &[order, id] : std::as_const(overdue)) {
        const auto found = m_requests.constFind(id); // a slot may have failed them all meanwhile
        if (found == m_requests.cend())
            continue;
        qCWarning(lcClient) << "request" << id << found->op << "timed out";
        m_requests.erase(found);
        emit replied(id, false, {}, u"timeout"_s, tr("The venue did not answer in time."));
    }
    updateSending();
}

void VenueClient::refuse(const QString &code, const QString &message)
{
    qCWarning(lcClient) << "the hub refused this device:" << code << message;
    m_wanted = false;
    m_openSoon.stop();
    m_reconnectTimer->stop();
    closeSocket();
    setState(State::Offline);
    emit refused(code, message);
}

void VenueClient::noteContact()
{
    m_contactMs = m_clock.elapsedMs();
    if (!m_livenessTimer->isActive())
        m_livenessTimer->start(m_timing.pongTimeoutMs);
    m_lastContact = m_clock.now();
    emit lastContactChanged();
}

void VenueClient::onLivenessCheck()
{
    const qint64 silentMs = m_clock.elapsedMs() - m_contactMs;
    if (silentMs < m_timing.pongTimeoutMs) { // heard from since the timer was set: look again then
        m_livenessTimer->start(int(m_timing.pongTimeoutMs - silentMs));
        return;
    }
    drop(u"no answer from the hub for %1 ms"_s.arg(silentMs));
}

void VenueClient::drop(const QString &why)
{
    if (m_socket || m_state != State::Offline)
        qCInfo(lcClient) << "connection to" << m_hub.toString() << "lost:" << why;
    closeSocket();
    setState(State::Offline);
    scheduleReconnect();
    failAll(u"connection_lost"_s, tr("The connection to the venue was lost."));
}

void VenueClient::closeSocket(bool graceful)
{
    m_pingTimer->stop();
    m_livenessTimer->stop();
    m_catchUpTimer->stop();
    m_subscribeId.clear();
    m_snapshotId.clear();
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    disconnect(socket, nullptr, this, nullptr);
    if (graceful)
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
    else
        socket->abort();
    socket->deleteLater();
}

void VenueClient::scheduleReconnect()
{
    if (!m_wanted || m_reconnectTimer->isActive() || m_openSoon.isActive())
        return;
    const int delay = m_backoff.nextDelayMs();
    qCDebug(lcClient) << "reconnecting in" << delay << "ms";
    m_reconnectTimer->start(delay);
}

void VenueClient::failAll(const QString &code, const QString &message)
{
    m_requestTimer->stop();
    const auto requests = std::exchange(m_requests, {});
    for (auto it = requests.cbegin(); it != requests.cend(); ++it)
        emit replied(it.key(), false, {}, code, message);
    updateSending();
}

void VenueClient::sendJson(const QJsonObject &message)
{
    if (!m_socket)
        return;
    m_socket->sendTextMessage(
        QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    // On the wire now, not once control is back in the event loop: whatever else the screen
    // handles in the meantime (every reply of a busy moment, a page of the menu) would hold the
    // order back.
    m_socket->flush();
}

QString VenueClient::nextId()
{
    return u"c-%1"_s.arg(m_nextId++);
}

void VenueClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void VenueClient::updateSending()
{
    const bool now = !m_requests.isEmpty() || outboxPending() > 0;
    if (now == m_sending)
        return;
    m_sending = now;
    emit sendingChanged(now);
}

} // namespace tableside
