// Schema version 5: the demo dishes' photos ship as JPEG (drawn from their SVGs when the program
// is built), so a store that names them .svg names the .jpg instead. Every photo name refers to
// a shipped demo photo: the screens read them from the program's own photo folder.
#include "migrations.h"

using namespace Qt::StringLiterals;

namespace tableside {

QStringList schemaVersion5()
{
    return {
        uR"(UPDATE menu_items SET photo = substr(photo, 1, length(photo) - 4) || '.jpg'
            WHERE photo LIKE '%.svg')"_s,
    };
}

} // namespace tableside
