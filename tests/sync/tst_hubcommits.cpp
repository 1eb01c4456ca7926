// HubCommits: what a round's batch says goes out only once its commit is on disk, in the order
// it arose, and so does what a commit outside a round says; a failed batch answers its requests
// store_error and tells no event; a spoiled one is handled again, each frame in a savepoint; a
// failed sync says nothing of its round or any after, and says the disk failed.
#include "hubcommits.h"
#include "hubstorefixture.h"

#include <QTest>
#include <QWebSocket>

#include <atomic>
#include <cerrno>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

class TestHubCommits : public QObject {
    Q_OBJECT

private:
    HubStoreFixture m_store;
    std::unique_ptr<HubCommits> m_commits;
    QWebSocket m_socket; // never connected: only a name for where a reply goes
    QStringList m_out;   // "send TEXT", "event SEQ", "write", "lost", in the order they went
    QList<std::pair<QWebSocket *, QString>> m_again;
    std::atomic<bool> m_failNextSync = false;
    std::atomic<int> m_syncs = 0; // finished, and successful
    int m_syncsWhenLastSent = -1; // how many had finished when the last reply went out

    StoredEvent storeEvent(HubTransactions::InBatch guard = HubTransactions::InBatch::Savepoint,
                           bool fail = false)
    {
        StoredEvent stored;
        (void)m_store.work->transact(
            [&]() -> Result<HubOutcome> {
                HubOutcome outcome;
                if (auto r = m_store.work->record(outcome, u"menu.availability"_s, {}); !r)
                    return r.error();
                stored = outcome.events.constLast();
                if (fail)
                    return makeError(u"store_error"_s, u"the disk said no"_s);
                return outcome;
            },
            guard);
        return stored;
    }

private slots:
    void initTestCase() { QCOMPARE(m_store.open(), QString()); }

    // A syncer of its own for each test: one that lost the disk stays lost.
    void init()
    {
        m_out.clear();
        m_again.clear();
        m_failNextSync = false;
        m_commits = std::make_unique<HubCommits>(
            m_store.database, *m_store.work,
            HubCommits::Outlets{
                [this](QWebSocket *, const QString &text) {
                    m_out.append(u"send "_s + text);
                    m_syncsWhenLastSent = m_syncs;
                },
                [this](const StoredEvent &event) { m_out.append(u"event %1"_s.arg(event.seq)); },
                [this] { m_out.append(u"write"_s); },
                [this](QWebSocket *socket, const QString &text) {
                    m_again.append({socket, text});
                    m_commits->keepForRedo(socket, text);
                },
                [this](const QString &) { m_out.append(u"lost"_s); }},
            [this](int fd) {
                if (m_failNextSync.exchange(false)) {
                    errno = EIO;
                    return -1;
                }
                const int result = ::fdatasync(fd);
                ++m_syncs;
                return result;
            });
    }

    void cleanup() { m_commits.reset(); }

    // Outside a round each operation commits alone (a device pairing; every request when the
    // round's BEGIN fails): what follows a commit goes out once that commit is on disk.
    void outsideARoundACommitIsToldOnceOnDisk()
    {
        QVERIFY(!m_commits->isOpen());
        m_commits->deliver(&m_socket, u"refusal"_s); // nothing written waits: said now
        QCOMPARE(m_out, (QStringList{u"send refusal"_s, u"write"_s}));

        const int syncsBefore = m_syncs;
        const StoredEvent event = storeEvent(); // committed alone
        m_commits->deliver(&m_socket, u"reply"_s, u"r-1"_s);
        m_commits->announce(event);
        bool ran = false;
        m_commits->runInTurn([&] { ran = true; });
        QCOMPARE(m_out.size(), 2); // nothing yet
        QVERIFY(!ran);
        QTRY_VERIFY(ran); // by itself, from the event loop
        QCOMPARE(m_out, (QStringList{u"send refusal"_s, u"write"_s, u"send reply"_s, u"write"_s,
                                     u"event %1"_s.arg(event.seq), u"write"_s, u"write"_s}));
        QVERIFY(m_syncsWhenLastSent > syncsBefore);
        // All on disk: said at once again.
        ran = false;
        m_commits->runInTurn([&] { ran = true; });
        QVERIFY(ran);
    }

    // The next sync would succeed (Linux marks the pages it failed to write clean): the round
    // whose sync failed, every round after and every word outside a round are said to no one,
    // and the hub is told its disk failed, once.
    void aFailedSyncSaysNothingOfItsRoundNorAnyAfter()
    {
        m_failNextSync = true;
        m_commits->open();
        const StoredEvent first = storeEvent();
        m_commits->deliver(&m_socket, u"reply 1"_s, u"r-1"_s);
        m_commits->announce(first);
        m_commits->flush();
        m_commits->drain();
        QCOMPARE(m_out, QStringList{u"lost"_s}); // no store_error either

        m_commits->open();
        const StoredEvent second = storeEvent();
        m_commits->deliver(&m_socket, u"reply 2"_s, u"r-2"_s);
        m_commits->announce(second);
        m_commits->flush();
        m_commits->drain();
        m_commits->deliver(&m_socket, u"refusal"_s);
        bool ran = false;
        m_commits->runInTurn([&] { ran = true; });
        QVERIFY(!m_commits->waitUntilDurable());
        QCoreApplication::processEvents();
        QCOMPARE(m_out, QStringList{u"lost"_s});
        QVERIFY(!ran);
    }

