#pragma once
// tableside-bench recommend: what recommendations cost on a venue with a long history.

#include <QStringList>

namespace tableside::bench {

int runRecommendBench(const QStringList &arguments);

} // namespace tableside::bench
