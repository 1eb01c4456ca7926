// Sockets that hold the hub's resources without playing their part: one that never says hello
// is closed after the hello timeout; one that does not read what the hub pushes is closed once
// the hub's queue for it is full, and the device loses nothing when it comes back. A roomful of
// devices connecting at the same moment is taken at once.

#include "hubtestsupport.h"
#include "venueclient.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QtEndian>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

// A kitchen display that subscribes and then stops reading, as a hung device would. It speaks
// WebSocket by hand so that nothing reads its socket behind the test's back.
class StalledReader {
public:
    bool subscribe(const QUrl &hub, const QString &token, qint64 since)
    {
        socket.setReadBufferSize(4096); // once full, nothing more is taken from the network
        socket.connectToHost(hub.host(), quint16(hub.port()));
        // The hub runs on this thread: wait in the event loop, never in a blocking call.
        if (!QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; },
                             5000))
            return false;
        socket.write("GET / HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                     "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\n\r\n");
        if (!readUntil("\r\n\r\n") || !received.startsWith("HTTP/1.1 101"))
            return false;
        received.clear();
        sendText(QJsonObject{{u"type"_s, u"hello"_s}, {u"protocol"_s, 1}, {u"token"_s, token}});
        sendText(QJsonObject{{u"type"_s, u"request"_s},
                             {u"id"_s, u"s-1"_s},
                             {u"op"_s, u"subscribe"_s},
                             {u"args"_s, QJsonObject{{u"since"_s, since}}}});
        return readUntil("latestSeq"); // from here on it reads nothing
    }

    // Reads everything the hub sent up to its close frame; the close frame's code and reason.
    std::pair<int, QString> drainToClose()
    {
        socket.setReadBufferSize(0); // the device reads again, as fast as it can
        std::optional<std::pair<int, QString>> close;
        (void)QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                close = closeFrame();
                return close.has_value();
            },
            5000);
        return close.value_or(std::pair{0, QString()});
    }

    QTcpSocket socket;
    QByteArray received;

private:
    bool readUntil(const QByteArray &marker)
    {
        return QTest::qWaitFor(
            [&] {
                received += socket.readAll();
                return received.contains(marker);
            },
            5000);
    }

    void sendText(const QJsonObject &message)
    {
        const QByteArray payload = QJsonDocument(message).toJson(QJsonDocument::Compact);
        QByteArray frame;
        frame.append(char(0x81)); // final text frame
        if (payload.size() < 126) {
            frame.append(char(0x80 | payload.size()));
        } else {
            frame.append(char(0x80 | 126));
            frame.append(char(payload.size() >> 8)).append(char(payload.size() & 0xff));
        }
        const char mask[4] = {0x1b, 0x2c, 0x3d, 0x4e};
        frame.append(mask, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload[i] ^ mask[i % 4]));
        socket.write(frame);
        socket.flush();
    }

    // Walks the server's (unmasked) frames in what was read; the close frame once it is there.
    std::optional<std::pair<int, QString>> closeFrame() const
    {
        qsizetype at = 0;
        while (at + 2 <= received.size()) {
            const int opcode = received[at] & 0x0f;
            quint64 length = quint8(received[at + 1]) & 0x7f;
            qsizetype header = 2;
            if (length == 126) {
                if (at + 4 > received.size())
                    return std::nullopt;
                length = qFromBigEndian<quint16>(received.constData() + at + 2);
                header = 4;
            } else if (length == 127) {
                if (at + 10 > received.size())
                    return std::nullopt;
                length = qFromBigEndian<quint64>(received.constData() + at + 2);
                header = 10;
            }
            if (at + header + qsizetype(length) > received.size())
                return std::nullopt;
            if (opcode == 0x8 && length >= 2) {
                const char *body = received.constData() + at + header;
                return std::pair{int(qFromBigEndian<quint16>(body)),
                                 QString::fromUtf8(body + 2, qsizetype(length) - 2)};
            }
            at += header + qsizetype(length);
        }
        return std::nullopt;
    }
};

