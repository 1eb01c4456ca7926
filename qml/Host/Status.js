.pragma library
// How each table status is drawn: a colour key, an icon and a word (never colour alone).
// Which status a table has is decided in C++ (FloorState::status); this only names it.

function icon(status) {
    switch (status) {
    case "called": return "✋"
    case "ready": return "🔔"
    case "bill": return "€"
    case "waiting": return "⏱"
    case "ordered": return "🍽"
    case "seated": return "●"
    default: return "○"
    }
}
