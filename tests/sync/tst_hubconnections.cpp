// HubConnections: the hub's sockets kept within their bounds, over real loopback sockets.
#include "hubconnections.h"
#include "loopbacksockets.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubConnections : public QObject {
    Q_OBJECT

    // The close deadlines' clock: it moves only when a test moves it.
    ManualClock m_clock{QDateTime::fromString(u"2026-11-23T19:00:00.000Z"_s, Qt::ISODateWithMs)};

    // Writes to a device that does not read until the system takes no more: what is queued
    // then stays queued.
    static bool fillUntilStuck(QWebSocket *hubEnd)
    {
        const QString big(60 * 1024, u'x');
        for (int i = 0; i < 2000; ++i) {
            hubEnd->sendTextMessage(big);
            hubEnd->flush();
            if (hubEnd->bytesToWrite() > 0)
                return true;
        }
        return false;
    }

private slots:
    void aSocketIsCappedAndNumberedInTheOrderItCame()
    {
        LoopbackSockets loopback;
        HubConnections connections(m_clock);
        DeviceEnd first, second;
        QWebSocket *a = loopback.connect(first);
        QWebSocket *b = loopback.connect(second);
        HubConnection &ca = connections.add(a, RateLimiter(50, 100));
        HubConnection &cb = connections.add(b, RateLimiter(50, 100));
        QCOMPARE(a->maxAllowedIncomingMessageSize(), quint64(HubLimits::MaxFrameBytes));
        QCOMPARE(a->maxAllowedIncomingFrameSize(), quint64(HubLimits::MaxFrameBytes));
        QVERIFY(ca.arrived < cb.arrived);
        QVERIFY(ca.peer.startsWith(u"127.0.0.1:"_s));
        QCOMPARE(connections.count(), 2);
        QCOMPARE(connections.find(b), &cb);
        QVERIFY(connections.remove(a));
        QVERIFY(!connections.remove(a));
        QCOMPARE(connections.find(a), nullptr);
        QCOMPARE(connections.count(), 1);
    }

    void whatIsSentArrivesInOrder()
    {
        LoopbackSockets loopback;
        HubConnections connections(m_clock);
        DeviceEnd device;
        HubConnection &connection = connections.add(loopback.connect(device), RateLimiter(50, 100));
        for (int i = 0; i < 5; ++i)
            connections.send(connection, u"frame %1"_s.arg(i));
        QVERIFY(connection.unwritten);
        connections.writeOut();
        QVERIFY(!connection.unwritten);
        QTRY_COMPARE(device.texts.size(), 5);
        QCOMPARE(device.texts.first(), u"frame 0"_s);
        QCOMPARE(device.texts.last(), u"frame 4"_s);
    }

    void aClosedSocketIsToldWhyAndGetsNothingMore()
    {
        LoopbackSockets loopback;
        HubConnections connections(m_clock);
        DeviceEnd device;
        HubConnection &connection = connections.add(loopback.connect(device), RateLimiter(50, 100));
        connection.inbox.append(u"waiting"_s);
        connections.close(connection, u"hello_timeout"_s);
        QVERIFY(connection.closing);
        QVERIFY(connection.inbox.isEmpty());
        connections.send(connection, u"too late"_s);
        QVERIFY(device.waitForClosed());
        QCOMPARE(device.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(device.socket.closeReason(), u"hello_timeout"_s);
        QVERIFY(device.texts.isEmpty());
    }

    void aDeviceThatDoesNotReadIsClosed()
    {
        LoopbackSockets loopback;
        HubConnections connections(m_clock);
        connections.setMaxQueuedBytes(64 * 1024);
        DeviceEnd device;
        HubConnection &connection = connections.add(loopback.connect(device), RateLimiter(50, 100));
        // Without a return to the event loop the device reads nothing: the system's buffers
        // fill, and then what waits in the hub passes the budget.
        const QString big(60 * 1024, u'x');
        for (int i = 0; i < 2000 && !connection.closing; ++i)
            connections.send(connection, big);
        QVERIFY(connection.closing);
        QVERIFY(device.waitForClosed(10000));
        QCOMPARE(device.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(device.socket.closeReason(), u"slow_reader"_s);
    }

    void aCatchUpHasHalfTheBudget()
    {
        LoopbackSockets loopback;
        HubConnections connections(m_clock);
        DeviceEnd device;
        HubConnection &connection = connections.add(loopback.connect(device), RateLimiter(50, 100));
        QVERIFY(connections.hasRoomForReplay(connection));
        connections.setMaxQueuedBytes(0); // nothing fits: only an empty queue has room
        QVERIFY(connections.hasRoomForReplay(connection));
        QVector<HubConnection *> resumed;
        connections.setOnRoomForReplay([&](HubConnection &c) { resumed.append(&c); });
        connections.setMaxQueuedBytes(1024 * 1024);
        connection.replayWaiting = true;
        connections.send(connection, u"catch-up"_s);
        connections.writeOut();
        QTRY_COMPARE(resumed.size(), 1); // written: room again
        QCOMPARE(resumed.first(), &connection);
        QVERIFY(!connection.replayWaiting);
    }

    void closingAllSaysGoingAway()
    {
        LoopbackSockets loopback;
        HubConnections connections(m_clock);
        DeviceEnd first, second;
        connections.add(loopback.connect(first), RateLimiter(50, 100));
        connections.add(loopback.connect(second), RateLimiter(50, 100));
        connections.closeAll();
        QVERIFY(first.waitForClosed());
        QVERIFY(second.waitForClosed());
        QCOMPARE(first.socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
        QCOMPARE(second.socket.closeCode(), QWebSocketProtocol::CloseCodeGoingAway);
    }

    // A device that neither reads nor answers never sees the close behind what waits for it:
    // it is cut off at the deadline, not a moment before.
    void aClosedPeerThatDoesNotAnswerIsCutOffAtTheDeadline()
    {
        LoopbackSockets loopback;
        HubConnections connections(m_clock);
        QTcpSocket hung;
        QWebSocket *hubEnd = loopback.connectHung(hung);
        QVERIFY(hubEnd);
        HubConnection &connection = connections.add(hubEnd, RateLimiter(50, 100));
        QVERIFY(fillUntilStuck(hubEnd));
        connections.close(connection, u"slow_reader"_s);
        m_clock.advance(HubLimits::CloseDeadlineMs - 1);
        QCoreApplication::processEvents();
        QCOMPARE(hubEnd->state(), QAbstractSocket::ClosingState);
        m_clock.advance(1);
        QCOMPARE(hubEnd->state(), QAbstractSocket::UnconnectedState);
    }

    // Going away: a device that answers is gone at once; one that does not is cut off at the
    // deadline.
    void closingAllCutsOffWhoeverHasNotGoneByTheDeadline()
    {
        LoopbackSockets loopback;
        HubConnections connections(m_clock);
        DeviceEnd answering;
        connections.add(loopback.connect(answering), RateLimiter(50, 100));
        QTcpSocket hung;
        QWebSocket *hubEnd = loopback.connectHung(hung);
        QVERIFY(hubEnd);
        connections.add(hubEnd, RateLimiter(50, 100));
        QVERIFY(fillUntilStuck(hubEnd));
        connections.closeAll();
        QVERIFY(answering.waitForClosed());
        m_clock.advance(HubLimits::CloseDeadlineMs - 1);
        QCoreApplication::processEvents();
        QCOMPARE(hubEnd->state(), QAbstractSocket::ClosingState);
        m_clock.advance(1);
        QCOMPARE(hubEnd->state(), QAbstractSocket::UnconnectedState);
    }
};

QTEST_GUILESS_MAIN(TestHubConnections)
#include "tst_hubconnections.moc"
