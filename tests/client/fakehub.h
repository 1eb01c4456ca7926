#pragma once
// A stand-in hub for client tests: speaks the PROTOCOL.md envelope (hello/welcome, subscribe,
// replies, events) with switches to withhold or fail replies and to drop connections, plus a
// TCP relay that can freeze so a hub goes silent without TCP noticing.

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>
#include <QWebSocket>
#include <QWebSocketServer>

#include <functional>

class FakeHub : public QObject {
    Q_OBJECT

public:
    static constexpr auto GoodToken = "a1b2c3d4";
    static constexpr auto PairingCode = "482913";
    static constexpr auto IssuedToken = "f00dfeed";

    struct Event {
        qint64 seq;
        QString type;
        QJsonObject data;
    };

    explicit FakeHub(QObject *parent = nullptr);
    ~FakeHub() override;
    bool listen();
    QUrl url() const;
    quint16 port() const { return m_server.serverPort(); }

    // Switches.
    bool answerRequests = true; // false: requests are recorded and never answered
    // An error reply for every request of that op: {code, message}.
    QHash<QString, QPair<QString, QString>> failOp;

    // Stores an event and pushes it to every subscribed socket.
    void appendEvent(const QString &type, const QJsonObject &data = {});
    // Sends a frame as it is to every welcomed socket (for duplicate or stray events).
    void sendToAll(const QJsonObject &frame);
    // Answers the withheld requests now, as answerRequests would have.
    void answerWithheld();
    // Closes every client socket (the hub side of a drop).
    void dropClients();

    QList<Event> events;
    QList<QJsonObject> hellos;
    QList<QJsonObject> requests; // every request frame, in arrival order
    QList<QJsonObject> requestsFor(const QString &op) const;
    int connections = 0;
    int openSockets() const { return int(m_sockets.size()); }

signals:
    void requestReceived(const QJsonObject &frame);
    void helloReceived(const QJsonObject &frame);

private:
    void onNewConnection();
    void onMessage(QWebSocket *socket, const QString &text);
    void answer(QWebSocket *socket, const QJsonObject &request);
    static void send(QWebSocket *socket, const QJsonObject &frame);

    QWebSocketServer m_server;
    QList<QPointer<QWebSocket>> m_sockets;
    QHash<QWebSocket *, bool> m_subscribed;
    QList<QPair<QPointer<QWebSocket>, QJsonObject>> m_withheld;
    QHash<QString, QJsonObject> m_orders; // idempotency key → first result
    int m_nextOrderId = 500;
};

// Relays TCP between a client and the hub; frozen, it stops moving bytes both ways while every
// connection stays open, which is what a hub lost behind a dead switch looks like.
class FreezableRelay : public QObject {
    Q_OBJECT

public:
    FreezableRelay(quint16 upstreamPort, QObject *parent = nullptr);
    ~FreezableRelay() override;
    bool listen();
    QUrl url() const;
    void setFrozen(bool frozen);

private:
    void pump();

    quint16 m_upstreamPort;
    QTcpServer m_server;
    QList<QPair<QPointer<QTcpSocket>, QPointer<QTcpSocket>>> m_pairs;
    bool m_frozen = false;
};
