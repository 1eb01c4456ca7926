#pragma once
// Tapping what a user would see in a real QML window, by objectName, as a finger would: once
// the item has stopped moving. The test target links Qt Quick Test.

#include "quickitems.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QString>
#include <QTest>
#include <QtQuickTest/quicktest.h>

namespace tableside::testing {

// Null when no such item is shown within timeoutMs.
inline QQuickItem *waitForItem(QQuickWindow *window, const QString &name, int timeoutMs = 10000)
{
    QQuickItem *item = nullptr;
    (void)QTest::qWaitFor([&] { return (item = findItem(window->contentItem(), name)) != nullptr; },
                          timeoutMs);
    return item;
}

// Waits for the sheet or page the item sits on to finish moving in, and for the window's
// layouts to be done (until they run at the next frame, an item just made sits where it was
// created), then taps the item's centre. False when it did not settle within three seconds.
inline bool tapItem(QQuickWindow *window, QQuickItem *target)
{
    QPointF before(-1, -1);
    const bool settled = QTest::qWaitFor(
        [&] {
            if (QQuickTest::qIsPolishScheduled(window))
                return false;
            const QPointF now = target->mapToScene({target->width() / 2, target->height() / 2});
            const bool same = now == before;
            before = now;
            return same;
        },
        3000);
    if (settled)
        QTest::mouseClick(window, Qt::LeftButton, {}, before.toPoint());
    return settled;
}

// False when no such item is shown within timeoutMs, or it did not settle.
inline bool tap(QQuickWindow *window, const QString &name, int timeoutMs = 10000)
{
    QQuickItem *target = waitForItem(window, name, timeoutMs);
    return target && tapItem(window, target);
}

} // namespace tableside::testing
