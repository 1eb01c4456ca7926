#pragma once
// Starts a graphical role by loading the screens module next to the executable.

#include "commandline.h"

namespace tableside {

int runScreens(int argc, char **argv, const CommandLine &line);

} // namespace tableside
