// The host role: the waiters' floor view.
#include "exitcodes.h"
#include "roles.h"

using namespace Qt::StringLiterals;

namespace tableside {

int runHostRole(QGuiApplication &, const CommandLine &)
{
    return refuse(u"the floor view is not part of this build"_s);
}

int screenshotHost(const ScreenshotRequest &)
{
    return refuse(u"the floor view is not part of this build"_s);
}

} // namespace tableside
