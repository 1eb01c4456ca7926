// A spreadsheet brought back by the owner, read as `tableside menu import` and the editor's
// Import spreadsheet read it (menuFromCsv), for a venue in the demo's four languages. A file read
// without a problem is written again and must read back as the same menu.

#include "menucsv.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace tableside;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const MenuCsvFormat format{u"en"_s, {u"en"_s, u"el"_s, u"ar"_s, u"fa"_s}, 2};
    const QByteArray csv(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const MenuCsvRead read = menuFromCsv(csv, format);
    for (const MenuCsvProblem &problem : read.problems)
        (void)problem.describe();
    if (!read.problems.isEmpty())
        return 0;
    const MenuCsvRead again = menuFromCsv(menuToCsv(read.document, format), format);
    if (!again.problems.isEmpty() || !(again.document == read.document)) {
        qCritical("fuzz_menucsv: a menu read without a problem reads back differently once "
                  "written");
        std::abort();
    }
    return 0;
}
