// VenueClient against a fake hub over loopback: handshake, events, reconnects, requests, heartbeat.
// Its timers run on a ManualClock: the tests wait on the sockets, and move the clock.

#include "fakehub.h"
#include "venueclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

const QDateTime Start = QDateTime(QDate(2026, 11, 23), QTime(19, 4, 5, 123), Qt::UTC);
constexpr int Wait = 5000;         // generous upper bound for loopback round trips
constexpr int PastBackoffMs = 250; // fastTiming's first reconnect comes after at most 25 ms

VenueClient::Timing fastTiming()
{
    VenueClient::Timing timing;
    timing.pingIntervalMs = 100;
    timing.pongTimeoutMs = 1500;
    timing.requestTimeoutMs = 2000;
    timing.reconnect = {20, 200, 0.25};
    return timing;
}

// A client online at a hub that holds back its answers; its requests time out after timeoutMs.
struct UnansweredClient {
    FakeHub hub;
    ManualClock clock{Start};
    VenueClient client{clock};

    bool goOnline(int timeoutMs)
    {
        if (!hub.listen())
            return false;
        VenueClient::Timing timing = fastTiming();
        timing.requestTimeoutMs = timeoutMs;
        client.setTiming(timing);
        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        if (!QTest::qWaitFor([&] { return client.state() == VenueClient::State::Online; }, Wait))
            return false;
        // One answered request: the subscription's answer, sent before it, is in too, so the
        // catch-up's deadline is off the clock that the test moves.
        QSignalSpy replied(&client, &VenueClient::replied);
        client.request(u"venue.get"_s, {});
        const bool answered = replied.wait(Wait);
        hub.answerRequests = false;
        return answered && replied.size() == 1 && replied.first().at(1).toBool();
    }
};

// Moves the clock on in steps, the sockets running between them, until the client drops (a
// minute at most); returns the clock's time when it did.
QDateTime goesOfflineAt(VenueClient &client, ManualClock &clock, int stepMs)
{
    QDateTime offlineAt;
    QObject context;
    QObject::connect(&client, &VenueClient::stateChanged, &context, [&](VenueClient::State state) {
        if (state == VenueClient::State::Offline && offlineAt.isNull())
            offlineAt = clock.now();
    });
    for (int ms = 0; ms < 60000 && offlineAt.isNull(); ms += stepMs) {
        clock.advance(stepMs);
        QCoreApplication::processEvents(); // room for a pong, if one got through
    }
    return offlineAt;
}

QList<qint64> seqsOf(const QSignalSpy &spy)
{
    QList<qint64> seqs;
    for (const auto &args : spy)
        seqs.append(args.at(0).toLongLong());
    return seqs;
}

} // namespace

class TestVenueClient : public QObject {
    Q_OBJECT

private slots:
    void defaultTiming()
    {
        ManualClock clock(Start);
        VenueClient client(clock);
        QCOMPARE(client.timing().pingIntervalMs, 3000);
        QCOMPARE(client.timing().pongTimeoutMs, 7000);
        QCOMPARE(client.timing().requestTimeoutMs, 10000);
        QCOMPARE(client.timing().reconnect.initialMs, 250);
        QCOMPARE(client.timing().reconnect.maxMs, 10000);
        QCOMPARE(client.timing().reconnect.jitter, 0.25);
        // A hub gone silent right after a pong is noticed within 10 s at worst.
        QVERIFY(client.timing().pongTimeoutMs <= 10000);
        QCOMPARE(client.state(), VenueClient::State::Offline);
    }

    void helloWelcomeSubscribeFromLastSeq()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        for (int i = 0; i < 3; ++i)
            hub.appendEvent(u"chat.message"_s);
        ManualClock clock(Start);
        VenueClient client(clock);
        client.setTiming(fastTiming());
        client.setLastSeq(1);
        QSignalSpy states(&client, &VenueClient::stateChanged);
        clock.advance(60000);

        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QCOMPARE(client.state(), VenueClient::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), VenueClient::State::Online, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(hub.requestsFor(u"subscribe"_s).size(), 1, Wait);

