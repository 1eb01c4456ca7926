#pragma once
// `tableside-bench frames [--dishes N] [--frames M]`: frame times while the table screen's menu
// of N dishes (300 by default) scrolls end to end and back.

#include <QStringList>

namespace tableside::bench {

int runFramesBench(int argc, char **argv, const QStringList &arguments);

} // namespace tableside::bench
