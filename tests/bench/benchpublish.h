#pragma once
// tableside-bench publish: how long an owner's publish takes to reach every table.

#include <QStringList>

namespace tableside::bench {

int runPublishBench(const QStringList &arguments);

} // namespace tableside::bench
