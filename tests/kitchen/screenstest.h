#pragma once
// For end-to-end tests of the kitchen and floor screens: real QML windows offscreen, found and
// tapped by objectName as a cook or a waiter would.

#include "venueclient.h"

#include "../support/quicktaps.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

namespace tableside::testing {

inline VenueClient::Timing quickReconnect()
{
    VenueClient::Timing timing;
    timing.reconnect.initialMs = 100;
    timing.reconnect.maxMs = 500;
    return timing;
}

} // namespace tableside::testing