// The hub's warnings while it lives, passed on to the test's own log as well.
class HubWarnings {
public:
    HubWarnings()
    {
        s_lines.clear();
        s_previous = qInstallMessageHandler(&HubWarnings::handle);
    }
    ~HubWarnings() { qInstallMessageHandler(s_previous); }
    QStringList matching(const QRegularExpression &pattern) const
    {
        return s_lines.filter(pattern);
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type == QtWarningMsg && qstrcmp(context.category, "tableside.hub") == 0)
            s_lines.append(message);
        s_previous(type, context, message);
    }
    static inline QStringList s_lines;
    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace

class TestHubSockets : public QObject {
    Q_OBJECT

private:
    TestHub m_venue;
    QString m_tableToken;      // table 4
    QString m_otherTableToken; // table 5
    QString m_kitchenToken;

    QUrl url() const { return m_venue.hub->url(); }

    // An order as large as the hub accepts, so that a few fill a socket's queue.
    QJsonObject bigOrder(int number)
    {
        QJsonArray lines;
        for (int i = 0; i < 100; ++i)
            lines.append(QJsonObject{
                {u"itemId"_s, m_venue.itemId(u"hummus"_s)},
                {u"quantity"_s, 1},
                {u"note"_s, u"order %1 line %2 "_s.arg(number).arg(i).leftJustified(200, u'.')}});
        return {{u"key"_s, u"big-%1"_s.arg(number)}, {u"lines"_s, lines}};
    }

private slots:
    void initTestCase()
    {
        const QString failure = m_venue.start();
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        m_tableToken = m_venue.enroll(u"Table 4 tablet"_s, u"table"_s, 4);
        m_otherTableToken = m_venue.enroll(u"Table 5 tablet"_s, u"table"_s, 5);
        m_kitchenToken = m_venue.enroll(u"Pass"_s, u"kitchen"_s);
    }

    void aSocketThatNeverSaysHelloIsClosed()
    {
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(u"said no hello within %1 ms; closing$"_s.arg(
                                 HubServer::HelloTimeoutMs)));
        TestClient silent;
        TestClient polite;
        QVERIFY(silent.open(url()));
        QVERIFY(polite.connectAs(url(), m_tableToken));
        QTRY_COMPARE(m_venue.hub->connectionCount(), 2); // both taken: their time runs

        // A moment before its time is up it is still there: a round trip on the other socket
        // gives a close the time to arrive.
        m_venue.clock.advance(HubServer::HelloTimeoutMs - 1);
        QVERIFY(polite.request(u"menu.get"_s, {})[u"ok"_s].toBool());
        QCOMPARE(silent.socket.state(), QAbstractSocket::ConnectedState);
        m_venue.clock.advance(1);
        QVERIFY(silent.waitForClosed(5000));
        QCOMPARE(silent.socket.closeCode(), QWebSocketProtocol::CloseCodePolicyViolated);
        QCOMPARE(silent.socket.closeReason(), u"hello_timeout"_s);
        QVERIFY(silent.frames.isEmpty());

        // The device that said hello in time is still served, past the same deadline.
        QVERIFY(polite.request(u"menu.get"_s, {})[u"ok"_s].toBool());
        QCOMPARE(polite.socket.state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE(m_venue.hub->connectionCount(), 1);
    }