    void aBatchSpeaksOnceItsCommitIsOnDisk()
    {
        m_commits->open();
        QVERIFY(m_commits->isOpen());
        const StoredEvent event = storeEvent();
        m_commits->deliver(&m_socket, u"reply 1"_s, u"r-1"_s);
        m_commits->announce(event);
        QStringList inTurn;
        m_commits->runInTurn([&] { inTurn = m_out; });
        m_commits->deliver(&m_socket, u"reply 2"_s, u"r-2"_s);
        QVERIFY(m_out.isEmpty()); // nothing before the commit
        m_commits->flush();
        QVERIFY(!m_commits->isOpen());
        QTRY_COMPARE(m_out, (QStringList{u"send reply 1"_s, u"event %1"_s.arg(event.seq),
                                         u"send reply 2"_s, u"write"_s}));
        // The action ran in its turn: after what was said before it, before what came after.
        QCOMPARE(inTurn, (QStringList{u"send reply 1"_s, u"event %1"_s.arg(event.seq)}));
    }

    void aFailedBatchAnswersStoreErrorAndTellsNoEvent()
    {
        const qint64 events = m_store.count(u"events"_s);
        m_commits->open();
        // Written without a savepoint, then failed: the batch cannot be kept.
        const StoredEvent event = storeEvent(HubTransactions::InBatch::SpoilsOnFailure, true);
        QVERIFY(m_store.work->batchSpoiled());
        m_commits->deliver(&m_socket, u"answer"_s, u"r-3"_s);
        m_commits->announce(event);
        m_commits->deliver(&m_socket, u"refusal"_s); // no request to fail: said regardless
        m_commits->flush();
        QCOMPARE(m_out.size(), 3);
        QVERIFY(m_out[0].startsWith(u"send "_s));
        const QJsonObject reply = QJsonDocument::fromJson(m_out[0].mid(5).toUtf8()).object();
        QCOMPARE(reply.value(u"id"_s).toString(), u"r-3"_s);
        QCOMPARE(reply.value(u"error"_s).toObject().value(u"code"_s).toString(), u"store_error"_s);
        QCOMPARE(m_out[1], u"send refusal"_s);
        QCOMPARE(m_out[2], u"write"_s);
        QCOMPARE(m_store.count(u"events"_s), events);
    }

    void aSpoiledBatchIsHandledAgainEachInASavepoint()
    {
        QWebSocket other;
        m_commits->open();
        (void)storeEvent();
        m_commits->keepForRedo(&m_socket, u"first"_s);
        m_commits->deliver(&m_socket, u"first's reply"_s);
        (void)storeEvent(HubTransactions::InBatch::SpoilsOnFailure, true);
        m_commits->keepForRedo(&other, u"second"_s);
        m_commits->redoIfSpoiled();
        // Rolled back, what it said forgotten, its frames handed back in order.
        QCOMPARE(m_again.size(), 2);
        QVERIFY(m_again[0].first == &m_socket && m_again[0].second == u"first"_s);
        QVERIFY(m_again[1].first == &other && m_again[1].second == u"second"_s);
        QVERIFY(!m_store.work->batchSpoiled());
        // Careful now: the same failure undoes itself alone and spoils nothing.
        m_commits->open();
        (void)storeEvent(HubTransactions::InBatch::SpoilsOnFailure, true);
        QVERIFY(!m_store.work->batchSpoiled());
        m_commits->redoIfSpoiled();
        QCOMPARE(m_again.size(), 2);
        m_commits->flush();
        QTRY_COMPARE(m_out, QStringList{u"write"_s});
        // The next batch is fast again: no savepoint for the hot path.
        m_commits->open();
        (void)storeEvent(HubTransactions::InBatch::SpoilsOnFailure, true);
        QVERIFY(m_store.work->batchSpoiled());
        m_store.work->abandonBatch();
    }

    void waitingUntilDurableHandsOutWhatTheBatchSaid()
    {
        m_commits->open();
        const StoredEvent event = storeEvent();
        m_commits->announce(event);
        QVERIFY(m_commits->waitUntilDurable());
        QCOMPARE(m_out, (QStringList{u"event %1"_s.arg(event.seq), u"write"_s}));
    }
};

QTEST_GUILESS_MAIN(TestHubCommits)
#include "tst_hubcommits.moc"
