#pragma once
// `tableside hub`: the headless venue server.

#include "commandline.h"

namespace tableside {

int runHub(int argc, char **argv, const CommandLine &line);

} // namespace tableside
