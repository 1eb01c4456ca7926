#include "venuewindows.h"

#include <QPointer>
#include <QTimer>
#include <QWindow>

namespace tableside {

namespace {

// A window manager frames a new window within this time after it is shown: the window
// manager's real time, not the venue's clock, so the wait is a QTimer.
constexpr int FramedAfterMs = 400;

void fitFrame(QWindow *window, const QRect &frame)
{
    const QMargins margins = window->frameMargins(); // none until a window manager framed it
    window->setFramePosition(frame.topLeft());
    window->resize(frame.size().shrunkBy(margins));
}

} // namespace

VenueWindowPlaces venueWindowPlaces(const QRect &available)
{
    const int half = available.width() / 2;
    const int top = available.height() / 2;
    const QRect right(available.left() + half, available.top(), available.width() - half,
                      available.height());
    return {QRect(available.topLeft(), QSize(half, available.height())),
            QRect(right.topLeft(), QSize(right.width(), top)),
            QRect(right.left(), right.top() + top, right.width(), right.height() - top)};
}

void placeWindow(QWindow *window, const QRect &frame)
{
    window->setMinimumSize(QSize(0, 0)); // a screen's own minimum must not push it over another
    fitFrame(window, frame);
    QTimer::singleShot(FramedAfterMs, window, [target = QPointer<QWindow>(window), frame] {
        if (target)
            fitFrame(target, frame);
    });
}

} // namespace tableside
