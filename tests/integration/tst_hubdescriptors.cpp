// The real `tableside hub` with its descriptor limit lowered to 256, flooded by 300 connections
// that send nothing: its total cap is lowered to fit the limit, so the flood meets the cap, not
// the system's limit. It keeps serving the device it has without spinning, and lets a new device
// in once the flood is gone.
#include "../support/hubprocess.h"
#include "devicerepository.h"
#include "storeopening.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <sys/resource.h>
#include <unistd.h>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

constexpr rlim_t HubDescriptors = 256;
constexpr int IdleConnections = 300;

// CPU seconds the process has used so far (user and system), from /proc.
double cpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    // Fields after the command's closing parenthesis: state is the 3rd, utime the 14th.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) /
           double(::sysconf(_SC_CLK_TCK));
}

// A device that said hello and was welcomed; its requests answered.
struct HelloDevice {
    QWebSocket socket;
    QList<QJsonObject> frames;

    bool join(const QUrl &hub, const QString &token)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, [this](const QString &text) {
            frames.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        socket.open(hub);
        if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; },
                             5000))
            return false;
        send({{u"type"_s, u"hello"_s}, {u"protocol"_s, 1}, {u"token"_s, token}});
        return QTest::qWaitFor([&] { return !frames.isEmpty(); }, 5000) &&
               frames.first()[u"type"_s].toString() == u"welcome"_s;
    }
    void send(const QJsonObject &frame)
    {
        socket.sendTextMessage(
            QString::fromUtf8(QJsonDocument(frame).toJson(QJsonDocument::Compact)));
    }
    bool answers(const QString &id)
    {
        send({{u"type"_s, u"request"_s},
              {u"id"_s, id},
              {u"op"_s, u"menu.get"_s},
              {u"args"_s, QJsonObject{}}});
        return QTest::qWaitFor(
            [&] {
                return std::any_of(frames.cbegin(), frames.cend(), [&](const QJsonObject &f) {
                    return f[u"id"_s].toString() == id && f[u"ok"_s].toBool();
                });
            },
            5000);
    }
};

} // namespace

class TestHubDescriptors : public QObject {
    Q_OBJECT

private slots:
    void aFloodMeetsTheCapNotTheSystemsLimit()
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(u"venue.sqlite"_s);
        QString first;
        QString second;
        {
            SystemClock clock;
            auto store = openSeededStore(database);
            QVERIFY(store.ok());
            DeviceRepository devices((*store)->connection(), clock);
            QVERIFY(devices.enroll(u"Owner"_s, u"owner"_s, 0).ok()); // no pairing code to print
            first = devices.enroll(u"Table 1"_s, u"table"_s, 1)->second;
            second = devices.enroll(u"Table 2"_s, u"table"_s, 2)->second;
        }
        HubProcess hub(database);
        hub.process().setChildProcessModifier([] {
            const rlimit limit{HubDescriptors, HubDescriptors};
            ::setrlimit(RLIMIT_NOFILE, &limit);
        });
        QVERIFY(hub.start());
        HelloDevice device;
        QVERIFY(device.join(hub.url(), first));

        // Connections that send nothing: the kernel takes them all, the hub as many as it can.
        std::vector<std::unique_ptr<QTcpSocket>> idle;
        for (int i = 0; i < IdleConnections; ++i) {
            idle.push_back(std::make_unique<QTcpSocket>());
            idle.back()->connectToHost(QHostAddress(hub.url().host()), quint16(hub.url().port()));
        }
        QTRY_VERIFY(std::all_of(idle.cbegin(), idle.cend(), [](const auto &s) {
            return s->state() == QAbstractSocket::ConnectedState;
        }));
        QTest::qWait(300);
        const double before = cpuSeconds(hub.pid());
        QTest::qWait(2000);
        const double busy = cpuSeconds(hub.pid()) - before;
        qInfo("flooded, the hub used %.2f s of CPU in 2 s", busy);
        QVERIFY2(busy < 0.3, qPrintable(QString::number(busy)));
        QVERIFY(device.answers(u"still-served"_s));
        QCOMPARE(hub.process().state(), QProcess::Running);

        // Descriptors free again: a new device gets in, trying again as a real one does until the
        // hub has seen the idle connections go.
        idle.clear();
        std::unique_ptr<HelloDevice> late;
        QVERIFY(QTest::qWaitFor(
            [&] {
                late = std::make_unique<HelloDevice>();
                return late->join(hub.url(), second);
            },
            20000));
        QVERIFY(late->answers(u"late-served"_s));
    }
};

QTEST_GUILESS_MAIN(TestHubDescriptors)
#include "tst_hubdescriptors.moc"
