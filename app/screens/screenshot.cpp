#include "screenshot.h"

#include <QDeadlineTimer>
#include <QGuiApplication>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tableside {

namespace {

// Walks the visual tree: view delegates are visual children, not always QObject children.
bool picturesStillLoading(const QQuickItem *item)
{
    // QQuickImage::Loading == 2; the type is private, its property is not.
    if (item->inherits("QQuickImage") && item->property("status").toInt() == 2)
        return true;
    const auto children = item->childItems();
    return std::any_of(children.cbegin(), children.cend(),
                       [](const QQuickItem *child) { return picturesStillLoading(child); });
}

} // namespace

Result<void> saveScreenshot(QQuickWindow *window, const QString &path)
{
    QDeadlineTimer deadline(10000);
    int settledFrames = 0;
    while (!deadline.hasExpired() && settledFrames < 5) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        settledFrames = picturesStillLoading(window->contentItem()) ? 0 : settledFrames + 1;
    }
    const QImage image = window->grabWindow();
    if (image.isNull())
        return makeError(u"screenshot_failed"_s, u"The window could not be rendered."_s);
    if (!image.save(path))
        return makeError(u"screenshot_failed"_s, u"%1 could not be written."_s.arg(path));
    return {};
}

} // namespace tableside
