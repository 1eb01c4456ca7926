#pragma once
// The hub's log category: connections, refusals of devices, store failures.

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHub)
