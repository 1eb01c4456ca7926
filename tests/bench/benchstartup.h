#pragma once
// `tableside-bench startup [--runs N]`: cold start of the table screen to the first frame of its
// menu, and its peak memory, beside a minimal Qt Quick window started the same way in the same run.

#include <QStringList>

namespace tableside::bench {

int runStartupBench(int argc, char **argv, const QStringList &arguments);
// The child processes the startup bench times: "minimal", or "table URL TOKEN".
int runStartupChild(int argc, char **argv, const QStringList &arguments);

} // namespace tableside::bench
