// The hub's caps on connections held at once (ConnectionCaps): a peer over its share, or a hub
// at its total, has a new connection closed at once while those it holds are kept; a closed
// connection makes room again; a device that comes when there is room is served as ever.
#include "hubtestsupport.h"

#include <QTcpSocket>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

// A connection from `from` (any 127.0.0.0/8 address is this machine) that sends nothing.
std::unique_ptr<QTcpSocket> idleConnection(const QUrl &hub, const QString &from)
{
    auto socket = std::make_unique<QTcpSocket>();
    if (!socket->bind(QHostAddress(from)))
        return nullptr;
    socket->connectToHost(QHostAddress(hub.host()), quint16(hub.port()));
    if (!socket->waitForConnected(5000))
        return nullptr;
    return socket;
}

// Whether the hub closed it (it is closed at once) or kept it (still open a while later).
bool closedByTheHub(QTcpSocket &socket)
{
    return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                           1000);
}

} // namespace

class TestHubConnectionCaps : public QObject {
    Q_OBJECT

private slots:
    void aPeerOverItsShareAndAHubAtItsTotalAreTurnedAway()
    {
        TestHub hub;
        QCOMPARE(hub.start(), QString());
        hub.hub->setConnectionCaps(3, 5);
        const QUrl url = hub.hub->url();

        std::vector<std::unique_ptr<QTcpSocket>> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(idleConnection(url, u"127.0.0.1"_s));
            QVERIFY(held.back());
        }
        auto fourth = idleConnection(url, u"127.0.0.1"_s);
        QVERIFY(fourth);
        QVERIFY(closedByTheHub(*fourth)); // its peer's share is used up
        for (const auto &socket : held)
            QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);

        for (int i = 0; i < 2; ++i) {
            held.push_back(idleConnection(url, u"127.0.0.2"_s));
            QVERIFY(held.back());
            QVERIFY(!closedByTheHub(*held.back())); // another peer has a share of its own
        }
        auto sixth = idleConnection(url, u"127.0.0.3"_s);
        QVERIFY(sixth);
        QVERIFY(closedByTheHub(*sixth)); // the hub's total is reached

        // A device at a full hub is turned away; once a connection goes, it is served.
        const QString token = hub.enroll(u"Table 2"_s, u"table"_s, 2);
        TestClient device;
        QVERIFY(!device.connectAs(url, token));
        held.front()->abort();
        held.erase(held.begin());
        QTRY_VERIFY(device.connectAs(url, token));
        const QJsonObject menu = device.request(u"menu.get"_s, {});
        QVERIFY(menu[u"ok"_s].toBool());
    }
};

QTEST_GUILESS_MAIN(TestHubConnectionCaps)
#include "tst_hubconnectioncaps.moc"
