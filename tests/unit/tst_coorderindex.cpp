// CoOrderIndex: what it counts from each order, how it ranks, that ties always fall the same way,
// and what it never offers.
#include "coorderindex.h"
#include "serviceday.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;

namespace {

const QDate Friday(2026, 11, 27);
const QDate Saturday(2026, 11, 28);

using Reason = RecommendationReason;

// Sessions of history, each a single order, on no night in particular.
void addSessions(CoOrderIndex &index, int count, const QList<qint64> &dishes)
{
    for (int i = 0; i < count; ++i)
        index.recordOrder({}, dishes, QDate());
}

// Enough unrelated sessions that history is no longer thin.
void thickenHistory(CoOrderIndex &index)
{
    addSessions(index, int(CoOrderIndex::ThinHistorySessions), {900});
}

} // namespace

class TestCoOrderIndex : public QObject {
    Q_OBJECT

private slots:
    void countsEachPairOncePerSession()
    {
        CoOrderIndex index;
        index.recordOrder({}, {1, 2, 2, 3}, Friday);
        index.recordOrder({1, 2, 3}, {2, 4}, Friday); // 2 again adds nothing
        QCOMPARE(index.sessions(), 1);
        QCOMPARE(index.sessionsTogether(1, 2), 1u);
        QCOMPARE(index.sessionsTogether(2, 1), 1u);
        QCOMPARE(index.sessionsTogether(2, 3), 1u);
        QCOMPARE(index.sessionsTogether(4, 1), 1u); // a later order pairs with the earlier ones
        QCOMPARE(index.sessionsTogether(4, 3), 1u);
        QCOMPARE(index.sessionsTogether(2, 2), 0u);
        QCOMPARE(index.sessionsWith(2), 1u);
        QCOMPARE(index.sessionsTonight(2, Friday), 1u);
        QCOMPARE(index.pairCount(), 12); // 6 pairs of 4 dishes, both ways

        index.recordOrder({}, {1, 2}, Friday);
        QCOMPARE(index.sessions(), 2);
        QCOMPARE(index.sessionsTogether(1, 2), 2u);
        QCOMPARE(index.sessionsWith(1), 2u);
        QCOMPARE(index.sessionsTonight(1, Friday), 2u);

        index.recordOrder({5}, {5}, Friday); // nothing new in the session
        QCOMPARE(index.sessionsWith(5), 0u);
    }

    void tonightStartsAgainOnANewServiceDay()
    {
        CoOrderIndex index;
        index.recordOrder({}, {1, 2}, Friday);
        index.recordOrder({}, {1}, Friday);
        index.recordOrder({}, {3}, QDate()); // not tonight: history only
        QCOMPARE(index.sessionsTonight(1, Friday), 2u);
        QCOMPARE(index.sessionsTonight(3, Friday), 0u);
        QCOMPARE(index.sessionsTonight(1, Saturday), 0u); // asked on another day: none

        index.recordOrder({}, {2}, Saturday);
        QCOMPARE(index.sessionsTonight(1, Saturday), 0u);
        QCOMPARE(index.sessionsTonight(2, Saturday), 1u);
        index.recordOrder({}, {1}, Friday); // a late-read order of the night before
        QCOMPARE(index.sessionsTonight(1, Saturday), 0u);
        QCOMPARE(index.sessionsWith(1), 3u); // history keeps it
    }

    void ranksOftenWithBySessionsTogether()
    {
        CoOrderIndex index;
        thickenHistory(index);
        addSessions(index, 5, {1, 10});
        addSessions(index, 3, {1, 11});
        addSessions(index, 4, {1, 12});
        addSessions(index, 1, {1, 13}); // once: chance, not offered
        const auto found = index.recommend({{1}, {}, {}, {}, 10});
        const QList<Recommendation> expected{
            {10, Reason::OftenWith, 5}, {12, Reason::OftenWith, 4}, {11, Reason::OftenWith, 3}};
        QCOMPARE(found, expected);
    }

    void aCartSumsItsDishes()
    {
        CoOrderIndex index;
        thickenHistory(index);
        addSessions(index, 4, {1, 10});
        addSessions(index, 3, {2, 11});
        addSessions(index, 2, {2, 10});
        const auto found = index.recommend({{1, 2}, {}, {}, {}, 10});
        const QList<Recommendation> expected{{10, Reason::OftenWith, 6},
                                             {11, Reason::OftenWith, 3}};
        QCOMPARE(found, expected);
    }

    void tiesGoToTheMorePopularThenTheLowerId()
    {
        CoOrderIndex index;
        thickenHistory(index);
        addSessions(index, 3, {1, 30});
        addSessions(index, 3, {1, 20});
        addSessions(index, 3, {1, 40});
        addSessions(index, 2, {40}); // 40 is ordered more overall
        const auto once = index.recommend({{1}, {}, {}, {}, 3});
        const QList<Recommendation> expected{
            {40, Reason::OftenWith, 3}, {20, Reason::OftenWith, 3}, {30, Reason::OftenWith, 3}};
        QCOMPARE(once, expected);

        // The same counts reached in another order rank the same.
        CoOrderIndex other;
        addSessions(other, 2, {40});
        addSessions(other, 3, {1, 40});
        addSessions(other, 3, {1, 20});
        addSessions(other, 3, {1, 30});
        thickenHistory(other);
        QCOMPARE(other.recommend({{1}, {}, {}, {}, 3}), expected);
    }

