#pragma once
// One edit of the owner's draft menu, as the editor sends it: small enough for one frame however
// large the menu, and the unit the draft's undo takes back.
//
//   {"put": "dish" | "category" | "list", "entry": {…}, "before": "key"}
//       adds the entry, or replaces the one with its key where it stands; a new one goes before
//       `before` (a dish: at the end of its category when there is no `before`)
//   {"remove": "dish" | "category" | "list", "key": "…"}
//       a category must hold no dish and a list be offered by no dish first
//   {"move": "dish" | "category", "key": "…", "before": "key" | ""}
//       to just before another entry, or "" to the end (a dish moved before a dish of another
//       category joins that category)

#include "menudocument.h"
#include "result.h"

#include <QJsonObject>

namespace tableside {

struct MenuEdit {
    MenuDocument document; // the draft after the edit
    QString summary;       // what it did, in English, for the draft's record
};

// `edit` applied to `draft`; a malformed edit, an unknown key or a removal that would leave a dish
// without its category or list is refused, naming it.
Result<MenuEdit> applyMenuEdit(const MenuDocument &draft, const QJsonObject &edit);

} // namespace tableside
