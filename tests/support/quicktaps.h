#pragma once
// Tapping what a user would see in a real QML window, by objectName, as a finger would: once
// the item has stopped moving. The test target links Qt Quick Test.

#include "quickitems.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QString>
#include <QTest>
#include <QtQuickTest/quicktest.h>

#include <algorithm>

namespace tableside::testing {

// Null when no such item is shown within timeoutMs.
inline QQuickItem *waitForItem(QQuickWindow *window, const QString &name, int timeoutMs = 10000)
{
    QQuickItem *item = nullptr;
    (void)QTest::qWaitFor([&] { return (item = findItem(window->contentItem(), name)) != nullptr; },
                          timeoutMs);
    return item;
}

// Scrolls the nearest Flickable holding the item so that the item is within its view, as a
// finger would before tapping. False when it was in view already and nothing moved.
inline bool scrollIntoView(QQuickItem *target)
{
    for (QQuickItem *up = target->parentItem(); up; up = up->parentItem()) {
        if (!up->inherits("QQuickFlickable"))
            continue;
        const qreal top = target->mapToItem(up, QPointF(0, 0)).y();
        if (top >= 0 && top + target->height() <= up->height())
            return false;
        const qreal contentY = up->property("contentY").toReal();
        const qreal originY = up->property("originY").toReal();
        const qreal contentHeight = up->property("contentHeight").toReal();
        const qreal most = std::max(originY, originY + contentHeight - up->height());
        const qreal centred = contentY + top - (up->height() - target->height()) / 2;
        up->setProperty("contentY", std::clamp(centred, originY, most));
        return true;
    }
    return false;
}

// Waits for the sheet or page the item sits on to finish moving in, and for the window's
// layouts to be done (until they run at the next frame, an item just made sits where it was
// created). False when it did not settle within three seconds.
inline bool waitToSettle(QQuickWindow *window, QQuickItem *target, QPointF *centre)
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
    *centre = before;
    return settled;
}

// Once the item has settled, scrolls it into its list's or form's view and taps its centre.
// False when it did not settle or its centre is not on the window.
inline bool tapItem(QQuickWindow *window, QQuickItem *target)
{
    QPointF centre;
    if (!waitToSettle(window, target, &centre))
        return false;
    if (scrollIntoView(target) && !waitToSettle(window, target, &centre))
        return false;
    if (!QRectF(0, 0, window->width(), window->height()).contains(centre))
        return false;
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    return true;
}

// False when no such item is shown within timeoutMs, or it did not settle.
inline bool tap(QQuickWindow *window, const QString &name, int timeoutMs = 10000)
{
    QQuickItem *target = waitForItem(window, name, timeoutMs);
    return target && tapItem(window, target);
}

} // namespace tableside::testing
