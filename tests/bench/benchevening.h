#pragma once
// `tableside-bench evening`: an evening's service compressed, the hub soaked and watched.

#include <QStringList>

namespace tableside::bench {

int runEveningBench(const QStringList &arguments);

} // namespace tableside::bench