    void aRoomfulOfDevicesConnectsAtOnce()
    {
        // After a hub restart every device of the venue comes back at the same moment. Each
        // connection must be taken at once: one the system dropped is tried again a second later.
        constexpr int Devices = 200;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        for (int i = 0; i < Devices; ++i) {
            sockets.push_back(std::make_unique<QTcpSocket>());
            sockets.back()->connectToHost(url().host(), quint16(url().port()));
        }
        auto connected = [&] {
            return std::count_if(sockets.cbegin(), sockets.cend(), [](const auto &socket) {
                return socket->state() == QAbstractSocket::ConnectedState;
            });
        };
        QVERIFY2(QTest::qWaitFor([&] { return connected() == Devices; }, 900),
                 qPrintable(u"%1 of %2 connected"_s.arg(connected()).arg(Devices)));
        sockets.clear();

        // The hub lets the silent ones go and serves the next device as ever.
        TestClient device;
        QVERIFY(device.connectAs(url(), m_tableToken));
        QVERIFY(device.request(u"menu.get"_s, {})[u"ok"_s].toBool());
    }

    void aDeviceThatDoesNotReadIsClosedAndLosesNothing()
    {
        constexpr qint64 Cap = 256 * 1024;
        m_venue.hub->setMaxQueuedBytes(Cap);
        const qint64 before =
            m_venue.scalar(u"SELECT coalesce(max(seq), 0) FROM events"_s).toLongLong();

        StalledReader stalled;
        QVERIFY(stalled.subscribe(url(), m_kitchenToken, before));
        HubWarnings warnings;
        const QRegularExpression notReading(
            u"\"Pass\"\\) is not reading: \\d+ bytes wait for it; closing$"_s);

        // Two tables order on (more than the kernel's socket buffers hold); every order is
        // taken although one kitchen display hangs.
        constexpr int OrdersEach = 100;
        constexpr int Orders = 2 * OrdersEach;
        TestClient tables[2];
        QVERIFY(tables[0].connectAs(url(), m_tableToken));
        QVERIFY(tables[1].connectAs(url(), m_otherTableToken));
        QStringList ids[2];
        for (int i = 0; i < Orders; ++i)
            ids[i % 2].append(tables[i % 2].send(u"order.place"_s, bigOrder(i)));

        // The hung display is cut off, with a reason it reads if it wakes up in time.
        QVERIFY(QTest::qWaitFor([&] { return !warnings.matching(notReading).isEmpty(); }, 30000));
        const auto [code, reason] = stalled.drainToClose();
        qInfo("drained %lld state %d tail %s", qint64(stalled.received.size()),
              int(stalled.socket.state()), stalled.received.right(60).toHex().constData());
        QCOMPARE(code, int(QWebSocketProtocol::CloseCodePolicyViolated));
        QCOMPARE(reason, u"slow_reader"_s);
        for (int t = 0; t < 2; ++t)
            for (const QString &id : std::as_const(ids[t]))
                QVERIFY2(tables[t].replyTo(id, 30000)[u"ok"_s].toBool(), qPrintable(id));
        QCOMPARE(warnings.matching(notReading).size(), 1);

        // It comes back from the last seq it saw and gets every order, once, in order, while
        // the catch-up respects the same limit.
        ManualClock clock(QDateTime::currentDateTimeUtc());
        VenueClient kitchen(clock);
        kitchen.setLastSeq(before);
        QStringList placed;
        QObject::connect(
            &kitchen, &VenueClient::event, &kitchen,
            [&](qint64, const QString &type, const QJsonObject &data) {
                if (type == u"order.placed"_s)
                    placed.append(
                        data[u"order"_s][u"lines"_s][0][u"note"_s].toString().section(u' ', 0, 1));
            });
        kitchen.connectTo(url(), m_kitchenToken);
        QTRY_COMPARE_WITH_TIMEOUT(placed.size(), Orders, 30000);
        placed.sort(); // the hub takes one frame from each table in turn
        QStringList expected;
        for (int i = 0; i < Orders; ++i)
            expected.append(u"order %1"_s.arg(i));
        expected.sort();
        QCOMPARE(placed, expected);
        QCOMPARE(kitchen.state(), VenueClient::State::Online);
        m_venue.hub->setMaxQueuedBytes(HubServer::MaxQueuedBytes);
    }
};

QTEST_GUILESS_MAIN(TestHubSockets)
#include "tst_hubsockets.moc"
