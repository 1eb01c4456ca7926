// `tableside pair` as a script meets it: a real hub in its own process, the code printed alone on
// stdout, a new device pairing with it, and every refusal one line on stderr with exit code 2.
#include "../support/hubprocess.h"
#include "clock.h"
#include "venueclient.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runTableside(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(TABLESIDE_BINARY), arguments);
    // The event loop runs meanwhile: the command talks to a hub in another process anyway.
    if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000))
        return {};
    return Run{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
               QString::fromUtf8(process.readAllStandardOutput()),
               QString::fromUtf8(process.readAllStandardError())};
}

// Pairs a device with `code` and returns what the hub's welcome says of it, with its token.
QJsonObject pairDevice(const QUrl &hub, const QString &code, QString *token = nullptr)
{
    SystemClock clock;
    VenueClient client(clock);
    QSignalSpy paired(&client, &VenueClient::paired);
    client.pairWith(hub, code, u"New screen"_s);
    if (!QTest::qWaitFor([&] { return client.state() == VenueClient::State::Online; }, 10000))
        return {};
    if (token && !paired.isEmpty())
        *token = paired.constFirst().constFirst().toString();
    return client.device();
}

const QRegularExpression SixDigits(u"^\\d{6}\\n$"_s);

} // namespace

class TestPair : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_hub = std::make_unique<HubProcess>(m_dir.filePath(u"venue.sqlite"_s));
        QVERIFY(m_hub->start());
        // The first owner pairs with the code the hub prints for it once it serves.
        const QRegularExpression offer(u"pair one with code (\\d{6})"_s);
        QString said = m_hub->startupText();
        QRegularExpressionMatch code;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (said += QString::fromUtf8(m_hub->process().readAllStandardError()),
             (code = offer.match(said)).hasMatch()),
            qPrintable(said), 10000);
        const QJsonObject owner = pairDevice(m_hub->url(), code.captured(1), &m_ownerToken);
        QCOMPARE(owner[u"role"_s].toString(), u"owner"_s);
        QVERIFY(!m_ownerToken.isEmpty());
    }

    void anOwnerPairsATableScreen()
    {
        const Run run =
            runTableside({u"pair"_s, u"--hub"_s, m_hub->url().toString(), u"--device-token"_s,
                          m_ownerToken, u"--role"_s, u"table"_s, u"--table"_s, u"3"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(SixDigits.match(run.out).hasMatch(), qPrintable(run.out));
        const QJsonObject device = pairDevice(m_hub->url(), run.out.trimmed());
        QCOMPARE(device[u"role"_s].toString(), u"table"_s);
        QCOMPARE(device[u"table"_s].toInt(), 3);
    }

    void aHostPairsAKitchenButNoOwner()
    {
        const Run host = runTableside({u"pair"_s, u"--hub"_s, m_hub->url().toString(),
                                       u"--device-token"_s, m_ownerToken, u"--role"_s, u"host"_s});
        QCOMPARE(host.exitCode, 0);
        QString hostToken;
        QCOMPARE(pairDevice(m_hub->url(), host.out.trimmed(), &hostToken)[u"role"_s].toString(),
                 u"host"_s);

        const Run kitchen =
            runTableside({u"pair"_s, u"--hub"_s, m_hub->url().toString(), u"--device-token"_s,
                          hostToken, u"--role"_s, u"kitchen"_s, u"--station"_s, u"grill"_s});
        QCOMPARE(kitchen.exitCode, 0);
        const QJsonObject grill = pairDevice(m_hub->url(), kitchen.out.trimmed());
        QCOMPARE(grill[u"role"_s].toString(), u"kitchen"_s);
        QCOMPARE(grill[u"station"_s].toString(), u"grill"_s); // its screen shows the grill's

        const Run owner = runTableside({u"pair"_s, u"--hub"_s, m_hub->url().toString(),
                                        u"--device-token"_s, hostToken, u"--role"_s, u"owner"_s});
        QCOMPARE(owner.exitCode, 2);
        QCOMPARE(owner.out, QString());
        QCOMPARE(owner.err.count(u'\n'), 1);
        QVERIFY2(owner.err.contains(u"owner"_s), qPrintable(owner.err));
    }

    void refusals_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no role") << QStringList{} << u"--role"_s;
        QTest::newRow("unknown role") << QStringList{u"--role"_s, u"chef"_s} << u"--role"_s;
        QTest::newRow("table without number")
            << QStringList{u"--role"_s, u"table"_s} << u"--table N"_s;
        QTest::newRow("station on a table")
            << QStringList{u"--role"_s, u"table"_s,     u"--table"_s,
                           u"2"_s,      u"--station"_s, u"grill"_s}
            << u"--station"_s;
        QTest::newRow("unknown token")
            << QStringList{u"--role"_s, u"host"_s, u"--device-token"_s, QString(64, u'a')}
            << u"refused"_s;
    }
    void refusals()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        QStringList all{u"pair"_s, u"--hub"_s, m_hub->url().toString()};
        if (!arguments.contains(u"--device-token"_s))
            all << u"--device-token"_s << m_ownerToken;
        const Run run = runTableside(all + arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QCOMPARE(run.err.count(u'\n'), 1);
        QVERIFY2(run.err.startsWith(u"tableside: "_s) && run.err.contains(says),
                 qPrintable(run.err));
    }

    // Devices came, said hello and went: a normal run's stderr still holds only what someone
    // must act on (a device refused, say), none of the hub's account of its connections.
    void theHubPrintsNoDebugLines()
    {
        const QString said =
            m_hub->startupText() + QString::fromUtf8(m_hub->process().readAllStandardError());
        QVERIFY2(said.contains(u"tableside hub: serving"_s), qPrintable(said));
        for (const QString &chatter : {u"connection from"_s, u"said hello"_s, u"disconnected"_s})
            QVERIFY2(!said.contains(chatter), qPrintable(said));
    }

    void noHubIsOneLine()
    {
        const Run run = runTableside({u"pair"_s, u"--hub"_s, u"http://nowhere"_s,
                                      u"--device-token"_s, m_ownerToken, u"--role"_s, u"host"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"ws://"_s), qPrintable(run.err));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    QString m_ownerToken;
};

QTEST_GUILESS_MAIN(TestPair)
#include "tst_pair.moc"
