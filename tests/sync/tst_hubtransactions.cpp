// HubTransactions: each operation's unit of work, alone or in the round's batch; a refused one
// leaves nothing, a batch spoiled by an unguarded failure cannot be kept.
#include "hubstorefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::testing;

using InBatch = HubTransactions::InBatch;

class TestHubTransactions : public QObject {
    Q_OBJECT

private:
    HubStoreFixture m_store;

    // A unit that stores one event, then succeeds, refuses, or keeps nothing.
    enum class Ends { Kept, Refused, NotKept };
    Result<HubOutcome> unit(Ends ends, InBatch guard = InBatch::Savepoint)
    {
        return m_store.work->transact(
            [&]() -> Result<HubOutcome> {
                HubOutcome outcome;
                if (auto r = m_store.work->record(outcome, u"idea.voted"_s, {{u"votes"_s, 1}}); !r)
                    return r.error();
                if (ends == Ends::Refused)
                    return makeError(u"already_voted"_s, u"once per visit"_s);
                outcome.keep = ends == Ends::Kept;
                return outcome;
            },
            guard);
    }

    qint64 events() { return m_store.count(u"events"_s); }

private slots:
    void initTestCase() { QCOMPARE(m_store.open(), QString()); }

    void aUnitAloneIsStoredOrLeavesNothing_data()
    {
        QTest::addColumn<int>("ends");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("stored");
        QTest::newRow("kept") << int(Ends::Kept) << true << 1;
        QTest::newRow("refused") << int(Ends::Refused) << false << 0;
        QTest::newRow("nothing new to keep") << int(Ends::NotKept) << true << 0;
    }
    void aUnitAloneIsStoredOrLeavesNothing()
    {
        QFETCH(int, ends);
        QFETCH(bool, ok);
        QFETCH(int, stored);
        const qint64 before = events();
        const auto outcome = unit(Ends(ends));
        QCOMPARE(outcome.ok(), ok);
        if (ok) // the events to push are those stored
            QCOMPARE(outcome->events.size(), stored);
        QCOMPARE(events(), before + stored);
    }

    void aBatchKeepsWhatWasNotRefused()
    {
        const qint64 before = events();
        QVERIFY(m_store.work->beginBatch());
        QVERIFY(m_store.work->inBatch());
        QVERIFY(unit(Ends::Kept));
        QVERIFY(!unit(Ends::Refused)); // its savepoint alone is undone
        QVERIFY(unit(Ends::Kept, InBatch::SpoilsOnFailure));
        QVERIFY(!m_store.work->batchSpoiled());
        QVERIFY(m_store.work->endBatch());
        QVERIFY(!m_store.work->inBatch());
        QCOMPARE(events(), before + 2);
    }

    void anUnguardedFailureSpoilsTheBatch()
    {
        const qint64 before = events();
        QVERIFY(m_store.work->beginBatch());
        QVERIFY(unit(Ends::Kept));
        QVERIFY(!unit(Ends::Refused, InBatch::SpoilsOnFailure));
        QVERIFY(m_store.work->batchSpoiled());
        const auto ended = m_store.work->endBatch();
        QVERIFY(!ended);
        QCOMPARE(ended.error().code, u"store_error"_s);
        QCOMPARE(events(), before); // the whole batch is gone
        QVERIFY(!m_store.work->batchSpoiled());
    }

    void aCarefulBatchGuardsEveryUnit()
    {
        const qint64 before = events();
        m_store.work->setCarefulBatch(true);
        QVERIFY(m_store.work->beginBatch());
        QVERIFY(!unit(Ends::Refused, InBatch::SpoilsOnFailure));
        QVERIFY(unit(Ends::NotKept, InBatch::SpoilsOnFailure)); // answered, not stored
        QVERIFY(unit(Ends::Kept, InBatch::SpoilsOnFailure));
        QVERIFY(!m_store.work->batchSpoiled());
        QVERIFY(m_store.work->endBatch());
        m_store.work->setCarefulBatch(false);
        QCOMPARE(events(), before + 1);
    }

    void anAbandonedBatchLeavesNothing()
    {
        const qint64 before = events();
        QVERIFY(m_store.work->beginBatch());
        QVERIFY(unit(Ends::Kept));
        m_store.work->abandonBatch();
        QVERIFY(!m_store.work->inBatch());
        QCOMPARE(events(), before);
    }

    void aStepCommittedAloneIsKeptEvenWhenItFails()
    {
        const qint64 before = events();
        QVERIFY(m_store.work->beginBatch());
        const auto step = m_store.work->commitAlone([&]() -> Result<void> {
            HubOutcome outcome;
            if (auto r = m_store.work->record(outcome, u"idea.voted"_s, {}); !r)
                return r;
            return makeError(u"pin_wrong"_s, u"counted all the same"_s);
        });
        QCOMPARE(step.error().code, u"pin_wrong"_s);
        QVERIFY(m_store.work->endBatch());
        QCOMPARE(events(), before + 1);
    }

    void theVenueLanguageIsTheKitchens() { QCOMPARE(m_store.work->venueLanguage(), u"en"_s); }
};

QTEST_GUILESS_MAIN(TestHubTransactions)
#include "tst_hubtransactions.moc"
