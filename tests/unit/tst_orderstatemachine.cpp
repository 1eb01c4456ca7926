// Which moves an order line may make, and what an order's status is given its lines.

#include "orderstatus.h"

#include <QTest>

using namespace tableside;

namespace {

constexpr OrderStatus All[] = {OrderStatus::Placed, OrderStatus::Accepted, OrderStatus::Cooking,
                               OrderStatus::Ready,  OrderStatus::Served,   OrderStatus::Cancelled};

// Verdicts by hand, rows = from, columns = to, in the order of All. "ok" is allowed.
// Without a reason:
const char *const VerdictNoReason[6][6] = {
    // placed, accepted, cooking, ready, served, cancelled
    {"no_change", "ok", "illegal_transition", "illegal_transition", "illegal_transition",
     "reason_required"}, // from placed
    {"illegal_transition", "no_change", "ok", "illegal_transition", "illegal_transition",
     "reason_required"}, // from accepted
    {"illegal_transition", "illegal_transition", "no_change", "ok", "illegal_transition",
     "reason_required"}, // from cooking
    {"illegal_transition", "illegal_transition", "illegal_transition", "no_change", "ok",
     "reason_required"}, // from ready
    {"already_final", "already_final", "already_final", "already_final", "no_change",
     "already_final"}, // from served
    {"already_final", "already_final", "already_final", "already_final", "already_final",
     "no_change"}, // from cancelled
};

// With a reason only the cancel column changes.
const char *const CancelWithReason[6] = {"ok", "ok", "ok", "ok", "already_final", "no_change"};

} // namespace

class TestOrderStateMachine : public QObject {
    Q_OBJECT

private slots:
    void codes_data();
    void codes();
    void unknownCodes();
    void checkMove_data();
    void checkMove();
    void messages_data();
    void messages();
    void isFinalAndNext();
    void movesTowards_data();
    void movesTowards();
    void orderStatusFromLines_data();
    void orderStatusFromLines();
};

void TestOrderStateMachine::codes_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("placed") << OrderStatus::Placed << "placed";
    QTest::newRow("accepted") << OrderStatus::Accepted << "accepted";
    QTest::newRow("cooking") << OrderStatus::Cooking << "cooking";
    QTest::newRow("ready") << OrderStatus::Ready << "ready";
    QTest::newRow("served") << OrderStatus::Served << "served";
    QTest::newRow("cancelled") << OrderStatus::Cancelled << "cancelled";
}

void TestOrderStateMachine::codes()
{
    QFETCH(OrderStatus, status);
    QFETCH(QString, code);
    QCOMPARE(orderStatusCode(status), code);
    QCOMPARE(orderStatusFromCode(code), std::optional<OrderStatus>(status));
}

void TestOrderStateMachine::unknownCodes()
{
    for (const char *code : {"", "Placed", "canceled", "done", "cooking "})
        QCOMPARE(orderStatusFromCode(QString::fromLatin1(code)), std::nullopt);
}

void TestOrderStateMachine::checkMove_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("verdict");

    for (int f = 0; f < 6; ++f) {
        for (int t = 0; t < 6; ++t) {
            const QString from = orderStatusCode(All[f]);
            const QString to = orderStatusCode(All[t]);
            QTest::addRow("%s -> %s", qPrintable(from), qPrintable(to))
                << All[f] << All[t] << QString() << QString::fromLatin1(VerdictNoReason[f][t]);
            if (All[t] == OrderStatus::Cancelled) {
                QTest::addRow("%s -> cancelled, with reason", qPrintable(from))
                    << All[f] << All[t] << QStringLiteral("Guest changed their mind")
                    << QString::fromLatin1(CancelWithReason[f]);
                QTest::addRow("%s -> cancelled, blank reason", qPrintable(from))
                    << All[f] << All[t] << QStringLiteral(" \t\n ")
                    << QString::fromLatin1(VerdictNoReason[f][t]);
            }
        }
    }
}

void TestOrderStateMachine::checkMove()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(QString, reason);
    QFETCH(QString, verdict);

    const Result<void> result = OrderStateMachine::checkMove(from, to, reason);
    if (verdict == QLatin1String("ok")) {
        QVERIFY2(result.ok(), qPrintable(result.error().message));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, verdict);
    // The message names the states in words, so a cook knows what is wrong.
    const QString message = result.error().message;
    QVERIFY2(message.contains(orderStatusCode(from)), qPrintable(message));
    if (to != OrderStatus::Cancelled)
        QVERIFY2(message.contains(orderStatusCode(to)), qPrintable(message));
    else
        QVERIFY2(message.contains(QLatin1String("cancel")), qPrintable(message));
}

