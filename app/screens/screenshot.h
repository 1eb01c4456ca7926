#pragma once
// Renders a window offscreen to a PNG once its pictures have loaded.

#include "result.h"

class QQuickWindow;

namespace tableside {

Result<void> saveScreenshot(QQuickWindow *window, const QString &path);

} // namespace tableside
