// The soak's core, short: `tableside hub` in its own process, three tables and their tablets, a
// kitchen display and a floor view playing eight sessions as fast as they go. Every acknowledged
// order is in the store once and was told once to the kitchen and once to the floor; every line
// was served; and the kitchen's and the floor's models hold no more than the open tables need,
// nothing once the last table is closed.
#include "eveningrun.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tableside;
using namespace tableside::bench;

class TestEvening : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLoggingCategory::setFilterRules(u"*.debug=false\n*.info=false"_s); }

    void eightSessionsAsFastAsTheyGo()
    {
        EveningOptions options;
        options.hubBinary = QStringLiteral(TABLESIDE_BINARY);
        options.plan.tables = 3;
        options.plan.speed = 0;
        options.plan.sessions = 8;
        options.sampleMs = 50;
        options.timeoutSeconds = 30;
        const EveningFigures figures = runEvening(options);
        QVERIFY2(figures.failure.isEmpty(), qPrintable(figures.failure));

        const EveningTally &tally = figures.tally;
        QCOMPARE(tally.seatings, 8);
        QCOMPARE(tally.sessionsClosed, 8);
        QCOMPARE(figures.storedSessions, 8);
        QCOMPARE(figures.sessionsLeftOpen, 0);
        // Each party ordered at least once, wrote, called a waiter and asked for the bill.
        QVERIFY(tally.acknowledged.size() >= 8);
        QCOMPARE(tally.ordersSent, int(tally.acknowledged.size()));
        QCOMPARE(tally.messages, 8);
        QCOMPARE(tally.answers, 8);
        QCOMPARE(tally.calls, 8);
        QCOMPARE(tally.bills, 8);
        QVERIFY2(tally.refusals.isEmpty(), qPrintable(tally.refusals.keys().join(u", "_s)));

        QCOMPARE(figures.lost, 0);
        QCOMPARE(figures.duplicated, 0);
        QCOMPARE(figures.storedOrders, int(tally.acknowledged.size()));
        QCOMPARE(figures.storedLines, tally.lines);
        QCOMPARE(tally.served, tally.lines);
        QCOMPARE(figures.linesNotServed, 0);

        QVERIFY(!figures.samples.empty());
        const QByteArray models =
            QJsonDocument(figures.toJson()[u"models"_s].toObject()).toJson(QJsonDocument::Compact);
        QVERIFY2(figures.modelsLetGo(), models.constData());
        QCOMPARE(figures.endModels.floorTables, 12); // the demo's room
        QVERIFY(figures.samples.back().hub.rssKiB > 0);
        QVERIFY(figures.samples.back().hub.descriptors > 0);
        QVERIFY(figures.hubStoppedCleanly);
    }
};

QTEST_MAIN(TestEvening)
#include "tst_evening.moc"