void TestOrderStateMachine::messages_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<QString>("message");
    QTest::newRow("served cannot be cancelled")
        << OrderStatus::Served << OrderStatus::Cancelled
        << "This line is already served; it can no longer be cancelled.";
    QTest::newRow("served cannot go back")
        << OrderStatus::Served << OrderStatus::Cooking
        << "This line is already served; it can no longer be moved to cooking.";
    QTest::newRow("cancelled is final")
        << OrderStatus::Cancelled << OrderStatus::Ready
        << "This line was cancelled; it can no longer be moved to ready.";
    QTest::newRow("backwards") << OrderStatus::Ready << OrderStatus::Cooking
                               << "This line is already ready; it cannot go back to cooking.";
    QTest::newRow("skipping") << OrderStatus::Placed << OrderStatus::Ready
                              << "This line is still placed; mark it accepted first, then ready.";
    QTest::newRow("same state") << OrderStatus::Cooking << OrderStatus::Cooking
                                << "This line is already cooking.";
    QTest::newRow("cancel without reason") << OrderStatus::Cooking << OrderStatus::Cancelled
                                           << "Give a reason to cancel this cooking line.";
}

void TestOrderStateMachine::messages()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(QString, message);
    const Result<void> result = OrderStateMachine::checkMove(from, to);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().message, message);
}

void TestOrderStateMachine::isFinalAndNext()
{
    QCOMPARE(OrderStateMachine::nextStatus(OrderStatus::Placed), OrderStatus::Accepted);
    QCOMPARE(OrderStateMachine::nextStatus(OrderStatus::Accepted), OrderStatus::Cooking);
    QCOMPARE(OrderStateMachine::nextStatus(OrderStatus::Cooking), OrderStatus::Ready);
    QCOMPARE(OrderStateMachine::nextStatus(OrderStatus::Ready), OrderStatus::Served);
    QCOMPARE(OrderStateMachine::nextStatus(OrderStatus::Served), std::nullopt);
    QCOMPARE(OrderStateMachine::nextStatus(OrderStatus::Cancelled), std::nullopt);

    for (OrderStatus status : All) {
        const bool final = status == OrderStatus::Served || status == OrderStatus::Cancelled;
        QCOMPARE(OrderStateMachine::isFinal(status), final);
    }
}

void TestOrderStateMachine::movesTowards_data()
{
    using S = OrderStatus;
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<QList<OrderStatus>>("moves");
    // Every pair: the move asked for alone, but for cooking a placed line.
    for (OrderStatus from : All) {
        for (OrderStatus to : All) {
            const bool acceptFirst = from == S::Placed && to == S::Cooking;
            QTest::addRow("%s -> %s", qPrintable(orderStatusCode(from)),
                          qPrintable(orderStatusCode(to)))
                << from << to << (acceptFirst ? QList<S>{S::Accepted, S::Cooking} : QList<S>{to});
        }
    }
}

void TestOrderStateMachine::movesTowards()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(QList<OrderStatus>, moves);
    const QList<OrderStatus> route = OrderStateMachine::movesTowards(from, to);
    QCOMPARE(route, moves);
    QCOMPARE(route.constLast(), to);
    // A route of two is made of legal steps only: it never skips a check.
    if (route.size() > 1) {
        OrderStatus at = from;
        for (OrderStatus step : route) {
            QVERIFY(OrderStateMachine::checkMove(at, step).ok());
            at = step;
        }
    }
}

void TestOrderStateMachine::orderStatusFromLines_data()
{
    using S = OrderStatus;
    QTest::addColumn<QList<OrderStatus>>("lines");
    QTest::addColumn<OrderStatus>("expected");
    QTest::newRow("no lines") << QList<S>{} << S::Placed;
    QTest::newRow("one placed") << QList<S>{S::Placed} << S::Placed;
    QTest::newRow("one ready") << QList<S>{S::Ready} << S::Ready;
    QTest::newRow("all cancelled") << QList<S>{S::Cancelled, S::Cancelled} << S::Cancelled;
    QTest::newRow("one cancelled") << QList<S>{S::Cancelled} << S::Cancelled;
    QTest::newRow("slowest line wins") << QList<S>{S::Served, S::Cooking, S::Ready} << S::Cooking;
    QTest::newRow("a new line holds the order back")
        << QList<S>{S::Served, S::Served, S::Placed} << S::Placed;
    QTest::newRow("cancelled lines do not hold it back")
        << QList<S>{S::Cancelled, S::Ready, S::Cancelled} << S::Ready;
    QTest::newRow("served except cancelled") << QList<S>{S::Served, S::Cancelled} << S::Served;
    QTest::newRow("accepted and cooking") << QList<S>{S::Cooking, S::Accepted} << S::Accepted;
}

void TestOrderStateMachine::orderStatusFromLines()
{
    QFETCH(QList<OrderStatus>, lines);
    QFETCH(OrderStatus, expected);
    QCOMPARE(orderStatusCode(OrderStateMachine::orderStatusFromLines(lines)),
             orderStatusCode(expected));
}

QTEST_GUILESS_MAIN(TestOrderStateMachine)
#include "tst_orderstatemachine.moc"