        QCOMPARE(hub.hellos.size(), 1);
        const QJsonObject hello = hub.hellos.first();
        QCOMPARE(hello.value("protocol"_L1).toInt(), 1);
        QCOMPARE(hello.value("token"_L1).toString(), QString::fromLatin1(FakeHub::GoodToken));
        const QJsonObject subscribe = hub.requestsFor(u"subscribe"_s).first();
        QCOMPARE(subscribe.value("args"_L1)["since"_L1].toInteger(), 1);
        // The subscription is the first request on a fresh connection.
        QCOMPARE(hub.requests.first(), subscribe);
        QCOMPARE(client.device().value("table"_L1).toInt(), 4);
        QCOMPARE(client.lastContact(), Start.addSecs(60)); // stamped by the injected clock
        QCOMPARE(states.first().first().value<VenueClient::State>(),
                 VenueClient::State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(client.lastSeq(), 3, Wait);
    }

    void catchesUpFromASnapshotInsteadOfTheLog()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        for (int i = 0; i < 4; ++i)
            hub.appendEvent(u"order.placed"_s);
        ManualClock clock(Start);
        VenueClient client(clock);
        client.setTiming(fastTiming());
        client.setCatchUpSnapshot(u"orders.open"_s);
        QSignalSpy snapshots(&client, &VenueClient::snapshotReceived);
        QSignalSpy events(&client, &VenueClient::event);

        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QTRY_COMPARE_WITH_TIMEOUT(hub.requestsFor(u"subscribe"_s).size(), 1, Wait);
        // The snapshot first, then a subscription from the seq it includes: nothing replayed.
        QCOMPARE(hub.requests.first().value("op"_L1).toString(), u"orders.open"_s);
        QCOMPARE(snapshots.size(), 1);
        QCOMPARE(hub.requestsFor(u"subscribe"_s).first()["args"_L1]["since"_L1].toInteger(), 4);
        QCOMPARE(client.lastSeq(), 4);
        hub.appendEvent(u"order.placed"_s);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, Wait);
        QCOMPARE(seqsOf(events), QList<qint64>{5});
    }

    void aHubWithoutTheSnapshotIsReplayedFromTheLastSeq()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        hub.failOp.insert(u"orders.open"_s, {u"unknown_op"_s, u"Not known."_s});
        for (int i = 0; i < 3; ++i)
            hub.appendEvent(u"order.placed"_s);
        ManualClock clock(Start);
        VenueClient client(clock);
        client.setTiming(fastTiming());
        client.setLastSeq(1);
        client.setCatchUpSnapshot(u"orders.open"_s);
        QSignalSpy snapshots(&client, &VenueClient::snapshotReceived);
        QSignalSpy events(&client, &VenueClient::event);

        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, Wait);
        QCOMPARE(seqsOf(events), (QList<qint64>{2, 3}));
        QCOMPARE(snapshots.size(), 0);
        QCOMPARE(client.state(), VenueClient::State::Online);
    }

    void eventsOnceInOrderDuplicatesDropped()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        for (int i = 0; i < 5; ++i)
            hub.appendEvent(u"menu.availability"_s, {{"itemId"_L1, i}});
        ManualClock clock(Start);
        VenueClient client(clock);
        client.setTiming(fastTiming());
        client.setLastSeq(2);
        QSignalSpy events(&client, &VenueClient::event);
        QSignalSpy seqs(&client, &VenueClient::lastSeqChanged);

        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 3, Wait);
        QCOMPARE(seqsOf(events), (QList<qint64>{3, 4, 5}));
        QCOMPARE(events.first().at(1).toString(), u"menu.availability"_s);
        QCOMPARE(events.first().at(2).toJsonObject().value("itemId"_L1).toInt(), 2);

        // Replays and stragglers are dropped; a gap (another table's event) is not an error.
        auto raw = [](qint64 seq) {
            return QJsonObject{{"type"_L1, "event"_L1},
                               {"seq"_L1, seq},
                               {"event"_L1, "chat.message"_L1},
                               {"data"_L1, QJsonObject{}}};
        };
        for (qint64 seq : {4, 5, 8, 8, 6, 9})
            hub.sendToAll(raw(seq));
        QTRY_COMPARE_WITH_TIMEOUT(client.lastSeq(), 9, Wait);
        QCOMPARE(seqsOf(events), (QList<qint64>{3, 4, 5, 8, 9}));
        QCOMPARE(seqs.last().first().toLongLong(), 9);
    }

    void reconnectsAndResubscribesFromLastSeq()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        hub.appendEvent(u"chat.message"_s);
        hub.appendEvent(u"chat.message"_s);
        ManualClock clock(Start);
        VenueClient client(clock);
        client.setTiming(fastTiming());
        QSignalSpy events(&client, &VenueClient::event);
        QSignalSpy states(&client, &VenueClient::stateChanged);
        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, Wait);

        hub.dropClients();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), VenueClient::State::Offline, Wait);
        hub.appendEvent(u"order.placed"_s); // happens while the tablet is away
        clock.advance(14);                  // the first reconnect waits 20 ms ± 25 %
        QCOMPARE(client.state(), VenueClient::State::Offline);
        clock.advance(PastBackoffMs);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), VenueClient::State::Online, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 3, Wait);

        QCOMPARE(hub.connections, 2);
        QCOMPARE(hub.hellos.last().value("token"_L1).toString(),
                 QString::fromLatin1(FakeHub::GoodToken));
        const auto subscribes = hub.requestsFor(u"subscribe"_s);
        QCOMPARE(subscribes.size(), 2);
        QCOMPARE(subscribes.at(1).value("args"_L1)["since"_L1].toInteger(), 2);
        QCOMPARE(seqsOf(events), (QList<qint64>{1, 2, 3}));
        QCOMPARE(events.last().at(1).toString(), u"order.placed"_s);

        QList<VenueClient::State> seen;
        for (const auto &args : std::as_const(states))
            seen.append(args.first().value<VenueClient::State>());
        QCOMPARE(seen, (QList<VenueClient::State>{
                           VenueClient::State::Connecting, VenueClient::State::Online,
                           VenueClient::State::Offline, VenueClient::State::Connecting,
                           VenueClient::State::Online}));
    }

    void pairingEmitsTokenAndReconnectsWithIt()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        ManualClock clock(Start);
        VenueClient client(clock);
        client.setTiming(fastTiming());
        QSignalSpy paired(&client, &VenueClient::paired);

        client.pairWith(hub.url(), QString::fromLatin1(FakeHub::PairingCode), u"Table 4 tablet"_s);
        QVERIFY(paired.wait(Wait));
        QCOMPARE(paired.first().first().toString(), QString::fromLatin1(FakeHub::IssuedToken));
        QCOMPARE(client.state(), VenueClient::State::Online);
        QCOMPARE(hub.hellos.first().value("pairingCode"_L1).toString(),
                 QString::fromLatin1(FakeHub::PairingCode));
        QCOMPARE(hub.hellos.first().value("deviceName"_L1).toString(), u"Table 4 tablet"_s);

        // The code was single-use: the reconnect must present the token instead.
        hub.dropClients();
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), VenueClient::State::Offline, Wait);
        clock.advance(PastBackoffMs);
        QTRY_COMPARE_WITH_TIMEOUT(hub.hellos.size(), 2, Wait);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), VenueClient::State::Online, Wait);
        QCOMPARE(hub.hellos.last().value("token"_L1).toString(),
                 QString::fromLatin1(FakeHub::IssuedToken));
        QVERIFY(!hub.hellos.last().contains("pairingCode"_L1));
        QCOMPARE(paired.size(), 1);
    }

    void refusedDeviceStaysOffline_data()
    {
        QTest::addColumn<bool>("pairing");
        QTest::addColumn<QString>("code");
        QTest::newRow("unknown token") << false << u"unknown_device"_s;
        QTest::newRow("bad pairing code") << true << u"pairing_code_invalid"_s;
    }

    void refusedDeviceStaysOffline()
    {
        QFETCH(bool, pairing);
        QFETCH(QString, code);
        FakeHub hub;
        QVERIFY(hub.listen());
        ManualClock clock(Start);
        VenueClient client(clock);
        client.setTiming(fastTiming());
        QSignalSpy refused(&client, &VenueClient::refused);
        if (pairing)
            client.pairWith(hub.url(), u"000000"_s, u"Table 9"_s);
        else
            client.connectTo(hub.url(), u"stolen"_s);
        QVERIFY(refused.wait(Wait));
        QCOMPARE(refused.first().first().toString(), code);
        QCOMPARE(client.state(), VenueClient::State::Offline);
        // No retry: with a 20 ms backoff a retry would have started many times in a minute.
        clock.advance(60000);
        QCOMPARE(client.state(), VenueClient::State::Offline);
        QCOMPARE(clock.activeTimerCount(), 0);
        QCOMPARE(hub.hellos.size(), 1);
    }

    void requestGetsItsReply()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        ManualClock clock(Start);
        VenueClient client(clock);
        client.setTiming(fastTiming());
        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), VenueClient::State::Online, Wait);
        QSignalSpy replied(&client, &VenueClient::replied);
        QSignalSpy sending(&client, &VenueClient::sendingChanged);

        const QString id = client.request(u"service.call"_s, {{"kind"_L1, "water"_L1}});
        QVERIFY(!id.isEmpty());
        QVERIFY(client.sending());
        QVERIFY(replied.wait(Wait));
        QCOMPARE(replied.first().at(0).toString(), id);
        QCOMPARE(replied.first().at(1).toBool(), true);
        QCOMPARE(replied.first().at(2).toJsonObject()["echo"_L1]["kind"_L1].toString(), u"water"_s);
        QVERIFY(!client.sending());
        QCOMPARE(sending.size(), 2);
        QCOMPARE(hub.requestsFor(u"service.call"_s).first().value("id"_L1).toString(), id);

        hub.failOp.insert(u"idea.vote"_s, {u"already_voted"_s, u"One vote per idea."_s});
        const QString second = client.request(u"idea.vote"_s, {{"ideaId"_L1, 5}});
        QVERIFY(second != id);
        QVERIFY(replied.wait(Wait));
        QCOMPARE(replied.last().at(0).toString(), second);
        QCOMPARE(replied.last().at(1).toBool(), false);
        QCOMPARE(replied.last().at(3).toString(), u"already_voted"_s);
        QCOMPARE(replied.last().at(4).toString(), u"One vote per idea."_s);
    }

    void requestWhileOfflineIsRefusedAtOnce()
    {
        ManualClock clock(Start);
        VenueClient client(clock);
        QSignalSpy replied(&client, &VenueClient::replied);
        const QString id = client.request(u"service.call"_s, {{"kind"_L1, "help"_L1}});
        QVERIFY(!id.isEmpty());
        QCOMPARE(replied.size(), 0); // not before the caller holds the id
        QTRY_COMPARE_WITH_TIMEOUT(replied.size(), 1, Wait);
        QCOMPARE(replied.first().at(0).toString(), id);
        QCOMPARE(replied.first().at(1).toBool(), false);
        QCOMPARE(replied.first().at(3).toString(), u"offline"_s);
        QVERIFY(!client.sending());
    }

    void requestTimesOut()
    {
        UnansweredClient quiet;
        QVERIFY(quiet.goOnline(300));
        FakeHub &hub = quiet.hub;
        VenueClient &client = quiet.client;
        QSignalSpy replied(&client, &VenueClient::replied);

        const QString id = client.request(u"chat.send"_s, {{"body"_L1, "Hello?"_L1}});
        QTRY_COMPARE_WITH_TIMEOUT(hub.requestsFor(u"chat.send"_s).size(), 1, Wait);
        quiet.clock.advance(299);
        QCOMPARE(replied.size(), 0);
        quiet.clock.advance(1);
        QCOMPARE(replied.size(), 1);
        QCOMPARE(replied.first().at(0).toString(), id);
        QCOMPARE(replied.first().at(3).toString(), u"timeout"_s);
        QVERIFY(!client.sending());
        QCOMPARE(client.state(), VenueClient::State::Online); // one slow answer is no drop

        // The late answer is ignored: exactly one reply per request.
        hub.answerRequests = true;
        hub.answerWithheld();
        const QString next = client.request(u"chat.send"_s, {{"body"_L1, "Again"_L1}});
        QTRY_COMPARE_WITH_TIMEOUT(replied.size(), 2, Wait);
        QCOMPARE(replied.last().at(0).toString(), next);
        QCOMPARE(replied.last().at(1).toBool(), true);
    }

    void eachRequestTimesOutOnItsOwnDeadline()
    {
        UnansweredClient quiet;
        QVERIFY(quiet.goOnline(400));
        VenueClient &client = quiet.client;
        QSignalSpy replied(&client, &VenueClient::replied);
        ManualClock &clock = quiet.clock;

        const QString first = client.request(u"chat.send"_s, {{"body"_L1, "One"_L1}});
        clock.advance(200);
        const QString second = client.request(u"chat.send"_s, {{"body"_L1, "Two"_L1}});
        clock.advance(199);
        QCOMPARE(replied.size(), 0);
        clock.advance(1);            // 400 ms after the first
        QCOMPARE(replied.size(), 1); // the second is not due yet
        QCOMPARE(replied.first().at(0).toString(), first);
        QCOMPARE(replied.first().at(3).toString(), u"timeout"_s);
        clock.advance(199);
        QCOMPARE(replied.size(), 1);
        clock.advance(1); // 400 ms after the second
        QCOMPARE(replied.size(), 2);
        QCOMPARE(replied.last().at(0).toString(), second);
        QCOMPARE(replied.last().at(3).toString(), u"timeout"_s);
        QVERIFY(!client.sending());
    }

    void inFlightRequestFailsOnDrop()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        ManualClock clock(Start);
        VenueClient client(clock);
        client.setTiming(fastTiming());
        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), VenueClient::State::Online, Wait);
        QSignalSpy replied(&client, &VenueClient::replied);
        hub.answerRequests = false;
        const QString id = client.request(u"chat.send"_s, {{"body"_L1, "Hi"_L1}});
        QTRY_COMPARE_WITH_TIMEOUT(hub.requestsFor(u"chat.send"_s).size(), 1, Wait);
        hub.dropClients();
        QVERIFY(replied.wait(Wait));
        QCOMPARE(replied.first().at(0).toString(), id);
        QCOMPARE(replied.first().at(3).toString(), u"connection_lost"_s);
    }

    void silentHubIsNoticed()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        FreezableRelay relay(hub.port());
        QVERIFY(relay.listen());
        ManualClock clock(Start);
        VenueClient client(clock);
        VenueClient::Timing timing = fastTiming();
        timing.pingIntervalMs = 50;
        timing.pongTimeoutMs = 300;
        client.setTiming(timing);
        client.connectTo(relay.url(), QString::fromLatin1(FakeHub::GoodToken));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), VenueClient::State::Online, Wait);
        // Pongs keep a quiet but living hub online well past the timeout: each ping is sent as the
        // clock passes its interval, and its pong comes back over the socket.
        QSignalSpy contact(&client, &VenueClient::lastContactChanged);
        for (int ping = 1; ping <= 12; ++ping) {
            const qsizetype before = contact.size();
            clock.advance(50);
            QTRY_VERIFY_WITH_TIMEOUT(contact.size() > before, Wait);
        }
        QCOMPARE(client.state(), VenueClient::State::Online);

        relay.setFrozen(true);
        const QDateTime frozenAt = clock.now();
        const QDateTime offlineAt = goesOfflineAt(client, clock, 10);
        // Not at once (TCP said nothing), but exactly when the 300 ms of silence allowed have
        // passed since the last frame (a pong may still have been on its way when frozen).
        QCOMPARE(offlineAt, client.lastContact().addMSecs(300));
        QVERIFY(offlineAt > frozenAt);

        relay.setFrozen(false);
        clock.advance(PastBackoffMs);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), VenueClient::State::Online, Wait);
    }

    void silentHubIsNoticedWithinTenSecondsByDefault()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        FreezableRelay relay(hub.port());
        QVERIFY(relay.listen());
        ManualClock clock(Start);
        VenueClient client(clock); // default ping and pong timing
        client.connectTo(relay.url(), QString::fromLatin1(FakeHub::GoodToken));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), VenueClient::State::Online, Wait);

        relay.setFrozen(true);
        const QDateTime frozenAt = clock.now();
        // Pings at 3 s and 6 s go unanswered; the silence is noticed at 7 s, within 10 s.
        const QDateTime offlineAt = goesOfflineAt(client, clock, 500);
        QCOMPARE(offlineAt, client.lastContact().addMSecs(7000));
        QVERIFY(offlineAt > frozenAt && frozenAt.msecsTo(offlineAt) <= 10000);
    }

    // A hub that welcomes but never answers the catch-up is given up on after the request
    // timeout, and tried again after the backoff.
    void anUnansweredCatchUpIsDropped()
    {
        FakeHub hub;
        QVERIFY(hub.listen());
        hub.answerRequests = false; // the snapshot goes unanswered (a subscribe would be answered)
        ManualClock clock(Start);
        VenueClient client(clock);
        VenueClient::Timing timing = fastTiming();
        timing.requestTimeoutMs = 1000; // within the 1.5 s a hub may be silent
        client.setTiming(timing);
        client.setCatchUpSnapshot(u"orders.open"_s);
        client.connectTo(hub.url(), QString::fromLatin1(FakeHub::GoodToken));
        QTRY_COMPARE_WITH_TIMEOUT(hub.requestsFor(u"orders.open"_s).size(), 1, Wait);
        QCOMPARE(client.state(), VenueClient::State::Online);
        clock.advance(999);
        QCOMPARE(client.state(), VenueClient::State::Online);
        clock.advance(1);
        QCOMPARE(client.state(), VenueClient::State::Offline);
        clock.advance(PastBackoffMs);
        QTRY_COMPARE_WITH_TIMEOUT(hub.requestsFor(u"orders.open"_s).size(), 2, Wait);
        QCOMPARE(hub.connections, 2);
    }
};

QTEST_GUILESS_MAIN(TestVenueClient)
#include "tst_venueclient.moc"
