#pragma once
// `tableside menu export|import`: the venue's menu as a spreadsheet, out of a venue file and
// back into it through a hub of its own, like every write.

#include "commandline.h"

namespace tableside {

int runMenu(int argc, char **argv, const CommandLine &line);

} // namespace tableside
