#pragma once
// `tableside-bench hub --tablets N --orders M`: the hub under full load over real sockets.

#include <QStringList>

namespace tableside::bench {

int runHubBench(const QStringList &arguments);

} // namespace tableside::bench
