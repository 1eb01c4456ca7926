#pragma once
// For end-to-end tests of the kitchen and floor screens: real QML windows offscreen, found and
// tapped by objectName as a cook or a waiter would.

#include "venueclient.h"

#include "../support/quickitems.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

namespace tableside::testing {

inline QQuickItem *waitForItem(QQuickWindow *window, const QString &name, int timeoutMs = 10000)
{
    QQuickItem *item = nullptr;
    (void)QTest::qWaitFor([&] { return (item = findItem(window->contentItem(), name)) != nullptr; },
                          timeoutMs);
    return item;
}

inline bool tap(QQuickWindow *window, const QString &name)
{
    QQuickItem *item = waitForItem(window, name);
    if (!item)
        return false;
    const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    QTest::mouseClick(window, Qt::LeftButton, {}, centre.toPoint());
    return true;
}

inline VenueClient::Timing quickReconnect()
{
    VenueClient::Timing timing;
    timing.reconnect.initialMs = 100;
    timing.reconnect.maxMs = 500;
    return timing;
}

} // namespace tableside::testing
