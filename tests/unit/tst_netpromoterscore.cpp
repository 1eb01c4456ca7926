// The net promoter score of "would you recommend us": each answer's class at every value 0 to 10,
// and the score of whole sets of answers, rounding included.
#include "guestfeedback.h"

#include <QTest>

using namespace tableside;

class TestNetPromoterScore : public QObject {
    Q_OBJECT

private slots:
    void eachAnswerHasItsClass_data()
    {
        QTest::addColumn<int>("answer");
        QTest::addColumn<int>("promoters");
        QTest::addColumn<int>("passives");
        QTest::addColumn<int>("detractors");
        for (int answer = 0; answer <= 6; ++answer)
            QTest::addRow("%d detracts", answer) << answer << 0 << 0 << 1;
        QTest::newRow("7 is passive") << 7 << 0 << 1 << 0;
        QTest::newRow("8 is passive") << 8 << 0 << 1 << 0;
        QTest::newRow("9 promotes") << 9 << 1 << 0 << 0;
        QTest::newRow("10 promotes") << 10 << 1 << 0 << 0;
        QTest::newRow("-1 is no answer") << -1 << 0 << 0 << 0;
        QTest::newRow("11 is no answer") << 11 << 0 << 0 << 0;
    }

    void eachAnswerHasItsClass()
    {
        QFETCH(int, answer);
        RecommendTally tally;
        tally.add(answer);
        QFETCH(int, promoters);
        QFETCH(int, passives);
        QFETCH(int, detractors);
        QCOMPARE(tally.promoters, promoters);
        QCOMPARE(tally.passives, passives);
        QCOMPARE(tally.detractors, detractors);
    }

    void scoreOfAnswers_data()
    {
        QTest::addColumn<QList<int>>("answers");
        QTest::addColumn<int>("score");
        QTest::newRow("no answers") << QList<int>{} << 0;
        QTest::newRow("all promoters") << QList<int>{9, 10, 10} << 100;
        QTest::newRow("all detractors") << QList<int>{0, 3, 6} << -100;
        QTest::newRow("all passive") << QList<int>{7, 8} << 0;
        QTest::newRow("half and half") << QList<int>{10, 0} << 0;
        // 12 promoters, 5 passives, 3 detractors of 20: 60% - 15% = 45.
        QTest::newRow("the protocol's example")
            << (QList<int>(12, 9) + QList<int>(5, 7) + QList<int>(3, 2)) << 45;
        QTest::newRow("one third up rounds down") << QList<int>{9, 7, 7} << 33;
        QTest::newRow("two thirds rounds up") << QList<int>{9, 9, 7} << 67;
        QTest::newRow("a half rounds away from zero") << QList<int>{9, 7, 7, 7, 7, 7, 7, 7} << 13;
        QTest::newRow("a negative half too") << QList<int>{6, 7, 7, 7, 7, 7, 7, 7} << -13;
        QTest::newRow("passives weigh down") << QList<int>{10, 10, 8, 8} << 50;
        QTest::newRow("out of range ignored") << QList<int>{10, 11, -1} << 100;
    }

    void scoreOfAnswers()
    {
        QFETCH(QList<int>, answers);
        RecommendTally tally;
        for (int answer : answers)
            tally.add(answer);
        QFETCH(int, score);
        QCOMPARE(tally.netPromoterScore(), score);
    }
};

QTEST_GUILESS_MAIN(TestNetPromoterScore)
#include "tst_netpromoterscore.moc"
