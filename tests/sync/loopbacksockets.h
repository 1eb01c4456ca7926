#pragma once
// For tests of the hub's socket parts: real WebSocket pairs over loopback, the hub's side of
// each as the hub's server hands it over, and the device's side recording what it receives (or,
// for a hung device, nothing at all).

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

namespace tableside::testing {

using namespace Qt::StringLiterals;

// The device's end: every text frame it received, and how it was closed.
class DeviceEnd {
public:
    DeviceEnd()
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived,
                         [this](const QString &text) { texts.append(text); });
    }

    QList<QJsonObject> frames() const
    {
        QList<QJsonObject> frames;
        for (const QString &text : texts)
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        return frames;
    }

    bool waitForClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [this] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }

    QWebSocket socket;
    QStringList texts;
};

class LoopbackSockets {
public:
    LoopbackSockets()
        : server(u"test hub"_s, QWebSocketServer::NonSecureMode)
    {
        (void)server.listen(QHostAddress::LocalHost, 0);
    }

    // A connected pair: the hub's end (a child of the server object, which hands it over to its
    // caller to own) and the device's end.
    QWebSocket *connect(DeviceEnd &device)
    {
        device.socket.open(server.serverUrl());
        (void)QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 5000);
        QWebSocket *hubEnd = server.nextPendingConnection();
        if (hubEnd)
            hubEnd->setParent(&server);
        (void)QTest::qWaitFor(
            [&] { return device.socket.state() == QAbstractSocket::ConnectedState; }, 5000);
        return hubEnd;
    }

    // The hub's end of a device that opens the WebSocket by hand and then answers nothing and
    // soon reads nothing, as a hung device would: no QWebSocket on its side answers a close
    // behind the test's back. Null when it could not connect.
    QWebSocket *connectHung(QTcpSocket &device)
    {
        device.setReadBufferSize(4096); // once full, nothing more is taken from the network
        device.connectToHost(QHostAddress::LocalHost, server.serverPort());
        if (!QTest::qWaitFor([&] { return device.state() == QAbstractSocket::ConnectedState; },
                             5000))
            return nullptr;
        device.write("GET / HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\n\r\n");
        (void)QTest::qWaitFor([&] { return server.hasPendingConnections(); }, 5000);
        QWebSocket *hubEnd = server.nextPendingConnection();
        if (hubEnd)
            hubEnd->setParent(&server);
        return hubEnd;
    }

    QWebSocketServer server;
};

} // namespace tableside::testing