    void fillsWithPopularTonightThenStops()
    {
        CoOrderIndex index;
        thickenHistory(index);
        addSessions(index, 2, {1, 10});
        index.recordOrder({}, {7}, Friday);
        index.recordOrder({}, {7, 8}, Friday);
        index.recordOrder({}, {10}, Friday);
        const auto found = index.recommend({{1}, {}, {}, Friday, 10});
        const QList<Recommendation> expected{{10, Reason::OftenWith, 2},
                                             {7, Reason::PopularTonight, 2},
                                             {8, Reason::PopularTonight, 1}};
        QCOMPARE(found, expected); // 10 once only, as often_with
        QCOMPARE(index.recommend({{1}, {}, {}, Saturday, 10}).size(), 1); // not tonight's night
        QCOMPARE(index.recommend({{1}, {}, {}, Friday, 2}).size(), 2);    // the limit holds
        QVERIFY(index.recommend({{1}, {}, {}, Friday, 0}).isEmpty());
    }

    void ownerPicksLeadWhileHistoryIsThin()
    {
        CoOrderIndex index;
        addSessions(index, 2, {1, 10});
        const CoOrderIndex::Query query{{1}, {50, 1, 51}, {}, {}, 10};
        const QList<Recommendation> thin{{50, Reason::OwnerPick, 0},
                                         {51, Reason::OwnerPick, 0}, // 1 is in the basket
                                         {10, Reason::OftenWith, 2}};
        QCOMPARE(index.recommend(query), thin);
        QVERIFY(index.historyIsThin());
        addSessions(index, int(CoOrderIndex::ThinHistorySessions) - 2, {900});
        QVERIFY(!index.historyIsThin());
        QCOMPARE(index.recommend(query), (QList<Recommendation>{{10, Reason::OftenWith, 2}}));
    }

    void neverOffersWhatIsExcluded()
    {
        CoOrderIndex index;
        addSessions(index, 3, {1, 2, 3, 4, 5});
        index.recordOrder({}, {2, 3, 4, 5, 6}, Friday);
        QList<qint64> asked;
        CoOrderIndex::Query query{{1, 2}, {3, 6}, {}, Friday, 10};
        query.offerable = [&asked](qint64 itemId) {
            asked.append(itemId);
            return itemId != 3 && itemId != 5; // sold out, or hidden by the diner's filters
        };
        const auto found = index.recommend(query);
        for (const Recommendation &r : found) {
            QVERIFY2(r.itemId != 1 && r.itemId != 2, "a dish of the cart was offered");
            QVERIFY2(r.itemId != 3 && r.itemId != 5, "an excluded dish was offered");
        }
        const QList<Recommendation> expected{{6, Reason::OwnerPick, 0}, {4, Reason::OftenWith, 7}};
        QCOMPARE(found, expected);
        QVERIFY(!asked.contains(1) && !asked.contains(2)); // the basket is never even asked
    }

    void unknownDishesAskNothing()
    {
        CoOrderIndex index;
        QVERIFY(index.recommend({{42}, {}, {}, Friday, 4}).isEmpty());
        QCOMPARE(index.sessionsTogether(1, 42), 0u);
        QCOMPARE(index.dishCount(), 0);
        QVERIFY(index.memoryBytes() > 0);
    }

    void reasonCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("reason");
        QTest::newRow("often_with") << u"often_with"_s << int(Reason::OftenWith);
        QTest::newRow("popular_tonight") << u"popular_tonight"_s << int(Reason::PopularTonight);
        QTest::newRow("owner_pick") << u"owner_pick"_s << int(Reason::OwnerPick);
    }
    void reasonCodes()
    {
        QFETCH(QString, code);
        QFETCH(int, reason);
        QCOMPARE(recommendationReasonCode(Reason(reason)), code);
        QCOMPARE(recommendationReasonFromCode(code), std::optional(Reason(reason)));
        QCOMPARE(recommendationReasonFromCode(u"Often_With"), std::nullopt);
    }

    void serviceDayStartsAtFourOnTheVenuesClock()
    {
        const QTimeZone athens("Europe/Athens");
        // 23:30 and 01:30 in Athens (UTC+2 in November) are the same evening's service.
        QCOMPARE(ServiceDay::of(QDateTime(Friday, QTime(21, 30), Qt::UTC), athens), Friday);
        QCOMPARE(ServiceDay::of(QDateTime(Friday, QTime(23, 30), Qt::UTC), athens), Friday);
        QCOMPARE(ServiceDay::of(QDateTime(Saturday, QTime(2, 0), Qt::UTC), athens), Saturday);
        QCOMPARE(ServiceDay::start(Saturday, athens), QDateTime(Saturday, QTime(2, 0), Qt::UTC));
    }
};

QTEST_APPLESS_MAIN(TestCoOrderIndex)
#include "tst_coorderindex.moc"
