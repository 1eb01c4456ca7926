#pragma once
// `tableside pair`: makes a one-time pairing code for a new device, for scripts.

#include "commandline.h"

namespace tableside {

int runPair(int argc, char **argv, const CommandLine &line);

} // namespace tableside
