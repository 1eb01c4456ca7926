#include "fakehub.h"

#include <QJsonArray>

#include <QJsonDocument>

using namespace Qt::StringLiterals;

FakeHub::FakeHub(QObject *parent)
    : QObject(parent)
    , m_server(u"fake hub"_s, QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &FakeHub::onNewConnection);
}

FakeHub::~FakeHub()
{
    // The sockets die with this object (their parent), after its containers: silence them first.
    for (const auto &socket : std::as_const(m_sockets)) {
        if (socket)
            disconnect(socket, nullptr, this, nullptr);
    }
}

bool FakeHub::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeHub::url() const
{
    return QUrl(u"ws://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void FakeHub::onNewConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        ++connections;
        socket->setParent(this); // the server hands each socket over to its caller
        m_sockets.append(socket);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { onMessage(socket, text); });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] {
            m_sockets.removeAll(socket);
            m_subscribed.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHub::onMessage(QWebSocket *socket, const QString &text)
{
    const QJsonObject frame = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = frame.value("type"_L1).toString();
    if (type == "hello"_L1) {
        hellos.append(frame);
        emit helloReceived(frame);
        QJsonObject welcome{{"type"_L1, "welcome"_L1},
                            {"protocol"_L1, 1},
                            {"latestSeq"_L1, events.isEmpty() ? 0 : events.last().seq},
                            {"device"_L1, QJsonObject{{"id"_L1, 7},
                                                      {"name"_L1, "Table 4 tablet"_L1},
                                                      {"role"_L1, "table"_L1},
                                                      {"table"_L1, 4}}}};
        if (frame.value("token"_L1).toString() == QLatin1StringView(GoodToken) ||
            frame.value("token"_L1).toString() == QLatin1StringView(IssuedToken)) {
            send(socket, welcome);
        } else if (frame.value("pairingCode"_L1).toString() == QLatin1StringView(PairingCode)) {
            welcome.insert("token"_L1, QLatin1StringView(IssuedToken));
            send(socket, welcome);
        } else {
            const bool pairing = frame.contains("pairingCode"_L1);
            send(socket, QJsonObject{{"type"_L1, "reply"_L1},
                                     {"id"_L1, QJsonValue::Null},
                                     {"ok"_L1, false},
                                     {"error"_L1,
                                      QJsonObject{{"code"_L1, pairing ? "pairing_code_invalid"_L1
                                                                      : "unknown_device"_L1},
                                                  {"message"_L1, "Not known."_L1}}}});
            socket->close();
        }
        return;
    }
    if (type != "request"_L1)
        return;
    requests.append(frame);
    emit requestReceived(frame);
    if (frame.value("op"_L1).toString() == "subscribe"_L1 || answerRequests)
        answer(socket, frame);
    else
        m_withheld.append(qMakePair(QPointer(socket), frame));
}

void FakeHub::answer(QWebSocket *socket, const QJsonObject &request)
{
    const QString id = request.value("id"_L1).toString();
    const QString op = request.value("op"_L1).toString();
    const QJsonObject args = request.value("args"_L1).toObject();
    QJsonObject reply{{"type"_L1, "reply"_L1}, {"id"_L1, id}, {"ok"_L1, true}};
    if (failOp.contains(op)) {
        reply.insert("ok"_L1, false);
        reply.insert("error"_L1, QJsonObject{{"code"_L1, failOp.value(op).first},
                                             {"message"_L1, failOp.value(op).second}});
        send(socket, reply);
        return;
    }
    if (op == "subscribe"_L1) {
        const qint64 since = args.value("since"_L1).toInteger();
        reply.insert("result"_L1,
                     QJsonObject{{"latestSeq"_L1, events.isEmpty() ? 0 : events.last().seq}});
        send(socket, reply);
        for (const Event &e : std::as_const(events)) {
            if (e.seq > since)
                send(socket, QJsonObject{{"type"_L1, "event"_L1},
                                         {"seq"_L1, e.seq},
                                         {"event"_L1, e.type},
                                         {"data"_L1, e.data}});
        }
        m_subscribed.insert(socket, true);
        return;
    }
    if (op == "orders.open"_L1) { // the snapshot a display catches up from
        reply.insert("result"_L1,
                     QJsonObject{{"orders"_L1, QJsonArray{}},
                                 {"latestSeq"_L1, events.isEmpty() ? 0 : events.last().seq}});
    } else if (op == "order.place"_L1) {
        // Like the real hub: a key seen before gets the first result again.
        const QString key = args.value("key"_L1).toString();
        if (!m_orders.contains(key))
            m_orders.insert(key, QJsonObject{{"order"_L1, QJsonObject{{"id"_L1, ++m_nextOrderId},
                                                                      {"key"_L1, key}}}});
        reply.insert("result"_L1, m_orders.value(key));
    } else {
        reply.insert("result"_L1, QJsonObject{{"echo"_L1, args}});
    }
    send(socket, reply);
}

void FakeHub::answerWithheld()
{
    const auto withheld = std::exchange(m_withheld, {});
    for (const auto &[socket, request] : withheld) {
        if (socket)
            answer(socket, request);
    }
}

void FakeHub::appendEvent(const QString &type, const QJsonObject &data)
{
    const qint64 seq = events.isEmpty() ? 1 : events.last().seq + 1;
    events.append(Event{seq, type, data});
    for (auto it = m_subscribed.cbegin(); it != m_subscribed.cend(); ++it)
        send(it.key(),
             QJsonObject{
                 {"type"_L1, "event"_L1}, {"seq"_L1, seq}, {"event"_L1, type}, {"data"_L1, data}});
}

void FakeHub::sendToAll(const QJsonObject &frame)
{
    for (const auto &socket : std::as_const(m_sockets)) {
        if (socket)
            send(socket, frame);
    }
}

void FakeHub::dropClients()
{
    const auto sockets = m_sockets;
    for (const auto &socket : sockets) {
        if (socket)
            socket->close();
    }
}

QList<QJsonObject> FakeHub::requestsFor(const QString &op) const
{
    QList<QJsonObject> found;
    for (const QJsonObject &frame : requests) {
        if (frame.value("op"_L1).toString() == op)
            found.append(frame);
    }
    return found;
}

void FakeHub::send(QWebSocket *socket, const QJsonObject &frame)
{
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
}

FreezableRelay::FreezableRelay(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(this);
            m_pairs.append(qMakePair(QPointer(client), QPointer(upstream)));
            for (QTcpSocket *side : {client, upstream}) {
                connect(side, &QTcpSocket::readyRead, this, &FreezableRelay::pump);
                connect(side, &QTcpSocket::disconnected, this, [client, upstream] {
                    client->disconnectFromHost();
                    upstream->disconnectFromHost();
                });
            }
            connect(upstream, &QTcpSocket::connected, this, &FreezableRelay::pump);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        }
    });
}

FreezableRelay::~FreezableRelay()
{
    for (const auto &[client, upstream] : std::as_const(m_pairs)) {
        for (QTcpSocket *side : {client.data(), upstream.data()}) {
            if (side)
                disconnect(side, nullptr, this, nullptr);
        }
    }
}

bool FreezableRelay::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FreezableRelay::url() const
{
    return QUrl(u"ws://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void FreezableRelay::setFrozen(bool frozen)
{
    m_frozen = frozen;
    pump();
}

void FreezableRelay::pump()
{
    if (m_frozen)
        return; // bytes wait in the kernel's buffers, as on a dead link
    for (const auto &[client, upstream] : std::as_const(m_pairs)) {
        if (!client || !upstream || upstream->state() != QAbstractSocket::ConnectedState)
            continue;
        if (client->bytesAvailable())
            upstream->write(client->readAll());
        if (upstream->bytesAvailable())
            client->write(upstream->readAll());
    }
}
